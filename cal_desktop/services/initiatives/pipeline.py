"""Initiatives: validation, creating (also from a consultation), editing and moving through the statuses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Consultation,
    Initiative,
    InitiativeMember,
    InitiativeStatusChange,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.domain import clock
from cal_desktop.domain.search_text import initiative_search_text
from cal_desktop.domain.vocab import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Category,
    InitiativeStatus,
    MemberRole,
    OutOfScopeReason,
)
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import audit, followups_sync
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives.dtos import LABELS, InitiativeCard, InitiativeInput
from cal_desktop.services.initiatives.reads import _card

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
