"""The quick consultation form: declines need a reason, the reminder, inline errors, editing, initiatives."""

from __future__ import annotations

from datetime import date, timedelta

from gui_keys import press, type_text
from PySide6.QtCore import Qt

from cal_desktop.domain.vocab import Outcome
from cal_desktop.gui.widgets.consultation_form import ConsultationForm
from cal_desktop.services import consultations, visitors
from cal_desktop.services.consultations import OUT_OF_SCOPE_REMINDER
from cal_desktop.services.visitors import VisitorInput


def _form(qtbot, ctx) -> ConsultationForm:  # type: ignore[no-untyped-def]
    form = ConsultationForm(ctx)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def _choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))


def test_declined_without_a_reason_is_refused_inline(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    form.ui.topicsList.item(4).setCheckState(Qt.CheckState.Checked)
    form.ui.summaryEdit.setPlainText("Просит деньги на ремонт подъезда")
    assert not form.ui.reminderLabel.isVisible()
    _choose(form.ui.outcomeCombo, Outcome.DECLINED.value)
    assert form.ui.reminderLabel.isVisible()
    assert form.ui.reminderLabel.text() == OUT_OF_SCOPE_REMINDER
    assert form.ui.reasonCombo.isEnabled()
    form.ui.outcomeCombo.setFocus()
    press(Qt.Key.Key_Return)
    assert form.errors.message("out_of_scope_reason") == "При отказе причина обязательна"
    assert form.ui.reasonError.isVisible()
    assert form.ui.reasonCombo.hasFocus()
    assert consultations.count_consultations(ctx) == 0
    assert shown.shown == []
    # with the reason it is saved
    _choose(form.ui.reasonCombo, "financial_aid")
    press(Qt.Key.Key_Return)
    rows = consultations.todays_consultations(ctx)
    assert len(rows) == 1 and rows[0].outcome is Outcome.DECLINED
    assert rows[0].out_of_scope_reason.value == "financial_aid"


def test_summary_touching_the_principles_shows_a_live_hint(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    form.ui.summaryEdit.setFocus()
    type_text("Просит выделить деньги на праздник")
    qtbot.waitUntil(form.ui.principlesHint.isVisible, timeout=2000)
    assert "финансовую" in form.ui.principlesHint.text()
    form.ui.summaryEdit.setPlainText("Хочет посадить деревья во дворе")
    qtbot.waitUntil(lambda: not form.ui.principlesHint.isVisible(), timeout=2000)


def test_no_topic_and_bad_follow_up_are_named_inline_and_nothing_saved(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    form.ui.followUpEdit.setFocus()
    type_text("32.13.2026")
    press(Qt.Key.Key_Return)
    assert form.errors.message("follow_up_date") == "Такой даты нет: 32.13.2026"
    assert form.errors.message("topics") == "Выберите хотя бы одну тему"  # in the same round
    form.ui.followUpEdit.clear()
    type_text((date.today() - timedelta(days=2)).strftime("%d.%m.%Y"), form.ui.followUpEdit)
    press(Qt.Key.Key_Return)
    assert form.errors.message("topics") == "Выберите хотя бы одну тему"
    assert form.errors.message("follow_up_date") == "Раньше даты консультации"
    assert consultations.count_consultations(ctx) == 0


def test_follow_up_saved_and_shown_at_the_desk_when_due(qtbot, window, ctx):  # type: ignore[no-untyped-def]
    desk = window.pages["desk"]
    form = desk.form
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    _choose(form.ui.outcomeCombo, Outcome.FOLLOW_UP.value)
    form.ui.followUpEdit.setText(date.today().strftime("%d.%m.%Y"))
    form.ui.summaryEdit.setPlainText("Принесёт проект письма")
    form.save()
    assert desk.follow_list.count() == 1
    assert "Принесёт проект письма" in desk.follow_list.item(0).text()
    assert desk.follow_box.title() == "Напоминания: на сегодня 1, просрочено 0"
    desk.follow_list.setCurrentRow(0)
    desk.done_button.click()
    assert desk.follow_list.item(0).text() == "Здесь ничего нет."


def test_editing_a_saved_consultation(qtbot, window, ctx, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs import consultation_dialog

    v = visitors.create_visitor(ctx, VisitorInput("Громов", "Лев", phone="+79003330000"))
    row = consultations.create_consultation(
        ctx,
        consultations.ConsultationInput(
            channel="phone", topics=["other"], outcome="advised", visitor_id=v.id
        ),
    )
    dialog = consultation_dialog.ConsultationDialog(ctx, row.id, window)
    qtbot.addWidget(dialog)
    assert dialog.form.picker.visitor_id == v.id
    assert dialog.form.ui.visitorEdit.text().startswith("Громов Лев")
    assert dialog.form.ui.channelCombo.currentData() == "phone"
    dialog.form.ui.summaryEdit.setPlainText("Уточнили адрес управы")
    dialog.form.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    again = consultations.get_consultation(ctx, row.id)
    assert (
        again.summary == "Уточнили адрес управы"
        and again.visitor_id == v.id
        and again.occurred_at == row.occurred_at
    )
    assert consultations.count_consultations(ctx) == 1


def test_new_initiative_needs_a_visitor(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    form.ui.topicsList.item(2).setCheckState(Qt.CheckState.Checked)
    form.ui.newInitiativeCheck.setChecked(True)
    form.save()
    assert form.errors.message("visitor_id") == "У новой инициативы должен быть автор: выберите посетителя"
    assert consultations.count_consultations(ctx) == 0


def test_new_initiative_started_from_the_consultation(qtbot, ctx, shown, russian, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs import new_initiative_dialog
    from cal_desktop.services.initiatives import InitiativeInput

    monkeypatch.setattr(
        new_initiative_dialog,
        "ask_new_initiative",
        lambda parent, title, category: InitiativeInput(title, "ecology"),
    )
    v = visitors.create_visitor(ctx, VisitorInput("Зайцева", "Ольга", phone="+79004440000"))
    form = _form(qtbot, ctx)
    form.picker.set_visitor(v.id, "Зайцева Ольга")
    form.ui.topicsList.item(2).setCheckState(Qt.CheckState.Checked)
    form.ui.summaryEdit.setPlainText("Субботник у пруда")
    form.ui.newInitiativeCheck.setChecked(True)
    row = form.save()
    assert row is not None and row.initiative_id is not None
    assert row.initiative_title == "Субботник у пруда"
    assert "Инициатива №" in shown.texts()
    # the visitor's open initiative is now offered for linking the next consultation
    form.picker.set_visitor(v.id, "Зайцева Ольга")
    assert form.ui.initiativeCombo.findData(row.initiative_id) > 0
