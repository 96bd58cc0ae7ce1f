"""``personal-data due|erase|export``: the 152-FZ duties for an administrator's scripts (DOMAIN B3).

The same services as the «Персональные данные» tab: the list of people whose data must be destroyed,
the anonymisation (audited, the freed pages wiped), and everything held about a person (JSON or PDF).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cal_desktop.commands.output import text_table

NOTE = (
    "Командная строка действует от имени администратора (без входа); действия записываются в журнал "
    "как «командная строка (администратор)»."
)
REASONS = {"withdrawn": "отзыв согласия", "retention": "истёк срок хранения"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "personal-data",
        help="персональные данные (152-ФЗ): кого пора обезличить, обезличивание, всё о человеке",
        description=NOTE,
    )
    pd_sub = p.add_subparsers(dest="pd_command", metavar="ACTION", required=True)
    due = pd_sub.add_parser(
        "due",
        help="люди, чьи данные нужно уничтожить (обезличить), со сроком",
        description="Посетители, отозвавшие согласие (срок — 30 дней с отзыва, ст. 21 152-ФЗ), и те, у кого "
        "истёк срок хранения после последнего обращения. " + NOTE,
    )
    due.add_argument("--format", choices=("table", "json"), default="table", help="вывод: таблица или JSON")
    due.set_defaults(func=cmd_due)
    erase = pd_sub.add_parser(
        "erase",
        help="обезличить посетителя (как в программе; необратимо)",
        description="Удаляет ФИО, контакты, заметки и тексты документов о человеке; консультации остаются "
        "без него, поэтому отчёты прошлых месяцев не меняются. Необратимо; копии, сделанные раньше, "
        "хранят данные до ротации, а при восстановлении из них обезличивание применяется снова. " + NOTE,
    )
    erase.add_argument("visitor_id", type=int, metavar="VISITOR_ID", help="номер посетителя (id)")
    erase.set_defaults(func=cmd_erase)
    export = pd_sub.add_parser(
        "export",
        help="всё, что хранится о человеке (ответ на запрос субъекта, ст. 14 152-ФЗ)",
        description="Сведения о человеке: данные карточки, консультации, инициативы, документы, сканы, "
        "журнал действий с записью. " + NOTE,
    )
    export.add_argument("visitor_id", type=int, metavar="VISITOR_ID", help="номер посетителя (id)")
    export.add_argument("-o", "--output", required=True, metavar="FILE.json|.pdf", help="файл сведений")
    export.set_defaults(func=cmd_export)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    # imported here so that building the parser (and --help) stays fast
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database

    return open_database(args.db, COMMAND_LINE)


def cmd_due(args: argparse.Namespace) -> int:
    from cal_desktop.services import personal_data

    ctx = _open(args)
    try:
        rows = personal_data.erasure_candidates(ctx)
    finally:
        ctx.db.dispose()
    if args.format == "json":
        items = [
            {
                "visitor_id": r.visitor_id,
                "full_name": r.full_name,
                "reason": r.reason,
                "since": r.since.isoformat(),
                "deadline": r.deadline.isoformat(),
                "overdue": r.overdue,
            }
            for r in rows
        ]
        print(json.dumps({"people": items}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Никого не нужно обезличивать.")
        return 0
    table = [
        (
            str(r.visitor_id),
            r.full_name,
            REASONS.get(r.reason, r.reason),
            r.since.strftime("%d.%m.%Y"),
            r.deadline.strftime("%d.%m.%Y"),
            "просрочено" if r.overdue else "",
        )
        for r in rows
    ]
    for line in text_table(("id", "ФИО", "Причина", "С какого дня", "Обезличить до", ""), table):
        print(line)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from cal_desktop.services import personal_data

    ctx = _open(args)
    try:
        personal_data.anonymise_visitor(ctx, args.visitor_id)
    finally:
        ctx.db.dispose()
    print(f"Данные посетителя {args.visitor_id} обезличены; действие записано в журнал.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from cal_desktop.errors import ValidationError
    from cal_desktop.services import files, personal_data, subject_report

    out = Path(args.output)
    kind = out.suffix.lower()
    if kind not in (".json", ".pdf"):
        raise ValidationError.single("output", "Файл", "расширение должно быть .json или .pdf")
    ctx = _open(args)
    try:
        if kind == ".json":
            data = personal_data.subject_data_json(ctx, args.visitor_id)
        else:
            data = subject_report.subject_report_pdf(ctx, args.visitor_id)
    finally:
        ctx.db.dispose()
    files.save_bytes(out, data)
    print(f"Сведения о посетителе {args.visitor_id} сохранены: {out}")
    return 0
