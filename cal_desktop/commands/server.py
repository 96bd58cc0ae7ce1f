"""``server init --url postgresql+psycopg://…``: prepare a PostgreSQL server database for several desks
(issue 14.1) and print what each desk should enter."""

from __future__ import annotations

import argparse

from cal_desktop.services.server_setup import describe_url, desk_instructions, init_server


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "server",
        help="подготовить базу на сервере PostgreSQL для нескольких рабочих мест",
        description="Работа с базой на сервере PostgreSQL (глава «Несколько рабочих мест» руководства).",
    )
    actions = p.add_subparsers(dest="server_command", metavar="ДЕЙСТВИЕ", required=True)
    init = actions.add_parser(
        "init",
        help="проверить сервер (PostgreSQL 13+), создать расширение pg_trgm и схему программы",
        description="Проверяет версию сервера (13 или новее), создаёт расширение pg_trgm и таблицы программы "
        "(или обновляет их, сделав копию pg_dump), печатает, что ввести на каждом рабочем месте. Роль из "
        "адреса должна владеть базой; права суперпользователя не нужны. Пароль можно не писать в адрес: "
        "он берётся из файла паролей PostgreSQL (PGPASSFILE, ~/.pgpass) или переменной PGPASSWORD.",
    )
    init.add_argument(
        "--url", required=True, metavar="URL", help="postgresql+psycopg://роль@сервер:5432/база"
    )
    init.set_defaults(func=cmd_server_init)


def cmd_server_init(args: argparse.Namespace) -> int:
    setup = init_server(args.url)
    print(f"Сервер: PostgreSQL {setup.server_version}; {describe_url(setup.url)}")
    if setup.previous is None:
        print(f"Схема программы создана: {setup.revision}; расширение pg_trgm подключено.")
    elif setup.previous != setup.revision:
        print(f"Схема обновлена с {setup.previous} до {setup.revision}.")
    else:
        print(f"Схема программы уже на месте: {setup.revision}; расширение pg_trgm подключено.")
    print()
    for line in desk_instructions(setup.desk):
        print(line)
    return 0
