"""Issue 16.1 in the window: an event from the desk with the chosen visitor, follow-ups from an event's
decisions, and events in the calendar."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from cal_desktop.gui.dialogs.event_decisions import DecisionsDialog
from cal_desktop.gui.dialogs.event_form import EventDialog
from cal_desktop.gui.dialogs.followups_calendar import FollowUpsCalendar
from cal_desktop.gui.formatting import to_qdate
from cal_desktop.gui.views.desk import DeskView
from cal_desktop.services import events, events_followups, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def test_desk_opens_an_event_with_the_chosen_visitor_present(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    person = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна"))
    desk = DeskView(ctx)
    qtbot.addWidget(desk)
    desk.form.picker.set_visitor(person.id, "Петрова Анна")
    opened: list[EventDialog] = []

    def fake_exec(self: EventDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(EventDialog, "exec", fake_exec)
    desk.event_button.click()
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.current_input().participant_ids == (person.id,)
    assert desk.event_button.shortcut().toString() == "Ctrl+Shift+M"
    dialog.kind.setCurrentIndex(0)
    assert dialog.submit()
    assert [p.id for p in events.get_event(ctx, dialog.saved_id).participants] == [person.id]


def test_decisions_become_follow_ups_from_the_event_form(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    card = events.create_event(ctx, EventInput(kind="residents_meeting", held_on=TODAY,
                                               decisions="1. Собрать подписи\n2. Написать главе"))  # fmt: skip
    new = EventDialog(ctx)
    qtbot.addWidget(new)
    assert new.decisions_button.isHidden()  # only a saved event has decisions to follow up
    form = EventDialog(ctx, card.id)
    qtbot.addWidget(form)
    assert not form.decisions_button.isHidden()
    seen = []
    monkeypatch.setattr(
        "cal_desktop.gui.dialogs.event_decisions.open_decisions",
        lambda ctx_, parent, event_id, text: seen.append((event_id, text)) or 0,
    )
    form.decision_follow_ups()
    assert seen == [(card.id, "1. Собрать подписи\n2. Написать главе")]

    dialog = DecisionsDialog(ctx, card.id, "1. Собрать подписи\n2. Написать главе")
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Собрать подписи", "Написать главе"]
    dialog.accept()  # nothing ticked: refused, said in the dialog
    assert dialog.created == 0 and dialog.error.text()
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.created == 1
    made = events_followups.event_follow_ups(ctx, card.id)
    assert [(f.title, f.due_on) for f in made] == [("Написать главе", TODAY + timedelta(days=7))]
    again = DecisionsDialog(ctx, card.id, "")
    qtbot.addWidget(again)
    assert "Написать главе" in again.made.text()


def test_calendar_shows_the_events_of_the_week(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    events.create_event(ctx, EventInput(kind="action", held_on=TODAY, start_time=time(10, 0), title="Субботник",
                                        place="Сквер"))  # fmt: skip
    dialog = FollowUpsCalendar(ctx)
    qtbot.addWidget(dialog)
    dialog.who.setCurrentIndex(0)  # everyone
    dialog.month.setSelectedDate(to_qdate(TODAY))
    texts = [dialog.week.item(i).text() for i in range(dialog.week.count())]
    assert any("10:00" in t and "Субботник" in t and "Сквер" in t for t in texts)
    assert dialog.month.dateTextFormat(to_qdate(TODAY)).fontUnderline()
