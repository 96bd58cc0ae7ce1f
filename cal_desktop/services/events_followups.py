"""Follow-ups from a meeting's decisions (issue 16.1): each decision may get an owner and a due date and
becomes a follow-up of kind «event» linked to the event (``source_id``) and to its first initiative, so
that it appears on the owner's desk, in the calendar and in the initiative's history.

``decision_lines`` offers the decisions as written, one per line (numbering stripped), for the form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cal_desktop.db.models import Event, EventInitiative, FollowUp
from cal_desktop.errors import ValidationError
from cal_desktop.services import audit, followups
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.followups import FollowUpItem

KIND = "event"
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[-–—•*])\s*")


@dataclass(frozen=True)
class DecisionTask:
    text: str
    owner_id: int | None
    due_on: date | None


def decision_lines(decisions: str | None) -> list[str]:
    """«1. Собрать подписи\\n2) Написать письмо» → the two decisions, without their numbers."""
    lines = (_NUMBERING.sub("", line).strip() for line in (decisions or "").splitlines())
    return [line for line in lines if line]


def create_follow_ups(ctx: ServiceContext, event_id: int, tasks: Sequence[DecisionTask]) -> list[int]:
    """A follow-up per decision, all or none; every row names what is missing by its number."""
    c = Checker()
    cleaned: list[tuple[str, int | None, date]] = []
    for n, task in enumerate(tasks, 1):
        title = c.required(f"decision_{n}", f"Решение {n}", task.text, 300)
        if task.due_on is None:
            c.fail(f"due_{n}", f"Решение {n}", "укажите срок")
        cleaned.append((title, task.owner_id, task.due_on or date.min))
    if not tasks:
        raise ValidationError.single("decisions", "Решения", "выберите хотя бы одно решение")
    with ctx.db.session() as s:
        event = get_or_404(s, Event, event_id, "Мероприятие")
        for _title, owner, _due in cleaned:
            followups._check_staff(s, c, owner)
        c.done()
        initiative_id = s.scalar(
            select(EventInitiative.initiative_id).where(EventInitiative.event_id == event.id).limit(1)
        )
        ids = []
        for title, owner, due in cleaned:
            f = FollowUp(
                kind=KIND, source_id=event.id, title=title, due_on=due, owner_id=owner or ctx.actor.staff_id,
                initiative_id=initiative_id, created_by_id=ctx.actor.staff_id,
            )  # fmt: skip
            s.add(f)
            s.flush()
            ids.append(f.id)
        audit.record(s, ctx, "create", "follow_up", None, kind=KIND, event_id=event.id, follow_ups=ids)
    return ids


def event_follow_ups(ctx: ServiceContext, event_id: int) -> list[FollowUpItem]:
    """The follow-ups made from this event's decisions, done ones included (the event's history)."""
    with ctx.db.read() as s:
        ids = list(s.scalars(select(FollowUp.id).where(FollowUp.kind == KIND, FollowUp.source_id == event_id)))
    return [followups.get(ctx, i) for i in ids]
