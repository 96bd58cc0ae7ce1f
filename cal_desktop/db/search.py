"""Text search over the normalised ``search_text`` columns (DOMAIN.md A6).

``text_filter`` returns a WHERE condition for a typed query: every word of the query must occur in the
record's search text, as part of a word (case-insensitive, ё = е, phone digits without punctuation).
This is the portable implementation (LIKE on a normalised column), valid on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import InstrumentedAttribute

from cal_desktop.domain.text import normalize, phone_digits

_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")


def query_terms(query: str | None) -> list[str]:
    """The words of a typed query, normalised; a phone-like query becomes its digits."""
    cleaned = normalize(query)
    if not cleaned:
        return []
    if _PHONE_LIKE.match(cleaned) and sum(c.isdigit() for c in cleaned) >= 3:
        digits = phone_digits(cleaned)
        if cleaned.lstrip().startswith("+7") or (len(digits) == 11 and digits[0] == "8"):
            digits = digits[1:]  # "+7 912..." and "8 912..." both match the 10 national digits
        return [digits]
    return [w for w in re.split(r"[\s,;]+", cleaned) if w]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def text_filter(column: InstrumentedAttribute[str], query: str | None) -> ColumnElement[bool]:
    """Every query word occurs in ``column`` (a normalised search column)."""
    terms = query_terms(query)
    if not terms:
        return true()
    return and_(*(column.like(f"%{_escape_like(t)}%", escape="\\") for t in terms))
