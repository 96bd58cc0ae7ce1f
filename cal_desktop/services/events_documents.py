"""Documents from a meeting (issue 16): the attendance sheet, and the values the minutes template
(``meeting_minutes``) takes from the record.

The attendance sheet lists the people recorded as present (name and address) and adds empty numbered
rows: the head-count of the unnamed plus ``SPARE_ROWS``, and never fewer than ``MIN_EMPTY_ROWS``, so a
sheet printed before the meeting has room for everyone.

``minutes_values`` gives the ``meeting_minutes`` template the record's date, time and place, the number
present (the people who came, not all the initiative's members), the agenda, the decisions, the chair,
the secretary and the elected representative (accusative), and the «attendance_table» rows (names only).
``minutes_preset`` hands them to the document editor as the staff member's starting values, so the
preview, printing, saving and filing all use them (gui/dialogs/event_documents.py opens it).

``write_announcement`` makes the notice-board announcement (documents/announcement.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cal_desktop.db.models import Event, Visitor
from cal_desktop.documents.announcement import Announcement, write_announcement_pdf
from cal_desktop.documents.attendance import AttendanceSheet, write_attendance_pdf
from cal_desktop.documents.declension import PersonName
from cal_desktop.domain.vocab import EventKind
from cal_desktop.errors import ValidationError
from cal_desktop.services import audit
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events import EventCard, _card, present_people
from cal_desktop.services.settings import get_settings

MIN_EMPTY_ROWS = 12
SPARE_ROWS = 5  # beyond the head-count: people who come late, or a count that was low

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
        empty_rows=max(MIN_EMPTY_ROWS, card.unnamed_count + SPARE_ROWS),
    )


def _write(path: str | os.PathLike[str], write: Any) -> Path:
    """``write(tmp)`` beside ``path`` first, then moved into place: never a half-written file."""
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def write_attendance(ctx: ServiceContext, event_id: int, path: str | os.PathLike[str]) -> Path:
    """The attendance sheet as a PDF at ``path``."""
    sheet = attendance_sheet(ctx, event_id)
    target = _write(path, lambda tmp: write_attendance_pdf(sheet, tmp))
    with ctx.db.session() as s:  # names and addresses leave the program on paper: recorded
        audit.record(s, ctx, "export", "event_attendance", event_id, people=len(sheet.people))
    return target


# what «состоится …» announces (nominative)
_ANNOUNCED = {
    EventKind.RESIDENTS_MEETING: "собрание жителей",
    EventKind.OFFICIAL_MEETING: "встреча с должностным лицом",
    EventKind.ACTION: "субботник (акция)",
    EventKind.TRAINING: "обучение",
    EventKind.NETWORK_EVENT: "мероприятие сети центров",
    EventKind.OTHER: "мероприятие",
}


def announcement(ctx: ServiceContext, event_id: int) -> Announcement:
    """The notice-board announcement of a meeting or event (no personal data: no names of residents)."""
    with ctx.db.read() as s:
        card = _card(s, get_or_404(s, Event, event_id, "Мероприятие"))
    st = get_settings(ctx)
    contact = ", ".join(x for x in (st.centre_name, st.address, f"тел. {st.phone}" if st.phone else "") if x)
    details = [f"Инициатива «{i.title}»" for i in card.initiatives]
    if card.territory:
        details.insert(0, f"Территория: {card.territory}")
    return Announcement(
        what=_ANNOUNCED[card.kind],
        held_on=card.held_on,
        start_time=card.start_time,
        place=card.place or "",
        subject=_agenda(card),
        details=details,
        contact=f"Организатор: {contact}" if contact else "",
    )


def write_announcement(ctx: ServiceContext, event_id: int, path: str | os.PathLike[str]) -> Path:
    """The announcement as a one-page A4 PDF at ``path``."""
    notice = announcement(ctx, event_id)
    return _write(path, lambda tmp: write_announcement_pdf(notice, tmp))


def _agenda(card: EventCard) -> str:
    """The first item of the agenda: the meeting's subject as «О …», or the initiative it was about."""
    title = (card.title or "").strip().rstrip(".")
    if title and title.split()[0].lower() in ("о", "об", "обо"):
        return title
    if title:
        return f"По вопросу «{title}»"
    return f"Об инициативе «{card.initiatives[0].title}»" if card.initiatives else ""


def _person(session: Session, visitor_id: int | None, present: set[int], role: str) -> PersonName | None:
    if visitor_id is None:
        return None
    if visitor_id not in present:
        raise ValidationError.single(role, _ROLE_LABELS[role], "выберите из присутствовавших")
    v = get_or_404(session, Visitor, visitor_id, "Посетитель")
    return PersonName(v.last_name, v.first_name, v.middle_name, v.gender)


_ROLE_LABELS = {"chair": "Председатель", "secretary": "Секретарь", "representative": "Представитель"}


def minutes_values(
    session: Session,
    event_id: int,
    roles: MinutesRoles | None = None,
) -> tuple[dict[str, str], dict[str, list[list[str]]]]:
    """(values, tables) of the meeting for the ``meeting_minutes`` template: the people present are
    counted (not the initiative's members), listed without their home addresses (152-FZ), and numbered
    rows follow for those not named; the chair, the secretary and the elected representative (in the
    accusative) are people who were present."""
    roles = roles or MinutesRoles()
    card = _card(session, get_or_404(session, Event, event_id, "Мероприятие"))
    people = present_people(session, event_id)
    present = {p.id for p in people}
    chair = _person(session, roles.chair_id, present, "chair")
    secretary = _person(session, roles.secretary_id, present, "secretary")
    representative = _person(session, roles.representative_id, present, "representative")
    values = {
        "meeting_date": _when(card),
        "meeting_place": card.place or "",
        "present_count": str(card.participants_total),
        "meeting_agenda": _agenda(card),
        "meeting_guests": (card.guests or "").strip().rstrip("."),
    }
    if (card.decisions or "").strip():
        values["meeting_decisions"] = card.decisions.strip()  # type: ignore[union-attr]
    for key, person in (("chair", chair), ("secretary", secretary)):
        if person is not None:
            values[f"{key}_full"] = person.full()
            values[f"{key}_short"] = person.short()
    if representative is not None:
        values["representative_acc"] = representative.full("acc")  # type: ignore[arg-type]  # «Прохорову …»
    rows = [[str(n), p.full_name, ""] for n, p in enumerate(people, 1)]
    rows += [[str(n), "", ""] for n in range(len(rows) + 1, card.participants_total + 1)]
    return values, {"attendance_table": rows}


@dataclass(frozen=True)
class MinutesRoles:
    """Who chaired, who kept the minutes, who was elected: visitors among those present (or unknown)."""

    chair_id: int | None = None
    secretary_id: int | None = None
    representative_id: int | None = None


@dataclass(frozen=True)
class MinutesPreset:
    """What the document editor opens the minutes with: the initiative (its title, territory, author)
    and the meeting's values, which the staff member may still correct."""

    initiative_id: int | None
    overrides: dict[str, Any]
    present: list[tuple[int, str]]  # (visitor id, name) of the people present, for choosing the roles


def minutes_preset(ctx: ServiceContext, event_id: int, roles: MinutesRoles | None = None) -> MinutesPreset:
    with ctx.db.read() as s:
        card = _card(s, get_or_404(s, Event, event_id, "Мероприятие"))
        values, tables = minutes_values(s, event_id, roles)
        present = [(p.id, p.full_name) for p in present_people(s, event_id)]
    initiative_id = card.initiatives[0].id if card.initiatives else None
    return MinutesPreset(initiative_id, {**values, **tables}, present)
