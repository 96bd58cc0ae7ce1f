"""The 59-FZ answer clock of an appeal (DOMAIN A2) and the recomputation of stored due dates.

Below the appeals, calendar and settings services: registering an appeal computes its due date here,
and a change of the calendar overrides or of the delivery days recomputes the stored ones from here,
so that neither calendar nor settings import the appeals service (no import cycle).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Appeal, CalendarOverride
from cal_desktop.domain.calendar import WorkingCalendar
from cal_desktop.domain.deadlines import Clock, ClockFacts, compute_clock
from cal_desktop.services import followups_sync
from cal_desktop.services.settings_store import _get_settings
from cal_desktop.settings import CentreSettings


def _working_calendar(session: Session) -> WorkingCalendar:
    """The calendar with this database's overrides (a small table, read whole)."""
    rows = session.execute(select(CalendarOverride.day, CalendarOverride.is_day_off)).all()
    return WorkingCalendar({r.day: bool(r.is_day_off) for r in rows})


# ------------------------------------------------------------------------------------ the clock


def _facts(a: Appeal) -> ClockFacts:
    return ClockFacts(
        sent_date=a.sent_date,
        channel=a.channel,
        registration_date=a.registration_date,
        extended=bool(a.extended),
        extended_until=a.extended_until,
        forwarded_date=a.forwarded_date,
        answer_date=a.answer_date,
    )


def _clock(a: Appeal, cal: WorkingCalendar, settings: CentreSettings) -> Clock:
    return compute_clock(_facts(a), cal, settings.post_delivery_days)


_RULES_KEY = "cal_desktop.appeals.rules"


def _rules(session: Session, fresh: bool = False) -> tuple[WorkingCalendar, CentreSettings]:
    """The calendar and settings the rule reads, cached for this unit of work: an import registers
    thousands of appeals in one session, and both are re-read only when ``fresh`` (after a change)."""
    cached = session.info.get(_RULES_KEY)
    if cached is None or fresh:
        cached = (_working_calendar(session), _get_settings(session))
        session.info[_RULES_KEY] = cached
    return cached  # type: ignore[no-any-return]


def _refresh_due(session: Session, a: Appeal) -> Clock:
    clock = _clock(a, *_rules(session))
    a.due_date = clock.due_date
    followups_sync.track_appeal(session, a)  # the reminder follows the due date and closes with the answer
    return clock


def recompute_due_dates(session: Session, since: date | None = None) -> int:
    """Recompute stored due dates (after the calendar overrides or the delivery days changed).

    ``since``: only appeals whose stored due date is on or after it; a change of the calendar on day X
    can only move due dates that are X or later (a due date before X never rolled over X). Returns the
    number of appeals whose due date changed.
    """
    cal, settings = _rules(session, fresh=True)
    stmt = select(Appeal).order_by(Appeal.id)
    if since is not None:
        stmt = stmt.where(or_(Appeal.due_date >= since, Appeal.due_date.is_(None)))
    changed = 0
    last_id = 0
    while True:  # in batches, so that a big register is never loaded whole
        batch = list(session.scalars(stmt.where(Appeal.id > last_id).limit(500)))
        if not batch:
            break
        for a in batch:
            due = _clock(a, cal, settings).due_date
            if a.due_date != due:
                a.due_date = due
                followups_sync.track_appeal(session, a)
                changed += 1
        last_id = batch[-1].id
        session.flush()
    return changed
