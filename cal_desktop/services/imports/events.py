"""Import of meetings and events (issue 16, DOMAIN A4 «Events»), the «events» kind of ``services.imports``;
their export is services/events_io.py.

Columns: Дата (required) · Время · Вид · Место · Территория · Инициатива · Организатор · Участников ·
Решения. «Вид» is a code or a Russian label (empty: «другое», with a warning). «Инициатива» must name an
initiative already in the database (several separated by «;»); an unknown one rejects the row.
«Организатор» is a staff login or display name (empty: the person importing). «Участников» is the
head-count of people not named (the file names nobody). A row with the same date, time, kind, place and
initiatives as an event already in the database (or earlier in the file) is skipped, so the same file can
be loaded again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Event, EventInitiative, Initiative, Staff
from cal_desktop.domain import text
from cal_desktop.domain.vocab import EventKind
from cal_desktop.errors import ValidationError
from cal_desktop.services import events as event_service
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events import EventInput
from cal_desktop.services.imports.base import ImportResult, Problems, Ticker, multiline_of, text_of
from cal_desktop.services.imports.people import TerritoryCache
from cal_desktop.services.tabular import Column, Table, cell_date

EVENT_COLUMNS = (
    Column("date", "Дата", required=True),
    Column("time", "Время"),
    Column("kind", "Вид"),
    Column("place", "Место"),
    Column("territory", "Территория"),
    Column("initiative", "Инициатива"),
    Column("organiser", "Организатор"),
    Column("participants", "Участников"),
    Column("decisions", "Решения"),
)
_FIELDS = {
    "kind": "kind",
    "held_on": "date",
    "place": "place",
    "unnamed_count": "participants",
    "decisions": "decisions",
    "organiser_id": "organiser",
    "initiative_ids": "initiative",
}

Key = tuple[date, time | None, str, str, tuple[int, ...]]


@dataclass(frozen=True)
class _Row:
    row: int
    data: EventInput
    territory: str | None
    key: Key


def cell_time(value: Any) -> time | None:
    """A time from a time cell or text ``ЧЧ:ММ``; None when empty; ValueError in Russian otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    raw = str(value).strip()
    try:
        hours, minutes = raw.replace(".", ":").split(":")[:2]
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"неверное время «{raw}» (нужно ЧЧ:ММ)") from None


def _key(data: EventInput, initiative_ids: tuple[int, ...]) -> Key:
    assert data.held_on is not None
    return (data.held_on, data.start_time, str(data.kind), text.normalize(data.place), initiative_ids)


class _Lookups:
    """Initiatives by normalised title and staff by login or display name, read once per file."""

    def __init__(self, session: Session) -> None:
        self.initiatives: dict[str, list[int]] = {}
        for iid, title in session.execute(select(Initiative.id, Initiative.title)):
            self.initiatives.setdefault(text.normalize(title), []).append(iid)
        self.staff: dict[str, int] = {}
        for sid, login, name in session.execute(select(Staff.id, Staff.login, Staff.display_name)):
            self.staff.setdefault(text.normalize(name), sid)
            self.staff[text.normalize(login)] = sid

    def initiative_ids(self, raw: str | None, problems: Problems, row: int) -> tuple[int, ...]:
        if not raw:
            return ()
        whole = self.initiatives.get(text.normalize(raw))
        titles = [raw] if whole else [t for t in raw.split(";") if t.strip()]
        found: list[int] = []
        for title in titles:
            ids = self.initiatives.get(text.normalize(title), [])
            if len(ids) == 1:
                found.append(ids[0])
            elif not ids:
                problems.add(row, "initiative", f"инициатива «{title.strip()}» не найдена в базе")
            else:
                problems.add(
                    row, "initiative", f"в базе {len(ids)} инициативы «{title.strip()}»: уточните название"
                )
        return tuple(sorted(set(found)))


class EventImport:
    kind = "events"
    columns: tuple[Column, ...] = EVENT_COLUMNS

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]:
        lookups = _Lookups(session)
        no_kind = 0
        parsed: list[_Row] = []
        for row, rec in table.each():
            before = len(problems.items)
            held_on = start = None
            date_bad = False
            try:
                held_on = cell_date(rec.get("date"))
            except ValueError as exc:
                problems.add(row, "date", str(exc))
                date_bad = True
            try:
                start = cell_time(rec.get("time"))
            except ValueError as exc:
                problems.add(row, "time", str(exc))
            kind = text_of(rec, "kind")
            no_kind += not kind
            organiser = text_of(rec, "organiser")
            organiser_id = lookups.staff.get(text.normalize(organiser)) if organiser else ctx.actor.staff_id
            if organiser and organiser_id is None:
                problems.add(row, "organiser", f"сотрудник «{organiser}» не найден (логин или имя)")
            initiative_ids = lookups.initiative_ids(text_of(rec, "initiative"), problems, row)
            data = EventInput(
                kind=kind or EventKind.OTHER.value,
                held_on=held_on,
                start_time=start,
                place=text_of(rec, "place"),
                organiser_id=organiser_id,
                unnamed_count=text_of(rec, "participants"),
                decisions=multiline_of(rec, "decisions"),
                initiative_ids=initiative_ids,
            )
            try:
                clean = event_service._validate(session, data)
            except ValidationError as exc:
                # a bad date was named already; «обязательное поле» on top of it would only confuse
                errors = [e for e in exc.errors if not (date_bad and e.field == "held_on")]
                problems.from_validation(row, ValidationError(errors), _FIELDS)
                continue
            if len(problems.items) == before:
                data = replace(data, kind=clean.kind, unnamed_count=clean.unnamed_count)
                parsed.append(_Row(row, data, text_of(rec, "territory"), _key(data, initiative_ids)))
        if no_kind:
            table.warnings.append(f"В {no_kind} строках не указан вид: подставлено «другое».")
        return parsed

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None:
        existing = _existing_keys(session, {p.key[0] for p in parsed})
        places = TerritoryCache(session, ctx, result)
        for p in parsed:
            if p.key in existing:
                result.skipped_duplicates += 1
            else:
                data = replace(p.data, territory_id=places.resolve(p.territory))
                event_service._create_event(session, ctx, data)
                existing.add(p.key)
                result.created += 1
            tick()


def _existing_keys(session: Session, days: set[date]) -> set[Key]:
    keys: set[Key] = set()
    if not days:
        return keys
    links: dict[int, list[int]] = {}
    rows = session.execute(
        select(Event.id, Event.held_on, Event.start_time, Event.kind, Event.place).where(
            Event.held_on.between(min(days), max(days))
        )
    ).all()
    ids = [r.id for r in rows]
    for batch_start in range(0, len(ids), 500):
        batch = ids[batch_start : batch_start + 500]
        for event_id, initiative_id in session.execute(
            select(EventInitiative.event_id, EventInitiative.initiative_id).where(
                EventInitiative.event_id.in_(batch)
            )
        ):
            links.setdefault(event_id, []).append(initiative_id)
    for r in rows:
        keys.add(
            (r.held_on, r.start_time, r.kind, text.normalize(r.place), tuple(sorted(links.get(r.id, []))))
        )
    return keys
