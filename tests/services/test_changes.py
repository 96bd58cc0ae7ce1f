"""``services.changes``: a desk learns within 2 s that another desk or a CLI process wrote to the
database (issue 14.4), on SQLite (data_version) and on PostgreSQL (LISTEN/NOTIFY)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.domain.vocab import Role
from cal_desktop.services import changes
from cal_desktop.services import consultations as cs
from cal_desktop.services.changes import ChangeFeed, Changes
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import Actor, ServiceContext

ROOT = Path(__file__).resolve().parents[2]
WITHIN_S = 2.0


@pytest.fixture
def feed(ctx: ServiceContext) -> Iterator[ChangeFeed]:
    watching = changes.watch(ctx)
    assert watching.ready.wait(10), "the feed never connected"
    yield watching
    watching.close()


@pytest.fixture
def other_desk(db: Database, staff_id: int) -> Iterator[ServiceContext]:
    """Another desk: its own engine and connections on the same database."""
    other = Database(db.url)
    yield ServiceContext(other, Actor(staff_id=staff_id, role=Role.ADMIN, display_name="Петрова А.А."))
    other.dispose()


def _wait(feed: ChangeFeed, seconds: float = WITHIN_S) -> Changes | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = feed.take()
        if found is not None:
            return found
        time.sleep(0.05)
    return None


def test_nothing_written_nothing_reported(feed: ChangeFeed) -> None:
    assert _wait(feed, 0.8) is None


def test_a_consultation_saved_at_another_desk_is_reported_within_two_seconds(
    feed: ChangeFeed, other_desk: ServiceContext
) -> None:
    cs.create_consultation(other_desk, ConsultationInput(channel="phone", topics=["other"], outcome="advised"))
    found = _wait(feed)
    assert found is not None and found.touches({"consultations"})
    assert _wait(feed, 0.6) is None  # taken once: the next take starts afresh


def test_a_cli_process_writing_is_reported(feed: ChangeFeed, db: Database) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "cal_desktop", "--db", db.url, "demo", "--visitors", "5", "--months", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = _wait(feed)
    assert found is not None and found.touches({"visitors", "consultations"})
    assert time.monotonic() - started < 120


def test_on_a_server_the_tables_are_named(feed: ChangeFeed, other_desk: ServiceContext, db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's data_version does not say which tables changed")
    from cal_desktop.services import visitors
    from cal_desktop.services.visitors import VisitorInput

    visitors.create_visitor(other_desk, VisitorInput("Орлова", "Нина"))
    found = _wait(feed)
    assert found is not None and found.tables is not None
    assert "visitors" in found.tables and not found.touches({"appeals"})


def test_changes_touch() -> None:
    assert Changes(None).touches({"appeals"})
    assert Changes(frozenset({"visitors"})).touches({"visitors", "appeals"})
    assert not Changes(frozenset({"visitors"})).touches({"appeals"})


def test_a_closed_feed_stops_its_thread(ctx: ServiceContext) -> None:
    watching = changes.watch(ctx)
    assert watching.ready.wait(10)
    watching.close()
    assert watching._thread is None
