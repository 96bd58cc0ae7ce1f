"""Referrals in the consultation form and at the desk (issue 21): where to, when to check back, and
«помогло ли?» answered when the follow-up is done."""

from __future__ import annotations

from datetime import date, timedelta

from gui_keys import press, type_text
from PySide6.QtCore import Qt

from cal_desktop.domain.vocab import Outcome
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.widgets.consultation_form import ConsultationForm
from cal_desktop.gui.widgets.followups_panel import FollowUpsPanel
from cal_desktop.services import consultations, directory, followups, referrals
from cal_desktop.services.directory import OrganisationInput

TODAY = date.today()


def _form(qtbot, ctx) -> ConsultationForm:  # type: ignore[no-untyped-def]
    form = ConsultationForm(ctx)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def _referred(form) -> None:  # type: ignore[no-untyped-def]
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    form.ui.outcomeCombo.setCurrentIndex(form.ui.outcomeCombo.findData(Outcome.REFERRED.value))


def test_referred_shows_where_to_and_saves_a_follow_up(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    fund = directory.create_organisation(ctx, OrganisationInput(kind="partner", name="Фонд «Добрый двор»"))
    form = _form(qtbot, ctx)
    assert not form.referral.org_combo.isVisible()
    _referred(form)
    assert form.referral.org_combo.isVisible() and form.referral.check_edit.isVisible()
    form.referral.org_combo.setFocus()
    press(Qt.Key.Key_Return)  # nothing chosen: refused beside the field, nothing saved
    assert form.errors.message("referral_organisation") == "Выберите организацию или впишите название"
    assert consultations.count_consultations(ctx) == 0
    form.referral.org_combo.setEditText("Фонд «Добрый двор»")
    form.referral.check_edit.setFocus()
    type_text(fmt_date(TODAY + timedelta(days=14)))
    press(Qt.Key.Key_Return)
    [row] = consultations.todays_consultations(ctx)
    item = referrals.for_consultation(ctx, row.id)
    assert (item.organisation_id, item.check_on) == (fund.id, TODAY + timedelta(days=14))
    assert not form.referral.org_combo.isVisible()  # the form is empty again for the next visitor
    form.load(row)  # editing shows what was saved
    assert form.referral.org_combo.currentText() == "Фонд «Добрый двор»"
    assert form.referral.check_edit.text() == fmt_date(TODAY + timedelta(days=14))
    assert not form.has_unsaved_work()
    form.referral.result_combo.setCurrentIndex(form.referral.result_combo.findData("helped"))
    assert form.has_unsaved_work()
    form.save()
    assert referrals.for_consultation(ctx, row.id).result_label == "помогло"


def test_free_text_and_a_bad_date_in_one_round(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    _referred(form)
    form.referral.check_edit.setText("31.02.2027")
    form.save()
    assert "31.02.2027" in form.errors.message("referral_check_on")
    assert form.errors.message("referral_organisation")
    form.referral.org_combo.setEditText("МФЦ на Ленина")
    form.referral.check_edit.clear()
    assert form.save() is not None
    [row] = consultations.todays_consultations(ctx)
    assert referrals.for_consultation(ctx, row.id).organisation_name == "МФЦ на Ленина"


def test_done_at_the_desk_asks_whether_it_helped(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    _referred(form)
    form.referral.org_combo.setEditText("Соцзащита")
    form.referral.check_edit.setText(fmt_date(TODAY))
    row = form.save()
    panel = FollowUpsPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.list.setCurrentRow(0)
    assert "перенаправление: Узнать, помогло ли обращение в «Соцзащита»" in panel.list.item(0).text()
    shown.answers = [-1]  # Esc: nothing changes
    panel.mark_done()
    assert followups.desk_counts(ctx)["today"] == 1
    shown.answers = [2]  # «не удалось связаться»
    panel.mark_done()
    assert shown.shown[-1][1] == "Помогло ли?"
    assert followups.desk_counts(ctx)["today"] == 0
    assert referrals.for_consultation(ctx, row.id).result_label == "не удалось связаться"


def test_double_click_opens_the_consultation_or_the_call(qtbot, ctx, shown, russian, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs import funding_call_form
    from cal_desktop.services import funding_calls
    from cal_desktop.services.funding_calls import CallInput

    form = _form(qtbot, ctx)
    _referred(form)
    form.referral.org_combo.setEditText("Соцзащита")
    form.referral.check_edit.setText(fmt_date(TODAY))
    row = form.save()
    call = funding_calls.create_call(ctx, CallInput("Гранты", "гранты", TODAY + timedelta(days=1)))
    opened: list[object] = []
    monkeypatch.setattr(funding_call_form, "edit_call", lambda c, parent, call_id: opened.append(("call", call_id)))
    panel = FollowUpsPanel(ctx)
    qtbot.addWidget(panel)
    panel.open_consultation.connect(lambda cid: opened.append(("consultation", cid)))
    panel.refresh()
    for i in range(panel.list.count()):
        panel._activated(panel.list.item(i))
    assert sorted(opened) == [("call", call.id), ("consultation", row.id)]
