"""``find visitors|initiatives|officials TEXT [--format table|json] [--limit N]``: search from a script
or a terminal (DOMAIN.md A6: case-insensitive, ё = е, parts of words, phone digits)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from cal_desktop.commands.output import text_table
from cal_desktop.domain.text import format_phone
from cal_desktop.domain.vocab import InitiativeStatus
from cal_desktop.services import search
from cal_desktop.services.context import COMMAND_LINE, ServiceContext
from cal_desktop.services.database import open_database

KINDS = ("visitors", "initiatives", "officials")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "find",
        help="найти посетителей, инициативы или должностных лиц по тексту",
        description="Поиск без учёта регистра, ё = е, по части слова; посетители — по ФИО, цифрам "
        "телефона (в любой записи) и email; инициативы — по названию и адресу; должностные лица — по "
        "ФИО, должности и органу.",
    )
    p.add_argument("kind", choices=KINDS, help="что искать")
    p.add_argument("text", metavar="TEXT", help="текст поиска (несколько слов — все должны встретиться)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="вывод: таблица или JSON")
    p.add_argument("--limit", type=int, default=search.DEFAULT_LIMIT, help="сколько найти, не больше (20)")
    p.set_defaults(func=cmd_find)


def cmd_find(args: argparse.Namespace) -> int:
    ctx = open_database(args.db, COMMAND_LINE)
    try:
        finders: dict[str, Callable[[ServiceContext, str, int], Sequence[object]]] = {
            "visitors": search.find_visitors,
            "initiatives": search.find_initiatives,
            "officials": search.find_officials,
        }
        hits: list[Any] = list(finders[args.kind](ctx, args.text, args.limit))
    finally:
        ctx.db.dispose()
    if args.format == "json":
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("Ничего не найдено.")
        return 0
    rows = [_table_row(args.kind, h) for h in hits]
    print(_table(_HEADERS[args.kind], rows))
    return 0


_HEADERS = {
    "visitors": ("№", "ФИО", "Телефон", "Email", "Территория"),
    "initiatives": ("№", "Название", "Статус", "Адрес"),
    "officials": ("№", "ФИО", "Должность", "Орган"),
}


def _table_row(kind: str, hit: Any) -> tuple[str, ...]:
    if kind == "visitors":
        return (str(hit.id), hit.full_name, format_phone(hit.phone), hit.email or "", hit.territory or "")
    if kind == "initiatives":
        return (str(hit.id), hit.title, InitiativeStatus(hit.status).label, hit.address or "")
    return (str(hit.id), hit.full_name or "—", hit.position, hit.organisation)


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]], max_width: int = 50) -> str:
    """Plain columns for a terminal; long cells are cut with «…»."""
    return "\n".join([*text_table(headers, rows, max_width), f"Найдено: {len(rows)}"])
