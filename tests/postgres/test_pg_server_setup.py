"""Setting up a server for several desks (issue 14.1): the guide's SQL makes a role without superuser
rights that `server init`, the backups and the erasure's rewrite work with; a desk's saved connection and
`--self-test --db URL`."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from cal_desktop.db import pg_server, pg_tools, schema
from cal_desktop.desk_connection import DeskConnection
from cal_desktop.errors import CalError
from cal_desktop.paths import DB_ENV, database_url
from cal_desktop.services import server_setup

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"


def _guide_sql() -> str:
    chapter = GUIDE.read_text(encoding="utf-8").split("## Несколько рабочих мест", 1)[1]
    return re.search(r"```sql\n(.*?)```", chapter, re.S).group(1)  # type: ignore[union-attr]


@pytest.fixture
def app_role(pg_admin: Engine) -> Iterator[str]:
    """The role and database made by the guide's SQL (names made unique), as the app's URL."""
    suffix = uuid.uuid4().hex[:8]
    role, database, password = f"cal_app_{suffix}", f"cal_{suffix}", f"pw:{suffix}@x"
    sql = (
        _guide_sql()
        .replace("cal_app", role)
        .replace("DATABASE cal ", f"DATABASE {database} ")
        .replace("'длинный-пароль-роли'", f"'{password}'")
    )
    with pg_admin.connect() as conn:
        for statement in filter(None, (s.strip() for s in sql.split(";"))):
            conn.execute(text(statement))
    url = pg_admin.url.set(username=role, password=password, database=database)
    yield url.render_as_string(hide_password=False)
    with pg_admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "cal_desktop", *args], capture_output=True, text=True, timeout=300,
        stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_server_init_with_the_guides_role_needs_no_superuser(app_role: str) -> None:
    engine = create_engine(app_role)
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar() is False
        )
    engine.dispose()
    parsed = make_url(app_role)
    without_password = parsed._replace(password=None).render_as_string()  # set(password=None) keeps it
    done = _cli("server", "init", "--url", without_password, env={"PGPASSWORD": str(parsed.password)})
    assert done.returncode == 0, done.stderr
    assert "Схема программы создана" in done.stdout
    for expected in (
        f"Сервер:        {parsed.host}",
        f"База данных:   {parsed.database}",
        f"Пользователь:  {parsed.username}",
    ):
        assert expected in done.stdout
    assert str(parsed.password) not in done.stdout + done.stderr
    engine = create_engine(app_role)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
    assert schema.current_revision(engine) == schema.head_revision()
    engine.dispose()
    again = _cli("server", "init", "--url", app_role)
    assert again.returncode == 0 and "уже на месте" in again.stdout
    # the role's own rights suffice for the erasure's rewrite and for a dump
    assert pg_server.vacuum_full(app_role) == list(pg_server.ERASURE_TABLES)
    assert _cli("--db", app_role, "backup").returncode == 0


def _filled_and_dumped(url: str, archive: Path, visitors: int) -> None:
    """`server init`, `demo` and `backup -o` on the role's database."""
    server_setup.init_server(url)
    assert _cli("--db", url, "demo", "--visitors", str(visitors), "--quiet").returncode == 0
    assert _cli("--db", url, "backup", "-o", str(archive)).returncode == 0


COUNTED = ("visitors", "consultations", "initiatives", "initiative_members", "documents", "staff")


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in COUNTED}
    finally:
        engine.dispose()


