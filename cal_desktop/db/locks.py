"""Locks that make "check, then insert" safe when several desks share one server (issue 14).

SQLite has one writer at a time, and ``Database.session`` takes the write lock at BEGIN, so a check for
a duplicate and the insert after it cannot interleave with another writer. PostgreSQL runs writers side
by side under READ COMMITTED: two desks saving the same new visitor at the same instant would both find
no duplicate and both insert. A transaction-level advisory lock taken before the check makes the second
wait until the first commits; its check (a new statement, so a new snapshot) then sees the first's row.

One key for every visitor identity, not one per name: an import checks thousands of names in one slice,
and one key cannot deadlock with itself. The lock is held only to the end of the short transaction (a
desk's save, or one import slice of about half a second).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

VISITOR_IDENTITY = 0x43414C01  # "CAL" + 1: the key of "who is this visitor", unique to this program


def lock_visitor_identity(session: Session) -> None:
    """Hold the visitor-identity lock until this transaction ends (PostgreSQL; a no-op on SQLite,
    whose write transactions are already one at a time)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": VISITOR_IDENTITY})
