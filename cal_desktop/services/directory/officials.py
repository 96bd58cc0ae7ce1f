"""The directory: officials of the authorities (validation, writes, lists, the card)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Official,
    OfficialCategory,
    OfficialDeclinedForm,
    OfficialTerritory,
    Organisation,
    Territory,
)
from cal_desktop.db.search import fit_column, text_filter
from cal_desktop.domain import text
from cal_desktop.domain.search_text import official_search_text
from cal_desktop.domain.vocab import (
    Category,
    Gender,
    Role,
)
from cal_desktop.errors import Conflict
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, Page, get_or_404
from cal_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class OfficialSummary:
    id: int
    organisation_id: int
    organisation: str
    position: str
    full_name: str
    phone: str | None
    email: str | None
    active: bool


# --------------------------------------------------------------------------------------- officials

OFFICIAL_LABELS = {
    "organisation_id": "Орган",
    "position": "Должность",
    "last_name": "Фамилия",
    "first_name": "Имя",
    "middle_name": "Отчество",
    "gender": "Пол",
    "email": "Email",
    "phone": "Телефон",
    "reception_hours": "Часы приёма",
    "categories": "Категории",
    "territory_ids": "Территории",
}


@dataclass(frozen=True)
class OfficialInput:
    organisation_id: int
    position: str
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    gender: str | None = None  # code or label; empty: guessed from the patronymic
    email: str | None = None
    phone: str | None = None
    reception_hours: str | None = None
    categories: Sequence[str] = ()
    territory_ids: Sequence[int] = ()
    active: bool = True


@dataclass(frozen=True)
class TerritoryRef:
    id: int
    name: str


@dataclass(frozen=True)
class OfficialDTO:
    id: int
    organisation_id: int
    organisation: str
    position: str
    last_name: str | None
    first_name: str | None
    middle_name: str | None
    gender: Gender | None
    email: str | None
    phone: str | None
    reception_hours: str | None
    categories: tuple[Category, ...]
    territories: tuple[TerritoryRef, ...]
    active: bool

    @property
    def full_name(self) -> str:
        return text.full_name(self.last_name, self.first_name, self.middle_name)


def guess_gender(middle_name: str | None) -> Gender | None:
    """The gender told by a patronymic (-вич/-ич/оглы: male; -вна/-чна/кызы: female), else None."""
    m = text.normalize(middle_name)
    if not m:
        return None
    if m.endswith(("вич", "ич", "оглы", "оглу", "улы", "уулу")):
        return Gender.MALE
    if m.endswith(("вна", "чна", "кызы", "гызы")):
        return Gender.FEMALE
    return None


@dataclass(frozen=True)
class _CleanOfficial:
    organisation_id: int
    position: str
    last_name: str | None
    first_name: str | None
    middle_name: str | None
    gender: str | None
    email: str | None
    phone: str | None
    reception_hours: str | None
    categories: tuple[str, ...]
    territory_ids: tuple[int, ...]
    active: bool


def _validate_official(session: Session, data: OfficialInput) -> _CleanOfficial:
    c = Checker()
    position = c.required("position", OFFICIAL_LABELS["position"], data.position, 300)
    last = c.optional("last_name", OFFICIAL_LABELS["last_name"], data.last_name, 100)
    first = c.optional("first_name", OFFICIAL_LABELS["first_name"], data.first_name, 100)
    middle = c.optional("middle_name", OFFICIAL_LABELS["middle_name"], data.middle_name, 100)
    if (first or middle) and not last:
        c.fail("last_name", OFFICIAL_LABELS["last_name"], "укажите фамилию, если указано имя или отчество")
    gender = c.code("gender", OFFICIAL_LABELS["gender"], data.gender, Gender.parse, required=False)
    if gender is None:
        gender = guess_gender(middle)
    categories: list[str] = []
    for raw in data.categories:
        parsed = c.code("categories", OFFICIAL_LABELS["categories"], raw, Category.parse)
        if parsed is not None and str(parsed) not in categories:
            categories.append(str(parsed))
    email = c.email("email", OFFICIAL_LABELS["email"], data.email)
    phone = c.phone("phone", OFFICIAL_LABELS["phone"], data.phone)
    hours = c.optional("reception_hours", OFFICIAL_LABELS["reception_hours"], data.reception_hours, 300)
    org = session.get(Organisation, data.organisation_id) if data.organisation_id else None
    if org is None:
        c.fail("organisation_id", OFFICIAL_LABELS["organisation_id"], "выберите орган из справочника")
    territory_ids = tuple(dict.fromkeys(int(t) for t in data.territory_ids))
    if territory_ids:
        known = set(session.scalars(select(Territory.id).where(Territory.id.in_(territory_ids))))
        if missing := [t for t in territory_ids if t not in known]:
            c.fail("territory_ids", OFFICIAL_LABELS["territory_ids"], f"нет территорий №{missing}")
    c.done()
    return _CleanOfficial(
        data.organisation_id,
        position,
        last,
        first,
        middle,
        str(gender) if gender else None,
        email,
        phone,
        hours,
        tuple(categories),
        territory_ids,
        bool(data.active),
    )


def _apply_official(session: Session, official: Official, clean: _CleanOfficial) -> None:
    for name in (
        "organisation_id",
        "position",
        "last_name",
        "first_name",
        "middle_name",
        "gender",
        "email",
        "phone",
        "reception_hours",
        "active",
    ):
        setattr(official, name, getattr(clean, name))
    official.categories = [OfficialCategory(category=c) for c in clean.categories]
    official.territories = [OfficialTerritory(territory_id=t) for t in clean.territory_ids]
    org = session.get(Organisation, clean.organisation_id)
    official.search_text = _official_search_text(official, org)


def _official_search_text(official: Official, org: Organisation | None) -> str:
    return fit_column(
        Official.search_text,
        official_search_text(
            official.last_name,
            official.first_name,
            official.middle_name,
            official.position,
            org.name if org else None,
            org.short_name if org else None,
        ),
    )


def _refresh_officials_search(session: Session, org_id: int) -> None:
    org = session.get(Organisation, org_id)
    for official in session.scalars(select(Official).where(Official.organisation_id == org_id)):
        official.search_text = _official_search_text(official, org)


def create_official(ctx: ServiceContext, data: OfficialInput) -> OfficialDTO:
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        official_id = _create_official(s, ctx, data)
        return _official_dto(s, get_or_404(s, Official, official_id, "Должностное лицо"))


def _create_official(session: Session, ctx: ServiceContext, data: OfficialInput) -> int:
    clean = _validate_official(session, data)
    official = Official()
    _apply_official(session, official, clean)
    session.add(official)
    session.flush()
    audit.record(session, ctx, "create", "official", official.id, organisation_id=clean.organisation_id)
    return official.id


def update_official(ctx: ServiceContext, official_id: int, data: OfficialInput) -> OfficialDTO:
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        official = get_or_404(s, Official, official_id, "Должностное лицо")
        clean = _validate_official(s, data)
        before = (_person_of(official), official.position)
        _apply_official(s, official, clean)
        dropped = _drop_stale_corrections(s, official, *before)
        s.flush()
        audit.record(
            s, ctx, "update", "official", official_id, **({"corrections_dropped": dropped} if dropped else {})
        )
        return _official_dto(s, official)


def _person_of(official: Official) -> tuple[str | None, ...]:
    return (official.last_name, official.first_name, official.middle_name, official.gender)


def _drop_stale_corrections(
    session: Session, official: Official, person: tuple[str | None, ...], position: str
) -> list[str]:
    """Forget corrected words whose source changed: another person in the post loses the corrected
    names, a renamed position its corrected position; a case left with nothing corrected is deleted.
    Returns what was dropped (for the audit log)."""
    fields = []
    if _person_of(official) != person:
        fields += ["full_name", "short_name"]
    if official.position != position:
        fields.append("position")
    dropped: list[str] = []
    if not fields:
        return dropped
    for row in session.scalars(
        select(OfficialDeclinedForm).where(OfficialDeclinedForm.official_id == official.id)
    ):
        for name in fields:
            if getattr(row, name):
                setattr(row, name, None)
                dropped.append(f"{row.grammatical_case}.{name}")
        if not (row.position or row.full_name or row.short_name):
            session.delete(row)
    return dropped


def delete_official(ctx: ServiceContext, official_id: int) -> None:
    """Delete an official no appeal is addressed to; otherwise suggest making them inactive."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        official = get_or_404(s, Official, official_id, "Должностное лицо")
        appeals = s.scalar(select(func.count()).where(Appeal.official_id == official_id)) or 0
        if appeals:
            raise Conflict(
                f"Должностное лицо нельзя удалить: ему адресованы обращения ({appeals}). "
                "Снимите отметку «действует», чтобы скрыть его из списков."
            )
        s.delete(official)
        audit.record(s, ctx, "delete", "official", official_id)


