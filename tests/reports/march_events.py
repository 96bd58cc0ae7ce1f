"""Meetings and events of the hand-built March 2026 (issue 16), on the month's edges; their figures are
EXPECTED_EVENTS (merged into ``march_data.EXPECTED_MARCH``)."""

from __future__ import annotations

from datetime import date

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Event, EventParticipant

EXPECTED_EVENTS = {
    "events.held": 2,
    "events.by_kind": {
        "residents_meeting": 1,
        "official_meeting": 0,
        "action": 1,
        "training": 0,
        "network_event": 0,
        "other": 0,
    },
    "events.participants": 37,  # 2 named + 10 unnamed at the meeting, 25 at the action
    "signatures.collected": 0,
    "signatures.campaigns_completed": 0,
}


def add_events(db: Database, visitor_ids: list[int]) -> None:
    with db.session() as s:
        for kind, day, named, unnamed in (
            ("residents_meeting", date(2026, 3, 1), visitor_ids[:2], 10),  # the month's first day
            ("action", date(2026, 3, 31), [], 25),  # its last day
            ("training", date(2026, 2, 28), visitor_ids[:1], 5),  # the day before: not counted
            ("official_meeting", date(2026, 4, 1), [], 3),  # the day after: not counted
        ):
            event = Event(kind=kind, held_on=day, unnamed_count=unnamed, search_text="")
            s.add(event)
            s.flush()
            s.add_all(EventParticipant(event_id=event.id, visitor_id=v) for v in named)
