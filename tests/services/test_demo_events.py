"""The demo's meetings and events match its initiatives (issue 16) and read back through the services."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cal_desktop.db.models import (
    Event,
    EventInitiative,
    EventParticipant,
    Initiative,
    InitiativeStatusChange,
    SignatureCampaign,
)
from cal_desktop.domain.vocab import EventKind
from cal_desktop.services import events, initiatives
from cal_desktop.services import events_signatures as sig
from cal_desktop.services.demo import generate_demo
from cal_desktop.services.events_query import EventFilter, list_events
from cal_desktop.services.reports import monthly_report

ANCHOR = date(2026, 6, 15)


def test_demo_events_are_consistent_with_initiatives(ctx, db) -> None:  # type: ignore[no-untyped-def]
    summary = generate_demo(ctx, seed=7, visitors=300, months=6, today=ANCHOR)
    assert summary.events == list_events(ctx).total > 0
    with db.read() as s:
        reached: dict[int, dict[str, date]] = {}
        for iid, to, day in s.execute(
            select(
                InitiativeStatusChange.initiative_id,
                InitiativeStatusChange.to_status,
                InitiativeStatusChange.changed_on,
            )
        ):
            reached.setdefault(iid, {})[to] = day
        links = s.execute(select(EventInitiative.initiative_id, Event.kind, Event.held_on)
                          .join(Event, Event.id == EventInitiative.event_id)).all()  # fmt: skip
        created = dict(s.execute(select(Initiative.id, Initiative.created_on)).all())
        assert s.scalar(select(EventParticipant.visitor_id).limit(1)) is not None
    assert links
    for initiative_id, kind, held_on in links:
        assert held_on >= created[initiative_id]  # never before the initiative existed
        if kind == "residents_meeting":
            assert reached[initiative_id].keys() & {"gathering", "appealing", "implementing", "done"}
        if kind == "official_meeting":  # only once the authorities were asked
            assert held_on >= reached[initiative_id]["appealing"]
        if kind == "action":
            assert reached[initiative_id].keys() & {"implementing", "done"}
    kinds = {r.kind for r in list_events(ctx, limit=1000).items}
    assert {EventKind.TRAINING, EventKind.RESIDENTS_MEETING} <= kinds
    # a demo meeting opens like one recorded at the desk, and its initiative's history shows it
    meeting = list_events(ctx, EventFilter(kind="residents_meeting"), limit=1).items[0]
    card = events.get_event(ctx, meeting.id)
    assert card.participants and card.start_time is not None and card.initiatives
    assert meeting.id in {e.id for e in initiatives.get_initiative(ctx, card.initiatives[0].id).events}
    # signature collections of the initiatives that looked for supporters, with their sheets
    with db.read() as s:
        collecting = s.execute(select(SignatureCampaign.initiative_id, SignatureCampaign.completed_on)).all()
    assert collecting
    for initiative_id, completed_on in collecting:
        assert "gathering" in reached[initiative_id]
        campaign = sig.campaigns_of(ctx, initiative_id)[0]
        assert campaign.sheets and (campaign.collected >= campaign.target) == (completed_on is not None)
    # and the month's report counts them
    may = monthly_report(ctx, 2026, 5)
    assert (
        may.figures["events.held"]
        == list_events(ctx, EventFilter(date_from=date(2026, 5, 1), date_to=date(2026, 5, 31))).total
    )
