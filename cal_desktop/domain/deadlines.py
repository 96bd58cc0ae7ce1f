"""The 59-FZ answer clock as seen from the citizen's side (DOMAIN.md A2). Pure functions.

Rule, in the order it is applied:
1. Registration date ``R``: the authority's reported registration date when known; otherwise estimated
   as ``sent_date + delivery_days(channel) + 3`` (delivery is 0 days for e-mail, portal and in person,
   the ``post_delivery_days`` setting for post; 3 days is the legal registration term, art. 8 p.2).
2. Forwarding (art. 8 p.3): when the first body forwards the appeal to another, the clock restarts from
   the NEW body's registration. The register then keeps only the new body's registration in
   ``registration_date`` (the first body's registration stays in the event timeline); when the new body's
   registration is not known yet it is estimated as ``forwarded_date + 3`` (the forwarding date is when
   the first body sent it on; bodies exchange electronically, so no delivery days are added).
   An extension recorded before the forwarding belonged to the first body and no longer counts.
3. Due date ``D = R + 30`` calendar days; after an extension ``D = R + 60`` unless the notice names
   another date, which then wins.
4. A ``D`` on a non-working day (weekend, holiday, decree day off, or a day off in the override table)
   rolls forward to the next working day (Civil Code art. 193 by analogy). A named extension date rolls
   the same way.
5. State as of a date: ``answered`` / ``answered_late`` once an answer dated up to that date exists
   (late when the answer date is after ``D``); otherwise ``overdue`` when the date is after ``D``,
   ``due_soon`` when ``D`` is at most ``due_soon_days`` days ahead (``D`` itself included), else
   ``waiting``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from cal_desktop.domain.calendar import WorkingCalendar
from cal_desktop.domain.vocab import AppealChannel, AppealState

REGISTRATION_DAYS = 3  # art. 8 p.2: registered within 3 days of receipt
ANSWER_DAYS = 30  # art. 12 p.1
EXTENSION_DAYS = 30  # art. 12 p.2: once, by up to 30 more days
DEFAULT_POST_DAYS = 7
DEFAULT_DUE_SOON_DAYS = 5


def delivery_days(channel: AppealChannel | str, post_days: int = DEFAULT_POST_DAYS) -> int:
    """Days a letter takes to reach the authority: ``post_days`` by post, 0 otherwise."""
    return post_days if AppealChannel(channel) is AppealChannel.POST else 0


def estimated_registration(
    sent_date: date, channel: AppealChannel | str, post_days: int = DEFAULT_POST_DAYS
) -> date:
    return sent_date + timedelta(days=delivery_days(channel, post_days) + REGISTRATION_DAYS)


@dataclass(frozen=True)
class ClockFacts:
    """What the rule needs to know about one appeal (all local dates)."""

    sent_date: date
    channel: AppealChannel | str
    registration_date: date | None = None  # the (current) body's reported registration
    extended: bool = False
    extended_until: date | None = None  # the date named in the extension notice
    forwarded_date: date | None = None  # set: the clock restarted at the new body
    answer_date: date | None = None


@dataclass(frozen=True)
class Clock:
    """The result of the rule: registration used, whether it is an estimate, and the due date."""

    registration_date: date
    registration_estimated: bool
    due_date: date


def registration(facts: ClockFacts, post_days: int = DEFAULT_POST_DAYS) -> tuple[date, bool]:
    """(R, estimated?) for these facts."""
    if facts.registration_date is not None:
        return facts.registration_date, False
    if facts.forwarded_date is not None:
        return facts.forwarded_date + timedelta(days=REGISTRATION_DAYS), True
    return estimated_registration(facts.sent_date, facts.channel, post_days), True


def unrolled_due(reg_date: date, extended: bool = False, extended_until: date | None = None) -> date:
    """``D`` before rolling over days off."""
    if extended_until is not None:
        return extended_until
    days = ANSWER_DAYS + (EXTENSION_DAYS if extended else 0)
    return reg_date + timedelta(days=days)


def compute_clock(facts: ClockFacts, calendar: WorkingCalendar, post_days: int = DEFAULT_POST_DAYS) -> Clock:
    reg_date, estimated = registration(facts, post_days)
    extended = facts.extended or facts.extended_until is not None
    due = calendar.next_working_day(unrolled_due(reg_date, extended, facts.extended_until))
    return Clock(reg_date, estimated, due)


def due_date(facts: ClockFacts, calendar: WorkingCalendar, post_days: int = DEFAULT_POST_DAYS) -> date:
    return compute_clock(facts, calendar, post_days).due_date


def state(
    due: date,
    answer_date: date | None,
    as_of: date,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> AppealState:
    """The appeal's state on ``as_of`` (an answer dated after ``as_of`` had not arrived yet then)."""
    if answer_date is not None and answer_date <= as_of:
        return AppealState.ANSWERED if answer_date <= due else AppealState.ANSWERED_LATE
    if as_of > due:
        return AppealState.OVERDUE
    if (due - as_of).days <= due_soon_days:
        return AppealState.DUE_SOON
    return AppealState.WAITING
