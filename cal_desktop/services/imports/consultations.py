"""Import of consultations (DOMAIN A4).

«Посетитель» («Фамилия Имя Отчество») is matched to a visitor by normalised name, with «Телефон
посетителя» telling namesakes apart; an unknown person is created from the name and phone (and counted),
because a centre's journal of consultations usually is its only list of visitors. A name shared by
several visitors with no phone to choose between them rejects the row. An empty «Посетитель» is an
anonymous consultation. Only «Дата» is required by A4; an empty «Канал», «Темы» or «Результат» gets
«очно», «другое», «консультация дана» and a warning says how many rows got them.

A row matching a consultation already saved (same moment, person, channel, outcome and summary) is
skipped, so loading the same journal twice does not double the monthly figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cal_desktop.db.locks import lock_visitor_identity
from cal_desktop.db.models import Consultation, ConsultationTopic
from cal_desktop.domain import text
from cal_desktop.domain.vocab import Channel, Outcome, Topic
from cal_desktop.errors import ValidationError
from cal_desktop.services import consultations as consultation_service
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.imports import runs
from cal_desktop.services.imports.base import (
    BATCH,
    DRY_RUN,
    ImportResult,
    Problems,
    Ticker,
    audit_created,
    chunks,
    multiline_of,
    parse_codes,
    phone_of,
    split_full_name,
    text_of,
)
from cal_desktop.services.imports.people import StaffIndex, VisitorIndex, create_visitors, staff_problems
from cal_desktop.services.tabular import Column, Table, cell_datetime
from cal_desktop.services.visitors import VisitorInput

CONSULTATION_COLUMNS = (
    Column("date", "Дата", required=True),
    Column("visitor", "Посетитель"),
    Column("visitor_phone", "Телефон посетителя"),
    Column("channel", "Канал"),
    Column("topics", "Темы"),
    Column("outcome", "Результат"),
    Column("out_of_scope_reason", "Причина"),
    Column("summary", "Описание"),
    Column("staff", "Сотрудник"),
)
_FIELDS = {
    "occurred_at": "date",
    "channel": "channel",
    "topics": "topics",
    "outcome": "outcome",
    "out_of_scope_reason": "out_of_scope_reason",
    "summary": "summary",
    "staff_id": "staff",
    "visitor_id": "visitor",
    "follow_up_date": "date",
    "duration_min": "summary",
}
DEFAULT_CHANNEL = Channel.IN_PERSON
DEFAULT_TOPIC = Topic.OTHER
DEFAULT_OUTCOME = Outcome.ADVISED


@dataclass(frozen=True)
class NewVisitor:
    """A visitor the import creates from a name (and phone) it does not know."""

    last: str
    first: str
    middle: str | None
    phone: str | None

    @property
    def name_norm(self) -> str:
        return text.normalized_full_name(self.last, self.first, self.middle)


@dataclass(frozen=True)
class _Row:
    row: int
    clean: Any  # consultations._Clean, validated; visitor_id and staff_id filled in at write time
    visitor: int | NewVisitor | None  # an existing id, one to create, or anonymous
    staff: str | None


class VisitorResolver:
    """Decides, before anything is written, which visitor each name means (or that it is ambiguous)."""

    def __init__(self, index: VisitorIndex) -> None:
        self.index = index

    def resolve(
        self, full_name: str, phone: str | None, problems: Problems, row: int, column: str
    ) -> int | NewVisitor | None:
        parts = split_full_name(full_name)
        if parts is None:
            problems.add(row, column, "укажите «Фамилия Имя Отчество» (не меньше двух слов)")
            return None
        norm = text.normalized_full_name(*parts)
        candidates = self.index.candidates(norm)
        if phone is not None:
            same_phone = [c for c in candidates if c.phone == phone]
            if same_phone:
                return same_phone[0].id
            without_phone = [c for c in candidates if c.phone is None]
            if len(candidates) == 1 and without_phone:
                return without_phone[0].id
            return NewVisitor(*parts, phone)
        if len(candidates) == 1:
            return candidates[0].id
        if len(candidates) > 1:
            problems.add(
                row,
                column,
                f"в базе {len(candidates)} посетителя с таким ФИО: укажите «Телефон посетителя»",
            )
            return None
        return NewVisitor(*parts, None)


def create_new_visitors(
    session: Session, ctx: ServiceContext, wanted: list[int | NewVisitor | None], result: ImportResult
) -> dict[NewVisitor, int]:
    """Create each NewVisitor once (the same name and phone in several rows is one person), in batches;
    the Visitor objects are kept by the session so the consultations' checks need no SELECT."""
    unique = list(dict.fromkeys(w for w in wanted if isinstance(w, NewVisitor)))
    inputs = [
        VisitorInput(last_name=w.last, first_name=w.first, middle_name=w.middle, phone=w.phone)
        for w in unique
    ]
    made = create_visitors(session, ctx, inputs)
    result.visitors_created += len(made)
    return {w: v.id for w, v in zip(unique, made, strict=True)}


