"""``appeals due [--as-of YYYY-MM-DD] [--format table|json]``: open appeals with their due dates and
states (DOMAIN.md A2), as seen on a date (today by default)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from cal_desktop.commands.output import text_table
from cal_desktop.domain.clock import today

if TYPE_CHECKING:
    from cal_desktop.services.appeals import AppealSummary


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"неверная дата «{value}» (нужно ГГГГ-ММ-ДД)") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("appeals", help="реестр обращений: сроки ответов")
    appeals_sub = p.add_subparsers(dest="appeals_command", metavar="ACTION", required=True)
    due = appeals_sub.add_parser(
        "due",
        help="открытые обращения (без ответа) со сроком ответа и состоянием",
        description="Обращения, отправленные к дате и не получившие ответа к ней: номер, дата отправки, "
        "адресат, дата регистрации (сообщённая органом или расчётная), срок ответа по 59-ФЗ и состояние "
        "на эту дату.",
    )
    due.add_argument(
        "--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="на какую дату (по умолчанию сегодня)"
    )
    due.add_argument("--format", choices=("table", "json"), default="table", help="вывод: таблица или JSON")
    due.set_defaults(func=cmd_due)
    rep = appeals_sub.add_parser(
        "repeat-overdue",
        help="повторные обращения по всем просроченным обращениям без ответа",
        description="Для каждого обращения, срок ответа на которое истёк к дате, а ответа нет (и повторного "
        "ещё не было), готовит повторное обращение в папку -o; с --file — регистрирует его в реестре.",
    )
    rep.add_argument(
        "--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="на какую дату (по умолчанию сегодня)"
    )
    rep.add_argument("-o", "--output", required=True, metavar="FOLDER", help="папка для файлов")
    rep.add_argument("--format", choices=("pdf", "docx"), default="pdf", help="формат файлов")
    rep.add_argument("--file", action="store_true", help="зарегистрировать повторные обращения в реестре")
    rep.set_defaults(func=cmd_repeat_overdue)


def cmd_due(args: argparse.Namespace) -> int:
    # imported here so that building the parser (and --help) stays fast
    from cal_desktop.services.appeals import due_report
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database

    as_of = args.as_of or today()
    ctx = open_database(args.db, COMMAND_LINE)
    try:
        rows = due_report(ctx, as_of)
    finally:
        ctx.db.dispose()
    if args.format == "json":
        print(
            json.dumps(
                {"as_of": as_of.isoformat(), "appeals": [_json_row(r) for r in rows]},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"Открытые обращения на {as_of:%d.%m.%Y}")
    if not rows:
        print("Открытых обращений нет.")
        return 0
    print(_table(rows))
    return 0


def cmd_repeat_overdue(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cal_desktop.services import files
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database
    from cal_desktop.services.document_output import repeat_overdue

    as_of = args.as_of or today()
    folder = Path(args.output)
    ctx = open_database(args.db, COMMAND_LINE)
    try:
        made = repeat_overdue(ctx, as_of, args.format, file=args.file)
    finally:
        ctx.db.dispose()
    if not made:
        print(f"Просроченных обращений без ответа на {as_of:%d.%m.%Y} нет.")
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    for m in made:
        first = f"№ {m.first_number} (срок {m.first_due:%d.%m.%Y}, {m.addressee})"
        if m.problem:
            failed += 1
            print(f"{first}: не подготовлено — {m.problem}", file=sys.stderr)
            continue
        files.save_bytes(folder / m.filename, m.content)
        filed = f", зарегистрировано № {m.filed_number}" if m.filed_number else ""
        print(f"{first}: {folder / m.filename}{filed}")
    print(f"Подготовлено повторных обращений: {len(made) - failed} из {len(made)}")
    return 1 if failed else 0


def _json_row(r: AppealSummary) -> dict[str, Any]:
    return {
        "id": r.id,
        "number": r.number,
        "sent_date": r.sent_date.isoformat(),
        "channel": r.channel.value,
        "addressee": r.addressee,
        "organisation_id": r.organisation_id,
        "initiative_id": r.initiative_id,
        "registration_number": r.registration_number,
        "registration_date": r.registration_date.isoformat(),
        "registration_estimated": r.registration_estimated,
        "extended": r.extended,
        "due_date": r.due_date.isoformat(),
        "days_left": (r.due_date - r.as_of).days,
        "state": r.state.value,
        "state_label": r.state.label,
    }


HEADERS = ("№", "Дата отправки", "Адресат", "Регистрация", "Срок ответа", "Состояние")


def _table(rows: list[AppealSummary], max_width: int = 50) -> str:
    cells = [
        (
            r.number,
            f"{r.sent_date:%d.%m.%Y}",
            r.addressee,
            f"{r.registration_date:%d.%m.%Y}" + (" (расч.)" if r.registration_estimated else ""),
            f"{r.due_date:%d.%m.%Y}",
            r.state.label,
        )
        for r in rows
    ]
    return "\n".join(
        [
            *text_table(HEADERS, cells, max_width),
            f"Всего: {len(rows)}; «(расч.)» — дата регистрации рассчитана, орган её не сообщил",
        ]
    )
