"""Imports and desks writing at once (issue 12, point 2): an import no longer holds the write lock for
its whole length, so a desk save during it is quick, parallel imports all finish, the same file
imported twice at once gives no duplicates, and a wait that still runs out is one Russian sentence."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cal_desktop.db import engine as engine_module
from cal_desktop.db.engine import Database
from cal_desktop.db.models import Consultation, ImportCreated, ImportRun, Visitor
from cal_desktop.errors import DatabaseBusy
from cal_desktop.services import consultations, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorInput

ROOT = Path(__file__).resolve().parents[2]


def journal(path: Path, rows: int, people: int, tag: str = "") -> Path:
    lines = ["Дата;Посетитель;Телефон посетителя;Канал;Темы;Результат;Описание"]
    for i in range(rows):
        day = date(2025, 1, 1) + timedelta(days=i % 300)
        p = i % people
        lines.append(
            f"{day:%d.%m.%Y} {10 + i % 8}:{i % 60:02d};Житель{tag}{p} Иван;+7912{p:07d};очно;"
            f"поиск информации, должностного лица, инстанции;консультация дана;вопрос {tag}{i}"
        )
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    return path


def start_import(db_path: Path, kind: str, file: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "cal_desktop", "--db", str(db_path), "import", kind, str(file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def count(db: Database, what: object) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(what)) or 0)  # type: ignore[arg-type]


def _write_lock_taken(db_path: Path) -> bool:
    probe = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def writing(db_path: Path, db: Database) -> bool:
    """The import is in its writing phase: rows appear, or the write lock stays taken (as it did for the
    whole import before slices)."""
    if count(db, Consultation) > 0:
        return True
    if _write_lock_taken(db_path):
        time.sleep(0.1)
        return _write_lock_taken(db_path)
    return False


def finished(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert "locked" not in err.lower() and "Traceback" not in err
    return out


def test_a_desk_save_during_a_big_import_takes_under_two_seconds(ctx, db, db_path, tmp_path) -> None:
    rows = 30_000  # long enough to outlast the desk's three saves (8,000 did before imports got faster)
    proc = start_import(db_path, "consultations", journal(tmp_path / "big.csv", rows, 1_500))
    deadline = time.monotonic() + 300
    while not writing(db_path, db) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the import ended before the desk could try: make the file bigger"
    waits = []
    for i in range(3):  # three consultations saved at the desk while the import writes
        started = time.monotonic()
        person = visitors.create_visitor(ctx, VisitorInput("Настольная", f"Посетительница{i}"))
        consultations.create_consultation(
            ctx, ConsultationInput(channel="phone", topics=["other"], outcome="advised", visitor_id=person.id)
        )
        waits.append(time.monotonic() - started)
        time.sleep(0.3)
    still_running = proc.poll() is None
    finished(proc)
    assert still_running, "the desk saves did not overlap the import's writing"
    print("desk waits", waits)
    assert max(waits) < 2.0, f"desk saves waited {waits} s for the import"
    assert count(db, Consultation) == rows + 3


def test_four_parallel_imports_of_different_files_all_succeed(db, db_path, tmp_path) -> None:
    files = [journal(tmp_path / f"j{tag}.csv", 1_000, 100, tag) for tag in "ABCD"]
    procs = [start_import(db_path, "consultations", f) for f in files]
    for proc in procs:
        finished(proc)
    assert count(db, Consultation) == 4 * 1_000
    assert count(db, Visitor) == 4 * 100
    assert count(db, ImportRun) == 0 and count(db, ImportCreated) == 0


def test_the_same_file_imported_twice_at_once_gives_no_duplicates(db, db_path, tmp_path) -> None:
    file = journal(tmp_path / "same.csv", 3_000, 200)
    procs = [start_import(db_path, "consultations", file) for _ in range(2)]
    for proc in procs:
        finished(proc)
    assert count(db, Consultation) == 3_000
    assert count(db, Visitor) == 200


def test_a_wait_that_runs_out_is_a_russian_sentence(ctx, db_path, monkeypatch) -> None:
    """Another program holds a write transaction longer than we wait: the save says the database is busy
    (the desk keeps what was typed, nothing half-written) instead of a raw «database is locked»."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    patient = Database(f"sqlite:///{db_path}")
    hog = sqlite3.connect(db_path, isolation_level=None)
    hog.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy) as err:
            visitors.create_visitor(ServiceContext(patient, ctx.actor), VisitorInput("Занятая", "База"))
        assert str(err.value) == "База занята другой операцией, повторите через минуту."
    finally:
        hog.execute("ROLLBACK")
        hog.close()
        patient.dispose()
    assert count(Database(f"sqlite:///{db_path}"), Visitor) == 0


def test_the_desk_form_keeps_its_text_when_the_database_stays_busy(qtbot, ctx, db_path, monkeypatch) -> None:
    """The message is the sentence, and what the staff member typed is still in the form to save again."""
    from PySide6.QtCore import Qt

    from cal_desktop.gui import messages
    from cal_desktop.gui.widgets.consultation_form import ConsultationForm

    recorder = messages.Recorder()
    monkeypatch.setattr(messages, "backend", recorder)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    patient = ServiceContext(Database(f"sqlite:///{db_path}"), ctx.actor)
    form = ConsultationForm(patient)
    qtbot.addWidget(form)
    form.show()
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    form.ui.summaryEdit.setPlainText("Просит узнать, когда отремонтируют дорогу")
    hog = sqlite3.connect(db_path, isolation_level=None)
    hog.execute("BEGIN IMMEDIATE")
    try:
        assert form.save() is None
    finally:
        hog.execute("ROLLBACK")
        hog.close()
    assert "База занята другой операцией, повторите через минуту." in recorder.texts()
    assert form.ui.summaryEdit.toPlainText() == "Просит узнать, когда отремонтируют дорогу"
    assert form.save() is not None  # the same text, saved once the database is free
    patient.db.dispose()
