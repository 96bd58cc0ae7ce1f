"""The start through ``app.start`` with the real sign-in (issue 11.5 kept the scrypt cost): a wrong
password shows the error and leaves no window and no audit entry, lock-out still applies, the right
password shows the window, and it is the desk of the person who signed in."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from cal_desktop.db.models import AuditEntry
from cal_desktop.gui import app, housekeeping, startup
from cal_desktop.gui.dialogs.signin import SignInDialog
from cal_desktop.gui.main_window import MainWindow
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, Actor, ServiceContext


@pytest.fixture
def people(db):  # type: ignore[no-untyped-def]
    """An administrator «admin» and a staff member «ivanova», both able to sign in."""
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга Ивановна"), "secret123")
    admin = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    staff = accounts.create_account(admin, AccountInput("ivanova", "Иванова Мария Петровна"), "temp-pass1")
    me = system.acting_as(accounts.sign_in(system, "ivanova", "temp-pass1"))
    accounts.change_password(me, "temp-pass1", "secret456")  # no forced change at the next sign-in
    return system, admin.actor, Actor(staff.id, staff.role, staff.display_name)


def typing(monkeypatch, *attempts: tuple[str, str]) -> list[str]:  # type: ignore[no-untyped-def]
    """The person types each (login, password) in turn, then presses Esc; returns the errors shown."""
    errors: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, SignInDialog)
        for login, password in attempts:
            dialog.login.setText(login)
            dialog.password.setText(password)
            dialog.ok.click()
            if dialog.result() == QDialog.DialogCode.Accepted:
                return dialog.result()
            errors.append(dialog.error.text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(startup, "exec_dialog", fake_exec)
    return errors


def _audit(db) -> list[tuple[str, str, int | None]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [(e.action, e.entity, e.staff_id) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def _main_windows() -> list[MainWindow]:
    """The main windows a person could see."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
    ]


def _stop(window: MainWindow) -> None:
    window.idle_lock.stop()
    window.backup_on_exit = False
    window.close()
    housekeeping.wait_all(10)


def test_wrong_password_same_error_no_window_no_audit(
    qtbot, db, db_path, people, monkeypatch, shown, russian, backups
) -> None:  # type: ignore[no-untyped-def]
    before = _audit(db)
    errors = typing(monkeypatch, ("ivanova", "wrong-pass1"))
    assert app.start(str(db_path)) is None
    assert errors == ["Неверное имя пользователя или пароль."]
    assert _main_windows() == []
    assert _audit(db) == before  # no «view», no «sign_in»: nothing is written for a wrong password
    with db.read() as s:
        from cal_desktop.db.models import Staff

        assert s.get(Staff, people[2].staff_id).failed_logins == 1  # the failure still counts


def test_lock_out_still_applies_and_a_locked_account_gets_no_window(
    qtbot, db, db_path, people, monkeypatch, shown, russian, backups
) -> None:  # type: ignore[no-untyped-def]
    before = _audit(db)
    attempts = [("ivanova", f"wrong-{n}x") for n in range(accounts.MAX_FAILED)]
    attempts.append(("ivanova", "secret456"))  # the right password, too late: locked
    errors = typing(monkeypatch, *attempts)
    assert app.start(str(db_path)) is None
    assert "заблокирована на" in errors[accounts.MAX_FAILED - 1]
    assert "Повторите через" in errors[-1]
    assert _main_windows() == []
    assert _audit(db)[len(before) :] == [("lock", "account", people[2].staff_id)]  # only the lock-out


def test_right_password_after_a_wrong_one_shows_the_window(
    qtbot, db, db_path, people, monkeypatch, shown, russian, backups
) -> None:  # type: ignore[no-untyped-def]
    typing(monkeypatch, ("ivanova", "wrong-pass1"), ("ivanova", "secret456"))
    window = app.start(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and window.ctx.actor == people[2]
    assert "Иванова Мария Петровна" in window.staff_label.text()
    assert _main_windows() == [window]
    assert _audit(db)[-1] == ("sign_in", "account", people[2].staff_id)
    _stop(window)


def test_the_desk_is_of_the_person_who_signed_in(
    qtbot, db, db_path, people, monkeypatch, shown, russian, backups
) -> None:  # type: ignore[no-untyped-def]
    """The administrator signed in last on this desk; ivanova signs in now: her desk, her menus."""
    _system, admin, ivanova = people
    typing(monkeypatch, ("admin", "secret123"))
    first = app.start(str(db_path))
    assert first is not None and first.ctx.actor == admin
    qtbot.addWidget(first)
    assert first.findChild(QAction, "actionBackup") is not None
    _stop(first)
    typing(monkeypatch, ("ivanova", "secret456"))
    window = app.start(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.actor == ivanova and "Иванова Мария Петровна" in window.staff_label.text()
    assert window.pages["desk"].ctx.actor == ivanova  # type: ignore[attr-defined]
    assert window.findChild(QAction, "actionBackup") is None  # not the administrator's menus
    _stop(window)


def test_a_cancelled_forced_password_change_leaves_no_window(
    qtbot, db, db_path, people, monkeypatch, shown, russian, backups
) -> None:  # type: ignore[no-untyped-def]
    _system, admin, ivanova = people
    accounts.reset_password(ServiceContext(db, admin), ivanova.staff_id, "temp-pass2")
    seen: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        if isinstance(dialog, SignInDialog):
            dialog.login.setText("ivanova")
            dialog.password.setText("temp-pass2")
            dialog.ok.click()
        else:
            dialog.reject()  # the forced change: Esc
        return dialog.result()

    monkeypatch.setattr(startup, "exec_dialog", fake_exec)
    assert app.start(str(db_path)) is None
    assert seen == ["SignInDialog", "ChangePasswordDialog"]
    assert _main_windows() == []
