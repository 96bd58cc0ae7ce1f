"""The initiative card's History lists its applications to funding calls (issue 21.3) beside its status
changes, appeals and events; Enter on such a row opens the application."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog

from cal_desktop.gui.dialogs import call_applications
from cal_desktop.gui.dialogs.initiative_common import cells, select_id
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.views.initiative_card import InitiativeCardWidget
from cal_desktop.services import funding_applications, initiatives, visitors
from cal_desktop.services import funding_calls as calls
from cal_desktop.services.funding_applications import ApplicationInput
from cal_desktop.services.funding_calls import CallInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def test_applications_are_in_the_history_and_open_from_it(qtbot, ctx, monkeypatch, russian) -> None:  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id
    other = initiatives.create_initiative(ctx, InitiativeInput("Чужая", "благоустройство"), anna).id
    budget = calls.create_call(ctx, CallInput(title="Народный бюджет", kind="initiative_budgeting",
                                              closes_on=TODAY + timedelta(days=20)))  # fmt: skip
    grant = calls.create_call(ctx, CallInput(title="Грант мэра", kind="grants", closes_on=TODAY + timedelta(days=40)))
    submitted = funding_applications.save_application(
        ctx, ApplicationInput(budget.id, idea, status="supported", submitted_on=TODAY - timedelta(days=3),
                              result="выделено 450 000 руб.")
    )  # fmt: skip
    funding_applications.save_application(ctx, ApplicationInput(grant.id, idea))  # still being prepared
    funding_applications.save_application(ctx, ApplicationInput(grant.id, other))

    card = InitiativeCardWidget(ctx)
    qtbot.addWidget(card)
    card.open(idea)
    rows = [row for row in cells(card.history) if "конкурс" in row[1]]
    assert rows == [
        [fmt_date(TODAY - timedelta(days=3)), "Заявка на конкурс «Народный бюджет»: поддержана", "",
         "выделено 450 000 руб.", ""],
        [fmt_date(TODAY), "Заявка на конкурс «Грант мэра»: готовится", "", "", ""],
    ]  # fmt: skip

    opened: list[int | None] = []

    class Form:
        def __init__(self, ctx_, parent, initiative_id, app) -> None:  # type: ignore[no-untyped-def]
            assert initiative_id == idea
            opened.append(app.id if app is not None else None)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(call_applications, "ApplicationForm", Form)
    assert select_id(card.history, ("application", submitted.id))
    card.open_history_event()
    assert opened == [submitted.id]
