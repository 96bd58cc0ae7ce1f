"""Visitors: the residents who come to the centre."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.locks import lock_visitor_identity
from cal_desktop.db.models import Consultation, Initiative, InitiativeMember, Territory, Visitor
from cal_desktop.db.search import MIN_INDEXED_TERM, fit_column, text_filter
from cal_desktop.domain import text
from cal_desktop.domain.vocab import Gender
from cal_desktop.errors import PossibleDuplicate
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, Page, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitor_search import ranked_visitor_ids

LABELS = {
    "last_name": "Фамилия",
    "first_name": "Имя",
    "middle_name": "Отчество",
    "gender": "Пол",
    "birth_date": "Дата рождения",
    "phone": "Телефон",
    "email": "Email",
    "address": "Адрес",
    "territory_id": "Территория",
    "consent_date": "Согласие на обработку ПД",
    "consent_withdrawn_date": "Отзыв согласия",
    "notes": "Заметки",
}


@dataclass(frozen=True)
class VisitorInput:
    """What a form or an import row gives: raw strings for text, parsed dates."""

    last_name: str
    first_name: str
    middle_name: str | None = None
    gender: str | None = None  # code or label: "m", "ж", ...
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    territory_id: int | None = None
    consent_date: date | None = None
    consent_form_version: str | None = None
    consent_withdrawn_date: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class VisitorSummary:
    """A row of the visitors list."""

    id: int
    full_name: str
    phone: str | None
    email: str | None
    birth_date: date | None
    territory: str | None


@dataclass(frozen=True)
class VisitorDTO:
    id: int
    last_name: str
    first_name: str
    middle_name: str | None
    gender: Gender | None
    birth_date: date | None
    phone: str | None
    email: str | None
    address: str | None
    territory_id: int | None
    territory: str | None
    consent_date: date | None
    consent_form_version: str | None
    consent_withdrawn_date: date | None
    notes: str | None
    anonymised: bool

    @property
    def full_name(self) -> str:
        return text.full_name(self.last_name, self.first_name, self.middle_name)


@dataclass(frozen=True)
class HistoryConsultation:
    id: int
    occurred_on: date
    channel: str
    topics: tuple[str, ...]
    outcome: str
    summary: str | None
    initiative_id: int | None


@dataclass(frozen=True)
class HistoryInitiative:
    id: int
    title: str
    status: str
    role: str


@dataclass(frozen=True)
class VisitorHistory:
    consultations: list[HistoryConsultation] = field(default_factory=list)
    consultations_total: int = 0
    initiatives: list[HistoryInitiative] = field(default_factory=list)


# ---------------------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Clean:
    last_name: str
    first_name: str
    middle_name: str | None
    gender: str | None
    birth_date: date | None
    phone: str | None
    email: str | None
    address: str | None
    territory_id: int | None
    consent_date: date | None
    consent_form_version: str | None
    consent_withdrawn_date: date | None
    notes: str | None


def _validate(data: VisitorInput) -> _Clean:
    c = Checker()
    last = c.required("last_name", LABELS["last_name"], data.last_name, 100)
    first = c.required("first_name", LABELS["first_name"], data.first_name, 100)
    middle = c.optional("middle_name", LABELS["middle_name"], data.middle_name, 100)
    gender = c.code("gender", LABELS["gender"], data.gender, Gender.parse, required=False)
    birth = c.past_date("birth_date", LABELS["birth_date"], data.birth_date)
    if birth is not None and birth.year < 1900:
        c.fail("birth_date", LABELS["birth_date"], "слишком ранняя дата")
    phone = c.phone("phone", LABELS["phone"], data.phone)
    email = c.email("email", LABELS["email"], data.email)
    address = c.optional("address", LABELS["address"], data.address, 500)
    consent = c.past_date("consent_date", LABELS["consent_date"], data.consent_date)
    withdrawn = c.past_date(
        "consent_withdrawn_date", LABELS["consent_withdrawn_date"], data.consent_withdrawn_date
    )
    if withdrawn and consent and withdrawn < consent:
        c.fail("consent_withdrawn_date", LABELS["consent_withdrawn_date"], "раньше даты согласия")
    notes = c.optional("notes", LABELS["notes"], data.notes, 5000, long_text=True)
    c.done()
    return _Clean(
        last_name=last,
        first_name=first,
        middle_name=middle,
        gender=str(gender) if gender else None,
        birth_date=birth,
        phone=phone,
        email=email,
        address=address,
        territory_id=data.territory_id,
        consent_date=consent,
        consent_form_version=(data.consent_form_version or "").strip() or None,
        consent_withdrawn_date=withdrawn,
        notes=notes,
    )


def check_visitor(data: VisitorInput) -> None:
    """Validate without saving (raises ValidationError), for forms that show every problem at once."""
    _validate(data)


def _apply(visitor: Visitor, clean: _Clean) -> None:
    for name in clean.__dataclass_fields__:
        setattr(visitor, name, getattr(clean, name))
    # PostgreSQL refuses a VARCHAR longer than declared; three long name parts can exceed it
    visitor.name_norm = fit_column(
        Visitor.name_norm, text.normalized_full_name(clean.last_name, clean.first_name, clean.middle_name)
    )
    visitor.search_text = fit_column(
        Visitor.search_text,
        text.visitor_search_text(
            clean.last_name, clean.first_name, clean.middle_name, clean.phone, clean.email
        ),
    )


# ------------------------------------------------------------------------------------------- writes


def create_visitor(ctx: ServiceContext, data: VisitorInput, *, allow_duplicate: bool = False) -> VisitorDTO:
    """Save a new visitor. Raises PossibleDuplicate when one with the same name and phone or birth
    date exists, unless ``allow_duplicate`` (the user saw the warning and chose to create anyway)."""
    with ctx.db.session() as s:
        visitor_id = _create_visitor(s, ctx, data, allow_duplicate=allow_duplicate)
        return _dto(s, get_or_404(s, Visitor, visitor_id, "Посетитель"))


def _create_visitor(
    session: Session, ctx: ServiceContext, data: VisitorInput, *, allow_duplicate: bool = False
) -> int:
    clean = _validate(data)
    if clean.territory_id is not None:
        get_or_404(session, Territory, clean.territory_id, "Территория")
    lock_visitor_identity(session)  # two desks saving the same person at once: the second sees the first
    if not allow_duplicate:
        existing = _likely_duplicates(
            session, clean.last_name, clean.first_name, clean.middle_name, clean.phone, clean.birth_date
        )
        if existing:
            raise PossibleDuplicate(
                "Похоже, этот посетитель уже есть в базе (то же ФИО и телефон или дата рождения).",
                existing,
            )
    visitor = Visitor()
    _apply(visitor, clean)
    visitor.created_by_id = ctx.actor.staff_id
    session.add(visitor)
    session.flush()
    audit.record(session, ctx, "create", "visitor", visitor.id)
    return visitor.id


def update_visitor(ctx: ServiceContext, visitor_id: int, data: VisitorInput) -> VisitorDTO:
    with ctx.db.session() as s:
        visitor = get_or_404(s, Visitor, visitor_id, "Посетитель")
        clean = _validate(data)
        if clean.territory_id is not None:
            get_or_404(s, Territory, clean.territory_id, "Территория")
        changed = [n for n in clean.__dataclass_fields__ if getattr(visitor, n) != getattr(clean, n)]
        _apply(visitor, clean)
        audit.record(s, ctx, "update", "visitor", visitor.id, fields=changed)
        s.flush()
        return _dto(s, visitor)


# -------------------------------------------------------------------------------------------- reads


def find_likely_duplicates(ctx: ServiceContext, data: VisitorInput) -> list[VisitorSummary]:
    """Visitors with the same normalised full name and the same phone or birth date (DOMAIN A4)."""
    try:
        phone = text.parse_phone(data.phone)
    except ValueError:
        phone = None
    with ctx.db.read() as s:
        ids = _likely_duplicates(s, data.last_name, data.first_name, data.middle_name, phone, data.birth_date)
        return _summaries(s, ids)


def _likely_duplicates(
    session: Session,
    last: str,
    first: str,
    middle: str | None,
    phone: str | None,
    birth_date: date | None,
) -> list[int]:
    if phone is None and birth_date is None:
        return []
    same_contact = []
    if phone is not None:
        same_contact.append(Visitor.phone == phone)
    if birth_date is not None:
        same_contact.append(Visitor.birth_date == birth_date)
    query = (
        select(Visitor.id)
        .where(
            Visitor.name_norm == fit_column(Visitor.name_norm, text.normalized_full_name(last, first, middle))
        )
        .where(Visitor.anonymised_at.is_(None))
        .where(or_(*same_contact))
        .order_by(Visitor.id)
    )
    return list(session.scalars(query))


def get_visitor(ctx: ServiceContext, visitor_id: int) -> VisitorDTO:
    with ctx.db.read() as s:
        return _dto(s, get_or_404(s, Visitor, visitor_id, "Посетитель"))


def list_visitors(
    ctx: ServiceContext,
    query: str | None = None,
    *,
    territory_id: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page[VisitorSummary]:
    """Visitors matching the typed text (name parts, phone digits, e-mail), newest first."""
    condition = text_filter(Visitor.search_text, query)
    base = select(Visitor.id).where(condition).where(Visitor.anonymised_at.is_(None))
    if territory_id is not None:
        base = base.where(Visitor.territory_id == territory_id)
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(base.subquery())) or 0
        ids = list(s.scalars(base.order_by(Visitor.name_norm, Visitor.id).offset(offset).limit(limit)))
        return Page(_summaries(s, ids), total, offset, limit)


def search_visitors(ctx: ServiceContext, query: str, limit: int = 20) -> list[VisitorSummary]:
    """Quick search as you type: the first ``limit`` matches, best first, without counting them all.

    The matching and the ranking (surname, first name, patronymic, last visit) are in
    ``services.visitor_search``; a query of one or two letters («ив», «п а») finds the surnames
    starting with the first word."""
    with ctx.db.read() as s:
        return _summaries(s, ranked_visitor_ids(s, query, limit))


def search_ready(query: str | None) -> bool:
    """Whether search-as-you-type should run: a letter already (surnames starting with it), or three
    characters of anything (one or two digits would match much of the base without an index)."""
    typed = (query or "").strip()
    return len(typed) >= MIN_INDEXED_TERM or (typed[:1].isalpha())


def visitor_history(ctx: ServiceContext, visitor_id: int, limit: int = 100) -> VisitorHistory:
    """The visitor's latest consultations and every initiative they take part in."""
    with ctx.db.read() as s:
        get_or_404(s, Visitor, visitor_id, "Посетитель")
        total = s.scalar(select(func.count()).where(Consultation.visitor_id == visitor_id)) or 0
        rows = s.scalars(
            select(Consultation)
            .where(Consultation.visitor_id == visitor_id)
            .order_by(Consultation.occurred_at.desc())
            .limit(limit)
        ).all()
        consultations = [
            HistoryConsultation(
                c.id,
                c.occurred_on,
                c.channel,
                tuple(t.topic for t in c.topics),
                c.outcome,
                c.summary,
                c.initiative_id,
            )
            for c in rows
        ]
        initiatives = [
            HistoryInitiative(r.id, r.title, r.status, r.role)
            for r in s.execute(
                select(Initiative.id, Initiative.title, Initiative.status, InitiativeMember.role)
                .join(InitiativeMember, InitiativeMember.initiative_id == Initiative.id)
                .where(InitiativeMember.visitor_id == visitor_id)
                .order_by(Initiative.created_on.desc())
            )
        ]
        return VisitorHistory(consultations, total, initiatives)


