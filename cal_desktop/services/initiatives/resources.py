"""Initiatives: needed resources, partners, publications in the media and the next step."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from cal_desktop.db.models import (
    Initiative,
    InitiativePartner,
    InitiativeResource,
    Organisation,
    Publication,
)
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import (
    OrganisationKind,
)
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import audit, followups_sync
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import resource_norm
from cal_desktop.services.initiatives.dtos import LABELS, PartnerLink, PublicationDTO, ResourceNeed

# ------------------------------------------------------------------- resources, partners, media, step


def add_resource(ctx: ServiceContext, initiative_id: int, resource: str) -> ResourceNeed:
    """Something the initiative needs; matched against partners' offers by its normalised words."""
    c = Checker()
    clean = c.required("resource", LABELS["resource"], resource, 300)
    c.done()
    with ctx.db.session() as s:
        get_or_404(s, Initiative, initiative_id, "Инициатива")
        row = InitiativeResource(
            initiative_id=initiative_id, resource=clean, resource_norm=resource_norm(clean)
        )
        s.add(row)
        s.flush()
        audit.record(s, ctx, "create", "initiative_resource", row.id, initiative_id=initiative_id)
        return ResourceNeed(row.id, row.resource, row.found)


def set_resource_found(ctx: ServiceContext, resource_id: int, found: bool = True) -> None:
    with ctx.db.session() as s:
        row = get_or_404(s, InitiativeResource, resource_id, "Ресурс")
        row.found = found
        audit.record(s, ctx, "update", "initiative_resource", resource_id, found=found)


def remove_resource(ctx: ServiceContext, resource_id: int) -> None:
    with ctx.db.session() as s:
        row = get_or_404(s, InitiativeResource, resource_id, "Ресурс")
        s.delete(row)
        audit.record(s, ctx, "delete", "initiative_resource", resource_id, initiative_id=row.initiative_id)


def add_partner(
    ctx: ServiceContext, initiative_id: int, organisation_id: int, contribution: str | None = None
) -> PartnerLink:
    c = Checker()
    clean = c.optional("contribution", LABELS["contribution"], contribution, 500)
    c.done()
    with ctx.db.session() as s:
        get_or_404(s, Initiative, initiative_id, "Инициатива")
        org = get_or_404(s, Organisation, organisation_id, "Организация")
        exists = s.scalar(
            select(func.count()).where(
                InitiativePartner.initiative_id == initiative_id,
                InitiativePartner.organisation_id == organisation_id,
            )
        )
        if exists:
            raise Conflict(f"«{org.name}» уже среди партнёров инициативы.")
        link = InitiativePartner(
            initiative_id=initiative_id,
            organisation_id=organisation_id,
            contribution=clean,
            added_on=clock.today(),
        )
        s.add(link)
        s.flush()
        audit.record(s, ctx, "create", "initiative_partner", link.id, initiative_id=initiative_id)
        return PartnerLink(link.id, organisation_id, org.name, clean, link.added_on)


def remove_partner(ctx: ServiceContext, link_id: int) -> None:
    with ctx.db.session() as s:
        link = get_or_404(s, InitiativePartner, link_id, "Партнёр инициативы")
        s.delete(link)
        audit.record(s, ctx, "delete", "initiative_partner", link_id, initiative_id=link.initiative_id)


def add_publication(
    ctx: ServiceContext,
    initiative_id: int,
    title: str,
    *,
    media_id: int | None = None,
    url: str | None = None,
    published_on: date | None = None,
    notes: str | None = None,
) -> PublicationDTO:
    c = Checker()
    clean_title = c.required("title", "Заголовок публикации", title, 300)
    clean_url = c.optional("url", LABELS["url"], url, 500)
    when = c.past_date("published_on", LABELS["published_on"], published_on)
    clean_notes = c.optional("notes", "Заметки", notes, 5000, long_text=True)
    c.done()
    with ctx.db.session() as s:
        get_or_404(s, Initiative, initiative_id, "Инициатива")
        media = None
        if media_id is not None:
            media = get_or_404(s, Organisation, media_id, "СМИ")
            if media.kind != OrganisationKind.MEDIA:
                raise ValidationError.single("media_id", LABELS["media_id"], "выберите СМИ из справочника")
        pub = Publication(
            initiative_id=initiative_id,
            media_id=media_id,
            title=clean_title,
            url=clean_url,
            published_on=when,
            notes=clean_notes,
        )
        s.add(pub)
        s.flush()
        audit.record(s, ctx, "create", "publication", pub.id, initiative_id=initiative_id)
        return PublicationDTO(
            pub.id, clean_title, media_id, media.name if media else None, clean_url, when, clean_notes
        )


def remove_publication(ctx: ServiceContext, publication_id: int) -> None:
    with ctx.db.session() as s:
        pub = get_or_404(s, Publication, publication_id, "Публикация")
        s.delete(pub)
        audit.record(s, ctx, "delete", "publication", publication_id, initiative_id=pub.initiative_id)


def set_next_step(ctx: ServiceContext, initiative_id: int, step: str | None, due: date | None) -> None:
    """The next step agreed with the author and its date (it shows among the desk's follow-ups).

    Both empty clears it; a date without words is refused (a reminder must say what to do).
    """
    c = Checker()
    clean = c.optional("next_step", LABELS["next_step"], step, 2000)
    if due is not None and not clean:
        c.fail("next_step", LABELS["next_step"], "опишите шаг, о котором напомнить")
    c.done()
    with ctx.db.session() as s:
        initiative = get_or_404(s, Initiative, initiative_id, "Инициатива")
        initiative.next_step = clean
        initiative.next_step_date = due
        followups_sync.track_initiative(s, initiative)
        audit.record(s, ctx, "update", "initiative", initiative_id, fields=["next_step", "next_step_date"])
