"""Erasure on PostgreSQL leaves no trace of the person in the table files (issue 14.6).

The table's bytes are read from the server's own files (``pg_relation_filepath`` under
``data_directory``; the throwaway test server runs as ``postgres`` and CI runs as root, which may read
them), else page by page through pageinspect's ``get_raw_page``. The main table, its TOAST table and
every index of both are searched, after a CHECKPOINT has written the shared buffers out.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from cal_desktop.db import pg_server
from cal_desktop.services import erasure_postgres, personal_data, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorInput

PROBE_EMAIL = "erase-probe-7731@example.org"
PROBE_NAME = "Щербаковская"


def _relations(conn, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The table, its TOAST table and the indexes of both (their OIDs as text)."""
    rows = conn.execute(
        text(
            "SELECT c.oid::text FROM pg_class c WHERE c.oid = CAST(:t AS regclass) "
            "OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = CAST(:t AS regclass)) "
            "OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = CAST(:t AS regclass) "
            "  OR indrelid = (SELECT reltoastrelid FROM pg_class WHERE oid = CAST(:t AS regclass)))"
        ),
        {"t": table},
    ).all()
    return [r[0] for r in rows]


def _file_bytes(conn, data_dir: Path, oid: str) -> bytes | None:  # type: ignore[no-untyped-def]
    relative = conn.execute(text("SELECT pg_relation_filepath(CAST(:o AS oid))"), {"o": oid}).scalar()
    if relative is None:
        return b""
    first = data_dir / relative
    if not os.access(first, os.R_OK):
        return None
    chunks = [first.read_bytes()]
    segment = 1
    while (data_dir / f"{relative}.{segment}").exists():  # 1 GB segments
        chunks.append((data_dir / f"{relative}.{segment}").read_bytes())
        segment += 1
    return b"".join(chunks)


def _page_bytes(conn, oid: str) -> bytes:  # type: ignore[no-untyped-def]
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect"))
    name = conn.execute(text("SELECT CAST(CAST(:o AS oid) AS regclass)::text"), {"o": oid}).scalar_one()
    pages = conn.execute(text("SELECT pg_relation_size(CAST(:o AS oid)) / 8192"), {"o": oid}).scalar_one()
    return b"".join(
        bytes(conn.execute(text("SELECT get_raw_page(:n, :p)"), {"n": name, "p": p}).scalar_one())
        for p in range(int(pages))
    )


def table_bytes(engine: Engine, table: str) -> bytes:
    with engine.connect() as conn:
        conn.execute(text("CHECKPOINT"))  # shared buffers written to the files
        data_dir = Path(conn.execute(text("SHOW data_directory")).scalar_one())
        found = []
        for oid in _relations(conn, table):
            content = _file_bytes(conn, data_dir, oid)
            found.append(content if content is not None else _page_bytes(conn, oid))
        conn.commit()
    return b"".join(found)


@pytest.fixture
def superuser_engine(pg_url: str) -> Engine:
    """The test server's own account (a superuser: CHECKPOINT, data_directory, pageinspect)."""
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        if not conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
            pytest.skip("reading the table files needs the test server's superuser")
    yield engine
    engine.dispose()


def _person(ctx: ServiceContext) -> int:
    return visitors.create_visitor(
        ctx, VisitorInput(PROBE_NAME, "Агата", "Львовна", phone="+7 912 777-31-31", email=PROBE_EMAIL)
    ).id


