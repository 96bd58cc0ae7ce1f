"""Hostile text, both ways: control characters refused on the way in, formulas disarmed on the way out.

In: NUL and the other C0 control characters (and DEL, and the C1 range) have no place in a name, a title
or an address: they break XLSX files (Excel refuses the file), PDFs and searches, and usually mean a
damaged or crafted file. Long texts (descriptions, notes) may hold tabs and line breaks; nothing else.

Out (OWASP «CSV injection»): a spreadsheet program runs a cell starting with ``=``, ``+``, ``-`` or ``@``
(and, after a tab or carriage return, whatever follows) as a formula: ``=HYPERLINK(...)`` in a visitor's
name would become a live link in a coordinator's Excel. Every CSV and XLSX the program writes goes
through :func:`csv_text` or :func:`put`: in CSV a text cell starting with one of those characters gets a
leading apostrophe; in XLSX every text is a string cell, which Excel never evaluates. Numbers are never
touched: a negative number stays a number.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# C0 controls except tab, LF, CR; DEL; C1 controls. Line breaks and tabs are judged separately.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE = re.compile(r"[\t\n\r]")
# What an XLSX file cannot hold at all (openpyxl raises IllegalCharacterError on them)
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def has_control(value: str) -> bool:
    """Whether the text holds a control character other than tab and line breaks (a quick test)."""
    return _CONTROL.search(value) is not None


def control_problem(value: str | None, long_text: bool = False) -> str | None:
    """Why ``value`` may not be stored (a Russian reason), or ``None`` when it is clean.

    ``long_text``: a description or notes field, where tabs and line breaks are allowed."""
    if not value:
        return None
    found = _CONTROL.search(value)
    if found is None and not long_text:
        found = _LINE.search(value)
    if found is None:
        return None
    code = ord(found.group())
    what = {0: "нулевой символ (NUL)", 9: "табуляция", 10: "перевод строки", 13: "возврат каретки"}.get(
        code, f"управляющий символ U+{code:04X}"
    )
    return f"недопустимый символ: {what}"


def formula_like(value: Any) -> bool:
    """Text a spreadsheet program would take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_text(value: str) -> str:
    """A text cell for a CSV file: a leading apostrophe keeps a formula-like text a text."""
    return "'" + value if formula_like(value) else value


def put(cell: Any, value: Any) -> Any:
    """Give an openpyxl cell (ordinary or write-only) its value; text is always a string cell.

    openpyxl turns any text starting with ``=`` into a formula, so the type is set back to a string
    after the value; characters XLSX cannot hold (old data, from before they were refused) are dropped
    rather than failing the whole file. Other values (numbers, dates, ``None``) are set as they are."""
    if isinstance(value, str):
        cell.value = _XLSX_ILLEGAL.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def unquote_csv_text(value: str) -> str:
    """What :func:`csv_text` wrote, read back: ``'=x`` -> ``=x`` (an exported file loads back as it was)."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
