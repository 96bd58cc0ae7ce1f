"""The demo generator: realistic, consistent and reproducible data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import (
    Appeal,
    Consultation,
    Initiative,
    InitiativeMember,
    InitiativeStatusChange,
    Official,
    Visitor,
)
from cal_desktop.domain.vocab import InitiativeStatus
from cal_desktop.errors import Cancelled, Conflict
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo
from cal_desktop.services.demo_data import FEMALE_FIRST, INVARIANT_SURNAMES, MALE_FIRST
from cal_desktop.services.search import find_visitors
from cal_desktop.services.visitors import VisitorInput, create_visitor

ANCHOR = date(2026, 6, 15)


@pytest.fixture
def demo(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    return generate_demo(ctx, seed=7, visitors=300, months=6, today=ANCHOR)


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the audit log's wall-clock time left out)."""
    con = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'fts_%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]  # fmt: skip
        out = {}
        for t in tables:
            cols = [
                r[1]
                for r in con.execute(f"PRAGMA table_info({t})")
                if not (t == "audit_log" and r[1] == "at")
            ]
            out[t] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def test_same_seed_same_data_other_seed_other_data(template_db: Path, tmp_path: Path) -> None:
    import shutil

    dumps = []
    for name, seed in (("a.db", 3), ("b.db", 3), ("c.db", 4)):
        path = tmp_path / name
        shutil.copyfile(template_db, path)
        database = Database("sqlite:///" + str(path))
        try:
            generate_demo(ServiceContext(database), seed=seed, visitors=150, months=3, today=ANCHOR)
        finally:
            database.dispose()
        dumps.append(_dump(path))
    assert dumps[0]["visitors"] and dumps[0]["consultations"]
    assert dumps[0] == dumps[1]
    assert dumps[0]["visitors"] != dumps[2]["visitors"]


