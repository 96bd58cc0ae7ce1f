"""Outgoing appeal numbers on a shared PostgreSQL server: two desks filing at the same moment.

On SQLite BEGIN IMMEDIATE serialises writers; on PostgreSQL two transactions run side by side, so the
register's counter row must be created and incremented without two desks ever taking the same number
(and without one of them failing with a raw database error).
"""

from __future__ import annotations

import threading
from datetime import date

from docdata import make_case
from sqlalchemy import select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Appeal, Counter
from cal_desktop.services import appeals, documents
from cal_desktop.services.context import ServiceContext

SENT = date(2026, 5, 4)


def _file_in_parallel(ctx: ServiceContext, monkeypatch, desks: int, per_desk: int, **case_ids) -> list:
    """Each desk (a thread with its own connection) files ``per_desk`` appeals; all desks reach the
    counter at the same moment, which is when two unserialised transactions both find no counter row or
    both read the same value."""
    original = appeals.next_appeal_number
    barrier = threading.Barrier(desks, timeout=20)

    def in_step(session, sent_date):  # type: ignore[no-untyped-def]
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass  # the other desk is already waiting for the lock: go on alone
        return original(session, sent_date)

    # registering (services/appeals/register.py) calls it by its own module's name
    monkeypatch.setattr(appeals.register, "next_appeal_number", in_step)
    results: list = []
    errors: list[BaseException] = []

    def desk() -> None:
        try:
            for _ in range(per_desk):
                results.append(
                    documents.file_document(
                        ctx, "appeal", case_ids["initiative_id"], case_ids["official_id"],
                        channel="post", sent_date=SENT,
                    )
                )  # fmt: skip
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    monkeypatch.setattr(appeals, "next_appeal_number", original)  # later filings go alone
    assert not errors, f"a desk failed to file: {errors[0]!r}"
    return results


def test_two_desks_filing_the_first_appeals_of_the_year_get_distinct_numbers(
    ctx: ServiceContext, db: Database, monkeypatch
) -> None:
    case = make_case(db)
    filed = _file_in_parallel(
        ctx, monkeypatch, desks=2, per_desk=3,
        initiative_id=case.initiative_id, official_id=case.officials["shulga"],
    )  # fmt: skip
    assert len(filed) == 6
    with db.read() as s:
        numbers = sorted(s.scalars(select(Appeal.number)))
        counter = s.get(Counter, "appeal:2026")
    assert numbers == [f"ЦАЛ-2026-{n:04d}" for n in range(1, 7)]
    assert counter is not None and counter.value == 6
    # the next filing, alone, continues the sequence
    _, appeal_id = documents.file_document(
        ctx, "appeal", case.initiative_id, case.officials["tsoi"], channel="post", sent_date=SENT
    )
    assert appeals.get_appeal(ctx, appeal_id).number == "ЦАЛ-2026-0007"
