"""Start-up: the first run creates the administrator, sign-in with the lock-out message, Esc quits,
a reset password must be changed first, the daily backup runs and its failure only warns."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError
from cal_desktop.gui import housekeeping, startup
from cal_desktop.gui.dialogs.password import ChangePasswordDialog
from cal_desktop.gui.dialogs.signin import FirstRunDialog, SignInDialog
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.services import accounts, backup
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext

Step = Callable[[QDialog], None]


def fill_first_run(dialog: QDialog) -> None:
    assert isinstance(dialog, FirstRunDialog)
    dialog.name.setText("Соколова Ольга Ивановна")
    dialog.position.setText("руководитель")
    dialog.phone.setText("8 912 000-11-22")
    dialog.login.setText("sokolova")
    dialog.password.setText("secret123")
    dialog.again.setText("secret123")
    dialog.findChild(QPushButton, "createButton").click()


def sign_in_as(login: str, password: str) -> Step:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.login.setText(login)
        dialog.password.setText(password)
        dialog.ok.click()

    return step


def press_escape(dialog: QDialog) -> None:
    dialog.reject()


@pytest.fixture
def dialogs(monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    """Queue what the person does in each dialog; records the dialogs shown."""
    steps: list[Step] = []
    seen: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        assert steps, f"unexpected dialog {type(dialog).__name__}"
        steps.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(startup, "exec_dialog", fake_exec)
    return steps, seen


@pytest.fixture
def backups(tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: folder)
    monkeypatch.setattr(backup, "default_backup_folder", lambda: folder)
    return folder


def test_first_run_creates_administrator_then_signs_in(dialogs, db_path, shown, russian, backups, qtbot):
    steps, seen = dialogs
    steps += [fill_first_run]  # "Create and sign in": no second dialog asking for the same password
    ctx = startup.start_session(str(db_path))
    assert ctx is not None
    assert ctx.actor.role is Role.ADMIN and ctx.actor.display_name == "Соколова Ольга Ивановна"
    assert [type(d).__name__ for d in seen] == ["FirstRunDialog"]
    # the daily backup is made in the background after sign-in
    qtbot.waitUntil(lambda: startup.remembered_backup_folder() == backups, timeout=10_000)
    assert len(backup.list_backups(backups)) == 1
    assert shown.shown == []


def test_first_run_dialog_shows_problems_beside_the_fields(qtbot, db, russian) -> None:
    dialog = FirstRunDialog(ServiceContext(db, SYSTEM))
    qtbot.addWidget(dialog)
    dialog.name.setText("Соколова Ольга")
    dialog.password.setText("secret123")
    dialog.again.setText("secret124")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("password_again").lower() == tr("the passwords do not match").lower()
    dialog.again.setText("secret123")
    dialog.password.setText("short1")
    dialog.again.setText("short1")
    dialog.save()
    assert dialog.errors.message("password") == "Не короче 8 символов"
    assert accounts.needs_first_admin(ServiceContext(db, SYSTEM))


def _admin(db) -> ServiceContext:  # type: ignore[no-untyped-def]
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    return system


def test_lock_out_message_in_the_sign_in_dialog(qtbot, db, russian) -> None:
    system = _admin(db)
    dialog = SignInDialog(system)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    for attempt in range(1, accounts.MAX_FAILED + 1):
        dialog.login.setText("admin")
        qtbot.keyClicks(dialog.password, "wrong-password1")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        if attempt < accounts.MAX_FAILED:
            assert dialog.error.text() == "Неверное имя пользователя или пароль."
        else:  # the attempt that locks the account says so at once
            assert "заблокирована на 15 мин" in dialog.error.text()
        assert dialog.password.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password, "secret123")  # even the right password, while locked
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "заблокирована" in dialog.error.text()
    assert re.search(r"через \d+ мин", dialog.error.text())
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None


def test_escape_at_sign_in_quits(dialogs, db_path, db, shown) -> None:
    _admin(db)
    steps, _ = dialogs
    steps.append(press_escape)
    assert startup.start_session(str(db_path)) is None


def test_reset_password_must_be_changed_before_work(dialogs, db_path, db, shown, russian, backups):
    system = _admin(db)
    admin_ctx = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    accounts.create_account(admin_ctx, AccountInput("petrov", "Петров Пётр Ильич"), "temp1234")
    steps, seen = dialogs

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        dialog.old.setText("temp1234")
        dialog.new.setText("mine5678")
        dialog.again.setText("mine5678")
        dialog.ok.click()

    steps += [sign_in_as("petrov", "temp1234"), change]
    ctx = startup.start_session(str(db_path))
    assert ctx is not None and ctx.actor.role is Role.STAFF
    assert not accounts.must_change_password(ctx)
    assert accounts.sign_in(system, "petrov", "mine5678").staff_id == ctx.actor.staff_id
    assert tr("The password is changed.") in shown.texts()

    # refusing to change it quits
    accounts.reset_password(admin_ctx, ctx.actor.staff_id, "temp4321")
    steps += [sign_in_as("petrov", "temp4321"), press_escape]
    assert startup.start_session(str(db_path)) is None


def test_failed_daily_backup_is_a_calm_warning(dialogs, db_path, db, shown, russian, monkeypatch, qtbot):
    _admin(db)

    def full_disk(ctx, on_exit=False):  # type: ignore[no-untyped-def]
        raise CalError("Недостаточно места на диске для копии: /media/usb. Ничего не записано.")

    monkeypatch.setattr(backup, "automatic_backup", full_disk)
    steps, _ = dialogs
    steps.append(sign_in_as("admin", "secret123"))
    ctx = startup.start_session(str(db_path))
    assert ctx is not None  # the work goes on
    qtbot.waitUntil(lambda: bool(shown.shown), timeout=10_000)
    kind, title, text = shown.shown[0]
    assert kind == "warning" and title == tr("Backup")
    assert "Недостаточно места на диске для копии: /media/usb" in text
    startup.on_exit(ctx)
    housekeeping.wait_all(10)
    assert len(shown.shown) == 2 and shown.shown[1][0] == "warning"


def test_exit_backup(db_path, db, backups) -> None:
    system = _admin(db)
    ctx = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    startup.on_exit(ctx).result(timeout=10)
    assert len(backup.list_backups(backups)) == 1


MY_SCREENS = [
    "gui/startup.py",
    "gui/idle_lock.py",
    "gui/dialogs/signin.py",
    "gui/dialogs/password.py",
    "gui/dialogs/backup.py",
    "gui/views/accounts.py",
    "gui/views/audit.py",
    "gui/views/personal_data.py",
]


def test_russian_for_every_string_of_these_screens() -> None:
    """Every tr() string of the sign-in, lock, backup, accounts, audit and personal-data screens has its
    Russian in signin_translations.RU (used until the .ts has it), with the same {placeholders}."""
    import ast

    import cal_desktop
    from cal_desktop.gui.dialogs.signin_translations import RU

    root = Path(cal_desktop.__file__).parent
    missing, mismatched = [], []
    for name in MY_SCREENS:
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
                arg = node.args[0]
                assert isinstance(arg, ast.Constant), f"{name}:{node.lineno}: tr() of a non-literal"
                if arg.value not in RU:
                    missing.append(arg.value)
                elif set(re.findall(r"{\w+}", arg.value)) != set(re.findall(r"{\w+}", RU[arg.value])):
                    mismatched.append(arg.value)
    assert missing == [] and mismatched == []
