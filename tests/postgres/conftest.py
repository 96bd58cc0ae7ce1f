"""PostgreSQL fixtures (DESIGN.md section 3: a centre with several desks shares one server).

Set ``CAL_TEST_PG_URL`` to a SQLAlchemy URL of a PostgreSQL server whose user may create databases
(``scripts/pg_test_server.sh`` starts a throwaway one and prints it); without it every test in this folder
is skipped. Each test gets its own database, created under a unique name as a copy of one migrated to head once per
session with ``services.database.init_database`` (the path every desk takes on start-up; the root
conftest's ``pg_server``), and dropped afterwards; ``pg_empty_url`` is a database without the schema.

The fixture ``db`` here overrides the root one for the tests of this folder, so the root fixtures built
on it (``staff_id``, ``ctx``, ``make_ctx``) act on the PostgreSQL database unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cal_desktop.db.engine import Database

PG_URL_ENV = "CAL_TEST_PG_URL"
SKIP_REASON = (
    f"PostgreSQL tests need {PG_URL_ENV} (a server URL, e.g. the one scripts/pg_test_server.sh prints)"
)


@pytest.fixture(autouse=True)
def _require_postgres() -> None:
    if not os.environ.get(PG_URL_ENV):
        pytest.skip(SKIP_REASON)


@pytest.fixture
def pg_empty_url(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]  # the root conftest's
    """The URL of a new, empty database (no schema yet), dropped after the test."""
    url = pg_server.new()
    yield url
    pg_server.drop(url)


@pytest.fixture
def db(pg_url: str) -> Iterator[Database]:
    database = Database(pg_url)
    yield database
    database.dispose()


@pytest.fixture
def db_path() -> Path:
    pytest.fail("db_path is a SQLite file: PostgreSQL tests use pg_url")


@pytest.fixture
def other_pg_db(pg_server) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    """A second migrated database on the same server (e.g. another centre loading an export)."""
    url = pg_server.migrated()
    database = Database(url)
    yield database
    database.dispose()
    pg_server.drop(url)
