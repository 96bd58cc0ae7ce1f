"""Found by QA in the integrated program: the window locked by hand does not claim minutes of idleness;
another staff member signing in from the locked window gets the window; the settings form says who may
change it; a new idle time applies at once; the desk's picker searches from the first letter."""

from __future__ import annotations

from gui_keys import type_text
from PySide6.QtWidgets import QDialog, QLabel

from cal_desktop.domain.vocab import Role
from cal_desktop.gui import startup
from cal_desktop.gui.dialogs.signin import SignInDialog
from cal_desktop.gui.idle_lock import IdleLock
from cal_desktop.gui.main_window import MainWindow
from cal_desktop.services import accounts, visitors
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.visitors import VisitorInput


def _admin(db) -> ServiceContext:  # type: ignore[no-untyped-def]
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга Ивановна"), "secret123")
    return system.acting_as(accounts.sign_in(system, "admin", "secret123"))


def _locked_window(qtbot, ctx, db_path):  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, str(db_path))
    qtbot.addWidget(win)
    win.idle_lock = IdleLock(win, ctx, on_switch=win.sign_in_another)
    win.show()
    win.findChild(type(win.actions()[0]), "actionLock").trigger()  # File > Lock the window
    assert win.idle_lock.is_locked
    return win


def test_locked_by_hand_does_not_claim_idle_minutes(qtbot, db, db_path, shown, russian) -> None:  # type: ignore[no-untyped-def]
    win = _locked_window(qtbot, _admin(db), db_path)
    text = win.idle_lock.dialog.findChild(QLabel, "unlockText").text()
    assert "бездействия" not in text and "мин" not in text
    assert text.startswith("Окно заблокировано") and "Соколова Ольга Ивановна" in text
    win.idle_lock.stop()


def test_another_staff_member_signs_in_from_the_locked_window(
    qtbot, db, db_path, shown, russian, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(db)
    kim = accounts.create_account(admin, AccountInput("kim", "Ким Елена Викторовна"), "temp1234")
    assert kim.role is Role.STAFF
    with db.session() as s:  # she has chosen her own password already
        from cal_desktop.db.models import Staff

        s.get(Staff, kim.id).must_change_password = False
    win = _locked_window(qtbot, admin, db_path)
    answers: list[str] = ["wrong", "kim"]

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, SignInDialog)
        login = answers.pop(0)
        if login == "wrong":
            dialog.reject()  # she changes her mind: the window stays locked
        else:
            dialog.login.setText(login)
            dialog.password.setText("temp1234")
            dialog.ok.click()
        return dialog.result()

    labels: list[str] = []
    original = fake_exec

    def fake_exec(dialog: QDialog) -> int:  # noqa: F811 - records the dialog's cancel label too
        labels.append(dialog.quit_button.text())
        return original(dialog)

    monkeypatch.setattr(startup, "exec_dialog", fake_exec)
    win.idle_lock.dialog.switch_button.click()
    assert win.idle_lock.is_locked and win.ctx.actor.staff_id == admin.actor.staff_id
    win.idle_lock.dialog.switch_button.click()
    assert not win.idle_lock.is_locked  # the window is hers now, open
    assert win.ctx.actor.staff_id == kim.id and win.idle_lock.ctx.actor.staff_id == kim.id
    assert "Ким Елена Викторовна" in win.staff_label.text()
    assert labels == ["Отмена", "Отмена"]  # from a running window it cancels, it does not quit
    assert win.focusWidget() is win.pages["desk"].form.ui.visitorEdit  # ready for her first visitor
    win.idle_lock.stop()


def test_staff_sees_the_settings_read_only_and_why(qtbot, make_ctx, db_path, shown, russian) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(make_ctx(Role.STAFF), str(db_path))
    qtbot.addWidget(win)
    view = win.show_area("settings").show_tab("settings")
    assert "Изменять настройки может только администратор." in view.ui.introLabel.text()
    assert view.ui.centreNameEdit.isReadOnly() and view.ui.idleLockMinutesEdit.isReadOnly()
    assert not view.ui.languageEdit.isEnabled()
    assert view.ui.saveButton.isHidden() and view.ui.revertButton.isHidden()
    admin_view = MainWindow(make_ctx(Role.ADMIN), str(db_path))
    qtbot.addWidget(admin_view)
    tab = admin_view.show_area("settings").show_tab("settings")
    assert not tab.ui.centreNameEdit.isReadOnly() and not tab.ui.saveButton.isHidden()


def test_new_idle_time_applies_without_a_restart(qtbot, db, db_path, shown, russian) -> None:  # type: ignore[no-untyped-def]
    ctx = _admin(db)
    win = MainWindow(ctx, str(db_path))
    qtbot.addWidget(win)
    win.idle_lock = IdleLock(win, ctx)
    assert win.idle_lock.timer.interval() == 15 * 60_000
    view = win.show_area("settings").show_tab("settings")
    view.ui.idleLockMinutesEdit.setValue(5)
    assert view.save()
    assert win.idle_lock.timer.interval() == 5 * 60_000 and win.idle_lock.timer.isActive()
    win.idle_lock.stop()


def test_desk_picker_offers_surnames_from_two_letters(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    visitors.create_visitor(ctx, VisitorInput("Тихонов", "Лев", phone="+79120000001"))
    visitors.create_visitor(ctx, VisitorInput("Остапов", "Тихон", phone="+79120000002"))
    form = window.pages["desk"].form
    form.ui.visitorEdit.setFocus()
    type_text("Ти")
    form.picker.search_now()
    assert form.picker.results() == ["Тихонов Лев, +7 912 000-00-01"]
    assert form.picker.completer.popup().isVisible()


def test_picker_list_is_wide_enough_to_tell_namesakes_apart(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        visitors.create_visitor(
            ctx, VisitorInput("Константинопольский", "Александр", "Владимирович", phone=f"+7912000000{n}")
        )
    form = window.pages["desk"].form
    form.ui.visitorEdit.setFocus()
    type_text("Конст")
    form.picker.search_now()
    popup = form.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    longest = max(popup.fontMetrics().horizontalAdvance(t) for t in form.picker.results())
    assert popup.width() >= longest  # the phone at the end of each line is visible
