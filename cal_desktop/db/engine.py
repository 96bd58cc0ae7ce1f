"""Engine, connection pragmas and the unit-of-work session scope."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cal_desktop.errors import DatabaseBusy, DatabaseReadOnly, DiskFull, EnvironmentProblem, ServerConflict
from cal_desktop.paths import sqlite_path

BUSY_TIMEOUT_MS = 10_000

_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
# PostgreSQL: could not serialize, deadlock detected, lock not available, query cancelled by the lock
# timeout. Nothing was written; doing it again normally succeeds.
_SERVER_CONFLICT_STATES = {"40001", "40P01", "55P03"}
CONFLICT_MESSAGE = (
    "Другое рабочее место в ту же секунду меняло те же данные, и сервер отменил это действие, чтобы "
    "не смешать изменения. Ничего не записано: повторите действие."
)
_READONLY_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM}


def environment_error(exc: BaseException, path: Path | None) -> EnvironmentProblem | None:
    """The typed error for a database that is busy, read-only or out of disk space (``None`` for
    anything else). SQLite reports these as OperationalError with a code; an error injected or raised
    by a driver may carry only the text, so both are looked at. ``path`` is the SQLite file, if any."""
    if isinstance(exc, EnvironmentProblem):
        return exc
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return DiskFull(disk_full_message(path))
        if orig.errno == errno.EROFS:
            return DatabaseReadOnly(readonly_message(path))
        return None
    if getattr(orig, "sqlstate", None) in _SERVER_CONFLICT_STATES:
        return ServerConflict(CONFLICT_MESSAGE)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(orig).lower()
    if primary == sqlite3.SQLITE_FULL or "disk is full" in message:
        return DiskFull(disk_full_message(path))
    if primary in _READONLY_CODES or "readonly database" in message or "read-only" in message:
        return DatabaseReadOnly(readonly_message(path))
    if primary in _BUSY_CODES or "database is locked" in message or "database table is locked" in message:
        return DatabaseBusy()
    return None


def disk_full_message(path: Path | None) -> str:
    where = f" ({path.parent})" if path is not None else ""
    return (
        f"Недостаточно места на диске, где лежит база данных{where}. Освободите место и повторите: "
        "ничего не записано, сохранённое раньше не пострадало."
    )


def readonly_message(path: Path | None) -> str:
    """Why the database cannot be written, as precisely as the system tells without touching the file
    (no open() of it: that would drop SQLite's locks)."""
    head = "База данных открыта только для чтения"
    tail = " Данные не повреждены, восстанавливать копию не нужно."
    if path is None:
        return head + "." + tail
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return f"{head}: диск или флешка с файлом {path} защищены от записи." + tail
    except OSError:
        pass
    if _immutable(path):
        return (
            f"{head}: файлу {path} установлен атрибут «неизменяемый» (immutable). Администратор может "
            f"снять его командой «chattr -i»." + tail
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return f"{head}: нет права записи в файл {path} или в его папку." + tail
    return f"{head}: файл {path} открыт в режиме только для чтения или защищён от изменения." + tail


def _immutable(path: Path) -> bool:
    """The Linux «immutable» attribute, asked of lsattr (another process: its open() of the file cannot
    drop our locks, which a FS_IOC_GETFLAGS ioctl from here would need)."""
    lsattr = shutil.which("lsattr")
    if lsattr is None or not path.exists():
        return False
    try:
        out = subprocess.run([lsattr, "-d", str(path)], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "i" in (out.split() or [""])[0]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Set on every connection: referential integrity, crash-safe WAL with full fsync, and a busy wait so
    # that two desks (or the GUI and a CLI import) writing at once wait instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # A writing unit of work takes the write lock at BEGIN, not at its first write: otherwise two writers
    # that both read first deadlock and one gets "database is locked" without waiting for busy_timeout.
    # Reading units of work begin deferred, so that lists stay readable while an import writes (WAL).
    if conn.get_execution_options().get("cal_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling is switched off so that BEGIN is ours (see SQLAlchemy docs
        # "Serializable isolation / Savepoints / Transactional DDL").
        event.listen(engine, "connect", lambda dbapi_conn, _rec: setattr(dbapi_conn, "isolation_level", None))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, echo=echo, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _server_session_settings)
    return engine


def _server_session_settings(dbapi_connection: Any, _record: Any) -> None:
    # psycopg prepares a statement run five times, and PostgreSQL then may keep one generic plan for
    # every value: for search (LIKE patterns as parameters) that plan reads the whole table (measured:
    # 7 ms became 290 ms for «ЕЛКИНА АЛ» at 100,000 visitors). Plan each execution for its values.
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET plan_cache_mode = force_custom_plan")
    dbapi_connection.commit()  # a SET inside a transaction that rolls back would be undone


class Database:
    """An open database: the engine and a session factory. One per process and URL."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.engine = make_engine(url, echo=echo)
        self.sessions = sessionmaker(self.engine.execution_options(cal_write=True), expire_on_commit=False)
        self.read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        # interactive writers of this process (a desk save) under way: slices of long jobs let them first
        self._interactive = 0
        self._count_lock = threading.Lock()

    @contextmanager
    def session(self, *, patience: float = 0.0) -> Iterator[Session]:
        """One writing unit of work: committed when the block ends, rolled back on any exception.

        ``patience`` > 0 marks a slice of a long job (an import): the write lock is taken before the
        block runs, after any interactive write of this process, and waited for up to ``patience``
        seconds (busy_timeout again and again) instead of failing after one busy_timeout."""
        session = self.sessions()
        if patience > 0:
            self._lock_now(session, patience)
            with self._scope(session) as s:
                yield s
            return
        with self._count_lock:
            self._interactive += 1
        try:
            with self._scope(session) as s:
                yield s
        finally:
            with self._count_lock:
                self._interactive -= 1

    def _lock_now(self, session: Session, patience: float) -> None:
        deadline = time.monotonic() + patience
        while True:
            while self._interactive and time.monotonic() < deadline:
                time.sleep(0.005)
            try:
                session.connection()  # BEGIN IMMEDIATE (see _sqlite_begin)
                return
            except OperationalError as exc:
                session.rollback()
                typed = environment_error(exc, self.path)
                if isinstance(typed, DatabaseBusy) and time.monotonic() < deadline:
                    continue
                session.close()
                if typed is not None:
                    raise typed from exc
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A reading unit of work (lists, searches, reports): never waits for a writer."""
        with self._scope(self.read_sessions()) as session:
            yield session

    @contextmanager
    def _scope(self, session: Session) -> Iterator[Session]:
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            typed = environment_error(exc, self.path)
            if typed is not None and typed is not exc:
                raise typed from exc  # busy, read-only, full disk: a sentence, not a traceback
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
