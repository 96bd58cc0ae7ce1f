"""``import practice FILE.json…``: other centres' practice packages into the library (issue 18)."""

from __future__ import annotations

import argparse

from cal_desktop.services.context import COMMAND_LINE
from cal_desktop.services.database import open_database


def cmd_import_practice(args: argparse.Namespace) -> int:
    from cal_desktop.services.practice import import_practice

    if args.dry_run:
        print("Для practice проверка без записи не нужна: повторная загрузка ничего не удваивает.")
    ctx = open_database(args.db, COMMAND_LINE)
    try:
        result = import_practice(ctx, args.file)
    finally:
        ctx.db.dispose()
    for line in result.summary_lines():
        print(line)
    return 0