def get_official(ctx: ServiceContext, official_id: int) -> OfficialDTO:
    with ctx.db.read() as s:
        return _official_dto(s, get_or_404(s, Official, official_id, "Должностное лицо"))


def list_officials(
    ctx: ServiceContext,
    query: str | None = None,
    *,
    organisation_id: int | None = None,
    category: str | None = None,
    territory_id: int | None = None,
    active_only: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> Page[OfficialSummary]:
    """Officials matching the typed text (name, position, organisation), filtered in SQL."""
    base = select(Official.id).where(text_filter(Official.search_text, query))
    if organisation_id is not None:
        base = base.where(Official.organisation_id == organisation_id)
    if category:
        code = str(Category.parse(category))
        base = base.where(
            Official.id.in_(select(OfficialCategory.official_id).where(OfficialCategory.category == code))
        )
    if territory_id is not None:
        base = base.where(
            Official.id.in_(
                select(OfficialTerritory.official_id).where(OfficialTerritory.territory_id == territory_id)
            )
        )
    if active_only:
        base = base.where(Official.active.is_(True))
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(base.subquery())) or 0
        ids = list(
            s.scalars(
                select(Official.id)
                .join(Organisation, Organisation.id == Official.organisation_id)
                .where(Official.id.in_(base.scalar_subquery()))
                .order_by(Organisation.name_norm, Official.last_name, Official.position, Official.id)
                .offset(offset)
                .limit(limit)
            )
        )
        return Page(_official_summaries(s, ids), total, offset, limit)


