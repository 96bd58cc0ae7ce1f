"""Funding calls' closing dates in the calendar file (issue 21): one all-day VEVENT per call closing in
the period, with a reminder at 09:00 three days before and on the day. Its UID is made of the call's id, so
that a second import moves the event when the closing date changes instead of doubling it."""

from __future__ import annotations

from datetime import date, timedelta

from cal_desktop.services import funding_calls
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.funding_calls import CallItem
from cal_desktop.services.ics_lines import UID_HOST, escape

CATEGORY = "Срок конкурса"


def summary(call: CallItem) -> str:
    return f"Окончание приёма заявок: {call.title}"


def call_events(ctx: ServiceContext, date_from: date | None, date_to: date | None, stamp: str) -> list[list[str]]:
    """The VEVENT lines (unescaped values go through the calendar's ``escape``)."""
    events = []
    for call in funding_calls.closing_between(ctx, date_from, date_to):
        description = [f"{call.kind.label.capitalize()}", f"Приём заявок до {call.closes_on:%d.%m.%Y}"]
        if call.organiser:
            description.append(f"Организатор: {call.organiser}")
        if call.territory:
            description.append(f"Территория: {call.territory}")
        if call.link:
            description.append(f"Ссылка: {call.link}")
        alarm = [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(summary(call))}",
            "TRIGGER;RELATED=START:-P2DT15H",  # 09:00 three days before
            "END:VALARM",
        ]
        events.append(
            [
                "BEGIN:VEVENT",
                f"UID:funding-call-{call.id}@{UID_HOST}",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{call.closes_on:%Y%m%d}",
                f"DTEND;VALUE=DATE:{call.closes_on + timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{escape(summary(call))}",
                f"DESCRIPTION:{escape(chr(10).join(description))}",
                f"CATEGORIES:{escape(CATEGORY)}",
                "TRANSP:TRANSPARENT",
                *alarm,
                "END:VEVENT",
            ]
        )
    return events
