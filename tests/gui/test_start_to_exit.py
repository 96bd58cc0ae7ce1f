"""A working day through ``app.start`` as the program runs it: the first start of the day tells which
appeals became overdue since the program was last open and makes the daily backup; a second start the
same day says nothing new and makes no second daily backup; closing the window makes the exit backup."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from cal_desktop.domain import clock
from cal_desktop.gui import app, closing, housekeeping, startup
from cal_desktop.services import accounts, appeals, backup
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.context import SYSTEM, ServiceContext


@pytest.fixture
def signs_in(db, monkeypatch):  # type: ignore[no-untyped-def]
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга Ивановна"), "secret123")
    admin = system.acting_as(accounts.sign_in(system, "admin", "secret123"))

    def fake_exec(dialog: QDialog) -> int:
        dialog.login.setText("admin")
        dialog.password.setText("secret123")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(startup, "exec_dialog", fake_exec)
    return admin


def _start(qtbot, db_path):  # type: ignore[no-untyped-def]
    window = app.start(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_overdue_news_daily_backup_and_exit_backup(qtbot, db_path, signs_in, shown, russian, backups) -> None:  # type: ignore[no-untyped-def]
    late = appeals.register_appeal(
        signs_in,
        AppealInput(
            sent_date=clock.today() - timedelta(days=60), channel="email", addressee_text="Глава района"
        ),
    )
    window = _start(qtbot, db_path)
    qtbot.waitUntil(lambda: len(backup.list_backups(backups)) == 1, timeout=10_000)  # the daily backup
    # the news is read in the background, once the window is usable
    qtbot.waitUntil(lambda: "Просроченные обращения" in [title for _k, title, _t in shown.shown])
    news = [text for kind, title, text in shown.shown if title == "Просроченные обращения"]
    assert len(news) == 1 and late.number in news[0]
    window.idle_lock.stop()
    window.backup_on_exit = False  # this one closes without the exit backup
    window.close()

    shown.shown.clear()
    window = _start(qtbot, db_path)  # the same day again
    qtbot.wait(housekeeping.AFTER_START_MS + 200)
    housekeeping.wait_all(10)
    assert [t for _k, t, _x in shown.shown if t == "Просроченные обращения"] == []  # nothing new
    assert len(backup.list_backups(backups)) == 1  # no second daily backup
    assert window.backup_on_exit
    window.idle_lock.stop()
    qtbot.wait(1100)  # backups are named to the second
    window.close()  # the exit backup, in the background
    closing.finish()  # what app.run does once the window has closed
    assert len(backup.list_backups(backups)) == 2
    assert not shown.shown  # quietly


def test_a_desk_left_running_overnight_makes_the_next_daily_backup(
    qtbot, db_path, signs_in, shown, russian, backups, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    window = _start(qtbot, db_path)
    qtbot.waitUntil(lambda: len(backup.list_backups(backups)) == 1, timeout=10_000)
    assert window.backup_timer.isActive() and window.backup_timer.interval() == app.DAILY_CHECK_MS
    window.backup_timer.timeout.emit()  # an hour later, the same day: nothing
    qtbot.wait(1100)
    assert len(backup.list_backups(backups)) == 1
    tomorrow = clock.today() + timedelta(days=1)
    monkeypatch.setattr(clock, "today", lambda: tomorrow)
    # the whole clock moves on: the new copy is named by tomorrow's time, as it is after midnight (with
    # today's name it would count as a second copy of an earlier day, which the rotation thins out)
    now = clock.local_now
    monkeypatch.setattr(clock, "local_now", lambda: now() + timedelta(days=1))
    assert isinstance(tomorrow, date)
    window.backup_timer.timeout.emit()  # after midnight
    qtbot.waitUntil(lambda: len(backup.list_backups(backups)) == 2, timeout=10_000)
    window.idle_lock.stop()
    window.backup_on_exit = False
    window.close()
