"""Appeals: outgoing numbers from the centre's pattern and a locked counter."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Counter,
)
from cal_desktop.services.appeals.deadlines import _rules

# ------------------------------------------------------------------------------------ numbering


def next_appeal_number(session: Session, sent_date: date) -> str:
    """The next free number of the outgoing register for the year of ``sent_date`` (counter
    ``appeal:{year}``, incremented under the write lock; numbers already taken, e.g. by an imported
    journal, are skipped)."""
    counter = _locked_counter(session, f"appeal:{sent_date.year}")
    counter.value, number = _free_number(session, sent_date, counter.value or 0)
    return number


def peek_appeal_number(session: Session, sent_date: date) -> str:
    """The number ``next_appeal_number`` would give now, read without taking it (nothing is written):
    document filing prints it into the letter before its short write transaction, which then checks
    that it is still the next one."""
    counter = session.get(Counter, f"appeal:{sent_date.year}")
    last = (counter.value or 0) if counter is not None else 0
    return _free_number(session, sent_date, last)[1]


def _free_number(session: Session, sent_date: date, last: int) -> tuple[int, str]:
    """The first counter value after ``last`` whose number is not taken, and that number."""
    pattern = _rules(session)[1].appeal_number_pattern
    while True:
        last += 1
        number = pattern.format(year=sent_date.year, month=sent_date.month, seq=last)
        if not _number_taken(session, number):
            return last, number


def _locked_counter(session: Session, name: str) -> Counter:
    """The counter row ``name``, created if missing and locked until the unit of work ends.

    On SQLite the writing unit of work already holds the database's write lock (BEGIN IMMEDIATE). On a
    shared PostgreSQL server two desks run side by side: SELECT ... FOR UPDATE makes the second wait for
    the first's commit and then read its value, but it locks nothing while the row does not exist, so
    the year's first two filings would both insert it and one would fail. INSERT ... ON CONFLICT DO
    NOTHING (the same text on SQLite 3.24+ and PostgreSQL 9.5+) waits for a concurrent insert of the same
    name instead, and then leaves the row alone.
    """
    session.execute(
        sql_text("INSERT INTO counters (name, value) VALUES (:name, 0) ON CONFLICT (name) DO NOTHING"),
        {"name": name},
    )
    counter = session.get(Counter, name, with_for_update=True, populate_existing=True)
    assert counter is not None  # inserted just above or already there
    return counter


def _number_taken(session: Session, number: str, except_id: int | None = None) -> bool:
    stmt = select(Appeal.id).where(Appeal.number == number)
    if except_id is not None:
        stmt = stmt.where(Appeal.id != except_id)
    return session.scalar(stmt.limit(1)) is not None