def test_every_status_with_consistent_history(db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        statuses = set(s.scalars(select(Initiative.status).distinct()))
        assert statuses == {st.value for st in InitiativeStatus}
        for ini in s.scalars(select(Initiative)):
            history = s.scalars(
                select(InitiativeStatusChange)
                .where(InitiativeStatusChange.initiative_id == ini.id)
                .order_by(InitiativeStatusChange.changed_at, InitiativeStatusChange.id)
            ).all()
            assert history[0].from_status is None and history[0].changed_on == ini.created_on
            assert history[-1].to_status == ini.status, ini.id
            for before, after in zip(history, history[1:], strict=False):
                assert after.from_status == before.to_status
                assert after.changed_on >= before.changed_on
            assert all(h.changed_on <= ANCHOR for h in history)
            if ini.status == "declined":
                assert ini.decline_reason and history[-1].reason == ini.decline_reason
            roles = s.scalars(
                select(InitiativeMember.role).where(InitiativeMember.initiative_id == ini.id)
            ).all()
            assert "author" in roles


def test_names_have_consistent_gender(db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        people = s.execute(
            select(Visitor.last_name, Visitor.first_name, Visitor.middle_name, Visitor.gender)
        ).all()
        people += s.execute(
            select(Official.last_name, Official.first_name, Official.middle_name, Official.gender)
        ).all()
    women = [p for p in people if p[3] == "f"]
    men = [p for p in people if p[3] == "m"]
    assert women and men
    for last, first, middle, _ in women:
        assert first in FEMALE_FIRST
        assert middle is None or middle.endswith(("вна", "чна")), middle
        assert last in INVARIANT_SURNAMES or last.endswith(("а", "ая")), last
    for last, first, middle, _ in men:
        assert first in MALE_FIRST
        assert middle is None or middle.endswith("ич"), middle
        assert last in INVARIANT_SURNAMES or not last.endswith(("ова", "ева", "ёва", "ина", "ская", "ая")), (
            last
        )
    surnames = {p[0] for p in people}
    assert surnames & set(INVARIANT_SURNAMES)  # some indeclinable ones for variety


def test_consultations_spread_over_the_months_and_appeals_have_due_dates(db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        first, last = s.execute(
            select(func.min(Consultation.occurred_on), func.max(Consultation.occurred_on))
        ).one()
        assert first >= date(2025, 12, 15) and last <= ANCHOR
        assert (last - first).days > 150
        days = s.scalars(select(Consultation.occurred_on).distinct())  # portable: no strftime on a server
        months = len({(d.year, d.month) for d in days})
        assert months >= 6
        anonymous = s.scalar(select(func.count()).where(Consultation.visitor_id.is_(None)))
        declined = s.execute(
            select(Consultation.out_of_scope_reason).where(Consultation.outcome == "declined")
        ).all()
        assert anonymous and declined and all(r[0] for r in declined)
        linked = s.scalar(select(func.count()).where(Consultation.initiative_id.is_not(None)))
        assert linked
        # every visitor came at least once, and not before they were registered
        never = s.scalar(
            select(func.count()).where(
                ~select(Consultation.id).where(Consultation.visitor_id == Visitor.id).exists()
            )
        )
        assert never == 0
        appeals = s.scalars(select(Appeal)).all()
        assert appeals and all(a.due_date and a.due_date > a.sent_date for a in appeals)
        assert any(a.answer_date for a in appeals) and any(a.registration_number for a in appeals)


def test_demo_people_are_searchable(ctx: ServiceContext, db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        v = s.execute(
            select(Visitor.id, Visitor.last_name, Visitor.phone).where(Visitor.phone.is_not(None)).limit(1)
        ).one()
    assert v.id in [h.id for h in find_visitors(ctx, v.last_name.upper(), limit=500)]
    assert v.id in [h.id for h in find_visitors(ctx, "8" + v.phone[2:])]


def test_refuses_a_database_with_visitors(ctx: ServiceContext) -> None:
    create_visitor(ctx, VisitorInput("Иванов", "Иван"))
    with pytest.raises(Conflict):
        generate_demo(ctx, visitors=10, months=1)


def test_cancel_writes_nothing_and_progress_is_reported(ctx: ServiceContext, db: Database) -> None:
    seen: list[tuple[int, int, str]] = []
    with pytest.raises(Cancelled):
        generate_demo(ctx, visitors=100, months=2, today=ANCHOR, progress=lambda *a: seen.append(a),
                      cancel=lambda: len(seen) >= 3)  # fmt: skip
    assert len(seen) == 3 and all(0 <= d <= t for d, t, _ in seen)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visitor)) == 0
        assert s.scalar(select(func.count()).select_from(Consultation)) == 0


def test_appeal_numbers_continue_from_the_register(db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.db.models import Counter
    from cal_desktop.services.appeals import next_appeal_number

    with db.session() as s:
        appeals = s.scalars(select(Appeal).where(Appeal.sent_date >= date(2026, 1, 1))).all()
        counter = s.get(Counter, "appeal:2026")
        assert counter is not None and counter.value == len(appeals) > 0
        number = next_appeal_number(s, date(2026, 6, 1))
        assert number not in {a.number for a in appeals}
        s.rollback()


def test_search_index_sound_after_demo_and_after_a_cancel(ctx: ServiceContext, db: Database) -> None:
    from cal_desktop.db.search import search_index_problems

    with pytest.raises(Cancelled):
        generate_demo(ctx, visitors=50, months=1, today=ANCHOR, cancel=lambda: True)
    with db.read() as s:
        assert search_index_problems(s.connection()) == []  # the triggers came back with the rollback
    generate_demo(ctx, visitors=80, months=2, today=ANCHOR)
    with db.read() as s:
        assert search_index_problems(s.connection()) == []
    # and the index follows later edits again (triggers re-created)
    with db.session() as s:
        v = s.get(Visitor, 1)
        assert v is not None
        v.search_text = "зюзина зоя"
    assert [h.id for h in find_visitors(ctx, "зюзина")] == [1]


def test_appeal_register_is_numbered_in_order_of_sending(db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(
            select(Appeal.number, Appeal.sent_date, Appeal.kind, Appeal.initiative_id).order_by(Appeal.id)
        ).all()
    by_year: dict[int, list[tuple[int, date]]] = {}
    for number, sent, _kind, _ini in rows:
        by_year.setdefault(sent.year, []).append((int(number.rsplit("-", 1)[1]), sent))
    for items in by_year.values():
        assert [n for n, _ in items] == list(range(1, len(items) + 1))
        assert [d for _, d in items] == sorted(d for _, d in items)
    first_kind: dict[int, str] = {}
    for _number, _sent, kind, ini in rows:
        first_kind.setdefault(ini, kind)
    assert "complaint" not in first_kind.values()  # one complains only after a first letter
