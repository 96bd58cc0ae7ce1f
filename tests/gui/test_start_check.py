"""The start does not wait for the whole-file check (issue 11, point 5), and a damaged file is still
found and the backup offered; starting with no display is one Russian line (issue 17, point 6)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from cal_desktop import cli
from cal_desktop.db import backup as sqlite_backup
from cal_desktop.gui import app, closing, display, housekeeping, startup
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.paths import database_url
from cal_desktop.services import accounts, backup, visitors
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.visitors import VisitorInput

N = 300
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(db, db_path, backups, monkeypatch):  # type: ignore[no-untyped-def]
    """An administrator, N visitors and a backup of them; the desk closed this database cleanly."""
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    admin = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    for i in range(N):
        visitors.create_visitor(admin, VisitorInput(f"Фамилия{i}", "Имя", phone=f"+7912000{i:04d}"))
    info = backup.create_backup(admin)
    db.dispose()  # the last connection checkpoints the WAL into the file
    housekeeping.mark_run(database_url(str(db_path)), housekeeping.CLOSED)

    def sign_in(dialog: QDialog) -> int:
        dialog.login.setText("admin")
        dialog.password.setText("secret123")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(startup, "exec_dialog", sign_in)
    return info.path


def _damage_visitor_pages(path: Path) -> None:
    """Overwrite leaf pages of the visitors table: the file opens and people sign in, but the whole-file
    check finds the damage (as a failing disk sector would leave it)."""
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name='visitors' AND pagetype='leaf'")
        ]
    finally:
        conn.close()
    assert len(pages) > 3
    with path.open("r+b") as fh:
        for page in pages[1:3]:
            fh.seek((page - 1) * size)
            fh.write(b"\xff" * 64)


def test_after_a_clean_run_the_start_does_not_wait_for_the_check(
    filled, db_path, monkeypatch, qtbot, shown
) -> None:  # type: ignore[no-untyped-def]
    checked: list[str] = []
    real = backup.database_problems
    monkeypatch.setattr(backup, "database_problems", lambda url: checked.append("check") or real(url))
    ctx = startup.start_session(str(db_path), daily=False)
    assert ctx is not None and checked == []  # signed in without the whole-file check
    assert housekeeping.previous_run(database_url(str(db_path))) == housekeeping.RUNNING
    ctx.db.dispose()
    # the program did not close cleanly (it is still marked running): the next start checks first
    assert housekeeping.check_before_opening(database_url(str(db_path)))
    ctx = startup.start_session(str(db_path), daily=False)
    assert ctx is not None and checked == ["check"]
    ctx.db.dispose()


def test_damage_found_after_the_window_opened_offers_the_backup(
    filled, db_path, shown, russian, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _damage_visitor_pages(db_path)
    shown.answers = [0]  # «Восстановить из этой копии»
    window = app.start(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()  # usable before the check ran
    qtbot.waitUntil(lambda: any(kind == "ask" for kind, _t, _x in shown.shown), timeout=20_000)
    housekeeping.wait_all(20)
    kind, title, text = next(m for m in shown.shown if m[0] == "ask")
    assert title == tr("The database is damaged") and filled.name in text
    assert window.isVisible() and window.backup_on_exit
    assert visitors.list_visitors(window.ctx).total == N  # every record back, through the window's ctx
    assert not sqlite_backup.file_problems(db_path)
    kept = [p for p in db_path.parent.iterdir() if ".replaced-" in p.name and p.suffix == ".db"]
    # the damaged file is kept aside (with what the sign-in wrote to it before the check ran)
    assert len(kept) == 1 and sqlite_backup.file_problems(kept[0])
    assert len(backup.list_backups(filled.parent)) == 1  # no backup was made of the damaged file
    window.idle_lock.stop()
    window.backup_on_exit = False
    window.close()


def test_damage_found_and_quit_closes_without_backing_up_the_damage(
    filled, db_path, shown, russian, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _damage_visitor_pages(db_path)
    shown.answers = [2]  # «Выйти»
    window = app.start(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    closing.finish()
    assert len(backup.list_backups(filled.parent)) == 1  # neither the daily nor the exit backup
    # the next start checks before opening, and offers the backup again
    url = database_url(str(db_path))
    housekeeping.mark_run(url, housekeeping.CLOSED)  # what app.run does at the end: the damage stays marked
    assert housekeeping.check_before_opening(url)


def test_the_gui_start_imports_only_its_own_command() -> None:
    assert cli.modules_for([]) == ("gui",)
    assert cli.modules_for(["--db", "x.db"]) == ("gui",)
    assert cli.modules_for(["--db=x.db", "gui"]) == ("gui",)
    assert cli.modules_for(["--db", "x.db", "find", "visitors", "иван"]) == ("find",)
    assert cli.modules_for(["--help"]) == cli.COMMAND_MODULES


def test_no_display_is_detected_before_qt() -> None:
    assert not display.available({}, "linux")
    assert display.available({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert display.available({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert display.available({}, "win32")


def _start_without_screen(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(
        PYTHONPATH=str(ROOT),
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        CAL_DESKTOP_GUI_INI=str(tmp_path / "desk.ini"),
        **extra,
    )
    command = [sys.executable, "-m", "cal_desktop", "--db", str(tmp_path / "x.db")]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_starting_with_no_display_says_what_to_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = _start_without_screen(tmp_path)
    assert done.returncode == 1  # not Qt's abort (134)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "рабочем столе" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert not (tmp_path / "x.db").exists()  # nothing was started


def test_a_display_that_cannot_be_opened_says_what_to_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = _start_without_screen(tmp_path, DISPLAY=":87")  # no X server there
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert ":87" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
