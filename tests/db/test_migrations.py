"""The schema as the migrations build it: it matches the models, upgrades keep data and a backup copy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from cal_desktop.db import schema
from cal_desktop.db.engine import Database
from cal_desktop.db.models import Base
from cal_desktop.db.search_schema import is_search_object
from cal_desktop.errors import DatabaseError
from cal_desktop.services.database import check_database, init_database

FAKE_REVISION = "zz_test_extra"


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The same filter as migrations/env.py: the FTS tables are made by hand, not from the models.
    return not (type_ == "table" and is_search_object(name))


def _visitor_names(path: Path) -> list[str]:
    con = sqlite3.connect(str(path))
    try:
        return [r[0] for r in con.execute("SELECT last_name FROM visitors ORDER BY id")]
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(str(path))
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def _add_visitor(path: Path, last_name: str) -> None:
    from cal_desktop.services.context import ServiceContext
    from cal_desktop.services.visitors import VisitorInput, create_visitor

    database = Database("sqlite:///" + str(path))
    try:
        create_visitor(ServiceContext(database), VisitorInput(last_name=last_name, first_name="Анна"))
    finally:
        database.dispose()


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _include})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ; write a migration for: {diff}"


def test_fresh_database_is_at_head_and_sound(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    result = init_database(str(path))
    assert result.previous is None and result.backup is None
    assert result.revision == schema.head_revision() == _revision(path)
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()
    assert check_database(str(path)) == []


def test_init_twice_changes_nothing(db_path: Path) -> None:
    _add_visitor(db_path, "Петрова")
    before = sorted(p.name for p in db_path.parent.iterdir())
    result = init_database(str(db_path))
    assert result.previous == result.revision == schema.head_revision()
    assert result.backup is None
    assert sorted(p.name for p in db_path.parent.iterdir()) == before  # no backup copy made
    assert _visitor_names(db_path) == ["Петрова"]


def test_backup_before_upgrade_includes_uncheckpointed_wal(db_path: Path) -> None:
    # A writer still holds the database open, so the last change lives only in the -wal file.
    writer = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES ('backup_probe', '\"да\"', '2025-01-01')"
        )
        assert Path(str(db_path) + "-wal").stat().st_size > 0
        backup = schema.backup_before_upgrade(db_path, "0001")
    finally:
        writer.close()
    assert backup.parent == db_path.parent and "before-upgrade-0001" in backup.name
    con = sqlite3.connect(str(backup))
    try:
        assert con.execute("SELECT value FROM settings WHERE key = 'backup_probe'").fetchone() == ('"да"',)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def test_upgrade_from_the_first_revision_keeps_data_and_makes_it_searchable(tmp_path: Path) -> None:
    """A database made by the first release, with a visitor in it, upgraded through every migration."""
    from alembic import command

    from cal_desktop.services import search
    from cal_desktop.services.database import open_database

    path = tmp_path / "first_release.db"
    first = ScriptDirectory.from_config(schema.alembic_config()).get_base()
    database = Database("sqlite:///" + str(path))
    cfg = schema.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, first)
        conn.exec_driver_sql(
            "INSERT INTO visitors (last_name, first_name, name_norm, search_text, created_at, updated_at) "
            "VALUES ('Ёлкина', 'Алёна', 'елкина алена', 'елкина алена', '2025-03-01', '2025-03-01')"
        )
    database.dispose()

    result = init_database(str(path))

    assert (result.previous, result.revision) == (first, schema.head_revision())
    assert result.backup is not None and _revision(result.backup) == first
    assert _visitor_names(result.backup) == ["Ёлкина"]
    assert check_database(str(path)) == []
    ctx = open_database(str(path))
    try:
        assert [hit.full_name for hit in search.find_visitors(ctx, "елкина")] == ["Ёлкина Алёна"]
    finally:
        ctx.db.dispose()


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The program's migrations plus one more revision (a new table), as a future version would ship."""
    old_head = schema.head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / f"{FAKE_REVISION}.py").write_text(
        f'''"""test: one more table"""
import sqlalchemy as sa
from alembic import op

revision = "{FAKE_REVISION}"
down_revision = "{old_head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
''',
        encoding="utf-8",
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    return old_head


def test_upgrade_copies_the_file_aside_and_keeps_data(db_path: Path, newer_program: str) -> None:
    _add_visitor(db_path, "Ёлкина")
    assert check_database(str(db_path)) == [
        f"Схема {newer_program} устарела: выполните «cal-desktop init» для обновления."
    ]

    result = init_database(str(db_path))

    assert (result.previous, result.revision) == (newer_program, FAKE_REVISION)
    assert result.backup is not None and result.backup.exists()
    assert _revision(db_path) == FAKE_REVISION
    assert _visitor_names(db_path) == ["Ёлкина"]
    con = sqlite3.connect(str(db_path))
    try:
        assert con.execute("SELECT count(*) FROM test_extra").fetchone() == (0,)
    finally:
        con.close()
    # the copy is the database as it was before the upgrade
    assert _revision(result.backup) == newer_program
    assert _visitor_names(result.backup) == ["Ёлкина"]
    assert check_database(str(db_path)) == []


def test_unknown_revision_is_refused(db_path: Path) -> None:
    con = sqlite3.connect(str(db_path))
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.close()
    with pytest.raises(DatabaseError, match="более новой версией"):
        init_database(str(db_path))
    with pytest.raises(DatabaseError, match="более новой версией"):
        check_database(str(db_path))


def test_the_quick_revision_reading_agrees_with_alembic() -> None:
    """Opening a database reads the shipped revisions without Alembic (start-up time); they must be
    exactly Alembic's own view of the migrations."""
    from alembic.script import ScriptDirectory

    from cal_desktop.db import schema

    scripts = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.head_revision() == scripts.get_current_head()
    assert schema.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_opening_a_database_at_head_does_not_load_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    path = tmp_path / "x.db"
    code = (
        "import sys; from cal_desktop.services.database import init_database, open_database;"
        f"init_database({str(path)!r}); [m for m in list(sys.modules) if m.startswith('alembic') and sys.modules.pop(m)];"
        f"open_database({str(path)!r}); print(sorted(m for m in sys.modules if m.startswith('alembic')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
