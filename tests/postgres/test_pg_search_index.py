"""Search on PostgreSQL uses indexes (issue 14.2): trigram GIN indexes answer ``LIKE '%word%'``, a
pattern b-tree the surname prefix, the last visit is kept by triggers as on SQLite, and every search is
planned for its own words (a generic plan read the whole table). bench/bench_core.py --db URL measures
the speed; these tests check that the pieces are there and used."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, text

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Consultation, Visitor
from cal_desktop.services import consultations as cs
from cal_desktop.services import visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorInput


def _plan(db: Database, sql: str) -> str:
    with db.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # a small test table: ask whether it CAN be used
        return "\n".join(r[0] for r in conn.execute(text("EXPLAIN " + sql)))


def test_search_conditions_are_answered_by_the_indexes(db: Database) -> None:
    assert "fts_trgm_visitors_search_text" in _plan(db, "SELECT id FROM visitors WHERE search_text LIKE '%иван%'")
    assert "fts_prefix_visitors_name_norm" in _plan(db, "SELECT id FROM visitors WHERE name_norm LIKE 'иван%'")
    for table in ("initiatives", "organisations", "officials", "appeals"):
        assert f"fts_trgm_{table}_search_text" in _plan(
            db, f"SELECT id FROM {table} WHERE search_text LIKE '%школ%'"
        )


def test_every_search_is_planned_for_its_own_words(db: Database) -> None:
    with db.read() as s:
        assert s.scalar(text("SHOW plan_cache_mode")) == "force_custom_plan"


def test_the_last_visit_is_kept_by_the_server(ctx: ServiceContext, db: Database) -> None:
    person = visitors.create_visitor(ctx, VisitorInput("Зайцева", "Ольга")).id
    times = [datetime(2026, 3, 2, 10, 0), datetime(2026, 5, 6, 12, 30)]
    made = [
        cs.create_consultation(
            ctx,
            ConsultationInput(
                channel="phone", topics=["other"], outcome="advised", visitor_id=person, occurred_at=when
            ),
        ).id
        for when in times
    ]

    def last_visit() -> datetime | None:
        with db.read() as s:
            return s.scalar(select(Visitor.last_visit_at).where(Visitor.id == person))

    assert last_visit() == times[1]
    with db.session() as s:
        s.execute(delete(Consultation).where(Consultation.id == made[1]))
    assert last_visit() == times[0]
    with db.session() as s:
        s.execute(delete(Consultation).where(Consultation.id == made[0]))
    assert last_visit() is None


def test_search_ranks_by_the_last_visit_on_the_server(ctx: ServiceContext) -> None:
    early = visitors.create_visitor(ctx, VisitorInput("Соколова", "Анна")).id
    late = visitors.create_visitor(ctx, VisitorInput("Соколова", "Вера")).id
    for who, day in ((early, 2), (late, 20)):
        cs.create_consultation(
            ctx,
            ConsultationInput(
                channel="phone", topics=["other"], outcome="advised", visitor_id=who,
                occurred_at=datetime(2026, 4, day, 10, 0),
            ),
        )  # fmt: skip
    assert [v.id for v in visitors.search_visitors(ctx, "соколова")] == [late, early]


def test_every_table_tells_other_desks_of_its_changes(db: Database) -> None:
    """A table a later migration adds needs its own ``trg_<table>_notify`` (services/changes.py): without it
    another desk never hears of the rows saved there."""
    quiet = {"audit_log", "import_runs", "import_created", "alembic_version"}
    with db.engine.connect() as conn:
        tables = set(
            conn.scalars(
                text(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                )
            )
        )
        triggers = set(
            conn.scalars(text("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'trg\\_%\\_notify' AND NOT tgisinternal"))
        )
    missing = sorted(t for t in tables - quiet if f"trg_{t}_notify" not in triggers)
    assert not missing, f"tables without a change trigger: {missing}"
