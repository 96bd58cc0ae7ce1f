"""argparse in Russian: the words argparse itself prints («usage:», «options», its error messages).

argparse looks up each of its own strings through the module-level ``_`` and ``ngettext`` of the
``argparse`` module when it formats help or an error, so replacing those two names translates it without
a .mo file (Python ships none for argparse). Strings not listed stay as they are.
"""

from __future__ import annotations

import argparse

RUSSIAN = {
    "usage: ": "использование: ",
    "positional arguments": "позиционные аргументы",
    "options": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "show program's version number and exit": "показать версию программы и выйти",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "the following arguments are required: %s": "не заданы обязательные аргументы: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение: %(value)r (допустимы: %(choices)s)",
    "unrecognized arguments: %s": "непонятные аргументы: %s",
    "expected one argument": "нужно одно значение",
    "expected at least one argument": "нужно хотя бы одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "invalid %(type)s value: %(value)r": "недопустимое значение (%(type)s): %(value)r",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "not allowed with argument %s": "нельзя вместе с аргументом %s",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "ambiguous option: %(option)s could match %(matches)s": "неоднозначный параметр %(option)s: подходят %(matches)s",
    "ignored explicit argument %r": "лишнее значение %r",
    "can't open '%(filename)s': %(error)s": "не открыть «%(filename)s»: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "неизвестная команда %(parser_name)r (есть: %(choices)s)",
}
_PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("нужно значений: %s", "нужно значений: %s"),
}


def _gettext(message: str) -> str:
    return RUSSIAN.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    russian = _PLURALS.get((singular, plural))
    if russian is not None:
        return russian[0] if n == 1 else russian[1]
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse speak Russian in this process (idempotent)."""
    argparse._ = _gettext  # type: ignore[attr-defined]  # argparse's own translation hook
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
