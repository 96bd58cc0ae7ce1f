"""«Конкурсы и гранты» in the window (issue 21): the list, the call's card, the initiative's applications,
closing dates in the calendar and the referrals' tab of the report screen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cal_desktop.gui.dialogs import call_applications, funding_call_form
from cal_desktop.gui.dialogs.followups_calendar import FollowUpsCalendar
from cal_desktop.gui.formatting import fmt_date, to_qdate
from cal_desktop.services import funding_applications, initiatives, visitors
from cal_desktop.services import funding_calls as calls
from cal_desktop.services.funding_calls import CallFilter, CallInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()
LAST_MONTH = datetime.combine((TODAY.replace(day=1) - timedelta(days=1)).replace(day=10), time(10))  # shown first


def _call(ctx, title: str, days: int):  # type: ignore[no-untyped-def]
    return calls.create_call(ctx, CallInput(title=title, kind="grants", closes_on=TODAY + timedelta(days=days)))


def _table_texts(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def test_the_area_lists_open_calls_soonest_first_and_closed_on_request(window, ctx) -> None:  # type: ignore[no-untyped-def]
    _call(ctx, "Малые гранты", 20)
    _call(ctx, "Народный бюджет", 3)
    _call(ctx, "Прошлый конкурс", -5)
    view = window.show_area("funding_calls")
    view.reload()
    assert _table_texts(view) == [
        [fmt_date(TODAY + timedelta(days=3)), "3", "Народный бюджет"],
        [fmt_date(TODAY + timedelta(days=20)), "20", "Малые гранты"],
    ]
    assert view.count_label.text() == "Найдено: 2"
    view.closed.setChecked(True)
    assert _table_texts(view)[-1][1:] == ["закрыт", "Прошлый конкурс"]


def test_new_call_through_the_card_with_errors_in_one_round(window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("funding_calls")
    dialog = funding_call_form.FundingCallDialog(ctx, view, None)
    qtbot.addWidget(dialog)
    dialog.closes.setText("31.02.2027")
    dialog.save()
    assert dialog.errors.message("title") == "Обязательное поле"
    assert "31.02.2027" in dialog.errors.message("closes_on")
    dialog.title.setText("Конкурс ТОС")
    dialog.closes.setText(fmt_date(TODAY + timedelta(days=30)))
    dialog.opens.setText(fmt_date(TODAY + timedelta(days=40)))
    dialog.save()
    assert dialog.errors.message("opens_on") == "Позже окончания приёма"
    dialog.opens.setText(fmt_date(TODAY))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changed_anything
    [saved] = calls.list_calls(ctx, CallFilter()).items
    assert (saved.title, saved.opens_on) == ("Конкурс ТОС", TODAY)


def test_the_card_attaches_a_document(ctx, qtbot, tmp_path, monkeypatch, shown) -> None:  # type: ignore[no-untyped-def]
    call = _call(ctx, "Гранты", 10)
    rules = tmp_path / "Положение.pdf"
    rules.write_bytes(b"%PDF-1.4 rules")
    monkeypatch.setattr(funding_call_form, "choose_document", lambda parent: str(rules))
    dialog = funding_call_form.FundingCallDialog(ctx, None, call.id)
    qtbot.addWidget(dialog)
    dialog.attach()
    assert dialog.document_label.text() == "Положение.pdf" and dialog.open_button.isEnabled()
    assert calls.document(ctx, call.id) == ("Положение.pdf", b"%PDF-1.4 rules")
    assert not dialog.has_unsaved_work()


def test_apply_to_a_call_from_the_initiative(ctx, qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id
    call = _call(ctx, "Народный бюджет", 10)
    form = call_applications.ApplicationForm(ctx, None, idea)
    qtbot.addWidget(form)
    form.status.setCurrentIndex(form.status.findData("submitted"))
    form.save()
    assert form.errors.message("call_id") == "Выберите конкурс из списка"
    assert form.errors.message("submitted_on") == "Укажите дату подачи"
    form.call.setCurrentIndex(form.call.findData(call.id))
    form.submitted.setText(fmt_date(TODAY))
    form.documents.setPlainText("Заявка")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    [app] = funding_applications.of_initiative(ctx, idea)
    assert (app.call_title, app.status.value, app.documents) == ("Народный бюджет", "submitted", "Заявка")
    listing = call_applications.ApplicationsDialog(ctx, None, idea)
    qtbot.addWidget(listing)
    assert listing.list.count() == 1 and "Народный бюджет · подана" in listing.list.item(0).text()


def test_calendar_marks_the_closing_day(ctx, qtbot, russian) -> None:  # type: ignore[no-untyped-def]
    _call(ctx, "Малые гранты", 0)
    dialog = FollowUpsCalendar(ctx)
    qtbot.addWidget(dialog)
    dialog.month.setSelectedDate(to_qdate(TODAY))
    texts = [dialog.week.item(i).text() for i in range(dialog.week.count())]
    assert "    окончание приёма заявок: Малые гранты" in texts
    assert "Малые гранты" in dialog.month.dateTextFormat(to_qdate(TODAY)).toolTip()


def test_report_screen_shows_referrals_by_organisation(window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import consultations
    from cal_desktop.services.consultations import ConsultationInput
    from cal_desktop.services.referrals import ReferralInput

    consultations.create_consultation(ctx, ConsultationInput(
        channel="phone", topics=["info_search"], outcome="referred", occurred_at=LAST_MONTH,
        referral=ReferralInput(organisation_name="МФЦ", result="helped"),
    ))  # fmt: skip
    view = window.show_area("reports")
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.show_button.click()
    table = view.referrals.table
    assert view.left_tabs.tabText(2) == "Перенаправления"
    assert [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())] == [
        ["МФЦ", "1", "1"], ["Итого", "1", "1"],
    ]  # fmt: skip


def test_keys_enter_opens_delete_asks(window, ctx, qtbot, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.views import funding_calls as view_module

    call = _call(ctx, "Малые гранты", 20)
    view = window.show_area("funding_calls")
    view.reload()
    opened: list[int | None] = []
    monkeypatch.setattr(view_module.funding_call_form, "edit_call", lambda c, parent, cid: opened.append(cid) or True)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [call.id]
    assert view.current().id == call.id  # the list was read again after the card closed, same row current
    shown.answers = [-1]  # Esc on the question: nothing deleted
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert calls.list_calls(ctx).total == 1 and shown.destructive[-1]
    shown.answers = [0]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert calls.list_calls(ctx).total == 0 and view.count_label.text() == "Найдено: 0"


def test_esc_in_the_card_asks_before_losing_typed_text(ctx, qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    dialog = funding_call_form.FundingCallDialog(ctx, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Конкурс")
    shown.answers = [-1]
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert dialog.isVisible() and shown.destructive[-1]
    shown.answers = [0]
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and calls.list_calls(ctx).total == 0
