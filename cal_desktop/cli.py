"""The command line (DESIGN.md section 8): ``cal-desktop [--db URL] COMMAND ...``.

Each area registers its subcommands from a module in ``cal_desktop/commands/`` (function ``register``);
a handler returns the exit status. Errors meant for the user (``errors.CalError``) print one line on
stderr and exit 1; bad usage exits 2 (argparse); anything else is logged with its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from cal_desktop import __version__
from cal_desktop.errors import CalError

# Modules in cal_desktop/commands/ that add subcommands, in the order --help lists them.
COMMAND_MODULES = (
    "gui",
    "database",
    "demo",
    "find",
    "io",
    "document",
    "appeals",
    "report",
    "backup",
)

log = logging.getLogger("cal_desktop")


def _modules_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    """Only the window's module when the program starts its window (no command, or ``gui``): importing
    every command module (imports, reports, documents, ...) would cost the start about half a second.
    Any other command, or an option such as ``--help``, gets them all."""
    args = list(sys.argv[1:] if argv is None else argv)
    while args:
        arg = args.pop(0)
        if arg == "--db":
            args = args[1:]
        elif arg.startswith("--db="):
            continue
        else:
            return ("gui",) if arg == "gui" and not args else COMMAND_MODULES
    return ("gui",)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cal-desktop",
        description="CAL Desktop — программа Центра активных людей (ЦАЛ).",
    )
    parser.add_argument("--version", action="version", version=f"CAL Desktop {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="файл базы данных или URL SQLAlchemy (по умолчанию: переменная CAL_DESKTOP_DB или файл в папке данных)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="проверить установку (Qt и база данных) и выйти"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        module = importlib.import_module(f"cal_desktop.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(modules=_modules_for(argv))
    args = parser.parse_args(argv)
    if args.self_test:
        from cal_desktop.commands.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
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
        print(f"Внутренняя ошибка: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
