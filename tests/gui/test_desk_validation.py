"""Issue 11 point 8: validation in one round, next to the fields, without blank gaps; stale errors go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cal_desktop.gui.widgets.consultation_form import ConsultationForm
from cal_desktop.services import consultations
from cal_desktop.services import settings as settings_service


def test_centre_settings_name_phone_email_and_inn_together(qtbot, window, ctx, shown) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("settings").show_tab("settings")
    view.ui.phoneEdit.setText("12-34")
    view.ui.emailEdit.setText("центр@")
    view.ui.innEdit.setText("7707083894")  # one digit mistyped
    view.ui.centreNameEdit.clear()
    assert not view.save()
    assert view.errors.message("centre_name") == "Обязательное поле"
    assert view.errors.message("phone").startswith("Неверный номер телефона")
    assert view.errors.message("email").startswith("Неверный адрес эл. почты")
    assert view.errors.message("inn").startswith("Контрольная цифра не сходится")
    # beside its field (the line under the ИНН), not in the form's common line at the bottom
    assert view.ui.innError.isVisible() and not view.ui.formError.isVisible()
    assert view.ui.innEdit.y() < view.ui.innError.y() < view.ui.ogrnEdit.y()
    assert settings_service.get_settings(ctx).inn == ""  # nothing saved
    # the stale message goes as soon as its field is edited
    view.ui.innEdit.setFocus()
    QTest.keyClick(view.ui.innEdit, Qt.Key.Key_Backspace)
    assert view.errors.message("inn") == "" and not view.ui.innError.isVisible()
    assert view.errors.message("phone") != ""
    view.ui.innEdit.setText("7707083893")
    view.ui.phoneEdit.setText("+7 (495) 500-55-50")
    view.ui.emailEdit.setText("cal@mail.ru")
    view.ui.centreNameEdit.setText("ЦАЛ «Северный»")
    assert view.save()
    assert settings_service.get_settings(ctx).inn == "7707083893"


def _row_step(top, bottom) -> int:  # type: ignore[no-untyped-def]
    return bottom.geometry().top() - top.geometry().top()


def test_hidden_error_lines_leave_no_gap(qtbot, window, ctx, shown) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("settings").show_tab("settings")
    view.resize(900, 1400)
    qtbot.wait(20)
    plain = _row_step(view.ui.addressEdit, view.ui.cityEdit)  # two fields without an error line
    assert _row_step(view.ui.phoneEdit, view.ui.emailEdit) == plain  # phone's hidden error line
    assert _row_step(view.ui.innEdit, view.ui.ogrnEdit) == plain
    view.ui.centreNameEdit.clear()
    view.save()
    qtbot.wait(20)
    error = view.ui.centreNameError
    assert error.isVisible()
    # one line of text, one line of height: no blank band above and below the message
    assert error.height() == error.heightForWidth(error.width()) < 2 * error.fontMetrics().height()
    spacing = view.ui.formLayout.verticalSpacing()
    assert _row_step(view.ui.centreNameEdit, view.ui.organisationNameEdit) == plain + error.height() + spacing


def test_consultation_errors_all_at_once(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    form = ConsultationForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.ui.visitorEdit.setText("Петр")  # typed, never chosen
    form.ui.followUpEdit.setText("31.02.2027")
    form.ui.outcomeCombo.setCurrentIndex(form.ui.outcomeCombo.findData("declined"))
    form.save()
    assert form.errors.message("visitor_id").startswith("Выберите посетителя из списка")
    assert form.errors.message("follow_up_date").startswith("Такой даты нет: 31.02.2027")
    assert form.errors.message("topics") == "Выберите хотя бы одну тему"
    assert form.errors.message("out_of_scope_reason") == "При отказе причина обязательна"
    # changing the outcome removes the reason's message: its cause is gone
    form.ui.outcomeCombo.setCurrentIndex(form.ui.outcomeCombo.findData("advised"))
    assert form.errors.message("out_of_scope_reason") == ""
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    assert form.errors.message("topics") == ""
    assert consultations.count_consultations(ctx) == 0
