"""The text rules of an iCalendar file (RFC 5545) shared by everything that writes one: the calendar of
follow-ups and events (``followups_calendar``) and the funding calls' closing dates
(``funding_calls_calendar``), which would otherwise import each other."""

from __future__ import annotations

import re

TZID = "Europe/Moscow"
PRODID = "-//CAL Desktop//Follow-ups//RU"
UID_HOST = "cal-desktop"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape(value: str) -> str:
    """TEXT as RFC 5545 3.3.11 wants it; control characters (hostile or pasted) are dropped."""
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # a continuation line starts with a space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)
