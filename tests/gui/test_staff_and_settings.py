"""Who is at the desk (first-run profile, remembered choice) and the settings area."""

from __future__ import annotations

import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import ValidationError
from cal_desktop.gui import app
from cal_desktop.services import settings as settings_service
from cal_desktop.services import staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.staff import StaffInput


@pytest.fixture
def empty_ctx(db) -> ServiceContext:  # type: ignore[no-untyped-def]
    return ServiceContext(db)


def test_profile_service_splits_the_name_and_generates_logins(empty_ctx) -> None:  # type: ignore[no-untyped-def]
    first = staff.create_profile(
        empty_ctx, StaffInput("  Иванова  Мария Петровна ", "специалист", "8 912 000 00 00")
    )
    assert (first.last_name, first.first_name, first.middle_name) == ("Иванова", "Мария", "Петровна")
    assert first.display_name == "Иванова Мария Петровна"
    assert first.login == "ivanova.mp"
    assert first.phone == "+79120000000"
    assert first.role is Role.STAFF  # administrators come from accounts, never from a plain profile
    second = staff.create_profile(empty_ctx, StaffInput("Иванова Марина Павловна"))
    assert second.login == "ivanova.mp2" and second.role is Role.STAFF
    assert [m.display_name for m in staff.list_staff(empty_ctx)] == [
        "Иванова Марина Павловна",
        "Иванова Мария Петровна",
    ]
    changed = staff.update_profile(  # the system (an administrator's context) edits anyone's profile
        empty_ctx, second.id, StaffInput("Иванова Марина Павловна", "координатор")
    )
    assert changed.position == "координатор"


def test_profile_needs_surname_and_name_and_a_valid_phone(empty_ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        staff.create_profile(empty_ctx, StaffInput("Мария", phone="123"))
    assert caught.value.for_field("display_name") == "укажите фамилию и имя (отчество — если есть)"
    assert caught.value.for_field("phone").startswith("неверный номер")
    assert staff.list_staff(empty_ctx) == []


def test_start_signs_in_and_opens_the_window_on_the_given_database(
    qtbot, db_path, shown, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui import startup
    from cal_desktop.gui.dialogs.signin import FirstRunDialog, SignInDialog
    from cal_desktop.services import accounts
    from cal_desktop.services.accounts import AccountInput
    from cal_desktop.services.database import open_database

    ctx = open_database(str(db_path))
    accounts.create_first_admin(
        ctx, AccountInput("lisina", "Лисина Ольга Андреевна", position="специалист"), "secret123"
    )
    seen = []

    def fake_exec(dialog):  # type: ignore[no-untyped-def]
        seen.append(type(dialog))
        assert isinstance(dialog, SignInDialog)
        dialog.actor = accounts.sign_in(ctx, "lisina", "secret123")
        return 1

    monkeypatch.setattr(startup, "exec_dialog", fake_exec)
    window = app.start(str(db_path))
    qtbot.addWidget(window)
    assert seen == [SignInDialog] and FirstRunDialog not in seen
    assert window.isVisible()
    assert window.staff_label.text() == "За стойкой: Лисина Ольга Андреевна"
    assert window.db_status.text().endswith(str(db_path))
    assert window.ctx.actor.display_name == "Лисина Ольга Андреевна"
    assert window.idle_lock is not None
    # the receptionist types the first visitor's name straight away, without clicking the field
    assert window.focusWidget() is window.pages["desk"].form.ui.visitorEdit
    window.backup_on_exit = False
    window.idle_lock.stop()


def test_settings_saved_and_errors_inline(qtbot, window, ctx, shown) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("settings").show_tab("settings")
    assert view.ui.centreNameEdit.text() == "Центр активных людей"
    assert view.ui.languageEdit.currentText() == "Русский"
    view.ui.centreNameEdit.setText("ЦАЛ Заречного района")
    view.ui.innEdit.setText("7701234560")
    view.ui.languageEdit.setCurrentIndex(view.ui.languageEdit.findData("en"))
    assert view.save()
    saved = settings_service.get_settings(ctx)
    assert (saved.centre_name, saved.inn, saved.language) == ("ЦАЛ Заречного района", "7701234560", "en")
    assert "после перезапуска" in shown.texts()
    view.ui.centreNameEdit.clear()
    view.ui.appealNumberPatternEdit.setText("ЦАЛ-{year}")
    assert not view.save()
    assert view.errors.message("centre_name") == "Обязательное поле"
    assert "{seq}" in view.errors.message("appeal_number_pattern")
    assert settings_service.get_settings(ctx).centre_name == "ЦАЛ Заречного района"


def test_settings_area_shows_tools_by_role(qtbot, db, make_ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.views.composite import SettingsArea

    titles = {}
    for role in (Role.STAFF, Role.COORDINATOR, Role.ADMIN):
        area = SettingsArea(make_ctx(role))
        qtbot.addWidget(area)
        titles[role] = [area.tabText(i) for i in range(area.count())]
    assert titles[Role.STAFF] == ["Настройки", "Персональные данные"]
    assert titles[Role.COORDINATOR] == ["Настройки", "Персональные данные", "Журнал действий"]
    assert titles[Role.ADMIN] == [
        "Настройки",
        "Учётные записи сотрудников",
        "Персональные данные",
        "Журнал действий",
    ]


def test_staff_record_consent_from_settings_but_export_nothing(qtbot, make_ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.views.composite import SettingsArea

    area = SettingsArea(make_ctx(Role.STAFF))
    qtbot.addWidget(area)
    view = area.show_tab("personal_data")
    assert view is not None and not shown.shown  # opened without a refusal
    assert not view.consent_button.isHidden() and not view.withdraw_button.isHidden()
    assert view.json_button.isHidden() and view.pdf_button.isHidden() and view.anonymise_button.isHidden()
