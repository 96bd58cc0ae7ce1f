"""Names of the hand-made search objects (SQLite FTS5 tables and their shadow tables, PostgreSQL trigram
indexes ``fts_trgm_*``).

Kept apart from the search module so that the Alembic environment can skip them without importing it.
"""

from __future__ import annotations

SEARCH_TABLE_PREFIX = "fts_"


def is_search_object(name: str | None) -> bool:
    return bool(name) and str(name).startswith(SEARCH_TABLE_PREFIX)
