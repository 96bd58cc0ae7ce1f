"""``import`` and ``export``: moving a centre's spreadsheets in and out (DOMAIN.md A4)."""

from __future__ import annotations

import argparse
import sys

from cal_desktop.errors import ImportRejected
from cal_desktop.services.context import COMMAND_LINE
from cal_desktop.services.database import open_database

IMPORT_KINDS = ("visitors", "consultations", "officials", "initiatives", "appeals", "events", "calls", "practice")
EXPORT_KINDS = (
    "visitors", "consultations", "initiatives", "appeals", "officials", "success-stories", "events", "mailing",
    "calls", "practice",
)  # fmt: skip
MAX_PROBLEM_LINES = 50

IMPORT_HELP = """\
Файл CSV (UTF-8 с BOM или без, UTF-16 с BOM; кодировки Windows-1251 и KOI8-R распознаются сами; разделитель «;» или «,») или XLSX (первый лист). В первой строке —
названия столбцов (DOMAIN A4) по-русски или коды в скобках, в любом порядке и регистре.
Загрузка «всё или ничего»: если хоть одна строка с ошибкой, в базу не записывается ничего, а все ошибки
перечисляются (строка, столбец, причина). --dry-run только проверяет файл и показывает, что будет создано.
"""


def _import_help() -> str:
    import textwrap

    from cal_desktop.services.imports import RULES, columns_of

    parts = [IMPORT_HELP, "Столбцы (* — обязательные) и правила сопоставления:"]
    for kind, rule in RULES.items():
        columns = ", ".join(c.label + ("*" if c.required else "") for c in columns_of(kind))
        parts.append(f"  {kind}: {columns}")
        parts.append(textwrap.fill(rule, 100, initial_indent="    ", subsequent_indent="    "))
    return "\n".join(parts)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import",
        help="загрузить таблицу (CSV или XLSX): посетители, консультации, должностные лица, инициативы, обращения, "
        "мероприятия, конкурсы и гранты",
        description=_import_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("kind", choices=IMPORT_KINDS, help="что загружается")
    p.add_argument("file", metavar="FILE", nargs="+", help="файл .csv или .xlsx (practice: один или несколько .json)")
    p.add_argument("--dry-run", action="store_true", help="только проверить файл, ничего не записывая")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export",
        help="выгрузить в CSV или XLSX (те же столбцы, что и для загрузки)",
        description="Выгрузка в .csv (UTF-8 с BOM, разделитель «;» — открывается в Excel) или .xlsx. "
        "Столбцы те же, что при загрузке, поэтому файл можно загрузить обратно. Командная строка "
        "действует от имени администратора (без входа); выгрузка записывается в журнал как "
        "«командная строка (администратор)».",
    )
    p.add_argument(
        "kind",
        choices=EXPORT_KINDS,
        help="что выгружается; success-stories — истории успеха для сети (.json или .xlsx, без персональных данных); "
        "mailing — контакты для рассылки: только с действующим согласием; "
        "practice — библиотека практик: реализованные инициативы и обезличенные письма (.json)",
    )
    p.add_argument("file", metavar="FILE", help="файл .csv или .xlsx (для success-stories: .json или .xlsx)")
    p.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from cal_desktop.services.imports import import_file

    if args.kind == "practice":
        from cal_desktop.commands.practice import cmd_import_practice

        return cmd_import_practice(args)
    if len(args.file) > 1:
        print("Ошибка: загружается один файл (несколько — только для practice).", file=sys.stderr)
        return 2
    args.file = args.file[0]
    ctx = open_database(args.db, COMMAND_LINE)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\rЗаписано строк: {done} из {total}", end="", file=sys.stderr, flush=True)

    try:
        result = import_file(ctx, args.kind, args.file, dry_run=args.dry_run, progress=progress)
    except ImportRejected as exc:
        if interactive:
            print(file=sys.stderr)
        print_problems(exc.problems)
        return 1
    finally:
        ctx.db.dispose()
    if interactive:
        print(file=sys.stderr)
    for warning in result.warnings:
        print(f"Внимание: {warning}", file=sys.stderr)
    for line in result.summary_lines():
        print(line)
    return 0


def print_problems(problems: list[tuple[int, str, str]]) -> None:
    print(f"Файл не загружен, в базу ничего не записано. Ошибок: {len(problems)}", file=sys.stderr)
    for row, column, reason in problems[:MAX_PROBLEM_LINES]:
        print(f"строка {row}, столбец «{column}»: {reason}", file=sys.stderr)
    if len(problems) > MAX_PROBLEM_LINES:
        print(f"и ещё {len(problems) - MAX_PROBLEM_LINES}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from cal_desktop.services.exporting import export

    ctx = open_database(args.db, COMMAND_LINE)
    try:
        if args.kind == "success-stories":
            from cal_desktop.services.initiatives import export_success_stories

            print(f"Выгружено историй успеха: {export_success_stories(ctx, args.file)} -> {args.file}")
            return 0
        if args.kind == "practice":
            from cal_desktop.services.practice import export_practice

            print(f"Выгружено практик (реализованных инициатив): {export_practice(ctx, args.file)} -> {args.file}")
            return 0
        result = export(ctx, args.kind, args.file)
    finally:
        ctx.db.dispose()
    print(f"Выгружено строк: {result.rows} -> {result.path}")
    return 0
