"""What each searched table stores in its ``search_text`` column (DOMAIN.md A6).

The search index (db/search.py) reads these columns, and the query is normalised by the same
``domain.text`` functions, so every service that writes a searched row builds its text here.
"""

from __future__ import annotations

from cal_desktop.domain.text import search_text, visitor_search_text

__all__ = [
    "initiative_search_text",
    "official_search_text",
    "organisation_search_text",
    "visitor_search_text",
]


def initiative_search_text(title: str | None, address: str | None) -> str:
    """An initiative is found by its title and its address."""
    return search_text(title, address)


def official_search_text(
    last: str | None,
    first: str | None,
    middle: str | None,
    position: str | None,
    organisation_name: str | None,
    organisation_short_name: str | None = None,
) -> str:
    """An official is found by name, position and the names of the organisation.

    The organisation's names are copied in, so renaming an organisation must rebuild its officials' text.
    (The same text as services.directory builds.)
    """
    return search_text(last, first, middle, position, organisation_name, organisation_short_name)


def organisation_search_text(
    name: str | None, short_name: str | None = None, address: str | None = None
) -> str:
    """An organisation is found by its full and short names and its address (as services.directory)."""
    return search_text(name, short_name, address)
