"""The idle lock (issue 8): after the idle time without input the window is covered and asks for the
same person's password; input resets the timer; a wrong password keeps it locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from cal_desktop.gui.idle_lock import Cover, IdleLock
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext


@pytest.fixture
def signed_in(db) -> ServiceContext:  # type: ignore[no-untyped-def]
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга Ивановна"), "secret123")
    return system.acting_as(accounts.sign_in(system, "admin", "secret123"))


@pytest.fixture
def window(qtbot) -> QMainWindow:  # type: ignore[no-untyped-def]
    win = QMainWindow()
    win.setCentralWidget(QLabel("Ёлкина Алёна Игоревна, +7 912 765-43-21", win))
    win.resize(800, 500)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    return win


def covered(win: QMainWindow) -> bool:
    covers = [c for c in win.findChildren(Cover) if c.isVisible()]
    return bool(covers) and covers[0].geometry() == win.rect()


def test_locks_after_the_idle_time_and_right_password_unlocks(qtbot, window, signed_in, russian) -> None:
    lock = IdleLock(window, signed_in, timeout_ms=300)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5_000)
    assert covered(window)
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Соколова Ольга Ивановна" in dialog.findChild(QLabel, "unlockText").text()
    # the window is resized while locked: the cover follows
    window.resize(900, 600)
    qtbot.waitUntil(lambda: covered(window))

    qtbot.keyClicks(dialog.password, "wrong-password1")
    dialog.unlock_button.click()
    assert lock.is_locked and covered(window)
    assert dialog.error.text() == "Неверное имя пользователя или пароль."
    assert dialog.password.text() == ""
    dialog.reject()  # Esc does not unlock
    assert lock.is_locked

    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClicks(dialog.password, "secret123")
        dialog.unlock_button.click()
    assert not lock.is_locked and not covered(window)
    assert lock.timer.isActive()  # counting again
    lock.stop()


def test_input_resets_the_timer(qtbot, window, signed_in) -> None:
    lock = IdleLock(window, signed_in, timeout_ms=1_000)
    for _ in range(6):  # 6 x 250 ms = 1.5 times the idle time, with input in between
        qtbot.wait(250)
        qtbot.mouseMove(window.centralWidget(), QPoint(10 + _, 10))
        qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Shift)
        assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5_000)  # and without input it locks
    lock.stop()


def test_timeout_comes_from_settings(qtbot, window, signed_in) -> None:
    lock = IdleLock(window, signed_in)
    assert lock.timer.interval() == 15 * 60_000  # the default idle_lock_minutes
    assert lock.timer.isActive() and not lock.is_locked
    lock.stop()


def test_switch_user_button_only_when_wired(qtbot, window, signed_in) -> None:
    switched: list[bool] = []
    lock = IdleLock(window, signed_in, timeout_ms=50, on_switch=lambda: switched.append(True))
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5_000)
    assert lock.dialog is not None and lock.dialog.switch_button.isVisible()
    lock.dialog.switch_button.click()
    assert switched == [True]
    lock.stop()
    plain = IdleLock(window, signed_in, timeout_ms=50)
    plain.lock()
    assert plain.dialog is not None and not plain.dialog.switch_button.isVisible()
    plain.stop()