def _summaries(session: Session, ids: list[int]) -> list[VisitorSummary]:
    """Rows for these ids, in the same order."""
    if not ids:
        return []
    rows = session.execute(
        select(
            Visitor.id,
            Visitor.last_name,
            Visitor.first_name,
            Visitor.middle_name,
            Visitor.phone,
            Visitor.email,
            Visitor.birth_date,
            Territory.name,
        )
        .outerjoin(Territory, Territory.id == Visitor.territory_id)
        .where(Visitor.id.in_(ids))
    ).all()
    by_id = {
        r[0]: VisitorSummary(r[0], text.full_name(r[1], r[2], r[3]), r[4], r[5], r[6], r[7]) for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _dto(session: Session, v: Visitor) -> VisitorDTO:
    territory = session.get(Territory, v.territory_id) if v.territory_id else None
    return VisitorDTO(
        id=v.id,
        last_name=v.last_name,
        first_name=v.first_name,
        middle_name=v.middle_name,
        gender=Gender(v.gender) if v.gender else None,
        birth_date=v.birth_date,
        phone=v.phone,
        email=v.email,
        address=v.address,
        territory_id=v.territory_id,
        territory=territory.name if territory else None,
        consent_date=v.consent_date,
        consent_form_version=v.consent_form_version,
        consent_withdrawn_date=v.consent_withdrawn_date,
        notes=v.notes,
        anonymised=v.anonymised_at is not None,
    )
