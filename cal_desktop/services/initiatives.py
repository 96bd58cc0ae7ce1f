"""Initiatives: a resident's idea for a place, from idea to result (issue 4).

Rules kept here (DOMAIN A1):
- an initiative always has at least one author (a visitor); it is created with one, and the last author
  can be neither removed nor given another role;
- every status change is an ``InitiativeStatusChange`` row (from, to, UTC time, local date, staff member,
  reason, comment); the row written at creation has no ``from``;
- ``declined`` needs an out-of-scope reason; ``done`` needs the result, and marks the initiative as a
  success story (cleared again if it is reopened);
- reopening a closed initiative (done, paused, declined, withdrawn -> an open status) is allowed, but needs
  a comment saying why: the history then explains itself, and the monthly report's "status at the end of
  M" stays right because it reads the history, not the current status;
- supporters attracted in a month are members with role supporter/volunteer whose ``added_on`` falls in it.

Lists are filtered, counted and paged in SQL (indexes on status, category, territory, staff, created_on),
with territory filters covering the whole subtree through a recursive CTE.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from cal_desktop import __version__
from cal_desktop.db.models import (
    Appeal,
    Consultation,
    Document,
    Initiative,
    InitiativeMember,
    InitiativePartner,
    InitiativeResource,
    InitiativeStatusChange,
    Organisation,
    Publication,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.db.search import text_filter
from cal_desktop.domain import clock, deadlines, text
from cal_desktop.domain.search_text import initiative_search_text
from cal_desktop.domain.vocab import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    SUPPORTER_ROLES,
    AppealState,
    Category,
    InitiativeStatus,
    MemberRole,
    OrganisationKind,
    OutOfScopeReason,
)
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import audit, files, followups_sync
from cal_desktop.services.appeals import AppealEventDTO, _initiative_appeal_events
from cal_desktop.services.common import Checker, Page, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import resource_norm, subtree_ids
from cal_desktop.services.events_query import EventRow, initiative_events
from cal_desktop.services.events_signatures import CampaignDTO, initiative_campaigns
from cal_desktop.services.settings import _get_settings

LABELS = {
    "title": "Название",
    "description": "Описание",
    "category": "Категория",
    "territory_id": "Территория",
    "address": "Адрес",
    "staff_id": "Сопровождает",
    "expected_result": "Ожидаемый результат",
    "estimated_cost": "Предварительная стоимость",
    "planned_timing": "Сроки",
    "author_id": "Автор",
    "status": "Статус",
    "reason": "Причина отказа",
    "result_summary": "Результат",
    "comment": "Комментарий",
    "visitor_id": "Участник",
    "role": "Роль",
    "next_step": "Следующий шаг",
    "next_step_date": "Дата следующего шага",
    "resource": "Ресурс",
    "organisation_id": "Партнёр",
    "contribution": "Вклад партнёра",
    "media_id": "СМИ",
    "url": "Ссылка",
    "published_on": "Дата публикации",
}


# -------------------------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class InitiativeInput:
    title: str
    category: str  # Category code or label
    description: str | None = None
    territory_id: int | None = None
    address: str | None = None
    staff_id: int | None = None  # the staff member who accompanies it; None: the one acting (on create)
    expected_result: str | None = None
    estimated_cost: str | None = None
    planned_timing: str | None = None


@dataclass(frozen=True)
class InitiativeFilter:
    """What the list and the board show; every field narrows the list (None: no condition)."""

    statuses: Sequence[str] | None = None
    category: str | None = None
    territory_id: int | None = None  # the territory and everything inside it
    staff_id: int | None = None
    text: str | None = None  # words of the title or address
    open: bool | None = None  # True: open statuses only; False: closed only
    author_id: int | None = None  # a visitor taking part in any role


@dataclass(frozen=True)
class InitiativeSummary:
    """A row of the list or a card on the board."""

    id: int
    title: str
    category: Category
    status: InitiativeStatus
    territory: str | None
    address: str | None
    staff_name: str | None
    authors: str  # «Иванов И.И., Петрова А.С.»
    next_step: str | None
    next_step_date: date | None
    created_on: date


@dataclass(frozen=True)
class MemberDTO:
    id: int
    visitor_id: int
    full_name: str
    phone: str | None
    role: MemberRole
    added_on: date
    note: str | None


@dataclass(frozen=True)
class StatusChangeDTO:
    id: int
    from_status: InitiativeStatus | None
    to_status: InitiativeStatus
    changed_at: datetime  # local time
    changed_on: date
    staff_name: str | None
    reason: OutOfScopeReason | None
    comment: str | None


@dataclass(frozen=True)
class LinkedConsultation:
    id: int
    occurred_on: date
    visitor_name: str | None
    outcome: str
    summary: str | None


@dataclass(frozen=True)
class ResourceNeed:
    id: int
    resource: str
    found: bool


@dataclass(frozen=True)
class PartnerLink:
    id: int
    organisation_id: int
    name: str
    contribution: str | None
    added_on: date


@dataclass(frozen=True)
class PublicationDTO:
    id: int
    title: str
    media_id: int | None
    media_name: str | None
    url: str | None
    published_on: date | None
    notes: str | None


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    template_id: str
    created_on: date


@dataclass(frozen=True)
class AppealRow:
    id: int
    number: str
    sent_date: date
    addressee_text: str | None
    answer_date: date | None
    due_date: date | None = None
    state: AppealState | None = None


@dataclass(frozen=True)
class InitiativeCard:
    """Everything the initiative card shows."""

    id: int
    title: str
    description: str | None
    category: Category
    territory_id: int | None
    territory: str | None
    address: str | None
    status: InitiativeStatus
    decline_reason: OutOfScopeReason | None
    staff_id: int | None
    staff_name: str | None
    next_step: str | None
    next_step_date: date | None
    result_summary: str | None
    success_story: bool
    expected_result: str | None
    estimated_cost: str | None
    planned_timing: str | None
    created_on: date
    members: list[MemberDTO] = field(default_factory=list)
    timeline: list[StatusChangeDTO] = field(default_factory=list)
    consultations: list[LinkedConsultation] = field(default_factory=list)
    consultations_total: int = 0
    resources: list[ResourceNeed] = field(default_factory=list)
    partners: list[PartnerLink] = field(default_factory=list)
    publications: list[PublicationDTO] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
    appeals: list[AppealRow] = field(default_factory=list)
    # what happened to its appeals (registered, extended, forwarded, answered), for the timeline
    appeal_events: list[AppealEventDTO] = field(default_factory=list)
    # its meetings and events (services.events), oldest first, for the history
    events: list[EventRow] = field(default_factory=list)
    campaigns: list[CampaignDTO] = field(default_factory=list)  # signature collections (issue 16)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class SuccessStory:
    """An implemented initiative as the network receives it: no personal data."""

    id: int
    title: str
    category: Category
    territory: str | None
    result_summary: str | None
    created_on: date
    done_on: date


# -------------------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Clean:
    title: str
    description: str | None
    category: str
    territory_id: int | None
    address: str | None
    staff_id: int | None
    expected_result: str | None
    estimated_cost: str | None
    planned_timing: str | None


def _validate(session: Session, data: InitiativeInput) -> _Clean:
    c = Checker()
    title = c.required("title", LABELS["title"], data.title, 300)
    category = c.code("category", LABELS["category"], data.category, Category.parse)
    description = c.optional("description", LABELS["description"], data.description, 10000, long_text=True)
    address = c.optional("address", LABELS["address"], data.address, 500)
    expected = c.optional(
        "expected_result", LABELS["expected_result"], data.expected_result, 5000, long_text=True
    )
    cost = c.optional("estimated_cost", LABELS["estimated_cost"], data.estimated_cost, 100)
    timing = c.optional("planned_timing", LABELS["planned_timing"], data.planned_timing, 200)
    if data.territory_id is not None and session.get(Territory, data.territory_id) is None:
        c.fail("territory_id", LABELS["territory_id"], "нет такой территории")
    if data.staff_id is not None and session.get(Staff, data.staff_id) is None:
        c.fail("staff_id", LABELS["staff_id"], "нет такого сотрудника")
    c.done()
    return _Clean(
        title, description, str(category), data.territory_id, address, data.staff_id, expected, cost, timing
    )


def _apply(initiative: Initiative, clean: _Clean) -> None:
    for name in clean.__dataclass_fields__:
        setattr(initiative, name, getattr(clean, name))
    initiative.search_text = initiative_search_text(clean.title, clean.address)


def _visitor_or_fail(session: Session, field_name: str, visitor_id: int | None) -> Visitor:
    visitor = session.get(Visitor, visitor_id) if visitor_id is not None else None
    if visitor is None or visitor.anonymised_at is not None:
        raise ValidationError.single(
            field_name, LABELS.get(field_name, "Участник"), "выберите посетителя из базы"
        )
    return visitor


# ------------------------------------------------------------------------------------------ create


def create_initiative(
    ctx: ServiceContext,
    data: InitiativeInput,
    author_id: int,
    *,
    comment: str | None = None,
) -> InitiativeCard:
    """A new initiative in status «идея» with its author; the history starts with that status."""
    with ctx.db.session() as s:
        initiative_id = _create_initiative(s, ctx, data, author_id, comment=comment)
        return _card(s, get_or_404(s, Initiative, initiative_id, "Инициатива"))


def _create_initiative(
    session: Session,
    ctx: ServiceContext,
    data: InitiativeInput,
    author_id: int,
    *,
    status: str = InitiativeStatus.IDEA,
    created_on: date | None = None,
    comment: str | None = None,
    decline_reason: str | None = None,
) -> int:
    """The work of ``create_initiative``; imports pass a status and a creation date from the file.

    An initiative created already «отклонена» (an import) carries its out-of-scope reason
    (``decline_reason``, code or Russian label) on the initiative and on its first history row, like a
    decline made in the program. When the file gives none, «другое» is recorded, so that the monthly
    report and the card never show a decline without a reason; a reason with another status is refused.
    """
    clean = _validate(session, data)
    parsed_status = InitiativeStatus.parse(status)
    reason = _creation_reason(parsed_status, decline_reason)
    _visitor_or_fail(session, "author_id", author_id)
    day = created_on or clock.today()
    initiative = Initiative(
        status=str(parsed_status),
        created_on=day,
        created_by_id=ctx.actor.staff_id,
        decline_reason=reason,
    )
    _apply(initiative, clean)
    if initiative.staff_id is None:
        initiative.staff_id = ctx.actor.staff_id
    if parsed_status == InitiativeStatus.DONE:
        initiative.success_story = True
    session.add(initiative)
    session.flush()
    session.add(
        InitiativeMember(
            initiative_id=initiative.id, visitor_id=author_id, role=MemberRole.AUTHOR.value, added_on=day
        )
    )
    session.add(
        InitiativeStatusChange(
            initiative_id=initiative.id,
            from_status=None,
            to_status=str(parsed_status),
            changed_on=day,
            staff_id=ctx.actor.staff_id,
            reason=reason,
            comment=(comment or "").strip() or None,
        )
    )
    followups_sync.track_initiative(session, initiative)
    audit.record(session, ctx, "create", "initiative", initiative.id, author_id=author_id)
    return initiative.id


def _creation_reason(status: InitiativeStatus, decline_reason: str | None) -> str | None:
    """The out-of-scope reason stored with a new initiative: only for «отклонена», «другое» by default."""
    given = (decline_reason or "").strip()
    if status != InitiativeStatus.DECLINED:
        if given:
            raise ValidationError.single(
                "reason", LABELS["reason"], "причина указывается только для отклонённой инициативы"
            )
        return None
    if not given:
        return OutOfScopeReason.OTHER.value
    c = Checker()
    parsed = c.code("reason", LABELS["reason"], given, OutOfScopeReason.parse)
    c.done()
    return str(parsed)


def create_from_consultation(
    ctx: ServiceContext,
    consultation_id: int,
    data: InitiativeInput,
    *,
    author_id: int | None = None,
) -> InitiativeCard:
    """An initiative born in a consultation: its visitor becomes the author and the consultation is linked.

    The description and territory default to the consultation's summary and the visitor's territory.
    """
    with ctx.db.session() as s:
        consultation = get_or_404(s, Consultation, consultation_id, "Консультация")
        if consultation.initiative_id is not None:
            raise Conflict(f"Консультация уже связана с инициативой №{consultation.initiative_id}.")
        author = author_id if author_id is not None else consultation.visitor_id
        if author is None:
            raise ValidationError.single(
                "author_id", LABELS["author_id"], "консультация анонимная: выберите автора инициативы"
            )
        visitor = _visitor_or_fail(s, "author_id", author)
        filled = InitiativeInput(
            title=data.title,
            category=data.category,
            description=data.description if (data.description or "").strip() else consultation.summary,
            territory_id=data.territory_id if data.territory_id is not None else visitor.territory_id,
            address=data.address,
            staff_id=data.staff_id,
            expected_result=data.expected_result,
            estimated_cost=data.estimated_cost,
            planned_timing=data.planned_timing,
        )
        initiative_id = _create_initiative(
            s, ctx, filled, author, comment=f"Создана по консультации от {consultation.occurred_on:%d.%m.%Y}"
        )
        consultation.initiative_id = initiative_id
        audit.record(s, ctx, "update", "consultation", consultation_id, initiative_id=initiative_id)
        s.flush()
        return _card(s, get_or_404(s, Initiative, initiative_id, "Инициатива"))


def update_initiative(ctx: ServiceContext, initiative_id: int, data: InitiativeInput) -> InitiativeCard:
    with ctx.db.session() as s:
        initiative = get_or_404(s, Initiative, initiative_id, "Инициатива")
        clean = _validate(s, data)
        if clean.staff_id is None:
            clean = replace(clean, staff_id=initiative.staff_id)
        changed = [n for n in clean.__dataclass_fields__ if getattr(initiative, n) != getattr(clean, n)]
        _apply(initiative, clean)
        followups_sync.track_initiative(s, initiative)
        audit.record(s, ctx, "update", "initiative", initiative_id, fields=changed)
        s.flush()
        return _card(s, initiative)


# ------------------------------------------------------------------------------------------ status


def change_status(
    ctx: ServiceContext,
    initiative_id: int,
    to_status: str,
    comment: str | None = None,
    reason: str | None = None,
    result_summary: str | None = None,
) -> InitiativeCard:
    """Move the initiative to another status and write the change into its history.

    ``declined`` needs ``reason`` (an out-of-scope reason); ``done`` needs ``result_summary`` and marks a
    success story; a closed initiative can be reopened with a ``comment``.
    """
    with ctx.db.session() as s:
        _change_status(s, ctx, initiative_id, to_status, comment, reason, result_summary)
        s.flush()
        return _card(s, get_or_404(s, Initiative, initiative_id, "Инициатива"))


def _change_status(
    session: Session,
    ctx: ServiceContext,
    initiative_id: int,
    to_status: str,
    comment: str | None = None,
    reason: str | None = None,
    result_summary: str | None = None,
    *,
    changed_on: date | None = None,
) -> None:
    initiative = get_or_404(session, Initiative, initiative_id, "Инициатива")
    c = Checker()
    new = c.code("status", LABELS["status"], to_status, InitiativeStatus.parse)
    clean_comment = c.optional("comment", LABELS["comment"], comment, 5000, long_text=True)
    parsed_reason = c.code("reason", LABELS["reason"], reason, OutOfScopeReason.parse, required=False)
    result = c.optional("result_summary", LABELS["result_summary"], result_summary, 5000, long_text=True)
    old = InitiativeStatus(initiative.status)
    if new is not None:
        if new == old:
            c.fail("status", LABELS["status"], f"инициатива уже в статусе «{old.label}»")
        if new == InitiativeStatus.DECLINED and parsed_reason is None:
            c.fail("reason", LABELS["reason"], "при отклонении укажите причину")
        if new == InitiativeStatus.DONE and not (result or initiative.result_summary):
            c.fail("result_summary", LABELS["result_summary"], "опишите, чего добились авторы")
        if old in CLOSED_STATUSES and new in OPEN_STATUSES and not clean_comment:
            c.fail("comment", LABELS["comment"], "объясните, почему инициатива возобновлена")
    c.done()
    assert new is not None
    if new == InitiativeStatus.DONE:
        initiative.result_summary = result or initiative.result_summary
        initiative.success_story = True
    elif old == InitiativeStatus.DONE:
        initiative.success_story = False
    initiative.decline_reason = str(parsed_reason) if new == InitiativeStatus.DECLINED else None
    initiative.status = str(new)
    session.add(
        InitiativeStatusChange(
            initiative_id=initiative_id,
            from_status=str(old),
            to_status=str(new),
            changed_on=changed_on or clock.today(),
            staff_id=ctx.actor.staff_id,
            reason=str(parsed_reason) if new == InitiativeStatus.DECLINED else None,
            comment=clean_comment,
        )
    )
    followups_sync.track_initiative(session, initiative)
    audit.record(session, ctx, "status", "initiative", initiative_id, to=str(new))


# ----------------------------------------------------------------------------------------- members


def add_member(
    ctx: ServiceContext, initiative_id: int, visitor_id: int, role: str, note: str | None = None
) -> MemberDTO:
    """Add a resident to the initiative (once: change the role of an existing member instead)."""
    c = Checker()
    parsed = c.code("role", LABELS["role"], role, MemberRole.parse)
    clean_note = c.optional("note", "Примечание", note, 500)
    c.done()
    with ctx.db.session() as s:
        get_or_404(s, Initiative, initiative_id, "Инициатива")
        visitor = _visitor_or_fail(s, "visitor_id", visitor_id)
        existing = s.scalars(
            select(InitiativeMember).where(
                InitiativeMember.initiative_id == initiative_id, InitiativeMember.visitor_id == visitor_id
            )
        ).first()
        if existing is not None:
            raise Conflict(
                f"{text.full_name(visitor.last_name, visitor.first_name, visitor.middle_name)} уже участвует "
                f"в инициативе (роль: {MemberRole(existing.role).label})."
            )
        member = InitiativeMember(
            initiative_id=initiative_id,
            visitor_id=visitor_id,
            role=str(parsed),
            added_on=clock.today(),
            note=clean_note,
        )
        s.add(member)
        s.flush()
        audit.record(
            s, ctx, "create", "initiative_member", member.id, initiative_id=initiative_id, role=str(parsed)
        )
        return _members(s, initiative_id, only=member.id)[0]


def change_member_role(ctx: ServiceContext, member_id: int, role: str) -> MemberDTO:
    c = Checker()
    parsed = c.code("role", LABELS["role"], role, MemberRole.parse)
    c.done()
    with ctx.db.session() as s:
        member = get_or_404(s, InitiativeMember, member_id, "Участник")
        if member.role == MemberRole.AUTHOR and parsed != MemberRole.AUTHOR:
            _refuse_last_author(s, member)
        member.role = str(parsed)
        audit.record(s, ctx, "update", "initiative_member", member_id, role=str(parsed))
        s.flush()
        return _members(s, member.initiative_id, only=member.id)[0]


def remove_member(ctx: ServiceContext, member_id: int) -> None:
    with ctx.db.session() as s:
        member = get_or_404(s, InitiativeMember, member_id, "Участник")
        if member.role == MemberRole.AUTHOR:
            _refuse_last_author(s, member)
        s.delete(member)
        audit.record(s, ctx, "delete", "initiative_member", member_id, initiative_id=member.initiative_id)


def _refuse_last_author(session: Session, member: InitiativeMember) -> None:
    authors = session.scalar(
        select(func.count()).where(
            InitiativeMember.initiative_id == member.initiative_id,
            InitiativeMember.role == MemberRole.AUTHOR.value,
        )
    )
    if (authors or 0) <= 1:
        raise ValidationError.single(
            "role",
            LABELS["role"],
            "у инициативы должен остаться хотя бы один автор: сначала добавьте другого",
        )


def list_members(ctx: ServiceContext, initiative_id: int) -> list[MemberDTO]:
    with ctx.db.read() as s:
        get_or_404(s, Initiative, initiative_id, "Инициатива")
        return _members(s, initiative_id)


def _members(session: Session, initiative_id: int, only: int | None = None) -> list[MemberDTO]:
    query = (
        select(InitiativeMember, Visitor.last_name, Visitor.first_name, Visitor.middle_name, Visitor.phone)
        .join(Visitor, Visitor.id == InitiativeMember.visitor_id)
        .where(InitiativeMember.initiative_id == initiative_id)
    )
    if only is not None:
        query = query.where(InitiativeMember.id == only)
    order = list(MemberRole)
    rows = [
        MemberDTO(
            m.id,
            m.visitor_id,
            text.full_name(last, first, middle),
            phone,
            MemberRole(m.role),
            m.added_on,
            m.note,
        )
        for m, last, first, middle, phone in session.execute(query)
    ]
    return sorted(rows, key=lambda r: (order.index(r.role), r.added_on, r.id))


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


# ------------------------------------------------------------------------------------------- reads


def get_initiative(ctx: ServiceContext, initiative_id: int, consultations_limit: int = 20) -> InitiativeCard:
    with ctx.db.read() as s:
        return _card(s, get_or_404(s, Initiative, initiative_id, "Инициатива"), consultations_limit)


def _filtered(f: InitiativeFilter) -> Select[Any]:
    query = select(Initiative.id).where(text_filter(Initiative.search_text, f.text))
    if f.statuses:
        query = query.where(Initiative.status.in_([str(InitiativeStatus.parse(x)) for x in f.statuses]))
    if f.open is True:
        query = query.where(Initiative.status.in_([str(x) for x in OPEN_STATUSES]))
    elif f.open is False:
        query = query.where(Initiative.status.in_([str(x) for x in CLOSED_STATUSES]))
    if f.category:
        query = query.where(Initiative.category == str(Category.parse(f.category)))
    if f.territory_id is not None:
        query = query.where(Initiative.territory_id.in_(subtree_ids(f.territory_id)))
    if f.staff_id is not None:
        query = query.where(Initiative.staff_id == f.staff_id)
    if f.author_id is not None:
        query = query.where(
            Initiative.id.in_(
                select(InitiativeMember.initiative_id).where(InitiativeMember.visitor_id == f.author_id)
            )
        )
    return query


def list_initiatives(
    ctx: ServiceContext, f: InitiativeFilter | None = None, *, offset: int = 0, limit: int = 50
) -> Page[InitiativeSummary]:
    """A page of initiatives, newest first, filtered and counted in SQL."""
    query = _filtered(f or InitiativeFilter())
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        ids = list(
            s.scalars(
                query.order_by(Initiative.created_on.desc(), Initiative.id.desc()).offset(offset).limit(limit)
            )
        )
        return Page(_summaries(s, ids), total, offset, limit)


def board_counts(ctx: ServiceContext, f: InitiativeFilter | None = None) -> dict[InitiativeStatus, int]:
    """How many initiatives are in each status (every status present, zeros included)."""
    query = _filtered(f or InitiativeFilter()).subquery()
    with ctx.db.read() as s:
        rows = s.execute(
            select(Initiative.status, func.count())
            .where(Initiative.id.in_(select(query.c.id)))
            .group_by(Initiative.status)
        ).all()
    found = {str(status): n for status, n in rows}
    return {status: found.get(str(status), 0) for status in InitiativeStatus}


def board(
    ctx: ServiceContext, f: InitiativeFilter | None = None, per_status: int = 50
) -> dict[InitiativeStatus, list[InitiativeSummary]]:
    """The board: for each status, its latest ``per_status`` initiatives (the counts come separately)."""
    base = f or InitiativeFilter()
    result: dict[InitiativeStatus, list[InitiativeSummary]] = {}
    with ctx.db.read() as s:
        for status in InitiativeStatus:
            query = _filtered(base).where(Initiative.status == str(status))
            ids = list(
                s.scalars(
                    query.order_by(Initiative.created_on.desc(), Initiative.id.desc()).limit(per_status)
                )
            )
            result[status] = _summaries(s, ids)
    return result


def success_stories(ctx: ServiceContext, date_from: date, date_to: date) -> list[SuccessStory]:
    """Initiatives marked done in the period (by the date of the change to «реализована»), for the network.

    Only the title, category, territory, result and dates: no names of authors or staff.
    """
    done_on = (
        select(
            InitiativeStatusChange.initiative_id, func.max(InitiativeStatusChange.changed_on).label("done_on")
        )
        .where(InitiativeStatusChange.to_status == InitiativeStatus.DONE.value)
        .where(InitiativeStatusChange.changed_on.between(date_from, date_to))
        .group_by(InitiativeStatusChange.initiative_id)
        .subquery()
    )
    with ctx.db.read() as s:
        rows = s.execute(
            select(
                Initiative.id,
                Initiative.title,
                Initiative.category,
                Territory.name,
                Initiative.result_summary,
                Initiative.created_on,
                done_on.c.done_on,
            )
            .join(done_on, done_on.c.initiative_id == Initiative.id)
            .outerjoin(Territory, Territory.id == Initiative.territory_id)
            .where(Initiative.success_story.is_(True))
            .order_by(done_on.c.done_on, Initiative.id)
        ).all()
    return [SuccessStory(r[0], r[1], Category(r[2]), r[3], r[4], r[5], r[6]) for r in rows]


SUCCESS_FORMAT = "cal-desktop.success-stories"
SUCCESS_FORMAT_VERSION = 1
SUCCESS_HEADERS = ("Название", "Категория", "Территория", "Результат", "Создана", "Реализована")
_EARLIEST = date(2000, 1, 1)


def export_success_stories(
    ctx: ServiceContext,
    path: str | os.PathLike[str],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> int:
    """Write the success stories of the period (default: all, up to today) for the network.

    ``.json``: a versioned package (format ``cal-desktop.success-stories``, version 1) naming the
    centre and the period, with one object per story; ``.xlsx``: one sheet, bold frozen header.
    Only what :func:`success_stories` returns: no authors, phones or staff names. The file appears
    whole or not at all (a temporary file renamed over the target). Returns the number of stories.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise ValidationError.single("path", "Файл", "нужен файл .json или .xlsx")
    start, end = date_from or _EARLIEST, date_to or clock.today()
    if start > end:
        raise ValidationError.single("date_from", "Начало периода", "позже конца периода")
    stories = success_stories(ctx, start, end)
    with ctx.db.read() as s:
        centre = _get_settings(s)
    if suffix == ".json":
        package = _success_package(stories, centre.centre_name, centre.city, start, end)
        payload = json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")
        files.write_atomic(target, lambda tmp: tmp.write_bytes(payload))
    else:
        files.write_atomic(target, lambda tmp: _success_xlsx(tmp, stories, centre.centre_name, start, end))
    with ctx.db.session() as s:
        audit.record(s, ctx, "export", "success_stories", None, rows=len(stories), format=suffix[1:])
    return len(stories)


