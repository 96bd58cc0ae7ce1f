"""SQLite file copies through the online backup API: consistent while the program is writing, WAL included."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from cal_desktop.db.schema import SQLITE_MAGIC

OWNER_ONLY = 0o600


def restrict_to_owner(path: Path) -> None:
    """Database files and backups are readable by their owner only (POSIX; a no-op on Windows)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, OWNER_ONLY)


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` (a new file) atomically: a temporary file renamed at the end,
    so a full disk or an interruption never leaves a half-written backup under the real name."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
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
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def copy_into(source: Path, live: Path) -> None:
    """Overwrite the live database with ``source`` through the backup API (page by page, under a lock:
    other connections see either the old or the new database, never a mixture)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(live), timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def file_problems(path: Path) -> list[str]:
    """Why this file is not a usable SQLite database (empty list: it is sound)."""
    if not path.is_file():
        return [f"файл не найден: {path}"]
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return [f"файл не является базой данных SQLite: {path.name}"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"база данных повреждена: {exc}"]
    return [] if rows == ["ok"] else [f"база данных повреждена: {r}" for r in rows[:5]]


def schema_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
