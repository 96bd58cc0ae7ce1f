"""``backup`` and ``restore``: copies of the SQLite database, optionally encrypted with a passphrase."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from cal_desktop.errors import CalError
from cal_desktop.paths import database_url
from cal_desktop.services import backup
from cal_desktop.services.backup_crypto import PassphraseRequired
from cal_desktop.services.context import COMMAND_LINE
from cal_desktop.services.database import open_database

PASSPHRASE_ENV = "CAL_DESKTOP_BACKUP_PASSPHRASE"
PASSPHRASE_HELP = (
    f"Пароль резервных копий берётся из файла --passphrase-file (первая строка), иначе из переменной "
    f"окружения {PASSPHRASE_ENV}, иначе спрашивается в терминале."
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "backup",
        help="сделать резервную копию базы данных (от имени администратора)",
        description="Резервная копия базы данных. Если задан пароль резервных копий, копия шифруется "
        "(AES-256-GCM); в папку на съёмном носителе (флешке) копии записываются только зашифрованными. "
        + PASSPHRASE_HELP,
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="файл копии (по умолчанию: папка копий из настроек)"
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--set-passphrase", action="store_true", help="задать пароль, которым шифруются все следующие копии"
    )
    which.add_argument(
        "--remove-passphrase",
        action="store_true",
        help="больше не шифровать копии (кроме флешки: там нельзя)",
    )
    p.add_argument("--passphrase-file", metavar="FILE", help="файл с паролем резервных копий")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore",
        help="восстановить базу данных из копии (текущая база сохраняется рядом)",
        description="Восстановление базы из копии. Текущая база сохраняется рядом (30 дней); удаления "
        "персональных данных и отзывы согласия, сделанные после копии, применяются к восстановленной "
        "базе до начала работы с ней. " + PASSPHRASE_HELP,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--yes", action="store_true", help="не спрашивать подтверждения (база на сервере PostgreSQL)"
    )
    p.add_argument("--passphrase-file", metavar="FILE", help="файл с паролем зашифрованной копии")
    p.set_defaults(func=cmd_restore)


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise CalError(f"Не удалось прочитать пароль из файла {args.passphrase_file}.") from exc
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CalError(f"Нужен пароль резервных копий: укажите --passphrase-file или {PASSPHRASE_ENV}.")
    passphrase = getpass.getpass("Пароль резервных копий: ")
    if confirm and getpass.getpass("Повторите пароль: ") != passphrase:
        raise CalError("Пароли не совпадают; ничего не изменено.")
    return passphrase


def cmd_backup(args: argparse.Namespace) -> int:
    ctx = open_database(args.db, COMMAND_LINE)
    if args.set_passphrase or args.remove_passphrase:
        backup.set_backup_passphrase(
            ctx, read_passphrase(args, confirm=True) if args.set_passphrase else None
        )
        print("Пароль резервных копий задан." if args.set_passphrase else "Копии больше не шифруются.")
        if args.output is None:
            return 0
    backup.housekeeping(ctx)
    info = backup.create_backup(ctx, Path(args.output) if args.output else None)
    if args.output is None:
        backup.rotate(info.path.parent, backup.get_settings_keep(ctx), backup.source_of(ctx))
    sealed = ", зашифрована" if info.encrypted else ""
    print(f"Копия сохранена: {info.path} ({info.size // 1024} КБ{sealed})")
    return 0


def confirm_server_restore(url: str, source: Path, yes: bool) -> None:
    """A server database is shared by every desk: replacing it is confirmed (or --yes given)."""
    from cal_desktop.services.server_setup import describe_url

    question = (
        f"Данные: {describe_url(url)} будут заменены данными копии {source.name} для всех рабочих мест "
        "(текущая база сохраняется в копию рядом с данными программы). Продолжить? [да/нет] "
    )
    if yes:
        return
    if not sys.stdin.isatty():
        raise CalError("Восстановление базы на сервере нужно подтвердить: добавьте --yes.")
    if input(question).strip().lower() not in ("да", "д", "yes", "y"):
        raise CalError("Восстановление отменено; база не изменена.")


def cmd_restore(args: argparse.Namespace) -> int:
    # The database itself may be damaged, so it is not opened through the services first.
    url = database_url(args.db)
    source = Path(args.file)
    if not url.startswith("sqlite"):
        confirm_server_restore(url, source, args.yes)
    try:
        result = backup.restore(url, source)
    except PassphraseRequired:
        result = backup.restore(url, source, passphrase=read_passphrase(args))
    ctx = open_database(args.db, COMMAND_LINE)
    try:
        backup.record_restore(ctx, source, result)
    finally:
        ctx.db.dispose()
    print(f"База данных восстановлена из {args.file}.")
    if result.kept.exists():
        print(f"Прежняя база сохранена как {result.kept}")
    print(result.summary())
    return 0
