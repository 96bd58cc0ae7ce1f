"""``cal-desktop [--db URL] [gui]``: start the desktop program (the default command)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("gui", help="открыть окно программы (команда по умолчанию)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    # Imported here: Qt stays out of every other command (and out of cal_desktop.commands' imports).
    from cal_desktop.gui.app import run

    return run(args.db)
