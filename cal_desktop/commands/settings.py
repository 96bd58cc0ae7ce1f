"""``settings show [--format table|json]`` and ``settings set KEY=VALUE…``: the centre's requisites for a
scripted set-up of many centres (issue 13 item 3). ``centre.id`` is read-only (made at ``init``)."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("settings", help="реквизиты центра: показать и изменить")
    settings_sub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = settings_sub.add_parser("show", help="реквизиты центра (ключ и значение)")
    show.add_argument("--format", choices=("table", "json"), default="table", help="вывод: таблица или JSON")
    show.set_defaults(func=cmd_show)
    put = settings_sub.add_parser(
        "set",
        help="изменить реквизиты: KEY=VALUE …",
        description="Ключи: centre.name, centre.legal_name, centre.address, centre.phone, centre.email, "
        "centre.inn, centre.head_position, centre.head_name (centre.id — только для чтения). "
        "Все значения проверяются вместе: при ошибке не меняется ничего.",
    )
    put.add_argument("pairs", nargs="+", metavar="KEY=VALUE")
    put.set_defaults(func=cmd_set)


def _pairs(pairs: list[str]) -> dict[str, str]:
    from cal_desktop.errors import ValidationError

    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValidationError.single(
                "pairs", pair, "нужно КЛЮЧ=ЗНАЧЕНИЕ, например centre.phone=+7 912 345-67-89"
            )
        out[key.strip()] = value
    return out


def _print(values: dict[str, str], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return
    width = max(len(k) for k in values)
    for key, value in values.items():
        print(f"{key:<{width}}  {value}")


def _with_ctx(args: argparse.Namespace, action):  # type: ignore[no-untyped-def]
    from cal_desktop.services import settings
    from cal_desktop.services.context import COMMAND_LINE
    from cal_desktop.services.database import open_database

    ctx = open_database(args.db, COMMAND_LINE)
    try:
        return action(settings, ctx)
    finally:
        ctx.db.dispose()


def cmd_show(args: argparse.Namespace) -> int:
    _print(_with_ctx(args, lambda st, ctx: st.requisites(ctx)), args.format)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    values = _pairs(args.pairs)
    result = _with_ctx(args, lambda st, ctx: st.set_requisites(ctx, values))
    print("Сохранено: " + ", ".join(values))
    _print(result, "table")
    return 0
