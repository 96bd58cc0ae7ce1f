"""Issue 16.1: meetings and events in ``calendar export`` (parsed with icalendar), and follow-ups made
from an event's decisions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import icalendar
import pytest

from cal_desktop.cli import main
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import NotFound, ValidationError
from cal_desktop.services import events, events_followups, followups, initiatives, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.events_followups import DecisionTask
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def _events(ctx, make_ctx):  # type: ignore[no-untyped-def]
    kim = make_ctx(Role.STAFF, login="kim")
    person = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна"))
    card = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), person.id)
    meeting = events.create_event(
        ctx, EventInput(kind="residents_meeting", held_on=TODAY + timedelta(days=3), start_time=time(18, 30),
                        title="Сквер; подписи, сроки", place="ул. Ленина, 5", initiative_ids=[card.id],
                        organiser_id=kim.actor.staff_id),
    )  # fmt: skip
    action = events.create_event(ctx, EventInput(kind="action", held_on=TODAY + timedelta(days=10), title="Субботник"))
    old = events.create_event(ctx, EventInput(kind="training", held_on=TODAY - timedelta(days=60)))
    return kim, card, meeting, action, old


def _vevents(path) -> dict[str, icalendar.Event]:  # type: ignore[no-untyped-def]
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(c["UID"]): c for c in calendar.walk("VEVENT")}


def test_events_are_in_the_ics_export_with_their_time(ctx, make_ctx, db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    kim, _card, meeting, action, old = _events(ctx, make_ctx)
    target = tmp_path / "cal.ics"
    assert main(["--db", str(db_path), "calendar", "export", str(target)]) == 0
    assert "Записано напоминаний, мероприятий и сроков конкурсов" in capsys.readouterr().out
    found = _vevents(target)
    timed = found[f"event-{meeting.id}@cal-desktop"]
    start = timed.decoded("DTSTART")
    assert start.replace(tzinfo=None) == datetime.combine(meeting.held_on, time(18, 30))
    assert str(timed["DTSTART"].params["TZID"]) == "Europe/Moscow"
    assert str(timed["SUMMARY"]) == "Собрание жителей: Сквер; подписи, сроки"
    assert str(timed["LOCATION"]) == "ул. Ленина, 5"
    assert "Сквер у школы" in str(timed["DESCRIPTION"])
    whole_day = found[f"event-{action.id}@cal-desktop"]
    assert whole_day.decoded("DTSTART") == action.held_on
    assert f"event-{old.id}@cal-desktop" not in found  # two months ago: only with --from
    assert main(["--db", str(db_path), "calendar", "export", str(target), "--from",
                 str(TODAY - timedelta(days=90)), "--staff", "kim"]) == 0  # fmt: skip
    assert set(_vevents(target)) == {f"event-{meeting.id}@cal-desktop"}  # kim organises only the meeting


def test_decisions_become_follow_ups_of_the_event(ctx, make_ctx) -> None:  # type: ignore[no-untyped-def]
    kim, card, meeting, _action, _old = _events(ctx, make_ctx)
    assert events_followups.decision_lines("1. Собрать подписи\n\n2) Написать главе\n- Покрасить") == [
        "Собрать подписи", "Написать главе", "Покрасить",
    ]  # fmt: skip
    with pytest.raises(ValidationError, match="Решение 2: укажите срок"):
        events_followups.create_follow_ups(
            ctx, meeting.id, [DecisionTask("Собрать подписи", None, TODAY), DecisionTask("Написать главе", None, None)]
        )
    assert events_followups.event_follow_ups(ctx, meeting.id) == []  # nothing half-written
    ids = events_followups.create_follow_ups(
        ctx, meeting.id,
        [DecisionTask("Собрать подписи", kim.actor.staff_id, TODAY + timedelta(days=7)),
         DecisionTask("Написать главе", None, TODAY + timedelta(days=14))],
    )  # fmt: skip
    made = events_followups.event_follow_ups(ctx, meeting.id)
    assert [(f.id, f.kind, f.title, f.owner_id, f.initiative_id) for f in made] == [
        (ids[0], "event", "Собрать подписи", kim.actor.staff_id, card.id),
        (ids[1], "event", "Написать главе", ctx.actor.staff_id, card.id),
    ]
    assert [f.id for f in followups.between(kim, None, None, kim.actor.staff_id)] == [ids[0]]  # on kim's desk
    assert {f.id for f in followups.history(ctx, initiative_id=card.id)} >= set(ids)  # the initiative's history


def test_deleting_an_event_takes_its_open_decision_follow_ups(ctx, make_ctx) -> None:  # type: ignore[no-untyped-def]
    _kim, _card, meeting, _action, _old = _events(ctx, make_ctx)
    done, open_ = events_followups.create_follow_ups(
        ctx, meeting.id, [DecisionTask("Собрать подписи", None, TODAY), DecisionTask("Написать главе", None, TODAY)]
    )
    followups.mark_done(ctx, done)
    events.delete_event(ctx, meeting.id)
    assert [f.id for f in followups.between(ctx)] == []  # nothing left on a desk for a deleted event
    assert followups.get(ctx, done).done_at is not None  # what was done stays in the history
    with pytest.raises(NotFound):
        followups.get(ctx, open_)
