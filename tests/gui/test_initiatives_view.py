"""The initiatives screen: create from a consultation, add a supporter, move through the pipeline with
the history shown, a decline refused without a reason; the board by status."""

from __future__ import annotations

import pytest

from cal_desktop.domain.vocab import InitiativeStatus, MemberRole
from cal_desktop.gui.dialogs import initiative_form, initiative_member, initiative_status
from cal_desktop.gui.dialogs.initiative_common import cells
from cal_desktop.gui.dialogs.initiative_form import InitiativeFormDialog
from cal_desktop.gui.dialogs.initiative_member import AddMemberDialog
from cal_desktop.gui.dialogs.initiative_status import StatusChangeDialog
from cal_desktop.gui.views.initiatives import InitiativesView
from cal_desktop.services import consultations, initiatives, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def author(ctx):
    return visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79120000001")).id


@pytest.fixture
def view(qtbot, ctx):
    widget = InitiativesView(ctx)
    qtbot.addWidget(widget)
    return widget


def test_created_from_a_consultation_with_its_visitor_as_author(qtbot, ctx, view, author):
    row = consultations.create_consultation(
        ctx,
        ConsultationInput(
            "in_person", ["drafting"], "advised", summary="Нет освещения во дворе", visitor_id=author
        ),
    )
    dialog = InitiativeFormDialog(ctx, view, consultation_id=row.id)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Нет освещения во дворе"
    dialog.title_edit.setText("Освещение во дворе дома 5")
    assert dialog.submit()
    card = dialog.card
    view.refresh()
    assert view.model.total == 1
    view.card.show_card(card)
    assert cells(view.card.members)[0][:2] == ["Петрова Анна Сергеевна", "автор"]
    assert [r[1] for r in cells(view.card.consultations)] == ["Петрова Анна Сергеевна"]
    assert consultations.get_consultation(ctx, row.id).initiative_id == card.id


def test_new_initiative_needs_an_author_and_warns_about_principles(qtbot, ctx, view, author):
    dialog = InitiativeFormDialog(ctx, view)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Праздник двора")
    dialog.description.setPlainText("Просят денег на праздник и чтобы центр сам всё организовал")
    assert not dialog.reminder.isHidden()
    assert "не оказываем финансовую поддержку" in dialog.reminder.text()
    assert not dialog.submit()
    assert not dialog.error.isHidden()
    dialog.author_picker.set_visitor(author, "Петрова Анна Сергеевна")
    assert dialog.submit()
    assert initiatives.list_initiatives(ctx).total == 1


def test_supporter_pipeline_history_and_decline_without_reason(qtbot, ctx, view, author, monkeypatch):
    card = initiatives.create_initiative(
        ctx, initiatives.InitiativeInput("Скамейки у подъезда", "improvement"), author
    )
    view.refresh()
    view.table.selectRow(0)
    assert view.card.card is not None and view.card.card.id == card.id

    supporter = visitors.create_visitor(ctx, VisitorInput("Сидоров", "Павел")).id
    dialog = AddMemberDialog(ctx, card.id, view)
    qtbot.addWidget(dialog)
    dialog.choose_visitor(supporter)
    assert dialog.submit()
    monkeypatch.setattr(initiative_member, "add_member", lambda ctx_, parent, iid: dialog.member)
    view.card.add_member()
    assert ["Сидоров Павел", "сторонник/единомышленник"] in [r[:2] for r in cells(view.card.members)]

    for status in ("shaping", "gathering", "appealing", "implementing"):
        dialog = StatusChangeDialog(ctx, view.card.card, view)
        qtbot.addWidget(dialog)
        dialog.choose(status, comment=f"Переход: {status}")
        assert dialog.submit(), dialog.error.text()
        monkeypatch.setattr(initiative_status, "change_status", lambda c, p, k, d=dialog: d.card)
        view.card.change_status()
    history = cells(view.card.history)
    assert [r[2] for r in history] == [
        "идея",
        "проработка",
        "поиск сторонников и ресурсов",
        "обращение к властям",
        "реализация",
    ]
    assert history[-1][1] == "обращение к властям"
    assert history[-1][3] == "Иванова Мария Петровна"
    assert history[-1][5] == "Переход: implementing"

    decline = StatusChangeDialog(ctx, view.card.card, view)
    qtbot.addWidget(decline)
    decline.choose("declined", comment="Не наш профиль")
    assert not decline.reason.isHidden() and not decline.principles.isHidden()
    assert "Мы не реализуем инициативы за других" not in decline.principles.text()  # text touches nothing
    assert not decline.submit()
    assert "Причина отказа" in decline.error.text()
    assert initiatives.get_initiative(ctx, card.id).status == InitiativeStatus.IMPLEMENTING

    done = StatusChangeDialog(ctx, view.card.card, view)
    qtbot.addWidget(done)
    done.choose("done", comment="Готово")
    assert not done.submit() and "Результат" in done.error.text()
    done.choose("done", result="Скамейки установлены")
    assert done.submit()
    view.card.open(card.id)
    assert "★" in view.card.status.text()
    assert initiatives.get_initiative(ctx, card.id).members[1].role == MemberRole.SUPPORTER


def test_board_filters_and_card_sections(qtbot, ctx, view, author, monkeypatch):
    a = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
    b = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Дорога", "roads_transport"), author)
    initiatives.change_status(ctx, b.id, "paused", comment="зима")
    view.board_toggle.setChecked(True)
    assert view.board.titles(InitiativeStatus.IDEA) == [f"№{a.id} Клумба"]
    assert "(1)" in view.board.columns[InitiativeStatus.PAUSED][0].title()
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert view.board.titles(InitiativeStatus.IDEA) == []
    view.board_toggle.setChecked(False)
    assert view.model.total == 1
    view.status_filter.setCurrentIndex(0)
    view.search.setText("клумб")
    view.refresh()
    assert view.model.total == 1 and view.model.row(0).id == a.id

    view.open_initiative(a.id)
    view.card.resource_edit.setText("Саженцы")
    view.card.add_resource()
    assert cells(view.card.resources) == [["Саженцы", ""]]
    view.card.next_step.setText("Позвонить в управу")
    view.card.next_date_on.setChecked(True)
    view.card.save_next_step()
    assert initiatives.get_initiative(ctx, a.id).next_step == "Позвонить в управу"
    view.card.tabs.setCurrentWidget(view.card.suggestions_page)
    assert view.card.suggested_partners.rowCount() == 0

    view.search.clear()
    created = {}
    monkeypatch.setattr(
        initiative_form,
        "edit_initiative",
        lambda ctx_, parent, **kw: created.setdefault(
            "card", initiatives.create_initiative(ctx, initiatives.InitiativeInput("Новая", "other"), author)
        ),
    )
    view.new_initiative()
    assert view.model.total == 3
    assert view.card.card.title == "Новая"