def test_without_the_rewrite_the_old_row_version_stays_in_the_file(
    ctx: ServiceContext, superuser_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why VACUUM FULL is needed: the anonymising UPDATE leaves the old version in the file (this also
    shows that the byte search sees what is there)."""
    monkeypatch.setattr(erasure_postgres, "vacuum_later", lambda url, ctx=None: None)
    vid = _person(ctx)
    personal_data.anonymise_visitor(ctx, vid)
    assert PROBE_EMAIL.encode() in table_bytes(superuser_engine, "visitors")
    with superuser_engine.connect() as conn:
        conn.execute(text("VACUUM visitors"))  # plain VACUUM: marked reusable, bytes left
    assert PROBE_NAME.encode() in table_bytes(superuser_engine, "visitors")
    pg_server.vacuum_full(ctx.db.url)
    rest = table_bytes(superuser_engine, "visitors")
    assert PROBE_EMAIL.encode() not in rest
    assert PROBE_NAME.encode() not in rest


def test_erasure_rewrites_the_tables_in_the_background(
    ctx: ServiceContext, superuser_engine: Engine
) -> None:
    vid = _person(ctx)
    from cal_desktop.services import consultations as cs
    from cal_desktop.services.consultations import ConsultationInput

    cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person", topics=["info_search"], outcome="advised", visitor_id=vid,
            summary=f"Звонила {PROBE_NAME} про двор",
        ),  # fmt: skip
    )
    assert PROBE_NAME.encode() in table_bytes(superuser_engine, "consultations")
    personal_data.anonymise_visitor(ctx, vid)  # returns before the rewrite is done
    assert erasure_postgres.wait(120)
    for table in ("visitors", "consultations"):
        rest = table_bytes(superuser_engine, table)
        assert PROBE_NAME.encode() not in rest, table
        assert PROBE_EMAIL.encode() not in rest, table


def test_the_rewrite_waits_for_a_desk_without_queueing_it(
    ctx: ServiceContext, superuser_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk holding the table (a long report) makes the rewrite retry later instead of waiting in
    the lock queue, where every other desk's query on that table would wait behind it."""
    monkeypatch.setattr(pg_server, "LOCK_TIMEOUT", "200ms")
    monkeypatch.setattr(pg_server.time, "sleep", lambda s: None)
    holder = create_engine(ctx.db.url)
    try:
        with holder.connect() as conn:
            conn.execute(text("SELECT count(*) FROM visitors"))  # ACCESS SHARE held until the end
            done = pg_server.vacuum_full(ctx.db.url, ("visitors",), attempts=2)
            assert done == []
        assert pg_server.vacuum_full(ctx.db.url, ("visitors",), attempts=2) == ["visitors"]
    finally:
        holder.dispose()


def test_no_table_of_the_database_keeps_the_erased_person(
    ctx: ServiceContext, superuser_engine: Engine
) -> None:
    """Every table of the program, not only the ones the erasure updates (a copy of the name in a log
    or a search table would survive any rewrite of the others)."""
    vid = _person(ctx)
    personal_data.anonymise_visitor(ctx, vid)
    assert erasure_postgres.wait(120)
    with superuser_engine.connect() as conn:
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        ).scalars().all()
    keeping = [t for t in tables if PROBE_EMAIL.encode() in table_bytes(superuser_engine, t)]
    assert keeping == []


def test_a_rewrite_whose_database_is_gone_ends_at_once(pg_url: str) -> None:
    """The thread is not a daemon (a CLI finishes it before exiting): it must never wait on a database
    that was dropped or a server that went away."""
    from sqlalchemy.engine import make_url

    gone = make_url(pg_url).set(database="cal_no_such_database").render_as_string(hide_password=False)
    erasure_postgres.vacuum_later(gone)
    assert erasure_postgres.wait(15)


def test_a_rewrite_owed_by_a_killed_process_is_done_at_the_next_housekeeping(ctx: ServiceContext) -> None:
    from cal_desktop.services import backup
    from cal_desktop.services.settings import get_state, set_state

    vid = _person(ctx)
    personal_data.anonymise_visitor(ctx, vid)
    assert erasure_postgres.wait(120)
    assert get_state(ctx, erasure_postgres.PENDING) is None  # done and recorded as done
    set_state(ctx, erasure_postgres.PENDING, "2026-12-03T01:00:00")  # as a process killed mid-rewrite left it
    backup.housekeeping(ctx)
    assert erasure_postgres.wait(120)
    assert get_state(ctx, erasure_postgres.PENDING) is None
