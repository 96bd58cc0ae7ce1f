"""What other desks and processes changed in the database, so that open views refresh themselves
(issue 14.4): a consultation saved at another desk appears in «Сегодня», an appeal registered overdue
appears in the alerts, without pressing F5.

``ChangeFeed`` watches one database on a background thread and collects what changed; the GUI asks
``take()`` on a timer (``gui/change_watch.py``) and refreshes the views concerned.

- PostgreSQL: a statement-level trigger on every table (migration 0008_pgengine) sends
  ``NOTIFY cal_changes, '<table>'`` when a transaction commits, whoever wrote (another desk, a CLI
  import, the demo). The feed keeps its own connection that LISTENs; a lost connection is opened again
  and reported as "anything may have changed" (notifications sent meanwhile are lost).
- SQLite: ``PRAGMA data_version`` of the feed's own connection changes when any other connection, of
  this or another process, commits to the file. It does not say which tables, so every view concerned
  refreshes (``Changes.tables`` is ``None``). Reading it costs microseconds and takes no lock.

Writes of this process are reported too (the listener cannot tell them apart): a view refreshed twice
shows the same rows.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cal_desktop.db.engine import Database
from cal_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

CHANNEL = "cal_changes"  # the NOTIFY channel of migration 0008_pgengine
POLL_S = 0.25  # SQLite: how often data_version is read; PostgreSQL: the longest wait for a notification
RECONNECT_S = 5.0  # a lost server connection is tried again this often


@dataclass(frozen=True)
class Changes:
    """Tables changed since the last ``take()``; ``None``: which ones is not known (SQLite, or a
    reconnection after notifications may have been lost)."""

    tables: frozenset[str] | None

    def touches(self, tables: Iterable[str]) -> bool:
        return self.tables is None or not self.tables.isdisjoint(tables)


class ChangeFeed:
    """A background watcher of one database. ``start()``, then ``take()`` as often as wanted (never
    blocks), ``close()`` at the end (waits at most ``POLL_S`` and a little for the thread)."""

    def __init__(self, db: Database, poll_s: float = POLL_S) -> None:
        self.db = db
        self.poll_s = poll_s
        self._lock = threading.Lock()
        self._tables: set[str] = set()
        self._unknown = False  # something changed, tables unknown
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # set once the first connection listens (for tests)

    def start(self) -> ChangeFeed:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="cal-change-feed", daemon=True)
            self._thread.start()
        return self

    def take(self) -> Changes | None:
        """What changed since the last call, or ``None`` when nothing did."""
        with self._lock:
            if self._unknown:
                found = Changes(None)
            elif self._tables:
                found = Changes(frozenset(self._tables))
            else:
                return None
            self._tables.clear()
            self._unknown = False
            return found

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(self.poll_s + 2.0)
            self._thread = None

    # ------------------------------------------------------------------------------------- thread

    def _note(self, tables: set[str] | None) -> None:
        with self._lock:
            if tables is None:
                self._unknown = True
            else:
                self._tables |= tables

    def _run(self) -> None:
        watch = self._watch_server if self.db.engine.dialect.name == "postgresql" else self._watch_file
        while not self._stop.is_set():
            try:
                watch()
            except Exception:  # a lost connection, a server restart: try again, never end the program
                log.warning("watching the database for changes failed; retrying", exc_info=True)
                if self.ready.is_set():
                    self._note(None)  # changes may have been missed until the next connection
            self._stop.wait(RECONNECT_S)

    def _own_connection(self) -> Any:
        """A DBAPI connection of the engine, detached from its pool (it lives as long as the feed)."""
        pooled = self.db.engine.raw_connection()
        conn = pooled.driver_connection
        pooled.detach()
        return conn

    def _watch_file(self) -> None:
        conn = self._own_connection()
        try:
            last = _data_version(conn)
            self.ready.set()
            while not self._stop.wait(self.poll_s):
                now = _data_version(conn)
                if now != last:
                    last = now
                    self._note(None)
        finally:
            conn.close()

    def _watch_server(self) -> None:
        conn = self._own_connection()
        try:
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            while not self._stop.is_set():
                tables = {n.payload for n in conn.notifies(timeout=self.poll_s)}
                if tables:
                    self._note(tables)
        finally:
            conn.close()


def _data_version(conn: Any) -> int:
    cursor = conn.execute("PRAGMA data_version")
    try:
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


def watch(ctx: ServiceContext) -> ChangeFeed:
    """A started feed for the context's database."""
    return ChangeFeed(ctx.db).start()
