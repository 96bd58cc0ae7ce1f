"""PostgreSQL fixtures (DESIGN.md section 3: a centre with several desks shares one server).

Set ``CAL_TEST_PG_URL`` to a SQLAlchemy URL of a PostgreSQL server whose user may create databases
(``scripts/pg_test_server.sh`` starts a throwaway one and prints it); without it every test in this folder
is skipped. Each test gets its own database, created under a unique name, migrated to head with
``services.database.init_database`` (the path every desk takes on start-up) and dropped afterwards.

The fixture ``db`` here overrides the root one for the tests of this folder, so the root fixtures built
on it (``staff_id``, ``ctx``, ``make_ctx``) act on the PostgreSQL database unchanged.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from cal_desktop.db.engine import Database
from cal_desktop.services.database import init_database

PG_URL_ENV = "CAL_TEST_PG_URL"
SKIP_REASON = (
    f"PostgreSQL tests need {PG_URL_ENV} (a server URL, e.g. the one scripts/pg_test_server.sh prints)"
)


@pytest.fixture(autouse=True)
def _require_postgres() -> None:
    if not os.environ.get(PG_URL_ENV):
        pytest.skip(SKIP_REASON)


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on the server's own database: CREATE/DROP DATABASE cannot run in a
    transaction."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(SKIP_REASON)
    parsed = make_url(url)
    if not parsed.get_backend_name().startswith("postgresql"):
        pytest.fail(f"{PG_URL_ENV} must be a postgresql URL, not {parsed.get_backend_name()}")
    engine = create_engine(parsed, isolation_level="AUTOCOMMIT", pool_size=1)
    yield engine
    engine.dispose()


def _new_database_url(admin: Engine) -> str:
    name = f"cal_t_{uuid.uuid4().hex[:16]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return admin.url.set(database=name).render_as_string(hide_password=False)


def _drop_database(admin: Engine, url: str) -> None:
    name = make_url(url).database
    with admin.connect() as conn:
        # WITH (FORCE): a test that failed midway may have left a connection open (PostgreSQL 13+).
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def pg_empty_url(pg_admin: Engine) -> Iterator[str]:
    """The URL of a new, empty database (no schema yet), dropped after the test."""
    url = _new_database_url(pg_admin)
    yield url
    _drop_database(pg_admin, url)


@pytest.fixture
def pg_url(pg_empty_url: str) -> str:
    """The URL of a new database migrated to head."""
    init_database(pg_empty_url)
    return pg_empty_url


@pytest.fixture
def db(pg_url: str) -> Iterator[Database]:
    database = Database(pg_url)
    yield database
    database.dispose()


@pytest.fixture
def db_path() -> Path:
    pytest.fail("db_path is a SQLite file: PostgreSQL tests use pg_url")


@pytest.fixture
def other_pg_db(pg_admin: Engine) -> Iterator[Database]:
    """A second migrated database on the same server (e.g. another centre loading an export)."""
    url = _new_database_url(pg_admin)
    init_database(url)
    database = Database(url)
    yield database
    database.dispose()
    _drop_database(pg_admin, url)
