"""The directory: authorities and their officials, partners and the resources they offer, media outlets,
and the editing of the territory tree.

Staff read the directory; coordinators edit it (issue 8), so every write calls
``ctx.require(Role.COORDINATOR)``.

Declined forms of an official (DOMAIN B5): the automatic forms come from ``documents.declension``; a
staff correction is stored per grammatical case in ``OfficialDeclinedForm`` and wins from then on.

Resources (what partners offer, what initiatives need) are matched by their normalised words
(``resource_norm``): pymorphy3 normal forms of the meaningful words, so «краски и кисти» and «краска»
share «краска».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Select, func, literal, or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Initiative,
    InitiativePartner,
    Official,
    OfficialCategory,
    OfficialDeclinedForm,
    OfficialTerritory,
    Organisation,
    PartnerResource,
    Publication,
    Territory,
    Visitor,
)
from cal_desktop.db.search import fit_column, text_filter
from cal_desktop.documents import declension
from cal_desktop.domain import text
from cal_desktop.domain.search_text import official_search_text, organisation_search_text
from cal_desktop.domain.vocab import (
    Category,
    Gender,
    GrammaticalCase,
    OrganisationKind,
    PartnerKind,
    Role,
    TerritoryKind,
)
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import audit, territories
from cal_desktop.services.common import Checker, Page, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.organisation_inn import checked_inn

# ------------------------------------------------------------------------------- resource matching

_STOP_WORDS = frozenset(
    [
        "и",
        "или",
        "в",
        "во",
        "на",
        "для",
        "с",
        "со",
        "по",
        "из",
        "от",
        "до",
        "за",
        "к",
        "ко",
        "о",
        "об",
        "а",
        "но",
        "не",
        "же",
        "ли",
        "бы",
        "то",
        "это",
        "тот",
        "та",
        "те",
        "для",
        "при",
        "под",
        "над",
        "без",
    ]
)
_WORD = re.compile(r"[а-яёa-z0-9]+")


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    """The dictionary form of a word, preferring a noun reading («саженцев» -> «саженец»)."""
    parses = declension.morph().parse(word)
    if not parses:
        return word
    best = next((p for p in parses if p.tag.POS == "NOUN"), parses[0])
    return str(best.normal_form).replace("ё", "е")


def resource_norm(resource: str | None) -> str:
    """The meaningful words of a resource in their dictionary form, space-separated, without repeats.

    «Краски и кисти» -> «краска кисть». Stored in ``resource_norm`` columns and compared word by word.
    """
    words: list[str] = []
    for raw in _WORD.findall(text.normalize(resource)):
        if raw in _STOP_WORDS or len(raw) < 3:
            continue
        lemma = _lemma(raw)
        if lemma not in words:
            words.append(lemma)
    return " ".join(words)


# ------------------------------------------------------------------------------------- territories


def subtree_ids(territory_id: int) -> Select[tuple[int]]:
    """A SELECT of the territory and all its descendants (a recursive CTE; portable SQL)."""
    tree = select(Territory.id).where(Territory.id == territory_id).cte("subtree", recursive=True)
    tree = tree.union_all(select(Territory.id).where(Territory.parent_id == tree.c.id))
    return select(tree.c.id)


def ancestor_ids(territory_id: int) -> Select[tuple[int]]:
    """A SELECT of the territory and every territory above it."""
    up = (
        select(Territory.id, Territory.parent_id, literal(0).label("depth"))
        .where(Territory.id == territory_id)
        .cte("ancestors", recursive=True)
    )
    up = up.union_all(
        select(Territory.id, Territory.parent_id, (up.c.depth + 1).label("depth")).where(
            Territory.id == up.c.parent_id
        )
    )
    return select(up.c.id)


def rename_territory(ctx: ServiceContext, territory_id: int, name: str) -> None:
    ctx.require(Role.COORDINATOR)
    check = Checker()
    clean = check.required("name", "Название территории", name)
    check.done()
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        _refuse_sibling_clash(s, clean, territory.parent_id, territory_id)
        territory.name = clean
        territory.name_norm = text.normalize(clean)
        audit.record(s, ctx, "update", "territory", territory_id, name=clean)


def set_territory_kind(ctx: ServiceContext, territory_id: int, kind: str) -> None:
    ctx.require(Role.COORDINATOR)
    check = Checker()
    parsed = check.code("kind", "Вид территории", kind, TerritoryKind.parse)
    check.done()
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        territory.kind = str(parsed)
        audit.record(s, ctx, "update", "territory", territory_id, kind=str(parsed))


def move_territory(ctx: ServiceContext, territory_id: int, new_parent_id: int | None) -> None:
    """Put a territory (with its subtree) under another parent; never under itself or its descendant."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        if new_parent_id is not None:
            get_or_404(s, Territory, new_parent_id, "Территория")
            if new_parent_id in set(s.scalars(subtree_ids(territory_id))):
                raise ValidationError.single(
                    "parent_id", "Входит в", "нельзя перенести территорию внутрь её самой"
                )
        _refuse_sibling_clash(s, territory.name, new_parent_id, territory_id)
        territory.parent_id = new_parent_id
        audit.record(s, ctx, "move", "territory", territory_id, parent_id=new_parent_id)


