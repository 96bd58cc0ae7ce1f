"""Who is at the desk (first-run profile, remembered choice) and the settings area."""

from __future__ import annotations

import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import ValidationError
from cal_desktop.gui import app
from cal_desktop.gui.dialogs.staff_dialog import StaffDialog
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
    assert first.role is Role.ADMIN  # the first profile can change the settings
    second = staff.create_profile(empty_ctx, StaffInput("Иванова Марина Павловна"))
    assert second.login == "ivanova.mp2" and second.role is Role.STAFF
    assert [m.display_name for m in staff.list_staff(empty_ctx)] == [
        "Иванова Марина Павловна",
        "Иванова Мария Петровна",
    ]
    changed = staff.update_profile(
        empty_ctx.acting_as(first.actor()), second.id, StaffInput("Иванова Марина Павловна", "координатор")
    )
    assert changed.position == "координатор"


def test_profile_needs_surname_and_name_and_a_valid_phone(empty_ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        staff.create_profile(empty_ctx, StaffInput("Мария", phone="123"))
    assert caught.value.for_field("display_name") == "укажите фамилию и имя (отчество — если есть)"
    assert caught.value.for_field("phone").startswith("неверный номер")
    assert staff.list_staff(empty_ctx) == []


def test_first_run_dialog_creates_the_profile_errors_inline(qtbot, empty_ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    dialog = StaffDialog(empty_ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Первый запуск: профиль сотрудника"
    assert dialog.ui.existingCombo.isHidden()
    dialog.ui.displayNameEdit.setText("Соколова")
    dialog.save()
    assert dialog.errors.message("display_name") == "Укажите фамилию и имя (отчество — если есть)"
    assert staff.list_staff(empty_ctx) == []
    dialog.ui.displayNameEdit.setText("Соколова Дарья Игоревна")
    dialog.ui.positionEdit.setText("специалист по работе с инициативами")
    dialog.ui.phoneEdit.setText("+7 912 777-00-11")
    dialog.save()
    assert dialog.chosen is not None and dialog.chosen.login == "sokolova.di"
    assert [m.position for m in staff.list_staff(empty_ctx)] == ["специалист по работе с инициативами"]


def test_staff_at_the_desk_is_asked_once_then_remembered(qtbot, empty_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs import staff_dialog

    asked = []

    def fake_choose(ctx, parent=None, current_id=None):  # type: ignore[no-untyped-def]
        asked.append(1)
        return staff.create_profile(ctx, StaffInput("Орлов Пётр"))

    monkeypatch.setattr(staff_dialog, "choose_staff", fake_choose)
    member = app.staff_at_desk(empty_ctx)
    assert member is not None and member.display_name == "Орлов Пётр"
    staff.create_profile(empty_ctx, StaffInput("Второв Иван"))
    assert app.staff_at_desk(empty_ctx).id == member.id  # remembered, not asked again
    assert len(asked) == 1


def test_start_opens_the_window_on_the_given_database(qtbot, db_path, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services.database import open_database

    ctx = open_database(str(db_path))
    staff.create_profile(ctx, StaffInput("Лисина Ольга Андреевна", "специалист"))
    window = app.start(str(db_path))
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.staff_label.text() == "За стойкой: Лисина Ольга Андреевна"
    assert window.db_status.text().endswith(str(db_path))
    assert window.ctx.actor.display_name == "Лисина Ольга Андреевна"


def test_settings_saved_and_errors_inline(qtbot, window, ctx, shown) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("settings")
    assert view.ui.centreNameEdit.text() == "Центр активных людей"
    assert view.ui.languageEdit.currentText() == "Русский"
    view.ui.centreNameEdit.setText("ЦАЛ Заречного района")
    view.ui.innEdit.setText("7701234567")
    view.ui.languageEdit.setCurrentIndex(view.ui.languageEdit.findData("en"))
    assert view.save()
    saved = settings_service.get_settings(ctx)
    assert (saved.centre_name, saved.inn, saved.language) == ("ЦАЛ Заречного района", "7701234567", "en")
    assert "после перезапуска" in shown.texts()
    view.ui.centreNameEdit.clear()
    view.ui.appealNumberPatternEdit.setText("ЦАЛ-{year}")
    assert not view.save()
    assert view.errors.message("centre_name") == "Обязательное поле"
    assert "{seq}" in view.errors.message("appeal_number_pattern")
    assert settings_service.get_settings(ctx).centre_name == "ЦАЛ Заречного района"