class ConsultationImport:
    kind = "consultations"
    columns: tuple[Column, ...] = CONSULTATION_COLUMNS

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]:
        names = {
            text.normalized_full_name(*parts)
            for _, rec in table.rows
            if (parts := split_full_name(text_of(rec, "visitor") or "")) is not None
        }
        resolver = VisitorResolver(VisitorIndex(session, names))
        staff = StaffIndex(session, ctx, ImportResult(self.kind))
        defaulted = 0
        checked_staff: dict[str, list[str]] = {}
        parsed: list[_Row] = []
        for row, rec in table.each():
            before = len(problems.items)
            try:
                occurred = cell_datetime(rec.get("date"))
            except ValueError as exc:
                problems.add(row, "date", str(exc))
                occurred = None
            else:
                if occurred is None:
                    problems.add(row, "date", "обязательное поле")
            topics, unknown = parse_codes(text_of(rec, "topics"), Topic.parse, Topic.labels().values())
            for piece in unknown:
                problems.add(row, "topics", f"неизвестная тема «{piece}»")
            channel = text_of(rec, "channel")
            outcome = text_of(rec, "outcome")
            if not channel or not outcome or (not topics and not unknown):
                defaulted += 1
            data = ConsultationInput(
                channel=channel or DEFAULT_CHANNEL.value,
                topics=[t.value for t in topics] or ([] if unknown else [DEFAULT_TOPIC.value]),
                outcome=outcome or DEFAULT_OUTCOME.value,
                summary=multiline_of(rec, "summary"),
                out_of_scope_reason=text_of(rec, "out_of_scope_reason"),
                occurred_at=occurred or datetime(2000, 1, 1),
            )
            clean = None
            try:
                clean = consultation_service._validate(session, ctx, data)
            except ValidationError as exc:
                problems.from_validation(row, exc, _FIELDS)
            phone = phone_of(rec, "visitor_phone", problems, row)
            name = text_of(rec, "visitor")
            who = resolver.resolve(name, phone, problems, row, "visitor") if name else None
            if phone is not None and not name:
                problems.add(row, "visitor", "указан телефон посетителя, но не его ФИО")
            staff_name = text_of(rec, "staff")
            if staff_name and not staff.known(staff_name):
                key = text.normalize(staff_name)
                if key not in checked_staff:
                    checked_staff[key] = staff_problems(staff_name)
                for message in checked_staff[key]:
                    problems.add(row, "staff", message)
            if len(problems.items) == before and clean is not None:
                parsed.append(_Row(row, clean, who, staff_name))
        if defaulted:
            table.warnings.append(
                f"В {defaulted} строках не указаны канал, темы или результат: подставлено "
                f"«{DEFAULT_CHANNEL.label}», «{DEFAULT_TOPIC.label}», «{DEFAULT_OUTCOME.label}»."
            )
        return parsed

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None:
        """What ``consultations._create_consultation`` does, with the row already validated in
        ``parse`` and the unit of work flushed once per batch of rows instead of once per row (with
        the lookups preloaded, this is what makes 10,000 rows take seconds)."""
        staff = StaffIndex(session, ctx, result)
        parsed = _now_known(session, parsed)
        already = _already_saved(session, parsed)
        fresh: list[_Row] = []
        for p in parsed:
            key = _key(p.clean, p.visitor)
            if key is not None and already[key] > 0:
                already[key] -= 1
                result.skipped_duplicates += 1
                tick()
            else:
                fresh.append(p)
        new_ids = create_new_visitors(session, ctx, [p.visitor for p in fresh], result)
        for batch in chunks(fresh, BATCH):
            cleans = [
                replace(
                    p.clean,
                    visitor_id=new_ids[p.visitor] if isinstance(p.visitor, NewVisitor) else p.visitor,
                    staff_id=staff.resolve(p.staff) if p.staff else p.clean.staff_id,
                )
                for p in batch
            ]
            if not session.info.get(DRY_RUN):  # a dry run counts: these inserts have nothing left to refuse
                _insert(session, ctx, cleans)
            result.created += len(batch)
            for _ in batch:
                tick()


