"""The schema on PostgreSQL: the migrations reach head, build exactly the models, and the start-up check
(``cal-desktop check``) speaks about a PostgreSQL database as it does about a SQLite file."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from cal_desktop.db import schema
from cal_desktop.db.engine import Database
from cal_desktop.db.models import Base
from cal_desktop.db.search_schema import is_search_object
from cal_desktop.errors import DatabaseError
from cal_desktop.services.database import check_database, init_database


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ in ("table", "index") and is_search_object(name))  # as in migrations/env.py


def test_fresh_database_migrates_to_head_and_a_second_init_changes_nothing(pg_empty_url: str) -> None:
    first = init_database(pg_empty_url)
    assert first.previous is None and first.backup is None
    assert first.revision == schema.head_revision()
    again = init_database(pg_empty_url)
    assert (again.previous, again.revision, again.backup) == (first.revision, first.revision, None)
    engine = create_engine(pg_empty_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= tables
    assert not any(is_search_object(t) for t in tables)  # the FTS5 index is SQLite's alone


def test_models_and_migrations_agree(db: Database) -> None:
    """Autogenerate finds nothing to do on PostgreSQL either (types, indexes, foreign keys)."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _include})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ on PostgreSQL; write a migration for: {diff}"


def test_check_finds_a_migrated_database_sound(pg_url: str) -> None:
    assert check_database(pg_url) == []


def test_check_names_a_database_without_the_schema(pg_empty_url: str) -> None:
    assert check_database(pg_empty_url) == [
        "В базе данных нет схемы CAL Desktop: выполните «cal-desktop init»."
    ]


def test_database_of_a_newer_program_is_refused_and_left_alone(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'zz_newer'"))
        with pytest.raises(DatabaseError, match="более новой версией"):
            init_database(pg_url)
        with pytest.raises(DatabaseError, match="более новой версией"):
            check_database(pg_url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "zz_newer"
    finally:
        engine.dispose()


def test_an_unreachable_server_is_a_database_error_in_words(pg_url: str) -> None:
    wrong = pg_url.rsplit("/", 1)[0] + "/no_such_database_here"
    with pytest.raises(DatabaseError, match="недоступна"):
        init_database(wrong)
