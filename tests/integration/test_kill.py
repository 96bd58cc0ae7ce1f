"""A process killed (SIGKILL) in the middle of a large import or of a batch of documents leaves the
database sound (``integrity_check``) and, once it is opened again, holding none of the interrupted work
(issue 8; an import commits in slices since issue 12 and its abandoned run is undone at the next open).

The import runs through the real command line under a pseudo-terminal, so it prints its progress
line; it is killed once a good part of the rows has been written into the (uncommitted) transaction.
"""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and pseudo-terminals are POSIX")

TABLES = ("visitors", "consultations", "initiatives", "initiative_members", "documents", "audit_log")


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)  # opening recovers from the WAL as the program would
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _read_until(fd: int, pattern: re.Pattern[str], proc: subprocess.Popen[bytes], timeout: float) -> str:
    """Read the child's terminal until ``pattern`` matches; returns everything read."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            seen += chunk
            if pattern.search(seen.decode("utf-8", "replace")):
                return seen.decode("utf-8", "replace")
        elif proc.poll() is not None:
            break
    raise AssertionError(f"no progress seen (exit {proc.poll()}): {seen.decode('utf-8', 'replace')[-500:]}")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def test_kill_in_the_middle_of_a_large_import(db_path: Path, tmp_path: Path) -> None:
    rows = 6000
    csv = tmp_path / "visitors.csv"
    lines = ["Фамилия;Имя;Отчество;Телефон;Адрес"]
    lines += [f"Прерванов{i};Иван;Петрович;+7912{i:07d};ул. Ленина, {i % 300}" for i in range(rows)]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _counts(db_path)

    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cal_desktop", "--db", str(db_path), "import", "visitors", str(csv)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,  # a terminal: the command prints «Записано строк: N из M»
    )
    os.close(terminal)
    try:
        # killed when at least a sixth of the rows are written, and before the last one
        mid = re.compile(rf"Записано строк: [1-9]\d{{3}} из {rows}")
        shown = _read_until(controller, mid, proc, timeout=180)
        done = max(int(n) for n in re.findall(rf"Записано строк: (\d+) из {rows}", shown))
        assert 1000 <= done < rows
        wal = db_path.with_name(db_path.name + "-wal")
        assert proc.poll() is None, "the import finished before it could be interrupted"
        _kill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(controller)
    assert wal.exists()  # the interrupted transaction had reached the file system
    assert _integrity(db_path) == "ok"
    # the slices committed before the kill are undone when the program next opens the database
    from cal_desktop.services.database import open_database

    open_database(str(db_path)).db.dispose()
    assert _counts(db_path) == before  # none of the interrupted rows
    conn = sqlite3.connect(db_path)
    try:
        assert (
            conn.execute("SELECT count(*) FROM visitors WHERE last_name LIKE 'Прерванов%'").fetchone()[0] == 0
        )
    finally:
        conn.close()


BATCH = textwrap.dedent(
    """
    import os, sys
    from cal_desktop.services import document_batches
    from cal_desktop.services.database import open_database

    ctx = open_database(sys.argv[1])
    out = sys.argv[3]

    def progress(done, total):
        print(f"progress {done} {total}", flush=True)

    data = document_batches.consent_batch(ctx, int(sys.argv[2]), "pdf", progress=progress)
    tmp = out + ".part"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, out)
    print("done", flush=True)
    """
)


def _initiative_with_members(db_path: Path, members: int) -> int:
    """An initiative with many members, written directly (the setup is not what is tested)."""
    conn = sqlite3.connect(db_path)
    try:
        today = date.today().isoformat()
        cur = conn.execute(
            "INSERT INTO initiatives (title, category, status, created_on, search_text, success_story, "
            "created_at, updated_at) VALUES ('Каток во дворе', 'sport', 'idea', ?, 'каток во дворе', 0, "
            "datetime('now'), datetime('now'))",
            (today,),
        )
        initiative_id = int(cur.lastrowid or 0)
        for i in range(members):
            cur = conn.execute(
                "INSERT INTO visitors (last_name, first_name, name_norm, search_text, created_at, updated_at) "
                "VALUES (?, 'Анна', ?, ?, datetime('now'), datetime('now'))",
                (f"Участникова{i}", f"участникова{i} анна", f"участникова{i} анна"),
            )
            conn.execute(
                "INSERT INTO initiative_members (initiative_id, visitor_id, role, added_on, added_at) "
                "VALUES (?, ?, 'supporter', ?, datetime('now'))",
                (initiative_id, cur.lastrowid, today),
            )
        conn.commit()
        return initiative_id
    finally:
        conn.close()


def test_kill_in_the_middle_of_a_batch_of_documents(db_path: Path, tmp_path: Path) -> None:
    members = 400
    initiative_id = _initiative_with_members(db_path, members)
    before = _counts(db_path)
    script = tmp_path / "batch.py"
    script.write_text(BATCH, encoding="utf-8")
    out = tmp_path / "consents.pdf"
    proc = subprocess.Popen(
        [sys.executable, str(script), str(db_path), str(initiative_id), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        done = 0
        deadline = time.monotonic() + 180
        while done < members // 4 and time.monotonic() < deadline:
            line = proc.stdout.readline().decode()
            if not line:
                break
            if line.startswith("progress"):
                done = int(line.split()[1])
        assert members // 4 <= done < members, proc.stderr.read().decode() if proc.stderr else ""
        assert proc.poll() is None
        _kill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _integrity(db_path) == "ok"
    assert _counts(db_path) == before
    assert not out.exists() and not Path(str(out) + ".part").exists()  # no half-made file either