def test_cli_restore_into_an_empty_database_by_the_guides_role(
    app_role: str, pg_admin: Engine, tmp_path: Path
) -> None:
    """The issue's acceptance: `backup` makes a file that `restore` brings back into an empty database
    with the same row counts; then find, report monthly and document render work on it."""
    archive = tmp_path / "c.dump"
    _filled_and_dumped(app_role, archive, 30)
    before = _counts(app_role)
    empty = f"cal_e_{uuid.uuid4().hex[:8]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{empty}" OWNER "{make_url(app_role).username}"'))
    target = make_url(app_role).set(database=empty).render_as_string(hide_password=False)
    try:
        refused = _cli("--db", target, "restore", str(archive))  # no terminal, no --yes: not confirmed
        assert refused.returncode == 1 and "--yes" in refused.stderr
        assert not pg_server.has_schema(target)
        done = _cli("--db", target, "restore", str(archive), "--yes")
        assert done.returncode == 0, done.stderr
        assert _counts(target) == before and before["visitors"] == 30
        engine = create_engine(target)
        with engine.connect() as conn:
            name = conn.execute(text("SELECT last_name FROM visitors ORDER BY id LIMIT 1")).scalar_one()
            month = conn.execute(
                text("SELECT to_char(max(occurred_on), 'YYYY-MM') FROM consultations")
            ).scalar_one()
        engine.dispose()
        found = _cli("--db", target, "find", "visitors", name)
        assert found.returncode == 0 and name in found.stdout, found.stderr
        report = _cli("--db", target, "report", "monthly", month, "-o", str(tmp_path / "m.pdf"))
        assert report.returncode == 0 and (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF"), report.stderr
        letter = _cli(
            "--db",
            target,
            "document",
            "render",
            "pd_consent",
            "--visitor",
            "1",
            "-o",
            str(tmp_path / "c.pdf"),
        )
        assert letter.returncode == 0 and (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF"), letter.stderr
    finally:
        with pg_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{empty}" WITH (FORCE)'))


def test_server_init_refuses_an_old_server_and_a_file(
    pg_empty_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_setup, "server_version", lambda url: (120015, "12.15"))
    with pytest.raises(CalError, match="12.15 слишком старый"):
        server_setup.init_server(pg_empty_url)
    with pytest.raises(CalError, match="PostgreSQL"):
        server_setup.init_server("sqlite:///tmp/x.db")


def test_server_init_says_when_the_server_cannot_be_reached(pg_empty_url: str) -> None:
    wrong = make_url(pg_empty_url).set(password="не-тот-пароль").render_as_string(hide_password=False)
    with pytest.raises(CalError, match="Нет подключения к серверу PostgreSQL") as caught:
        server_setup.init_server(wrong)
    assert "не-тот-пароль" not in str(caught.value)


def test_a_desk_saves_its_connection_and_opens_the_server_with_the_stored_password(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    parsed = make_url(pg_url)
    desk = DeskConnection(
        parsed.host or "", parsed.port or 5432, parsed.database or "", parsed.username or "", "disable"
    )
    with pytest.raises(CalError, match="Нет подключения"):
        server_setup.check_connection(desk, "неверный")
    assert "схема программы на месте" in server_setup.check_connection(desk, str(parsed.password))
    url = server_setup.save_desk_connection(desk, str(parsed.password))
    assert str(parsed.password) not in url and url == database_url()
    assert "схема программы на месте" in server_setup.check_connection(desk, None)  # the stored one
    assert "подключение и схема в порядке" in server_setup.self_test_database(url)


def test_self_test_with_a_database_checks_its_connection_and_schema(pg_url: str, pg_admin: Engine) -> None:
    done = _cli("--db", pg_url, "--self-test")
    assert done.returncode == 0, done.stderr
    assert "подключение к базе:" in done.stdout and done.stdout.strip().endswith("OK")
    empty = f"cal_st_{uuid.uuid4().hex[:8]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{empty}"'))
    try:
        empty_url = pg_admin.url.set(database=empty).render_as_string(hide_password=False)
        failed = _cli("--db", empty_url, "--self-test")
        assert failed.returncode == 1 and "cal-desktop init" in failed.stderr
        assert not pg_server.has_schema(empty_url)  # the self-test created nothing
    finally:
        with pg_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{empty}" WITH (FORCE)'))


def test_client_programs_are_found_for_this_server(pg_url: str) -> None:
    engine = create_engine(pg_url)
    major = pg_server.server_major(engine)
    engine.dispose()
    assert pg_tools.require("pg_dump", major).major >= major


def test_server_init_upgrades_an_older_schema_after_a_dump_with_the_password_from_the_environment(
    app_role: str, tmp_path: Path
) -> None:
    from alembic import command

    engine = create_engine(app_role)
    cfg = schema.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006_followups")
    engine.dispose()
    parsed = make_url(app_role)
    home = tmp_path / "home"
    done = _cli(
        "server",
        "init",
        "--url",
        # as libpq tools write it: the program adds its driver
        parsed._replace(password=None).render_as_string().replace("postgresql+psycopg://", "postgresql://"),
        env={"PGPASSWORD": str(parsed.password), "XDG_DATA_HOME": str(home)},
    )
    assert done.returncode == 0, done.stderr
    assert f"Схема обновлена с 0006_followups до {schema.head_revision()}" in done.stdout
    dumps = list(home.rglob(f"{parsed.database}.before-upgrade-0006_followups-*.dump"))
    assert len(dumps) == 1 and pg_tools.is_archive(dumps[0])


def test_restore_when_the_role_does_not_own_the_public_schema(
    app_role: str, pg_admin: Engine, tmp_path: Path
) -> None:
    """PostgreSQL 13 and 14: the public schema belongs to the superuser (anyone may create in it); the
    restore then drops what the role owns instead of the schema."""
    database = make_url(app_role).database
    superuser = pg_admin.url.username
    db_admin = create_engine(pg_admin.url.set(database=database), isolation_level="AUTOCOMMIT")
    with db_admin.connect() as conn:
        conn.execute(text(f'ALTER SCHEMA public OWNER TO "{superuser}"'))
        conn.execute(text("GRANT ALL ON SCHEMA public TO PUBLIC"))
    db_admin.dispose()
    archive = tmp_path / "c.dump"
    _filled_and_dumped(app_role, archive, 20)
    done = _cli("--db", app_role, "restore", str(archive), "--yes")
    assert done.returncode == 0, done.stderr
    engine = create_engine(app_role)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visitors")).scalar() == 20
        owner = conn.execute(
            text("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'")
        )
        assert owner.scalar() == superuser  # the schema was kept: the role dropped only its own objects
    engine.dispose()


def test_restore_while_a_desk_holds_a_table_changes_nothing(
    app_role: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cal_desktop.services import backup

    monkeypatch.setattr(pg_server, "RESTORE_LOCK_TIMEOUT", "300ms")
    archive = tmp_path / "c.dump"
    _filled_and_dumped(app_role, archive, 20)
    desk = create_engine(app_role)
    try:
        with desk.connect() as conn:
            conn.execute(text("SELECT count(*) FROM visitors"))  # a transaction still open at a desk
            with pytest.raises(CalError, match="другие рабочие места"):
                backup.restore(app_role, archive)
        with desk.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM visitors")).scalar() == 20
    finally:
        desk.dispose()


def test_a_table_of_another_owner_is_reported_not_silently_skipped(
    app_role: str, pg_admin: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    server_setup.init_server(app_role)
    db_admin = create_engine(
        pg_admin.url.set(database=make_url(app_role).database), isolation_level="AUTOCOMMIT"
    )
    with db_admin.connect() as conn:
        conn.execute(text(f'ALTER TABLE visitors OWNER TO "{pg_admin.url.username}"'))
    db_admin.dispose()
    done = pg_server.vacuum_full(app_role)
    assert "visitors" not in done and "consultations" in done
    assert "VACUUM FULL of visitors impossible" in caplog.text