def _insert(session: Session, ctx: ServiceContext, cleans: list[consultation_service._Clean]) -> None:
    """What ``consultations._create_consultation`` writes for each row, as three multi-row INSERTs
    (consultations, their topics, the audit entries): the unit of work would build an object per row
    and per topic, which cost more than the rest of the import. Rows are listed under the import run
    here because no ORM flush sees them."""
    columns = [k for k in consultation_service._Clean.__dataclass_fields__ if k != "topics"]
    rows = [{k: getattr(c, k) for k in columns} for c in cleans]
    # SQLite does not promise RETURNING in the order of the rows (asking SQLAlchemy to sort makes it
    # insert one row per statement), so each id is matched to its row by the values written; rows
    # with the same values are interchangeable, so any of their ids will do.
    # the Table, not the mapped class: the ORM's bulk insert splits the rows into a statement per run
    # of rows with the same empty columns (an anonymous row between two named ones), thousands of them
    table = cast(SqlTable, Consultation.__table__)
    returned = session.execute(insert(table).returning(table.c.id, *(table.c[k] for k in columns)), rows).all()
    ids_by_values: dict[tuple[Any, ...], list[int]] = {}
    for row_id, *values in returned:
        ids_by_values.setdefault(tuple(values), []).append(row_id)
    ids = [ids_by_values[tuple(row.values())].pop() for row in rows]
    topics = [{"consultation_id": i, "topic": t} for i, c in zip(ids, cleans, strict=True) for t in c.topics]
    if topics:
        session.execute(insert(cast(SqlTable, ConsultationTopic.__table__)), topics)
    runs.list_added(session, Consultation.__tablename__, ids)
    audit_created(session, ctx, "consultation", ids)


def _now_known(session: Session, parsed: list[_Row]) -> list[_Row]:
    """People ``parse`` decided to create may exist by now: an earlier slice of this import, or another
    import of the same journal running alongside, created them. The same name and phone (or both
    without a phone) is that person, not a new namesake."""
    wanted = {p.visitor.name_norm for p in parsed if isinstance(p.visitor, NewVisitor)}
    if not wanted:
        return parsed
    lock_visitor_identity(session)  # the other import's slice commits first (a server; SQLite: no-op)
    index = VisitorIndex(session, wanted)

    def known(who: int | NewVisitor | None) -> int | NewVisitor | None:
        if not isinstance(who, NewVisitor):
            return who
        same = [c.id for c in index.candidates(who.name_norm) if c.phone == who.phone]
        return same[0] if same else who

    return [replace(p, visitor=known(p.visitor)) for p in parsed]


_Key = tuple[datetime, int | None, str, str, str]


def _key(clean: Any, visitor: int | NewVisitor | None) -> _Key | None:
    """What makes a row the same consultation as one already saved: the moment, the person (an
    existing one or nobody), the channel, the outcome and the summary. A person the import is about to
    create has no consultations yet."""
    if isinstance(visitor, NewVisitor):
        return None
    return (clean.occurred_at, visitor, clean.channel, clean.outcome, text.normalize(clean.summary))


def _already_saved(session: Session, parsed: list[_Row]) -> Counter[_Key]:
    """How many consultations already saved match each key of the file (the file loaded before):
    re-importing a journal must not count its consultations twice in the reports. A multiset, so
    that two identical anonymous calls in the file are matched against two saved ones."""
    moments = {p.clean.occurred_at for p in parsed if not isinstance(p.visitor, NewVisitor)}
    found: Counter[_Key] = Counter()
    for batch in chunks(sorted(moments)):
        rows = session.execute(
            select(
                Consultation.occurred_at,
                Consultation.visitor_id,
                Consultation.channel,
                Consultation.outcome,
                Consultation.summary,
            ).where(Consultation.occurred_at.in_(batch))  # ix_consultations_occurred_at
        )
        for at, visitor_id, channel, outcome, summary in rows:
            found[(at, visitor_id, channel, outcome, text.normalize(summary))] += 1
    return found
