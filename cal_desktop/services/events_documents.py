"""Documents from a meeting (issue 16): the attendance sheet, and the values the minutes template
(``meeting_minutes``) takes from the record.

The attendance sheet lists the people recorded as present (name and address) and adds empty numbered
rows: as many as the head-count of the unnamed, and never fewer than ``MIN_EMPTY_ROWS``, so a sheet
printed before the meeting has room for everyone.

``minutes_values`` is the hook for the document context (services.document_context / documents.context,
owned elsewhere): the date, time and place of the meeting, the number present (the people who came,
not all the initiative's members), its decisions, and the «signature_table» rows of those present.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from cal_desktop.db.models import Event
from cal_desktop.documents.attendance import AttendanceSheet, write_attendance_pdf
from cal_desktop.domain.vocab import EventKind
from cal_desktop.services import audit
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events import EventCard, _card, present_people

MIN_EMPTY_ROWS = 12

_TITLES = {
    EventKind.RESIDENTS_MEETING: "собрания жителей",
    EventKind.OFFICIAL_MEETING: "встречи с должностным лицом",
    EventKind.ACTION: "субботника (акции)",
    EventKind.TRAINING: "обучения",
    EventKind.NETWORK_EVENT: "мероприятия сети",
    EventKind.OTHER: "мероприятия",
}


def _when(card: EventCard) -> str:
    return card.held_on.strftime("%d.%m.%Y") + (f" в {card.start_time:%H:%M}" if card.start_time else "")


def _present(session: Session, event_id: int) -> list[tuple[str, str]]:
    return [(p.full_name, p.address or "") for p in present_people(session, event_id)]


def attendance_sheet(ctx: ServiceContext, event_id: int) -> AttendanceSheet:
    with ctx.db.read() as s:
        card = _card(s, get_or_404(s, Event, event_id, "Мероприятие"))
        people = _present(s, event_id)
    lines = [f"Дата и время: {_when(card)}", f"Место: {card.place}" if card.place else ""]
    if card.title:
        lines.append(f"Тема: {card.title}")
    lines += [f"Инициатива: «{i.title}»" for i in card.initiatives]
    return AttendanceSheet(
        title=f"Лист регистрации участников {_TITLES[card.kind]}",
        lines=lines,
        people=people,
        empty_rows=max(MIN_EMPTY_ROWS, card.unnamed_count),
    )


def write_attendance(ctx: ServiceContext, event_id: int, path: str | os.PathLike[str]) -> Path:
    """The attendance sheet as a PDF at ``path`` (written beside it first, then moved into place)."""
    sheet = attendance_sheet(ctx, event_id)
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        write_attendance_pdf(sheet, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    with ctx.db.session() as s:  # names and addresses leave the program on paper: recorded
        audit.record(s, ctx, "export", "event_attendance", event_id, people=len(sheet.people))
    return target


def minutes_values(session: Session, event_id: int) -> tuple[dict[str, str], dict[str, list[list[str]]]]:
    """(values, tables) of the meeting for the ``meeting_minutes`` template."""
    card = _card(session, get_or_404(session, Event, event_id, "Мероприятие"))
    people = _present(session, event_id)
    values = {
        "meeting_date": _when(card),
        "meeting_place": card.place or "",
        "present_count": str(card.participants_total),
        "meeting_decisions": card.decisions or "",
        "meeting_guests": card.guests or "",
    }
    rows = [[str(n), name, address, ""] for n, (name, address) in enumerate(people, 1)]
    start = len(rows) + 1
    rows += [
        [str(n), "", "", ""] for n in range(start, start + max(0, card.participants_total - len(people)))
    ]
    return values, {"signature_table": rows}
