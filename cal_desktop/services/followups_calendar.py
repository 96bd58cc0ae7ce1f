"""Follow-ups outside the program: an iCalendar file for a phone or Outlook, and the day's call list.

``ics_text`` writes RFC 5545 by hand (no run-time dependency): one all-day VEVENT per follow-up (phones
show events, many ignore VTODO), a UID made of the follow-up's id so that a second import updates the
first instead of doubling it, a reminder at 09:00 on the day, CRLF line ends, lines folded at 75 octets
without splitting a character, and text escaped. Dates are whole days in the centre's time zone,
Europe/Moscow (a VTIMEZONE is included for programs that want one). An appeal's follow-up carries the
appeal's legal due date; its description repeats it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from cal_desktop.documents.letter import Letter, Paragraph, Table
from cal_desktop.domain import clock
from cal_desktop.domain import text as textnorm
from cal_desktop.errors import NotFound
from cal_desktop.services import audit, events_calendar, followups, staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events_query import EventRow
from cal_desktop.services.files import save_bytes, write_atomic
from cal_desktop.services.followups import FollowUpItem
from cal_desktop.services.ics_lines import PRODID, TZID, UID_HOST, escape, fold  # noqa: F401 (names callers use)
from cal_desktop.services.settings import get_settings


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def _event(f: FollowUpItem, stamp: str) -> list[str]:
    who = ", ".join(x for x in (f.visitor_name, textnorm.format_phone(f.visitor_phone) if f.visitor_phone else None) if x)
    summary = f"{followups.KINDS.get(f.kind, f.kind).capitalize()}: {f.detail or f.title}"
    if f.visitor_name:
        summary += f" — {f.visitor_name}"
    description = [f.title]
    if who:
        description.append(f"Кому позвонить: {who}")
    if f.owner_name:
        description.append(f"Ответственный: {f.owner_name}")
    return [
        "BEGIN:VEVENT",
        f"UID:followup-{f.id}@{UID_HOST}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(f.due_on)}",
        f"DTEND;VALUE=DATE:{_day(f.due_on + timedelta(days=1))}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(chr(10).join(description))}",
        f"CATEGORIES:{escape(followups.KINDS.get(f.kind, f.kind))}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape(summary)}",
        "TRIGGER;RELATED=START:PT9H",
        "END:VALARM",
        "END:VEVENT",
    ]


def ics_text(
    items: list[FollowUpItem],
    calendar_name: str,
    events: Sequence[EventRow] = (),
    extra: list[list[str]] | None = None,
) -> str:
    """``extra``: more VEVENTs (funding calls' closing dates, issue 21), written after the follow-ups."""
    stamp = clock.utcnow().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(calendar_name)}",
        f"X-WR-TIMEZONE:{TZID}",
        "BEGIN:VTIMEZONE",
        f"TZID:{TZID}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "TZNAME:MSK",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for f in items:
        lines.extend(_event(f, stamp))
    for e in events:  # meetings and events (issue 16.1)
        lines.extend(events_calendar.vevent(e, stamp, TZID, escape))
    for event in extra or []:
        lines.extend(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def staff_id_by_login(ctx: ServiceContext, login: str) -> int:
    for person in staff.list_staff(ctx, active_only=False):
        if person.login.lower() == login.strip().lower():
            return person.id
    raise NotFound(f"Сотрудник с логином «{login}» не найден.")


def export_ics(
    ctx: ServiceContext,
    target: str | Path,
    date_from: date | None = None,
    date_to: date | None = None,
    staff_id: int | None = None,
) -> int:
    """Write the open follow-ups and the events of a period (of one staff member: owned or organised)
    to ``target``; returns how many items were written."""
    items = followups.between(ctx, date_from, date_to, staff_id)
    events = events_calendar.events_between(ctx, date_from, date_to, staff_id)
    name = f"Напоминания — {get_settings(ctx).centre_name}"
    calls = _funding_call_events(ctx, date_from, date_to)
    body = ics_text(items, name, events, calls).encode("utf-8")
    write_atomic(target, lambda tmp: tmp.write_bytes(body))
    with ctx.db.session() as s:
        audit.record(
            s, ctx, "export", "calendar", None,
            items=len(items), events=len(events), calls=len(calls), staff_id=staff_id,
        )  # fmt: skip
    return len(items) + len(events) + len(calls)


def _funding_call_events(ctx: ServiceContext, date_from: date | None, date_to: date | None) -> list[list[str]]:
    """Funding calls' closing dates (issue 21): the centre's deadlines, whoever's calendar it is."""
    from cal_desktop.services.funding_calls_calendar import call_events  # noqa: PLC0415

    return call_events(ctx, date_from, date_to, clock.utcnow().strftime("%Y%m%dT%H%M%SZ"))


# --------------------------------------------------------------------------------------- call list


def call_list(ctx: ServiceContext, day: date | None = None, staff_id: int | None = None) -> list[FollowUpItem]:
    """Today's follow-ups (and the overdue ones) that have someone to call: the call list's rows."""
    day = day or clock.today()
    items = [f for f in followups.between(ctx, None, day, staff_id) if f.visitor_phone]
    items.sort(key=lambda f: (f.due_on != day, -f.due_on.toordinal(), f.id))  # today's, then the latest missed
    return items


def call_list_pdf(ctx: ServiceContext, day: date | None = None, staff_id: int | None = None) -> bytes:
    """«Список звонков на сегодня»: whom to call back, the number, what about, since when."""
    day = day or clock.today()
    rows = [
        [
            str(n),
            f.visitor_name or "",
            textnorm.format_phone(f.visitor_phone),
            f"{followups.KINDS.get(f.kind, f.kind)}: {f.detail or f.title}",
            f.due_on.strftime("%d.%m.%Y") + (" (просрочено)" if f.due_on < day else ""),
            f.owner_name or "",
            "",
        ]
        for n, f in enumerate(call_list(ctx, day, staff_id), start=1)
    ]
    whose = ""
    if staff_id is not None:
        whose = f" — {staff.get_staff(ctx, staff_id).display_name}"
    body = [
        Paragraph(f"На {day.strftime('%d.%m.%Y')}{whose}. Отметка — итог звонка.", "plain"),
        Table(["№", "Кому", "Телефон", "О чём", "Срок", "Ответственный", "Отметка"], rows,
              widths=[0.6, 3, 2.4, 5, 1.8, 2.4, 2], font_size=9)
        if rows else Paragraph("Звонить сегодня некому.", "plain"),
    ]  # fmt: skip
    settings = get_settings(ctx)
    letter = Letter(
        title="СПИСОК ЗВОНКОВ НА СЕГОДНЯ", sender=[settings.centre_name], body=body, font_size=11,
        margins_mm=(15, 15, 10, 15), document_title=f"Список звонков на {day.strftime('%d.%m.%Y')}",
    )  # fmt: skip
    from cal_desktop.documents.render_pdf import render_pdf  # reportlab (0.2 s): not at the desk's start

    return render_pdf(letter)


def save_call_list(ctx: ServiceContext, target: str | Path, day: date | None = None, staff_id: int | None = None) -> Path:
    data = call_list_pdf(ctx, day, staff_id)
    with ctx.db.session() as s:  # a list of names and phone numbers leaves the program: logged
        audit.record(s, ctx, "export", "call_list", None, staff_id=staff_id)
    return save_bytes(target, data)
