"""``calendar export FILE.ics [--from DATE] [--to DATE] [--staff LOGIN]`` and
``calendar calls FILE.pdf [--date DATE] [--staff LOGIN]``: the follow-ups for a phone or Outlook, and the
printable list of today's call-backs with phone numbers."""

from __future__ import annotations

import argparse

from cal_desktop.commands.appeals import _iso_date as iso_date


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("calendar", help="напоминания: календарь (.ics) и список звонков (PDF)")
    cal_sub = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    export = cal_sub.add_parser(
        "export",
        help="открытые напоминания и мероприятия в файл календаря (.ics) для телефона или почтовой программы",
        description="Каждое напоминание — событие на весь день с напоминанием в 9:00; мероприятие — со "
        "своим временем начала (без --from — с месяца назад). Повторный импорт обновляет события, а не "
        "удваивает их. Часовой пояс — Europe/Moscow.",
    )
    export.add_argument("file", metavar="FILE.ics", help="файл календаря")
    export.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help="со дня")
    export.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD", help="по день")
    export.add_argument("--staff", metavar="LOGIN", help="только напоминания этого сотрудника (логин)")
    export.set_defaults(func=cmd_export)
    calls = cal_sub.add_parser(
        "calls",
        help="список звонков на сегодня (PDF): кому перезвонить, телефон, о чём",
        description="Напоминания на день и просроченные, у которых есть кому позвонить.",
    )
    calls.add_argument("file", metavar="FILE.pdf", help="файл PDF")
    calls.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="на какой день (по умолчанию сегодня)")
    calls.add_argument("--staff", metavar="LOGIN", help="только напоминания этого сотрудника (логин)")
    calls.set_defaults(func=cmd_calls)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    # imported here so that building the parser (and --help) stays fast
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database

    return open_database(args.db, COMMAND_LINE)


def cmd_export(args: argparse.Namespace) -> int:
    from cal_desktop.errors import CalError
    from cal_desktop.services import followups_calendar as cal

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CalError("Дата «--from» позже даты «--to».")
    ctx = _open(args)
    try:
        staff_id = cal.staff_id_by_login(ctx, args.staff) if args.staff else None
        count = cal.export_ics(ctx, args.file, args.date_from, args.date_to, staff_id)
    finally:
        ctx.db.dispose()
    print(f"Записано напоминаний, мероприятий и сроков конкурсов: {count} → {args.file}")
    return 0


def cmd_calls(args: argparse.Namespace) -> int:
    from cal_desktop.services import followups_calendar as cal

    ctx = _open(args)
    try:
        staff_id = cal.staff_id_by_login(ctx, args.staff) if args.staff else None
        rows = len(cal.call_list(ctx, args.date, staff_id))
        cal.save_call_list(ctx, args.file, args.date, staff_id)
    finally:
        ctx.db.dispose()
    print(f"Список звонков: {rows} → {args.file}")
    return 0
