"""The whole-file check that runs after the window is usable must not drop the window's SQLite locks.

On Linux/macOS closing *any* descriptor of the database file releases every POSIX lock the process
holds on it (SQLite's "How To Corrupt" §2.2). The check used to read the file's first bytes with
Python's open(): at every start of the program, a moment after the window appeared, the window lost
its lock, and the next ``cal-desktop`` command (the last connection, as far as SQLite could tell)
checkpointed and deleted the -wal and -shm under the running window — whatever the window saved
afterwards went into a deleted file and was lost (seen in the acceptance walk: saved settings and
audit rows missing from the database).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cal_desktop.db import backup as sqlite_backup

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")


def _my_locks_on(path: Path) -> list[str]:
    inode, pid = path.stat().st_ino, str(os.getpid())
    found = []
    for line in Path("/proc/locks").read_text().splitlines():
        parts = line.split()
        if "->" in parts or len(parts) < 8:
            continue  # a waiter's line
        if parts[4] == pid and int(parts[5].rsplit(":", 1)[1]) == inode:
            found.append(line)
    return found


def _window_connection(path: Path) -> sqlite3.Connection:
    """What the program holds while its window is open: a connection in WAL mode with saved work."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")  # the saved rows stay in the -wal file
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    return conn


def test_the_quick_check_keeps_the_windows_lock_and_its_wal_file(tmp_path: Path) -> None:
    path = tmp_path / "cal.db"
    conn = _window_connection(path)
    try:
        assert _my_locks_on(path), "the open connection holds SQLite's shared lock"
        assert sqlite_backup.file_problems(path, quick=True) == []
        assert _my_locks_on(path), "the check dropped the window's lock on the database file"
        # another cal-desktop process opens and closes the database (a CLI command)
        subprocess.run(
            [
                sys.executable,
                "-c",
                f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('SELECT 1'); c.close()",
            ],
            check=True,
        )
        assert Path(f"{path}-wal").exists(), "the other process deleted the -wal under the window"
        conn.execute("INSERT INTO t VALUES (2)")
        conn.commit()
    finally:
        conn.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM t").fetchone()[0] == 2


def test_a_file_that_is_not_a_database_is_still_named_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database, just some text" * 200)
    assert sqlite_backup.file_problems(path, quick=True) == ["файл не является базой данных SQLite: notes.db"]
