"""Staff accounts screen: an administrator creates an account (temporary password), changes role and
active flag, resets a password (which lifts a lock); other roles see only «change my password»."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.dialogs.password import ChangePasswordDialog, ResetPasswordDialog
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.views import accounts as view_module
from cal_desktop.gui.views.accounts import AccountDialog, AccountsView
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext


@pytest.fixture
def admin(db) -> ServiceContext:  # type: ignore[no-untyped-def]
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга Ивановна"), "secret123")
    return system.acting_as(accounts.sign_in(system, "admin", "secret123"))


@pytest.fixture
def dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    steps: list = []

    def fake_exec(dialog: QDialog) -> int:
        steps.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(view_module, "exec_dialog", fake_exec)
    return steps


@pytest.fixture
def view(qtbot, admin, shown, russian):  # type: ignore[no-untyped-def]
    widget = AccountsView(admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(view: AccountsView) -> list[list[str]]:
    return [
        [view.table.item(r, c).text() for c in range(view.table.columnCount())]
        for r in range(view.table.rowCount())
    ]


def test_create_edit_and_reset(view, dialogs, admin, db, shown) -> None:
    def create(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountDialog)
        dialog.name.setText("Петров Пётр Ильич")
        dialog.login.setText("petrov")
        dialog.role.setCurrentIndex(dialog.role.findData("coordinator"))
        dialog.password.setText("temp1234")
        dialog.again.setText("temp1235")
        dialog.ok.click()
        assert dialog.errors.message("password_again").lower() == tr("the passwords do not match").lower()
        dialog.again.setText("temp1234")
        dialog.ok.click()

    dialogs.append(create)
    view.new_button.click()
    assert ["Петров Пётр Ильич", "petrov", "координатор", "", tr("active")] in rows(view)
    assert view.selected() is not None and view.selected().login == "petrov"  # the new one is selected
    system = ServiceContext(db, SYSTEM)
    assert accounts.must_change_password(system.acting_as(accounts.sign_in(system, "petrov", "temp1234")))

    def switch_off(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountDialog) and dialog.login.text() == "petrov"
        dialog.role.setCurrentIndex(dialog.role.findData("staff"))
        dialog.active.setChecked(False)
        dialog.ok.click()

    dialogs.append(switch_off)
    view.edit_button.click()
    assert ["Петров Пётр Ильич", "petrov", "сотрудник", "", tr("switched off")] in rows(view)

    for _ in range(accounts.MAX_FAILED):  # someone guesses at the administrator's password
        with pytest.raises(Exception):  # noqa: B017
            accounts.sign_in(system, "admin", "guess12345")
    view.refresh()
    assert any(
        r[1] == "admin" and r[4].startswith(tr("locked until {time}").split("{time}")[0]) for r in rows(view)
    )

    def reset(dialog: QDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.new.setText("fresh4321")
        dialog.again.setText("fresh4321")
        dialog.ok.click()

    dialogs.append(reset)
    view.select_login("admin")
    view.reset_button.click()
    assert "Соколова Ольга Ивановна" in shown.texts()
    assert any(r[1] == "admin" and r[4] == tr("active") for r in rows(view))  # the lock is lifted
    assert accounts.sign_in(system, "admin", "fresh4321").role is Role.ADMIN


def test_last_administrator_cannot_be_demoted(view, dialogs, shown) -> None:
    def demote(dialog: QDialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData("staff"))
        dialog.ok.click()

    dialogs.append(demote)
    view.select_login("admin")
    view.edit_button.click()
    assert "последнего администратора" in shown.texts()
    assert rows(view)[0][2] == "администратор"


def test_other_roles_only_change_their_own_password(qtbot, admin, db, shown, russian, dialogs) -> None:
    accounts.create_account(admin, AccountInput("petrov", "Петров Пётр", role="coordinator"), "temp1234")
    system = ServiceContext(db, SYSTEM)
    coordinator = system.acting_as(accounts.sign_in(system, "petrov", "temp1234"))
    widget = AccountsView(coordinator)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.table.isVisible() and not widget.new_button.isVisible()
    assert widget.own_button.isVisible()

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        dialog.old.setText("wrong-one1")
        dialog.new.setText("mine5678")
        dialog.again.setText("mine5678")
        dialog.ok.click()
        assert dialog.errors.message("old_password") == "Неверный пароль"
        dialog.old.setText("temp1234")
        dialog.ok.click()

    dialogs.append(change)
    widget.own_button.click()
    assert accounts.sign_in(system, "petrov", "mine5678").staff_id == coordinator.actor.staff_id
