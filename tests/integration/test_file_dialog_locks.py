"""SQLite's locks survive every file dialog (issue 12, point 1).

POSIX locks belong to the process: one close() of ANY descriptor of the database file drops them all.
Qt's stock file dialog opens every file it lists to guess its type, so showing the database's folder
dropped the program's locks and let another process delete the -wal file under it. Each dialog here is
pointed at the database's folder, lists it, and is cancelled; then the lock must still be held (read
in /proc/locks, as another process sees it) and a concurrent command-line run must leave -wal/-shm alone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")

GUI = Path(__file__).resolve().parents[2] / "cal_desktop" / "gui"


def held_ranges(path: Path) -> list[str]:
    """The POSIX locks this process holds on ``path`` (lines of /proc/locks)."""
    inode = os.stat(path).st_ino
    mine = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields or len(fields) < 8:
            continue
        if fields[4] == str(os.getpid()) and int(fields[5].rsplit(":", 1)[1]) == inode:
            mine.append(line)
    return mine


@pytest.fixture
def opened(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The database opened as the program opens it, with a pooled connection holding its locks."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    from cal_desktop.services.database import open_database

    ctx = open_database(str(db_path))
    with ctx.db.read() as s:
        s.execute(text("SELECT count(*) FROM visitors"))
    assert held_ranges(db_path), "SQLite holds a shared lock on the file while the program is open"
    yield ctx
    ctx.db.dispose()


def test_the_check_sees_a_lost_lock(opened, db_path: Path) -> None:
    """The hazard itself, so that the test below can fail: open and close the file once."""
    with open(db_path, "rb") as f:
        f.read(16)
    assert held_ranges(db_path) == []


def test_checks_and_backups_in_the_running_program_keep_the_lock(
    opened, db_path: Path, tmp_path: Path
) -> None:
    """Start-up checks, `check`, a backup and its verification run while the program holds the database:
    only SQLite may open the file (a header read with open() used to drop the locks)."""
    from cal_desktop.services import backup, database

    assert database.check_database(str(db_path)) == []
    assert backup.database_problems(f"sqlite:///{db_path}") == []
    database.open_database(str(db_path))
    info = backup.create_backup(opened, tmp_path / "copy.db")
    assert backup.verify_backup(info.path)  # the revision of a sound copy
    assert held_ranges(db_path), "a check or a backup opened the database file outside SQLite"


def _cancel_after_listing(qtbot, folder: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Arm a timer that, once a file dialog is up, shows ``folder`` in it, lets it list the folder
    (icons, types), then cancels it. Returns the list of folders seen listed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

    listed: list[str] = []

    def poke() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, poke)
            return
        model = dialog.findChild(QFileSystemModel)
        model.directoryLoaded.connect(listed.append)
        dialog.setDirectory(str(folder))
        qtbot.waitUntil(lambda: str(folder) in listed, timeout=5000)
        qtbot.wait(300)  # icons and types are fetched after the listing
        dialog.reject()

    QTimer.singleShot(0, poke)
    return listed


@pytest.mark.parametrize("which", ["open_file", "open_files", "save_file", "choose_folder"])
def test_every_dialog_listing_the_database_folder_keeps_the_lock(
    which: str, opened, db_path: Path, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui import file_dialogs

    (db_path.parent / "report.xlsx").write_bytes(b"PK\x03\x04 not really")  # something else to list
    calls: dict[str, Callable[[], object]] = {
        "open_file": lambda: file_dialogs.open_file(None, "t", "", str(db_path.parent)),
        "open_files": lambda: file_dialogs.open_files(None, "t", "", str(db_path.parent)),
        "save_file": lambda: file_dialogs.save_file(None, "t", str(db_path.parent / "x.pdf")),
        "choose_folder": lambda: file_dialogs.choose_folder(None, "t", str(db_path.parent)),
    }
    listed = _cancel_after_listing(qtbot, db_path.parent)
    assert calls[which]() in ("", [])
    assert str(db_path.parent) in listed, "the dialog did list the database's folder"
    assert held_ranges(db_path), "a file dialog dropped SQLite's lock on the database"

    # Another program process comes and goes: it must not take the database for its own and delete
    # the -wal/-shm files the running program uses, and what we write next must be seen by others.
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    assert wal.exists() and shm.exists()
    env = dict(os.environ, PYTHONPATH=str(GUI.parents[1]))
    run = [sys.executable, "-m", "cal_desktop", "--db", str(db_path)]
    assert subprocess.run([*run, "check"], env=env, capture_output=True, timeout=120).returncode == 0
    assert wal.exists() and shm.exists(), "another process deleted the -wal/-shm files under us"
    with opened.db.session() as s:
        s.execute(
            text(
                "INSERT INTO territories (kind, name, name_norm) VALUES ('settlement', 'Заречье', 'заречье')"
            )
        )
    found = subprocess.run([*run, "check"], env=env, capture_output=True, text=True, timeout=120)
    assert found.returncode == 0, found.stderr
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
            "\"SELECT count(*) FROM territories WHERE name_norm='заречье'\").fetchone()[0])",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.stdout.strip() == "1"


def test_saving_into_the_database_folder_is_refused_and_asked_again(
    opened, db_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui import file_dialogs, messages

    recorder = messages.Recorder()
    monkeypatch.setattr(messages, "backend", recorder)
    answers = [[str(db_path.parent / "отчёт.xlsx")], [str(tmp_path / "home" / "Documents" / "отчёт.xlsx")]]
    started: list[str] = []

    def fake_run(dialog):  # type: ignore[no-untyped-def]
        started.append(dialog.directory().absolutePath())
        return answers.pop(0)

    monkeypatch.setattr(file_dialogs, "_run", fake_run)
    chosen = file_dialogs.save_file(None, "t", str(db_path.parent / "отчёт.xlsx"))
    assert chosen == str(tmp_path / "home" / "Documents" / "отчёт.xlsx")
    assert "папк" in recorder.texts().lower() or "folder" in recorder.texts().lower()
    assert all(Path(s) != db_path.parent for s in started), "a dialog started in the database's folder"
    # the database file itself is never handed out as a file to open
    answers[:] = [[str(db_path)]]
    assert file_dialogs.open_file(None, "t") == ""


def test_no_module_uses_qt_file_dialogs_directly() -> None:
    """Every file dialog goes through gui/file_dialogs.py (the only place that makes them safe)."""
    # a use is an import or an attribute of the class; the name as a translation context (a string:
    # "QFileDialog") is not a dialog
    use = re.compile(r"import[^\n]*\bQFileDialog\b|\bQFileDialog\s*[.(]")
    offenders = [
        str(p.relative_to(GUI))
        for p in GUI.rglob("*.py")
        if p.name != "file_dialogs.py" and use.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_database_file_is_never_imported_or_overwritten(opened, db_path: Path) -> None:
    """Typed by hand into the import dialog or given to the command line: refused before any open()."""
    from cal_desktop.errors import CalError
    from cal_desktop.services import files
    from cal_desktop.services.imports import import_file, preview

    for attempt in (
        lambda: preview(db_path, "visitors"),
        lambda: import_file(opened, "visitors", Path(f"{db_path}-wal")),
        lambda: files.save_bytes(db_path, b"report"),
    ):
        with pytest.raises(CalError, match="файл базы данных"):
            attempt()
    assert held_ranges(db_path)