def delete_territory(ctx: ServiceContext, territory_id: int) -> None:
    """Delete a territory nothing refers to (no child territories, visitors, initiatives, officials)."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        uses = {
            "вложенные территории": select(func.count()).where(Territory.parent_id == territory_id),
            "посетители": select(func.count()).where(Visitor.territory_id == territory_id),
            "инициативы": select(func.count()).where(Initiative.territory_id == territory_id),
            "должностные лица": select(func.count()).where(OfficialTerritory.territory_id == territory_id),
        }
        used = [f"{what}: {n}" for what, q in uses.items() if (n := s.scalar(q) or 0)]
        if used:
            raise Conflict(
                f"Территорию «{territory.name}» нельзя удалить, она используется ({'; '.join(used)})."
            )
        s.delete(territory)
        audit.record(s, ctx, "delete", "territory", territory_id, name=territory.name)


def create_territory(
    ctx: ServiceContext, name: str, kind: str = TerritoryKind.DISTRICT, parent_id: int | None = None
) -> int:
    """Create a territory (coordinators only); an existing one with that name under that parent is reused."""
    ctx.require(Role.COORDINATOR)
    return territories.create_territory(ctx, name, kind, parent_id)


def _refuse_sibling_clash(session: Session, name: str, parent_id: int | None, own_id: int) -> None:
    query = select(Territory.id).where(Territory.name_norm == text.normalize(name), Territory.id != own_id)
    query = query.where(
        Territory.parent_id.is_(None) if parent_id is None else Territory.parent_id == parent_id
    )
    if session.scalars(query.limit(1)).first() is not None:
        raise Conflict(f"Территория «{name}» уже есть на этом уровне.")


# ----------------------------------------------------------------------------------- organisations

ORG_LABELS = {
    "kind": "Вид",
    "partner_kind": "Тип партнёра",
    "name": "Название",
    "short_name": "Краткое название",
    "address": "Адрес",
    "email": "Email",
    "phone": "Телефон",
    "website": "Сайт",
    "reception_hours": "Часы приёма",
    "contact_person": "Контактное лицо",
    "notes": "Заметки",
    "inn": "ИНН",
}


@dataclass(frozen=True)
class OrganisationInput:
    kind: str  # OrganisationKind code or label
    name: str
    short_name: str | None = None
    partner_kind: str | None = None  # for partners: ngo, business, institution, other
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    reception_hours: str | None = None
    contact_person: str | None = None
    notes: str | None = None
    active: bool = True
    inn: str | None = None  # issue 18: report merge combines authorities by it


@dataclass(frozen=True)
class ResourceDTO:
    id: int
    resource: str


@dataclass(frozen=True)
class OrganisationSummary:
    id: int
    kind: OrganisationKind
    name: str
    short_name: str | None
    partner_kind: PartnerKind | None
    address: str | None
    phone: str | None
    email: str | None
    active: bool


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


@dataclass(frozen=True)
class OrganisationDTO:
    id: int
    kind: OrganisationKind
    partner_kind: PartnerKind | None
    name: str
    short_name: str | None
    address: str | None
    email: str | None
    phone: str | None
    website: str | None
    reception_hours: str | None
    contact_person: str | None
    notes: str | None
    active: bool
    resources: list[ResourceDTO] = field(default_factory=list)
    officials: list[OfficialSummary] = field(default_factory=list)
    inn: str | None = None


def _validate_org(data: OrganisationInput) -> dict[str, object]:
    c = Checker()
    kind = c.code("kind", ORG_LABELS["kind"], data.kind, OrganisationKind.parse)
    partner_kind = c.code(
        "partner_kind", ORG_LABELS["partner_kind"], data.partner_kind, PartnerKind.parse, False
    )
    clean: dict[str, object] = {
        "kind": str(kind) if kind else None,
        "partner_kind": str(partner_kind) if partner_kind and kind == OrganisationKind.PARTNER else None,
        "name": c.required("name", ORG_LABELS["name"], data.name, 300),
        "short_name": c.optional("short_name", ORG_LABELS["short_name"], data.short_name, 300),
        "address": c.optional("address", ORG_LABELS["address"], data.address, 500),
        "email": c.email("email", ORG_LABELS["email"], data.email),
        "phone": c.phone("phone", ORG_LABELS["phone"], data.phone),
        "website": c.optional("website", ORG_LABELS["website"], data.website, 300),
        "reception_hours": c.optional(
            "reception_hours", ORG_LABELS["reception_hours"], data.reception_hours, 300
        ),
        "contact_person": c.optional(
            "contact_person", ORG_LABELS["contact_person"], data.contact_person, 200
        ),
        "notes": c.optional("notes", ORG_LABELS["notes"], data.notes, 5000, long_text=True),
        "active": bool(data.active),
        "inn": checked_inn(c, data.inn),
    }
    c.done()
    return clean


def _apply_org(org: Organisation, clean: dict[str, object]) -> None:
    for name, value in clean.items():
        setattr(org, name, value)
    org.name_norm = text.normalize(org.name)
    org.search_text = fit_column(
        Organisation.search_text, organisation_search_text(org.name, org.short_name, org.address)
    )


def create_organisation(ctx: ServiceContext, data: OrganisationInput) -> OrganisationDTO:
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        org_id = _create_organisation(s, ctx, data)
        return _org_dto(s, get_or_404(s, Organisation, org_id, "Организация"))


def _create_organisation(session: Session, ctx: ServiceContext, data: OrganisationInput) -> int:
    clean = _validate_org(data)
    org = Organisation()
    _apply_org(org, clean)
    session.add(org)
    session.flush()
    audit.record(session, ctx, "create", "organisation", org.id, kind=org.kind)
    return org.id


def update_organisation(ctx: ServiceContext, org_id: int, data: OrganisationInput) -> OrganisationDTO:
    """Save changes; a renamed organisation's officials are found by the new name at once."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        org = get_or_404(s, Organisation, org_id, "Организация")
        clean = _validate_org(data)
        changed = [n for n, v in clean.items() if getattr(org, n) != v]
        _apply_org(org, clean)
        s.flush()
        if "name" in changed or "short_name" in changed:
            _refresh_officials_search(s, org_id)
        audit.record(s, ctx, "update", "organisation", org_id, fields=changed)
        return _org_dto(s, org)


