"""The directory: organisations (authorities, partners, media) and the resources partners offer."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    InitiativePartner,
    Official,
    Organisation,
    PartnerResource,
    Publication,
)
from cal_desktop.db.search import fit_column, text_filter
from cal_desktop.domain import text
from cal_desktop.domain.search_text import organisation_search_text
from cal_desktop.domain.vocab import (
    OrganisationKind,
    PartnerKind,
    Role,
)
from cal_desktop.errors import Conflict
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, Page, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory.matching import resource_norm
from cal_desktop.services.directory.officials import (
    OfficialSummary,
    _official_summaries,
    _refresh_officials_search,
)
from cal_desktop.services.organisation_inn import checked_inn

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