def _success_package(
    stories: list[SuccessStory], centre: str, city: str | None, start: date, end: date
) -> dict[str, Any]:
    return {
        "format": SUCCESS_FORMAT,
        "format_version": SUCCESS_FORMAT_VERSION,
        "program": f"CAL Desktop {__version__}",
        "generated_at": clock.utcnow().replace(microsecond=0).isoformat() + "Z",
        "centre": {"name": centre, "city": city},
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "stories": [
            {
                "title": x.title,
                "category": x.category.value,
                "category_label": x.category.label,
                "territory": x.territory,
                "result": x.result_summary,
                "created_on": x.created_on.isoformat(),
                "done_on": x.done_on.isoformat(),
            }
            for x in stories
        ],
    }


def _success_xlsx(tmp: Path, stories: list[SuccessStory], centre: str, start: date, end: date) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from cal_desktop.domain.hostile import put

    book = Workbook()
    sheet = book.active
    sheet.title = "Истории успеха"
    sheet.append(list(SUCCESS_HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for r, x in enumerate(stories, start=2):
        values = [
            x.title,
            x.category.label,
            x.territory or "",
            x.result_summary or "",
            x.created_on,
            x.done_on,
        ]
        for c, value in enumerate(values, start=1):
            put(sheet.cell(row=r, column=c), value)  # a title «=HYPERLINK(...)» stays text
    for row in sheet.iter_rows(min_row=2):
        row[3].alignment = Alignment(wrap_text=True, vertical="top")
        for cell in row[4:6]:
            cell.number_format = "DD.MM.YYYY"
    for letter, width in zip("ABCDEF", (40, 22, 24, 60, 12, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    book.properties.title = f"Истории успеха: {centre}, {start:%d.%m.%Y}–{end:%d.%m.%Y}"
    book.save(tmp)


def _summaries(session: Session, ids: list[int]) -> list[InitiativeSummary]:
    """Rows for these ids (one page), in the same order, with their authors in one more query."""
    if not ids:
        return []
    rows = session.execute(
        select(
            Initiative.id,
            Initiative.title,
            Initiative.category,
            Initiative.status,
            Territory.name,
            Initiative.address,
            Staff.display_name,
            Initiative.next_step,
            Initiative.next_step_date,
            Initiative.created_on,
        )
        .outerjoin(Territory, Territory.id == Initiative.territory_id)
        .outerjoin(Staff, Staff.id == Initiative.staff_id)
        .where(Initiative.id.in_(ids))
    ).all()
    authors: dict[int, list[str]] = {}
    for initiative_id, last, first, middle in session.execute(
        select(InitiativeMember.initiative_id, Visitor.last_name, Visitor.first_name, Visitor.middle_name)
        .join(Visitor, Visitor.id == InitiativeMember.visitor_id)
        .where(InitiativeMember.initiative_id.in_(ids), InitiativeMember.role == MemberRole.AUTHOR.value)
        .order_by(InitiativeMember.id)
    ):
        authors.setdefault(initiative_id, []).append(text.initials_name(last, first, middle))
    by_id = {
        r[0]: InitiativeSummary(
            r[0],
            r[1],
            Category(r[2]),
            InitiativeStatus(r[3]),
            r[4],
            r[5],
            r[6],
            ", ".join(authors.get(r[0], [])),
            r[7],
            r[8],
            r[9],
        )
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _card(session: Session, i: Initiative, consultations_limit: int = 20) -> InitiativeCard:
    territory = session.get(Territory, i.territory_id) if i.territory_id else None
    staff = session.get(Staff, i.staff_id) if i.staff_id else None
    consultations_total = session.scalar(select(func.count()).where(Consultation.initiative_id == i.id)) or 0
    return InitiativeCard(
        id=i.id,
        title=i.title,
        description=i.description,
        category=Category(i.category),
        territory_id=i.territory_id,
        territory=territory.name if territory else None,
        address=i.address,
        status=InitiativeStatus(i.status),
        decline_reason=OutOfScopeReason(i.decline_reason) if i.decline_reason else None,
        staff_id=i.staff_id,
        staff_name=staff.display_name if staff else None,
        next_step=i.next_step,
        next_step_date=i.next_step_date,
        result_summary=i.result_summary,
        success_story=i.success_story,
        expected_result=i.expected_result,
        estimated_cost=i.estimated_cost,
        planned_timing=i.planned_timing,
        created_on=i.created_on,
        members=_members(session, i.id),
        timeline=_timeline(session, i.id),
        consultations=_consultations(session, i.id, consultations_limit),
        consultations_total=consultations_total,
        resources=[
            ResourceNeed(r.id, r.resource, r.found)
            for r in session.scalars(
                select(InitiativeResource)
                .where(InitiativeResource.initiative_id == i.id)
                .order_by(InitiativeResource.id)
            )
        ],
        partners=[
            PartnerLink(link.id, link.organisation_id, name, link.contribution, link.added_on)
            for link, name in session.execute(
                select(InitiativePartner, Organisation.name)
                .join(Organisation, Organisation.id == InitiativePartner.organisation_id)
                .where(InitiativePartner.initiative_id == i.id)
                .order_by(InitiativePartner.id)
            )
        ],
        publications=[
            PublicationDTO(p.id, p.title, p.media_id, media, p.url, p.published_on, p.notes)
            for p, media in session.execute(
                select(Publication, Organisation.name)
                .outerjoin(Organisation, Organisation.id == Publication.media_id)
                .where(Publication.initiative_id == i.id)
                .order_by(Publication.published_on.desc(), Publication.id.desc())
            )
        ],
        documents=[
            DocumentRow(r[0], r[1], r[2], r[3])
            for r in session.execute(
                select(Document.id, Document.title, Document.template_id, Document.created_on)
                .where(Document.initiative_id == i.id)
                .order_by(Document.created_at.desc(), Document.id.desc())
            )
        ],
        appeals=[
            AppealRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                deadlines.state(r[5], r[4], clock.today()) if r[5] is not None else None,
            )
            for r in session.execute(
                select(
                    Appeal.id,
                    Appeal.number,
                    Appeal.sent_date,
                    Appeal.addressee_text,
                    Appeal.answer_date,
                    Appeal.due_date,
                )
                .where(Appeal.initiative_id == i.id)
                .order_by(Appeal.sent_date.desc(), Appeal.id.desc())
            )
        ],
        appeal_events=_initiative_appeal_events(session, i.id),
        events=initiative_events(session, i.id),
        campaigns=initiative_campaigns(session, i.id),
    )


def _timeline(session: Session, initiative_id: int) -> list[StatusChangeDTO]:
    rows = session.execute(
        select(InitiativeStatusChange, Staff.display_name)
        .outerjoin(Staff, Staff.id == InitiativeStatusChange.staff_id)
        .where(InitiativeStatusChange.initiative_id == initiative_id)
        .order_by(InitiativeStatusChange.changed_at, InitiativeStatusChange.id)
    ).all()
    return [
        StatusChangeDTO(
            c.id,
            InitiativeStatus(c.from_status) if c.from_status else None,
            InitiativeStatus(c.to_status),
            clock.utc_to_local(c.changed_at),
            c.changed_on,
            name,
            OutOfScopeReason(c.reason) if c.reason else None,
            c.comment,
        )
        for c, name in rows
    ]


def _consultations(session: Session, initiative_id: int, limit: int) -> list[LinkedConsultation]:
    rows = session.execute(
        select(
            Consultation.id,
            Consultation.occurred_on,
            Visitor.last_name,
            Visitor.first_name,
            Visitor.middle_name,
            Consultation.outcome,
            Consultation.summary,
        )
        .outerjoin(Visitor, Visitor.id == Consultation.visitor_id)
        .where(Consultation.initiative_id == initiative_id)
        .order_by(Consultation.occurred_at.desc(), Consultation.id.desc())
        .limit(limit)
    ).all()
    return [
        LinkedConsultation(r[0], r[1], text.full_name(r[2], r[3], r[4]) if r[2] else None, r[5], r[6])
        for r in rows
    ]


def supporters_added(ctx: ServiceContext, date_from: date, date_to: date) -> int:
    """Members with role supporter or volunteer added in the period (the monthly report's figure)."""
    with ctx.db.read() as s:
        return (
            s.scalar(
                select(func.count())
                .where(InitiativeMember.role.in_([str(r) for r in SUPPORTER_ROLES]))
                .where(InitiativeMember.added_on.between(date_from, date_to))
            )
            or 0
        )