def delete_organisation(ctx: ServiceContext, org_id: int) -> None:
    """Delete an organisation nothing refers to; otherwise suggest making it inactive."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        org = get_or_404(s, Organisation, org_id, "Организация")
        uses = {
            "должностные лица": select(func.count()).where(Official.organisation_id == org_id),
            "обращения": select(func.count()).where(
                or_(Appeal.organisation_id == org_id, Appeal.forwarded_to_id == org_id)
            ),
            "инициативы": select(func.count()).where(InitiativePartner.organisation_id == org_id),
            "публикации": select(func.count()).where(Publication.media_id == org_id),
        }
        used = [f"{what}: {n}" for what, q in uses.items() if (n := s.scalar(q) or 0)]
        if used:
            raise Conflict(
                f"«{org.name}» нельзя удалить, на неё есть ссылки ({'; '.join(used)}). "
                "Снимите отметку «действует», чтобы скрыть её из списков."
            )
        s.delete(org)
        audit.record(s, ctx, "delete", "organisation", org_id)


def get_organisation(ctx: ServiceContext, org_id: int) -> OrganisationDTO:
    with ctx.db.read() as s:
        return _org_dto(s, get_or_404(s, Organisation, org_id, "Организация"))


def list_organisations(
    ctx: ServiceContext,
    query: str | None = None,
    *,
    kind: str | None = None,
    active_only: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> Page[OrganisationSummary]:
    """Organisations of a kind matching the typed text (name, short name, address), by name."""
    base = select(Organisation.id).where(text_filter(Organisation.search_text, query))
    if kind:
        base = base.where(Organisation.kind == str(OrganisationKind.parse(kind)))
    if active_only:
        base = base.where(Organisation.active.is_(True))
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(base.subquery())) or 0
        rows = s.scalars(
            select(Organisation)
            .where(Organisation.id.in_(base.scalar_subquery()))
            .order_by(Organisation.name_norm, Organisation.id)
            .offset(offset)
            .limit(limit)
        ).all()
        return Page([_org_summary(o) for o in rows], total, offset, limit)


def _org_summary(o: Organisation) -> OrganisationSummary:
    return OrganisationSummary(
        o.id,
        OrganisationKind(o.kind),
        o.name,
        o.short_name,
        PartnerKind(o.partner_kind) if o.partner_kind else None,
        o.address,
        o.phone,
        o.email,
        o.active,
    )


def _org_dto(session: Session, o: Organisation) -> OrganisationDTO:
    resources = [
        ResourceDTO(r.id, r.resource)
        for r in session.scalars(
            select(PartnerResource)
            .where(PartnerResource.organisation_id == o.id)
            .order_by(PartnerResource.id)
        )
    ]
    official_ids = list(
        session.scalars(
            select(Official.id)
            .where(Official.organisation_id == o.id)
            .order_by(Official.active.desc(), Official.position, Official.id)
        )
    )
    return OrganisationDTO(
        id=o.id,
        kind=OrganisationKind(o.kind),
        partner_kind=PartnerKind(o.partner_kind) if o.partner_kind else None,
        name=o.name,
        short_name=o.short_name,
        address=o.address,
        email=o.email,
        phone=o.phone,
        website=o.website,
        reception_hours=o.reception_hours,
        contact_person=o.contact_person,
        notes=o.notes,
        active=o.active,
        resources=resources,
        officials=_official_summaries(session, official_ids),
        inn=o.inn,
    )


# ------------------------------------------------------------------------------ partner resources


def add_partner_resource(ctx: ServiceContext, org_id: int, resource: str) -> ResourceDTO:
    ctx.require(Role.COORDINATOR)
    check = Checker()
    clean = check.required("resource", "Ресурс", resource, 300)
    check.done()
    with ctx.db.session() as s:
        get_or_404(s, Organisation, org_id, "Организация")
        row = PartnerResource(organisation_id=org_id, resource=clean, resource_norm=resource_norm(clean))
        s.add(row)
        s.flush()
        audit.record(s, ctx, "create", "partner_resource", row.id, organisation_id=org_id)
        return ResourceDTO(row.id, row.resource)


def remove_partner_resource(ctx: ServiceContext, resource_id: int) -> None:
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        row = get_or_404(s, PartnerResource, resource_id, "Ресурс партнёра")
        s.delete(row)
        audit.record(s, ctx, "delete", "partner_resource", resource_id, organisation_id=row.organisation_id)


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


# ---------------------------------------------------------------------------------- declined forms


@dataclass(frozen=True)
class DeclinedCorrection:
    """A staff correction for one case; a None field means "use the automatic form"."""

    position: str | None = None
    full_name: str | None = None
    short_name: str | None = None


@dataclass(frozen=True)
class OfficialForm:
    """One case as documents print it: the automatic form, the correction, and what wins."""

    case: GrammaticalCase
    auto_position: str
    auto_full_name: str
    auto_short_name: str
    correction: DeclinedCorrection

    @property
    def position(self) -> str:
        return self.correction.position or self.auto_position

    @property
    def full_name(self) -> str:
        return self.correction.full_name or self.auto_full_name

    @property
    def short_name(self) -> str:
        return self.correction.short_name or self.auto_short_name


def set_declined_form(
    ctx: ServiceContext,
    official_id: int,
    case: str,
    position: str | None = None,
    full_name: str | None = None,
    short_name: str | None = None,
) -> None:
    """Store staff corrections of one case; empty values clear them (the automatic form is used again)."""
    ctx.require(Role.COORDINATOR)
    c = Checker()
    parsed = c.code("case", "Падеж", case, GrammaticalCase.parse)
    values = {
        "position": c.optional("position", "Должность (склонённая)", position, 300),
        "full_name": c.optional("full_name", "ФИО (склонённое)", full_name, 300),
        "short_name": c.optional("short_name", "Инициалы и фамилия (склонённые)", short_name, 300),
    }
    c.done()
    with ctx.db.session() as s:
        get_or_404(s, Official, official_id, "Должностное лицо")
        row = s.get(OfficialDeclinedForm, (official_id, str(parsed)))
        if not any(values.values()):
            if row is not None:
                s.delete(row)
        else:
            if row is None:
                row = OfficialDeclinedForm(official_id=official_id, grammatical_case=str(parsed))
                s.add(row)
            for name, value in values.items():
                setattr(row, name, value)
        audit.record(
            s,
            ctx,
            "update",
            "official_declined_form",
            official_id,
            case=str(parsed),
            fields=[n for n, v in values.items() if v],
        )


def get_declined_forms(ctx: ServiceContext, official_id: int) -> dict[GrammaticalCase, DeclinedCorrection]:
    """The stored corrections of every case (fields None where nothing was corrected)."""
    with ctx.db.read() as s:
        get_or_404(s, Official, official_id, "Должностное лицо")
        return _corrections(s, official_id)


def _corrections(session: Session, official_id: int) -> dict[GrammaticalCase, DeclinedCorrection]:
    found = {
        r.grammatical_case: DeclinedCorrection(r.position, r.full_name, r.short_name)
        for r in session.scalars(
            select(OfficialDeclinedForm).where(OfficialDeclinedForm.official_id == official_id)
        )
    }
    return {case: found.get(str(case), DeclinedCorrection()) for case in GrammaticalCase}


def official_forms(ctx: ServiceContext, official_id: int) -> list[OfficialForm]:
    """Position and name in the dative, genitive and instrumental: automatic, corrected, and printed."""
    with ctx.db.read() as s:
        o = get_or_404(s, Official, official_id, "Должностное лицо")
        corrections = _corrections(s, official_id)
        person = (
            declension.PersonName(o.last_name, o.first_name, o.middle_name, o.gender) if o.last_name else None
        )
        position = o.position
    result = []
    for case in GrammaticalCase:
        auto = declension.forms(person, position, case.value)  # type: ignore[arg-type]
        result.append(OfficialForm(case, auto.position, auto.full_name, auto.short_name, corrections[case]))
    return result


__all__ = [
    "DeclinedCorrection",
    "OfficialDTO",
    "OfficialForm",
    "OfficialInput",
    "OfficialSummary",
    "OrganisationDTO",
    "OrganisationInput",
    "OrganisationSummary",
    "ResourceDTO",
    "ancestor_ids",
    "resource_norm",
    "subtree_ids",
]
