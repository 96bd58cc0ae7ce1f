"""Backups of a database on a PostgreSQL server (issue 14.5): pg_dump -Fc archives made by `backup`, the
daily and exit backups and before a schema upgrade; `restore` brings one back with the same rows and
applies again the erasures made after it; no client programs is a clear message, never a silent skip."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from cal_desktop.db import pg_server, pg_tools, schema
from cal_desktop.db.engine import make_engine
from cal_desktop.errors import CalError, DatabaseError
from cal_desktop.services import backup, backup_postgres, demo, erasure_postgres, personal_data, visitors
from cal_desktop.services.backup_crypto import PassphraseRequired
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorInput

TABLES = ("visitors", "consultations", "initiatives", "initiative_members", "documents", "staff", "settings")


def counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES}
    finally:
        engine.dispose()


@pytest.fixture
def empty_url(pg_admin: Engine) -> Iterator[str]:
    """Another database on the server, empty (``pg_empty_url`` is the one ``ctx`` works on)."""
    name = f"cal_r_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield pg_admin.url.set(database=name).render_as_string(hide_password=False)
    with pg_admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def filled(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    demo.generate_demo(ctx, seed=3, visitors=60, months=3)
    return ctx


def test_backup_is_a_pg_dump_archive_that_restores_into_an_empty_database(
    filled: ServiceContext, empty_url: str
) -> None:
    before = counts(filled.db.url)  # the backup's own bookkeeping comes after the dump
    info = backup.create_backup(filled)
    assert info.path.name.startswith("cal-backup-") and info.path.name.endswith(".dump")
    assert pg_tools.is_archive(info.path)
    assert [b.path for b in backup.list_backups(info.path.parent, backup.source_of(filled))] == [info.path]
    assert before["visitors"] >= 60
    result = backup.restore(empty_url, info.path)
    assert counts(empty_url) == before
    assert schema.current_revision(make_engine(empty_url)) == schema.head_revision()
    assert not result.kept.exists()  # the empty database had nothing to keep aside


def test_restore_replaces_the_data_and_keeps_the_replaced_database_aside(filled: ServiceContext) -> None:
    before = counts(filled.db.url)
    info = backup.create_backup(filled)
    extra = visitors.create_visitor(filled, VisitorInput("Позднякова", "Нина", "Олеговна")).id
    assert counts(filled.db.url)["visitors"] == before["visitors"] + 1
    result = backup.restore_database(filled, info.path)
    after = counts(filled.db.url)
    assert after["visitors"] == before["visitors"]
    with filled.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM visitors WHERE id = :i"), {"i": extra}).scalar() == 0
    assert pg_tools.is_archive(result.kept)
    assert [c.path for c in backup.aside_copies_of(filled)] == [result.kept]
    assert backup.aside_copies_of(filled)[0].kind == "replaced"


def test_restore_applies_again_an_erasure_made_after_the_backup(filled: ServiceContext) -> None:
    person = visitors.create_visitor(
        filled, VisitorInput("Черноусова", "Дарья", "Игоревна", phone="+7 912 555-44-33")
    ).id
    info = backup.create_backup(filled)
    personal_data.anonymise_visitor(filled, person)
    assert erasure_postgres.wait(120)
    result = backup.restore_database(filled, info.path)
    assert result.erasures == 1
    with filled.db.read() as s:
        name, phone = s.execute(
            text("SELECT last_name, phone FROM visitors WHERE id = :i"), {"i": person}
        ).one()
    assert (name, phone) == (personal_data.ANONYMISED_NAME, None)


def test_encrypted_backup_needs_its_passphrase(filled: ServiceContext, empty_url: str) -> None:
    backup.set_backup_passphrase(filled, "длинный пароль копий 2026")
    info = backup.create_backup(filled)
    assert info.encrypted and info.path.name.endswith(".dump.enc")
    assert not pg_tools.is_archive(info.path)  # nothing readable on the medium
    with pytest.raises(PassphraseRequired):
        backup.restore(empty_url, info.path)
    backup.restore(empty_url, info.path, passphrase="длинный пароль копий 2026")
    assert counts(empty_url)["visitors"] == counts(filled.db.url)["visitors"]


def test_a_sqlite_copy_or_another_file_is_refused_before_anything_changes(
    filled: ServiceContext, tmp_path: Path
) -> None:
    before = counts(filled.db.url)
    sqlite_copy = tmp_path / "cal-backup-cal_desktop_2026-11-27_10-00-00.db"
    sqlite_copy.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(DatabaseError, match="SQLite"):
        backup.restore_database(filled, sqlite_copy)
    junk = tmp_path / "notes.dump"
    junk.write_text("не архив", encoding="utf-8")
    with pytest.raises(DatabaseError, match="pg_dump"):
        backup.restore_database(filled, junk)
    assert counts(filled.db.url) == before
    assert backup.aside_copies_of(filled) == []


def test_daily_and_exit_backups_are_made_and_rotated(filled: ServiceContext) -> None:
    first = backup.automatic_backup(filled)
    assert first is not None and pg_tools.is_archive(first.path)
    assert backup.automatic_backup(filled) is None  # one daily copy a day
    on_exit = backup.automatic_backup(filled, on_exit=True)
    assert on_exit is not None and on_exit.path.suffix == ".dump"


def test_without_client_programs_backups_fail_with_what_to_install(
    filled: ServiceContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pg_tools, "candidate_folders", lambda: [tmp_path])
    problem = backup_postgres.tools_problem(filled.db.url)
    assert problem is not None and "pg_dump" in problem and "postgresql-client" in problem
    with pytest.raises(CalError, match="pg_dump"):
        backup.create_backup(filled)
    with pytest.raises(CalError, match="pg_dump"):
        backup.automatic_backup(filled)  # the desk's warning says why: not a silent skip


def test_an_older_client_than_the_server_is_named(
    filled: ServiceContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(pg_tools, "candidate_folders", lambda: [tmp_path])
    problem = backup_postgres.tools_problem(filled.db.url)
    assert problem is not None and "версии 9" in problem


def test_schema_upgrade_dumps_the_database_first(empty_url: str) -> None:
    from alembic import command

    engine = make_engine(empty_url)
    cfg = schema.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006_followups")
    previous = schema.current_revision(engine)
    result = schema.upgrade(engine)
    engine.dispose()
    assert result.previous == previous and result.backup is not None
    assert pg_tools.is_archive(result.backup)
    assert result.backup.parent == pg_server.aside_folder()
    assert f".before-upgrade-{previous}-" in result.backup.name


def test_schema_upgrade_without_client_programs_is_refused_unless_allowed(
    empty_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from alembic import command

    engine = make_engine(empty_url)
    cfg = schema.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006_followups")
    monkeypatch.setattr(pg_tools, "candidate_folders", lambda: [tmp_path])
    with pytest.raises(DatabaseError, match=pg_server.SKIP_DUMP_ENV):
        schema.upgrade(engine)
    assert schema.current_revision(engine) == "0006_followups"  # untouched
    monkeypatch.setenv(pg_server.SKIP_DUMP_ENV, "1")
    assert schema.upgrade(engine).revision == schema.head_revision()
    engine.dispose()


def test_a_subjects_request_lists_the_server_dumps_holding_their_data(filled: ServiceContext) -> None:
    person = visitors.create_visitor(filled, VisitorInput("Лаптева", "Ирина", "Юрьевна")).id
    info = backup.create_backup(filled)
    copies = personal_data.subject_data(filled, person)["копии"]
    assert [b["файл"] for b in copies["резервные_копии"]] == [info.path.name]
    assert "WAL" in copies["копии_сервера"]
