"""Several desks on one server at the same instant (issue 14.3): no duplicate visitors, and a server's
cancellation (deadlock) reaches the user as a sentence, not a traceback.

The processes are real ones (``subprocess``): each has its own connection, as two desks would. In the
two-desk test each process waits ``HOLD_S`` between its duplicate check and its insert, so without the
identity lock both find nobody and both insert (the test fails); with it the second waits for the
first's commit, finds the person and gets the desk's duplicate warning.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Visitor
from cal_desktop.errors import ServerConflict

ROOT = Path(__file__).resolve().parents[2]
HOLD_S = 0.6

_DESK = textwrap.dedent(
    """
    import sys, time
    from cal_desktop.errors import PossibleDuplicate
    from cal_desktop.services import visitors
    from cal_desktop.services.database import open_database
    from cal_desktop.services.visitors import VisitorInput

    url, start, hold = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    check = visitors._likely_duplicates

    def slow_check(*args, **kwargs):  # the check, then a pause before the insert: the race made wide
        found = check(*args, **kwargs)
        time.sleep(hold)
        return found

    visitors._likely_duplicates = slow_check
    ctx = open_database(url)
    time.sleep(max(0.0, start - time.time()))
    try:
        visitors.create_visitor(ctx, VisitorInput("Смирнова", "Анна", "Петровна", phone="+7 912 000-00-01"))
        print("created")
    except PossibleDuplicate as exc:
        print("duplicate:", exc.message)
    """
)


def _run_together(args: list[list[str]], timeout: float = 120) -> list[subprocess.CompletedProcess[str]]:
    procs = [
        subprocess.Popen(
            [sys.executable, *a], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for a in args
    ]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=timeout)
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def _count(db: Database, **where: str) -> int:
    with db.read() as s:
        query = select(func.count()).select_from(Visitor)
        for name, value in where.items():
            query = query.where(getattr(Visitor, name) == value)
        return s.scalar(query) or 0


def test_two_desks_saving_the_same_visitor_at_once_leave_one(pg_url: str, db: Database, tmp_path: Path) -> None:
    script = tmp_path / "desk.py"
    script.write_text(_DESK, encoding="utf-8")
    start = str(time.time() + 4)  # both processes have opened the database by then
    done = _run_together([[str(script), pg_url, start, str(HOLD_S)] for _ in range(2)])
    for r in done:
        assert r.returncode == 0, r.stderr
    outputs = sorted(r.stdout.strip() for r in done)
    assert _count(db, last_name="Смирнова") == 1
    assert outputs[0] == "created"
    assert outputs[1].startswith("duplicate: Похоже, этот посетитель уже есть в базе")


def _visitors_file(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Фамилия", "Имя", "Отчество", "Телефон", "Дата рождения"])
        for i in range(n):
            out.writerow([f"Фамилия{i:05d}", "Ирина", "Олеговна", f"+7 913 {i // 10000:03d}-{i % 10000:04d}", ""])
    return path


def test_two_parallel_imports_of_the_same_file_leave_one_copy_of_each_visitor(
    pg_url: str, db: Database, tmp_path: Path
) -> None:
    rows = 1500
    source = _visitors_file(tmp_path / "people.csv", rows)
    cli = ["-m", "cal_desktop", "--db", pg_url, "import", "visitors", str(source)]
    done = _run_together([cli, cli], timeout=300)
    for r in done:
        assert r.returncode == 0, r.stderr
    assert _count(db) == rows
    with db.read() as s:
        repeated = s.execute(
            select(Visitor.name_norm).group_by(Visitor.name_norm).having(func.count() > 1)
        ).all()
    assert repeated == []
    created = sorted(int(line.split(":")[1]) for r in done for line in r.stdout.splitlines() if "создано" in line)
    assert sum(created) == rows  # what one created the other reported as already there


def test_a_deadlock_between_two_desks_is_a_sentence_in_russian(db: Database, ctx) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import visitors
    from cal_desktop.services.visitors import VisitorInput

    a = visitors.create_visitor(ctx, VisitorInput("Первый", "Иван")).id
    b = visitors.create_visitor(ctx, VisitorInput("Второй", "Иван")).id
    errors: list[BaseException] = []
    both_locked_one = threading.Barrier(2)

    def desk(first: int, second: int) -> None:
        try:
            with db.session() as s:
                s.execute(text("UPDATE visitors SET notes = 'x' WHERE id = :i"), {"i": first})
                both_locked_one.wait(10)
                s.execute(text("UPDATE visitors SET notes = 'y' WHERE id = :i"), {"i": second})
        except BaseException as exc:  # noqa: BLE001 (collected for the assertions)
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=pair) for pair in ((a, b), (b, a))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(errors) == 1  # the server cancels one of the two; the other commits
    assert isinstance(errors[0], ServerConflict)
    assert "Ничего не записано: повторите действие" in errors[0].message


def test_import_slice_cancelled_by_the_server_is_written_again(
    ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:  # type: ignore[no-untyped-def]
    rows = 3
    from cal_desktop.services import imports
    from cal_desktop.services.imports import people

    real_write = people.VisitorImport.write
    calls: list[int] = []

    def cancelled(self, session, ctx, parsed, result, tick):  # type: ignore[no-untyped-def]
        calls.append(1)
        real_write(self, session, ctx, parsed, result, tick)
        if len(calls) == 1:
            # what psycopg raises for SQLSTATE 40P01, raised from inside the unit of work
            session.execute(text("DO $$ BEGIN RAISE EXCEPTION 'deadlock' USING ERRCODE = '40P01'; END $$"))

    monkeypatch.setattr(people.VisitorImport, "write", cancelled)
    result = imports.import_file(ctx, "visitors", _visitors_file(tmp_path / "p.csv", rows))
    assert len(calls) == 2
    assert (result.created, result.skipped_duplicates) == (rows, 0)
    assert _count(db) == rows
