"""``init`` and ``check``: create, upgrade and verify the database."""

from __future__ import annotations

import argparse

from cal_desktop.paths import database_url
from cal_desktop.services.database import check_database, init_database, shown_url


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="создать или обновить базу данных; напечатать версию схемы")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("check", help="проверить целостность и схему базы данных")
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    result = init_database(args.db)
    if result.previous is None:
        print(f"База данных создана: {shown_url(database_url(args.db))}")
    elif result.previous != result.revision:
        print(f"База данных обновлена со схемы {result.previous}; копия до обновления: {result.backup}")
    print(f"Схема: {result.revision}")
    _make_centre_id(args.db)
    return 0


def _make_centre_id(db: str | None) -> None:
    """The centre's UUID is made at init (issue 13 item 3); a later init keeps the one made before."""
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database
    from cal_desktop.services.settings import ensure_centre_id

    ctx = open_database(db, COMMAND_LINE)
    try:
        ensure_centre_id(ctx)
    finally:
        ctx.db.dispose()


def cmd_check(args: argparse.Namespace) -> int:
    problems = check_database(args.db)
    if problems:
        for p in problems[:20]:
            print(p)
        return 1
    print("Проверка пройдена: база данных в порядке.")
    return 0
