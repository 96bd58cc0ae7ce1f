"""The command line (DESIGN.md section 8): ``cal-desktop [--db URL] COMMAND ...``.

Each area registers its subcommands from a module in ``cal_desktop/commands/`` (function ``register``);
a handler returns the exit status. Errors meant for the user (``errors.CalError``) print one line on
stderr and exit 1; bad usage exits 2 (argparse); anything else is logged with its traceback.

Start-up time matters for scripts: only the module of the command being run is imported (``COMMANDS``
maps each command to its module); ``--help`` and unknown commands import them all, so the list is whole.
argparse's own words are Russian (``commands/argparse_ru.py``).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from cal_desktop import __version__
from cal_desktop.commands import argparse_ru
from cal_desktop.errors import CalError
from cal_desktop.log_privacy import PersonalDataFilter, mask

# Modules in cal_desktop/commands/ that add subcommands, in the order --help lists them.
COMMAND_MODULES = (
    "gui",
    "database",
    "server",
    "demo",
    "find",
    "io",
    "document",
    "appeals",
    "report",
    "backup",
    "personal_data",
    "settings",
    "calendar",
)

ADMIN_NOTE = (
    "Командная строка действует от имени администратора, без входа в программу: кто может запустить её "
    "с файлом базы, тот может прочитать и изменить все данные этой базы (выгрузки записываются в журнал "
    "как «командная строка (администратор)»). Давайте доступ к ней только администратору центра."
)
# Each top-level command and the module that registers it (tests/cli check that they agree).
COMMANDS = {
    "gui": "gui",
    "init": "database",
    "check": "database",
    "server": "server",
    "demo": "demo",
    "find": "find",
    "import": "io",
    "export": "io",
    "document": "document",
    "appeals": "appeals",
    "report": "report",
    "backup": "backup",
    "restore": "backup",
    "personal-data": "personal_data",
    "settings": "settings",
    "calendar": "calendar",
}
HELP_FLAGS = ("-h", "--help")

log = logging.getLogger("cal_desktop")
log.addFilter(PersonalDataFilter())  # what the command line logs (with no handler: stderr) is masked too


def requested_command(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (its first word that is not an option or the value of --db)."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def modules_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    """The command modules this call needs: one for a known command, all for help or a mistake."""
    if argv is None:
        return COMMAND_MODULES
    command = requested_command(argv)
    if any(word in HELP_FLAGS for word in argv) and command is None:
        return COMMAND_MODULES
    if command is None:
        if any(word in ("--version", "--self-test") for word in argv):
            return ()  # answered without any command module
        return ("gui",)  # the default command
    module = COMMANDS.get(command)
    return (module,) if module else COMMAND_MODULES


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with the subcommands of the modules ``argv`` needs (all of them when ``argv`` is None)."""
    argparse_ru.install()
    parser = argparse.ArgumentParser(
        prog="cal-desktop",
        description="CAL Desktop — программа Центра активных людей (ЦАЛ). " + ADMIN_NOTE,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"CAL Desktop {__version__}",
        help="показать версию программы и выйти",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="файл базы данных или URL SQLAlchemy (по умолчанию: переменная CAL_DESKTOP_DB или файл в папке данных)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="проверить установку (Qt и база данных) и выйти; с --db — ещё подключение к этой базе и её схему",
    )
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА", title="команды")
    for name in modules_for(argv):
        module = importlib.import_module(f"cal_desktop.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.self_test:
        from cal_desktop.commands.selftest import run_self_test

        return run_self_test(args.db)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    try:
        return int(args.func(args) or 0)
    except CalError as exc:
        print(f"Ошибка: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (e.g. `cal-desktop find ... | head`): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # an unexpected fault: one line for the user, the traceback in the log
        log.exception("unexpected error in command %s", args.command)
        # masked: e.g. SQLAlchemy prints a failed row's values
        print(f"Внутренняя ошибка: {exc.__class__.__name__}: {mask(str(exc))}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
