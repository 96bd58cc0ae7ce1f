"""``report monthly`` and ``report merge``: the monthly report and the network consolidation."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cal_desktop.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="отчёты: ежемесячный отчёт центра, сведение отчётов сети")
    rs = p.add_subparsers(dest="report_command", metavar="ДЕЙСТВИЕ", required=True)

    m = rs.add_parser(
        "monthly",
        help="ежемесячный отчёт (json — пакет для сети; xlsx, pdf, docx — для печати и правки)",
        description="Ежемесячный отчёт центра за месяц ГГГГ-ММ. Командная строка действует от имени "
        "администратора (без входа; в журнале — «командная строка (администратор)»).",
    )
    m.add_argument("month", metavar="ГГГГ-ММ", help="месяц отчёта, например 2026-03")
    m.add_argument(
        "--format",
        choices=("json", "xlsx", "pdf", "docx"),
        help="формат (по умолчанию — по расширению файла, иначе json)",
    )
    m.add_argument("-o", "--output", metavar="FILE", help="файл отчёта; без него JSON печатается в stdout")
    m.add_argument(
        "--territory-level",
        choices=("top", "district", "microdistrict", "street"),
        default="top",
        metavar="LEVEL",
        help="уровень территорий в разбивках: top (верхний, по умолчанию), district, microdistrict, street",
    )
    m.set_defaults(func=cmd_monthly)

    g = rs.add_parser(
        "merge",
        help="свести JSON-пакеты нескольких центров в одну таблицу с итогами",
        description="Сведение пакетов отчётов центров сети (база данных не нужна).",
    )
    g.add_argument("files", nargs="+", metavar="FILE.json", help="пакеты отчётов центров")
    g.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|.json", help="файл сводного отчёта")
    g.set_defaults(func=cmd_merge)


def cmd_monthly(args: argparse.Namespace) -> int:
    from cal_desktop.services import reports
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database

    try:
        period = reports.Period.parse_month(args.month)
    except ValueError:
        raise ValidationError.single(
            "month", "Месяц", f"«{args.month}»: ожидается ГГГГ-ММ, например 2026-03"
        ) from None
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = suffix if suffix in reports.FORMATS else "json"
    ctx = open_database(args.db, COMMAND_LINE)
    if args.output is None:
        if fmt != "json":
            raise ValidationError.single("output", "-o", f"для формата {fmt} укажите файл: -o ОТЧЁТ.{fmt}")
        json.dump(
            reports.report_package(ctx, period, args.territory_level),
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    path = reports.export_report(ctx, period, fmt, args.output, territory_level=args.territory_level)
    print(f"Отчёт за {period.label} сохранён: {path}", file=sys.stderr)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from cal_desktop.services import reports

    merged = reports.merge_files(args.files, args.output)
    print(
        f"Сведено пакетов: {len(merged.entries)} ({', '.join(merged.periods)}); итог сохранён: {args.output}",
        file=sys.stderr,
    )
    return 0