def _official_summaries(session: Session, ids: list[int]) -> list[OfficialSummary]:
    if not ids:
        return []
    rows = session.execute(
        select(
            Official.id,
            Official.organisation_id,
            Organisation.name,
            Official.position,
            Official.last_name,
            Official.first_name,
            Official.middle_name,
            Official.phone,
            Official.email,
            Official.active,
        )
        .join(Organisation, Organisation.id == Official.organisation_id)
        .where(Official.id.in_(ids))
    ).all()
    by_id = {
        r[0]: OfficialSummary(r[0], r[1], r[2], r[3], text.full_name(r[4], r[5], r[6]), r[7], r[8], r[9])
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _official_dto(session: Session, o: Official) -> OfficialDTO:
    org = session.get(Organisation, o.organisation_id)
    territory_ids = [t.territory_id for t in o.territories]
    names = (
        dict(
            session.execute(select(Territory.id, Territory.name).where(Territory.id.in_(territory_ids))).all()
        )
        if territory_ids
        else {}
    )
    return OfficialDTO(
        id=o.id,
        organisation_id=o.organisation_id,
        organisation=org.name if org else "",
        position=o.position,
        last_name=o.last_name,
        first_name=o.first_name,
        middle_name=o.middle_name,
        gender=Gender(o.gender) if o.gender else None,
        email=o.email,
        phone=o.phone,
        reception_hours=o.reception_hours,
        categories=tuple(sorted((Category(c.category) for c in o.categories), key=list(Category).index)),
        territories=tuple(TerritoryRef(t, names.get(t, "")) for t in territory_ids),
        active=o.active,
    )
