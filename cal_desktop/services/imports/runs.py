"""Imports that keep the write lock only for short moments, and stay all-or-nothing.

SQLite has one writer at a time. An import of 20,000 rows used to hold the write lock for tens of
seconds, and a desk saving a consultation meanwhile failed with «database is locked». Now:

- the file is read, parsed and checked against a read snapshot (WAL: no lock that stops writers);
- rows are written in slices of ``SLICE_ROWS``, each its own short transaction, with a pause between
  them so that other programs' writes get in (this process's own interactive writes go first anyway,
  see ``Database.session``);
- every row a slice adds is listed in ``import_created`` under the run (``import_runs``), in the same
  transaction; when the import fails, is cancelled or is rejected half way, the listed rows are deleted
  again, newest first. A run whose process died (killed, power cut) is undone the next time the database
  is opened or another import starts; the last transaction that ends a run removes the list together
  with writing the import's audit entry, so a run is either wholly there or undone.

Other programs see a running import's rows as they are written (not all at once at the end).
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, event, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Base, ImportCreated, ImportRun, utcnow

log = logging.getLogger(__name__)

SLICE_S = 0.5  # how long one slice may hold the write lock; the row count adapts to it
FIRST_SLICE_ROWS = 300
PAUSE_S = 0.11  # between slices: longer than the 0.1 s between two tries of SQLite's busy handler, so
# that another program waiting for the lock always finds it free once
PATIENCE_S = 120.0  # how long a slice keeps waiting for the lock before the import gives up
UNDO_CHUNK = 1000
ABANDONED_AFTER = timedelta(minutes=10)  # a run on another computer with no slice for this long

_RUN = "cal_import_run"  # session.info key: the run whose added rows are listed
_ADDED = "cal_import_added"  # session.info key: [(table, id)] added by this slice


@event.listens_for(Session, "after_flush")
def _list_added(session: Session, _context: Any) -> None:
    """Every ORM object a slice inserts (any kind, whatever service created it) is listed."""
    if _RUN not in session.info:
        return
    added = session.info.setdefault(_ADDED, [])
    for obj in session.new:
        table = getattr(obj, "__tablename__", None)
        row_id = getattr(obj, "id", None)
        if table and isinstance(row_id, int):
            added.append((table, row_id))


def list_added(session: Session, table: str, ids: list[int]) -> None:
    """Rows inserted with Core (bulk audit entries) are listed here by their inserter."""
    if _RUN in session.info:
        session.info.setdefault(_ADDED, []).extend((table, i) for i in ids)


class SliceSizer:
    """Rows per slice, adapted after each slice so that one holds the write lock about ``SLICE_S``
    (a loaded machine or a kind with heavier rows gets smaller slices)."""

    def __init__(self) -> None:
        self.rows = FIRST_SLICE_ROWS

    @contextmanager
    def timed(self) -> Iterator[None]:
        started = time.monotonic()
        yield
        took = max(time.monotonic() - started - PAUSE_S, 0.001)
        self.rows = max(20, min(5_000, int(self.rows * min(SLICE_S / took, 4.0))))


class Run:
    """One import run: ``slice()`` transactions, then ``finish()`` or ``undo()``."""

    def __init__(self, db: Database, kind: str) -> None:
        self.db = db
        undo_abandoned(db)
        with db.session() as s:
            run = ImportRun(kind=kind, host=socket.gethostname(), pid=os.getpid())
            s.add(run)
            s.flush()
            self.id = run.id

    @contextmanager
    def slice(self) -> Iterator[Session]:
        """A short write transaction whose added rows are listed under the run."""
        with self.db.session(patience=PATIENCE_S) as session:
            session.info[_RUN] = self.id
            yield session
            session.flush()
            added = session.info.pop(_ADDED, [])
            if added:
                rows = [{"run_id": self.id, "table_name": t, "row_id": i} for t, i in dict.fromkeys(added)]
                session.execute(insert(ImportCreated), rows)
            session.execute(update(ImportRun).where(ImportRun.id == self.id).values(heartbeat_at=utcnow()))
            session.info.pop(_RUN)
        time.sleep(PAUSE_S)

    @contextmanager
    def finish(self) -> Iterator[Session]:
        """The last transaction: what the block writes (the audit entry) and forgetting the list of
        added rows happen together."""
        with self.db.session(patience=PATIENCE_S) as session:
            yield session
            session.execute(delete(ImportCreated).where(ImportCreated.run_id == self.id))
            session.execute(delete(ImportRun).where(ImportRun.id == self.id))

    def undo(self) -> None:
        """Delete what the run added; a failure here is logged (the next open finishes the undo)."""
        try:
            undo_run(self.db, self.id)
        except Exception:
            log.exception("undoing import run %s failed; it will be undone at the next start", self.id)


def undo_run(db: Database, run_id: int) -> None:
    """Delete the rows a run added, dependants first (tables in reverse dependency order, newest ids
    first), in short transactions, then the run. A row something else now refers to (a consultation a
    desk added meanwhile for a visitor the import created) is kept."""
    with db.read() as s:
        tables = set(s.scalars(select(ImportCreated.table_name).where(ImportCreated.run_id == run_id)))
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in tables:
            _undo_table(db, run_id, table)
    with db.session(patience=PATIENCE_S) as s:
        s.execute(delete(ImportCreated).where(ImportCreated.run_id == run_id))
        s.execute(delete(ImportRun).where(ImportRun.id == run_id))


def _undo_table(db: Database, run_id: int, table: Any) -> None:
    listed = (ImportCreated.run_id == run_id) & (ImportCreated.table_name == table.name)
    while True:
        with db.session(patience=PATIENCE_S) as s:
            ids = list(
                s.scalars(
                    select(ImportCreated.row_id)
                    .where(listed)
                    .order_by(ImportCreated.row_id.desc())
                    .limit(UNDO_CHUNK)
                )
            )
            if not ids:
                return
            try:
                with s.begin_nested():
                    s.execute(delete(table).where(table.c.id.in_(ids)))
            except IntegrityError:
                for row_id in ids:  # one by one: keep only the rows still referred to
                    try:
                        with s.begin_nested():
                            s.execute(delete(table).where(table.c.id == row_id))
                    except IntegrityError:
                        log.warning(
                            "import run %s: %s %s is in use now and is kept", run_id, table.name, row_id
                        )
            s.execute(delete(ImportCreated).where(listed, ImportCreated.row_id.in_(ids)))


def _abandoned(run: Any) -> bool:
    if run.host == socket.gethostname():
        if run.pid == os.getpid():
            return False
        try:
            os.kill(run.pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return bool(utcnow() - run.heartbeat_at > ABANDONED_AFTER * 6)  # a pid reused long after
    return bool(utcnow() - run.heartbeat_at > ABANDONED_AFTER)


def undo_abandoned(db: Database) -> int:
    """Undo the runs whose process is gone (killed mid-import); returns how many."""
    with db.read() as s:
        runs = s.execute(select(ImportRun.id, ImportRun.host, ImportRun.pid, ImportRun.heartbeat_at)).all()
    gone = [r.id for r in runs if _abandoned(r)]
    for run_id in gone:
        log.warning("undoing import run %s left unfinished by a process that is gone", run_id)
        undo_run(db, run_id)
    return len(gone)
