"""``backup`` and ``restore``: copies of the SQLite database."""

from __future__ import annotations

import argparse
from pathlib import Path

from cal_desktop.paths import database_url
from cal_desktop.services import backup
from cal_desktop.services.database import open_database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="сделать резервную копию базы данных")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="файл копии (по умолчанию: папка копий из настроек)"
    )
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="восстановить базу данных из копии (текущая база сохраняется рядом)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    ctx = open_database(args.db)
    info = backup.create_backup(ctx, Path(args.output) if args.output else None)
    if args.output is None:
        backup.rotate(info.path.parent, backup.get_settings_keep(ctx), backup.source_of(ctx))
    print(f"Копия сохранена: {info.path} ({info.size // 1024} КБ)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # The database itself may be damaged, so it is not opened through the services first.
    kept = backup.restore_file(database_url(args.db), Path(args.file))
    print(f"База данных восстановлена из {args.file}. Прежняя база сохранена как {kept}")
    return 0
