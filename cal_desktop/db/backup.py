"""SQLite file copies through the online backup API: consistent while the program is writing, WAL included."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from cal_desktop.db.engine import environment_error
from cal_desktop.db.schema import looks_like_sqlite

OWNER_ONLY = 0o600


def restrict_to_owner(path: Path) -> None:
    """Database files and backups are readable by their owner only (POSIX; a no-op on Windows)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, OWNER_ONLY)


def private_opener(path: str, flags: int) -> int:
    """For ``open(..., opener=)``: a file created readable by its owner only (POSIX)."""
    return os.open(path, flags, OWNER_ONLY)


def _ro_uri(path: Path) -> str:
    """A read-only SQLite URI; ``as_uri`` percent-encodes ``?``, ``#`` and ``%`` in folder names."""
    return path.resolve().as_uri() + "?mode=ro"


def _as_os_error(exc: sqlite3.Error, path: Path) -> OSError:
    """SQLite reports a full disk or an unwritable file as its own errors: turn them into the OSError
    the callers explain to the user."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "full" in str(exc):
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return OSError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    return OSError(errno.EIO, str(exc), str(path))


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):  # e.g. the "folder" is a file: nothing was created
        tmp.unlink(missing_ok=True)


def copy_database(source: Path, target: Path, *, durable: bool = True) -> None:
    """Copy ``source`` to ``target`` (a new file) atomically: a temporary file renamed at the end,
    so a full disk or an interruption never leaves a half-written backup under the real name.
    A full disk or an unwritable folder raises OSError (ENOSPC, EACCES), never a raw SQLite error."""
    tmp = target.with_name(target.name + ".part")
    _discard(tmp)
    try:
        # created here first so that an unwritable folder fails as an OSError with its errno, and
        # readable by the owner only from the start: a copy is never world-readable, even half-made
        with open(tmp, "xb", opener=private_opener):
            pass
        src = sqlite3.connect(_ro_uri(source), uri=True)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        restrict_to_owner(tmp)
        if durable:  # a scratch copy that is compressed next and deleted need not reach the disk
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        _discard(tmp)
        raise _as_os_error(exc, target) from exc
    except BaseException:
        _discard(tmp)
        raise


def copy_into(source: Path, live: Path) -> None:
    """Overwrite the live database with ``source`` through the backup API (page by page, under a lock:
    other connections see either the old or the new database, never a mixture)."""
    src = sqlite3.connect(_ro_uri(source), uri=True)
    try:
        dst = sqlite3.connect(str(live), timeout=30)
        try:
            src.backup(dst)
        except sqlite3.Error as exc:
            raise _as_os_error(exc, live) from exc
        finally:
            dst.close()
    finally:
        src.close()


def file_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Why this file is not a usable SQLite database (empty list: it is sound).

    ``quick`` runs ``PRAGMA quick_check`` (pages and records, not index contents): fast enough for
    every start of the program on a large database."""
    if not path.is_file():
        return [f"файл не найден: {path}"]
    if not looks_like_sqlite(path):  # not open(): it would drop SQLite's locks on a live database
        return [f"файл не является базой данных SQLite: {path.name}"]
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if environment_error(exc, path) is not None:
            return []  # read-only or busy is not damage: opening the database says what it is
        return [f"база данных повреждена: {exc}"]
    return [] if rows == ["ok"] else [f"база данных повреждена: {r}" for r in rows[:5]]


def schema_revision(path: Path) -> str | None:
    conn = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None
    finally:
        conn.close()


def wipe_free_space(path: Path) -> None:
    """Make deleted and overwritten data really gone from the file (personal-data erasure): merge the
    full-text index segments, checkpoint the WAL into the file, rebuild the file without free pages."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    try:
        fts = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
            ).fetchall()
        ]
        for table in fts:
            conn.execute(f"INSERT INTO {table}({table}) VALUES('optimize')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def erasure_facts(path: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str, str]]]:
    """What a database file says about erased people and withdrawn consents: ``(id, created_at)`` of
    every anonymised visitor, and ``(id, created_at, withdrawal date)`` of every withdrawal not yet
    followed by erasure. ``created_at`` identifies the same person in another copy of the database."""
    conn = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        erased = conn.execute(
            "SELECT id, created_at FROM visitors WHERE anonymised_at IS NOT NULL ORDER BY id"
        ).fetchall()
        withdrawn = conn.execute(
            "SELECT id, created_at, consent_withdrawn_date FROM visitors "
            "WHERE consent_withdrawn_date IS NOT NULL AND anonymised_at IS NULL ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [tuple(r) for r in erased], [tuple(r) for r in withdrawn]  # type: ignore[misc]


def settle(path: Path) -> None:
    """Fold a write-ahead log into the file and leave it self-contained (rollback-journal mode), so it
    can be read through a read-only connection."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
