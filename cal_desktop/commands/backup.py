"""Subcommands of this area arrive with their issue; until then it adds nothing to --help."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    return None
