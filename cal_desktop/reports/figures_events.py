"""The events and signatures figures of a period (issue 16, DOMAIN A3 additive keys), computed by the database:
``events.held`` (meetings and events that took place in the period), ``events.by_kind`` (the same by
kind, every kind present) and ``events.participants`` (the visitors named plus the head-count of the
unnamed); ``signatures.collected`` and ``signatures.campaigns_completed`` (services.events_signatures).
Only counts: no names leave the program with the report.

Kept apart from ``figures.py`` so that other additive keys grow beside it without touching it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, Select, String, column, func, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from cal_desktop.reports import merge_history
from cal_desktop.reports.model import zero_split
from cal_desktop.reports.period import Period

events = table(
    "events",
    column("id", Integer),
    column("kind", String),
    column("held_on", Date),
    column("unnamed_count", Integer),
)
event_participants = table("event_participants", column("event_id", Integer), column("visitor_id", Integer))
signature_campaigns = table(
    "signature_campaigns",
    column("id", Integer),
    column("initiative_id", Integer),
    column("completed_on", Date),
)
signature_sheets = table(
    "signature_sheets",
    column("campaign_id", Integer),
    column("returned_on", Date),
    column("valid_count", Integer),
)
TABLES = (events, event_participants, signature_campaigns, signature_sheets)


def event_figures(session: Session, period: Period) -> dict[str, Any]:
    e = events.c
    held_in = e.held_on.between(period.start, period.end)
    by_kind = zero_split("events.by_kind")
    unnamed = 0
    for kind, count, headcount in session.execute(
        select(e.kind, func.count(), func.coalesce(func.sum(e.unnamed_count), 0))
        .where(held_in)
        .group_by(e.kind)
    ):
        by_kind[str(kind)] = by_kind.get(str(kind), 0) + int(count)
        unnamed += int(headcount or 0)
    p = event_participants.c
    named = session.execute(
        select(func.count()).select_from(event_participants.join(events, e.id == p.event_id)).where(held_in)
    ).scalar()
    return {
        "events.held": sum(by_kind.values()),
        "events.by_kind": by_kind,
        # attendance deleted as a twin by a later merge of visitor records still counts (issue 15.5)
        "events.participants": int(named or 0) + unnamed + merge_history.deleted_twins(session, period, ["participant"]),
    }


def signature_figures(session: Session, period: Period) -> dict[str, int]:
    """``signatures.collected``: valid signatures on sheets returned in the period;
    ``signatures.campaigns_completed``: campaigns whose target was reached in it."""
    sheets, campaigns = signature_sheets.c, signature_campaigns.c
    collected = session.execute(
        select(func.coalesce(func.sum(sheets.valid_count), 0)).where(
            sheets.returned_on.between(period.start, period.end)
        )
    ).scalar()
    completed = session.execute(
        select(func.count()).where(campaigns.completed_on.between(period.start, period.end))
    ).scalar()
    return {
        "signatures.collected": int(collected or 0),
        "signatures.campaigns_completed": int(completed or 0),
    }


def drill_signatures(key: str, period: Period) -> Select[Any]:
    """The initiatives behind a signatures figure: sheets returned, or targets reached, in the period."""
    campaigns, sheets = signature_campaigns.c, signature_sheets.c
    if key == "signatures.collected":
        where = campaigns.id.in_(
            select(sheets.campaign_id).where(sheets.returned_on.between(period.start, period.end))
        )
    elif key == "signatures.campaigns_completed":
        where = campaigns.completed_on.between(period.start, period.end)
    else:
        raise KeyError(key)
    return select(campaigns.initiative_id).where(where).distinct().order_by(campaigns.initiative_id.desc())


def drill_events(key: str, period: Period, code: str | None = None) -> Select[Any]:
    """The ids behind an events figure (a kind for ``events.by_kind``), newest first."""
    if key not in ("events.held", "events.by_kind", "events.participants"):
        raise KeyError(key)
    e = events.c
    conditions: list[ColumnElement[bool]] = [e.held_on.between(period.start, period.end)]
    if key == "events.by_kind" and code is not None:
        conditions.append(e.kind == code)
    return select(e.id).where(*conditions).order_by(e.held_on.desc(), e.id.desc())
