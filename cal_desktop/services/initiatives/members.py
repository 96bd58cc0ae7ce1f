"""Initiatives: the team (authors, members, supporters) and its rules."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Initiative,
    InitiativeMember,
)
from cal_desktop.domain import clock, text
from cal_desktop.domain.vocab import (
    MemberRole,
)
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives.dtos import LABELS, MemberDTO
from cal_desktop.services.initiatives.pipeline import _visitor_or_fail
from cal_desktop.services.initiatives.reads import _members

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
