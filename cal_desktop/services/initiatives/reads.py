"""Initiatives: lists, the board, the card with its timeline and consultations (reads only)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

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
from cal_desktop.domain.vocab import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Category,
    InitiativeStatus,
    MemberRole,
    OutOfScopeReason,
)
from cal_desktop.services.appeals import _initiative_appeal_events
from cal_desktop.services.common import Page, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import subtree_ids
from cal_desktop.services.events_query import initiative_events
from cal_desktop.services.events_signatures import initiative_campaigns
from cal_desktop.services.initiatives.dtos import (
    AppealRow,
    DocumentRow,
    InitiativeCard,
    InitiativeFilter,
    InitiativeSummary,
    LinkedConsultation,
    MemberDTO,
    PartnerLink,
    PublicationDTO,
    ResourceNeed,
    StatusChangeDTO,
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
