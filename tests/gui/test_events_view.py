"""«Мероприятия»: the list filters, the form saves people and a head-count, refuses bad input under the
form, asks before dropping typed work; the initiative card records an event and shows it in its history."""

from __future__ import annotations

from datetime import date, time, timedelta

import test_screen_fit
from PySide6.QtCore import Qt

from cal_desktop.gui.dialogs import event_form
from cal_desktop.gui.dialogs.event_form import EventDialog
from cal_desktop.gui.dialogs.initiative_common import cells, select_id
from cal_desktop.gui.views.events import EventsView
from cal_desktop.gui.views.initiatives import InitiativeCardWidget
from cal_desktop.services import events, initiatives, territories, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.events_query import list_events
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

# the demo base and the two screen sizes of the fit test (issue 11)
base = test_screen_fit.base
screen = test_screen_fit.screen


def _view(qtbot, ctx) -> EventsView:  # type: ignore[no-untyped-def]
    view = EventsView(ctx)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    return view


def _reload(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)


def test_list_filters_by_kind_territory_text_and_period(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    north = territories.create_territory(ctx, "Северный район")
    today = date.today()
    events.create_event(
        ctx,
        EventInput(
            "residents_meeting", today, time(18, 0), "Про площадку", territory_id=north, unnamed_count=7
        ),
    )
    events.create_event(ctx, EventInput("training", today - timedelta(days=60), title="Как писать письма"))
    view = _view(qtbot, ctx)
    assert view.model.total == 2
    assert view.count_label.text() == "Найдено: 2"
    assert view.model.data(view.model.index(0, 1)) == "собрание жителей"
    assert view.model.data(view.model.index(0, 5)) == "7"
    view.kind.setCurrentIndex(view.kind.findData("training"))
    _reload(qtbot, view)
    assert view.model.total == 1 and view.model.data(view.model.index(0, 2)) == "Как писать письма"
    view.kind.setCurrentIndex(0)
    view.territory.setCurrentIndex(view.territory.findData(north))
    _reload(qtbot, view)
    assert view.model.total == 1
    view.territory.setCurrentIndex(0)
    view.period.setCurrentIndex(view.period.findData("30days"))
    _reload(qtbot, view)
    assert view.model.total == 1
    view.text.setText("письма")
    _reload(qtbot, view)
    assert view.model.total == 0


def test_form_saves_people_headcount_and_initiative(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id
    dialog = EventDialog(ctx, None, initiative_id=idea)
    qtbot.addWidget(dialog)
    assert dialog.initiative_list.count() == 1  # opened from the initiative: already linked
    dialog.kind.setCurrentIndex(dialog.kind.findData("residents_meeting"))
    dialog.place.setText("Школа №5, актовый зал")
    dialog.add_person(anna, "Петрова Анна")
    dialog.unnamed.setValue(11)
    assert dialog.total.text() == "всего: 12 (поимённо 1)"
    dialog.decisions.setPlainText("Обратиться к главе района")
    assert dialog.submit()
    card = events.get_event(ctx, dialog.saved_id)
    assert card.participants_total == 12 and [i.id for i in card.initiatives] == [idea]
    assert card.place == "Школа №5, актовый зал"


def test_bad_input_is_shown_under_the_form_and_nothing_saved(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    dialog = EventDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title.setText("x" * 301)
    assert not dialog.submit()
    assert dialog.error.isVisibleTo(dialog)
    assert "Тема" in dialog.error.text()
    assert list_events(ctx).total == 0
    dialog.discard()


def test_cancel_with_typed_work_asks_and_keeps_it(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    dialog = EventDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place.setText("Двор на Ленина, 5")
    shown.answers.append(-1)  # Cancel in the question: the form stays
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert shown.destructive == [True]
    shown.answers.append(0)  # «Отменить изменения»
    dialog.reject()
    assert not dialog.isVisible()


def test_initiative_card_records_an_event_and_shows_it_in_history(qtbot, ctx, monkeypatch, russian):  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id

    def record(ctx_, parent, event_id=None, initiative_id=None):  # type: ignore[no-untyped-def]
        assert initiative_id == idea and event_id is None
        events.create_event(
            ctx_,
            EventInput(
                "residents_meeting",
                date(2026, 3, 1),
                title="Сбор идей",
                unnamed_count=29,
                initiative_ids=(idea,),
            ),
        )
        return True

    monkeypatch.setattr(event_form, "edit_event", record)
    card = InitiativeCardWidget(ctx)
    qtbot.addWidget(card)
    card.open(idea)
    card.findChild(type(card.status_button), "initiativeNewEvent").click()
    rows = cells(card.history)
    assert any("собрание жителей: Сбор идей (участников: 29)" in row[1] for row in rows), rows
    opened = []
    monkeypatch.setattr(
        event_form, "edit_event", lambda c, p, event_id=None, initiative_id=None: opened.append(event_id)
    )
    event_id = list_events(ctx).items[0].id
    assert select_id(card.history, ("event", event_id))
    card.open_history_event()
    assert opened == [event_id]


def test_the_list_and_the_form_fit_small_screens(base, screen, qtbot, shown):  # type: ignore[no-untyped-def]
    """1024×768 and 1366×768: every button and input of the list and of a filled form is whole."""
    from test_screen_fit import open_window, problems, settle

    window = open_window(base, qtbot, screen)
    view = window.show_area("events")
    assert isinstance(view, EventsView)
    settle()
    found = [f"list: {p}" for p in problems(window, screen)]
    people = visitors.search_visitors(base, "а", 3)
    dialog = EventDialog(base)
    qtbot.addWidget(dialog)
    for person in people:
        dialog.add_person(person.id, person.full_name)
    dialog.title.setText("x" * 301)
    dialog.submit()  # refused: the error line is shown too
    dialog.show()
    settle()
    found += [f"form: {p}" for p in problems(dialog, screen)]
    dialog.discard()
    from cal_desktop.gui.dialogs.signatures import SignaturesDialog

    idea = initiatives.list_initiatives(base, limit=1).items[0].id
    for started in (False, True):
        signatures = SignaturesDialog(base, idea)
        qtbot.addWidget(signatures)
        if started:
            signatures.start_campaign()
        signatures.show()
        settle()
        found += [f"signatures: {p}" for p in problems(signatures, screen)]
        signatures.close()
    assert not found, "\n".join(found)


def test_signatures_dialog_starts_a_collection_records_sheets_and_the_card_shows_progress(
    qtbot, ctx, russian
):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.signatures import SignaturesDialog

    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id
    dialog = SignaturesDialog(ctx, idea)
    qtbot.addWidget(dialog)
    assert dialog.start_box.isVisibleTo(dialog) and not dialog.sheets_box.isVisibleTo(dialog)
    dialog.target.setValue(300)
    dialog.starts.setDate(dialog.starts.date().addDays(-10))
    assert dialog.start_campaign()
    assert dialog.sheets_box.isVisibleTo(dialog)
    dialog.valid.setValue(100)
    dialog.invalid.setValue(3)
    assert not dialog.add_sheet()  # invalid signatures need their reason
    assert "Причина" in dialog.error.text()
    dialog.reason.setText("нет даты рождения")
    assert dialog.add_sheet()
    dialog.valid.setValue(20)
    assert dialog.add_sheet()
    assert dialog.number.value() == 3  # the next sheet's number is offered
    assert dialog.progress_label.text() == "Собрано: 120 из 300 (40%)"
    assert dialog.progress.value() == 120
    card = InitiativeCardWidget(ctx)
    qtbot.addWidget(card)
    card.open(idea)
    assert card.values["signatures"].text() == "120 из 300 (40%)"


def test_the_form_saves_the_attendance_sheet(qtbot, ctx, tmp_path, russian):  # type: ignore[no-untyped-def]
    saved = events.create_event(ctx, EventInput("residents_meeting", date(2026, 3, 1), unnamed_count=5))
    dialog = EventDialog(ctx, saved.id)
    qtbot.addWidget(dialog)
    assert dialog.attendance_button.isVisibleTo(dialog)
    assert dialog.save_attendance(str(tmp_path / "лист.pdf"))
    assert (tmp_path / "лист.pdf").read_bytes().startswith(b"%PDF")
    assert not dialog.save_attendance(str(tmp_path / "нет" / "лист.pdf"))  # a folder that is not there
    assert dialog.error.isVisibleTo(dialog)
    new = EventDialog(ctx)
    qtbot.addWidget(new)
    assert not new.attendance_button.isVisibleTo(new)  # only for a saved meeting
    assert not new.delete_button.isVisibleTo(new)
