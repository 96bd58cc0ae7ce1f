"""Keeping follow-ups in step with the records that ask for them.

A repeat meeting (``consultations.follow_up_date``), an initiative's next step (``next_step_date``) and
an unanswered appeal's due date each have one open follow-up. The services that write those fields call
``track_*`` inside their own transaction; the follow-up keeps its owner when its date or title changes,
and is closed (kept as history) when the record no longer asks for it. ``backfill`` does the same for
records written in bulk (the demo), as the migration did for the records that existed before.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, exists, func, insert, literal, null, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Consultation,
    FollowUp,
    Initiative,
    InitiativeMember,
    Staff,
    Visitor,
    utcnow,
)
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import OPEN_STATUSES, MemberRole, Role
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.settings_store import _get_settings

MEETING_TITLE = "Повторная встреча"


def open_follow_up(session: Session, kind: str, source_id: int) -> FollowUp | None:
    return session.scalars(
        select(FollowUp)
        .where(FollowUp.kind == kind, FollowUp.source_id == source_id, FollowUp.done_at.is_(None))
        .order_by(FollowUp.id.desc())
        .limit(1)
    ).first()


def _sync(
    session: Session,
    kind: str,
    source_id: int,
    wanted: bool,
    due: date | None,
    title: str,
    owner_id: int | None,
    **links: int | None,
) -> None:
    current = open_follow_up(session, kind, source_id)
    if not wanted or due is None:
        if current is not None:  # the record no longer asks for it: closed, kept as history
            current.done_at = utcnow()
        return
    if current is None:
        if _done_already(session, kind, source_id, due):
            return  # done for this date (e.g. an appeal's reminder ticked off before its answer came)
        session.add(
            FollowUp(
                kind=kind, source_id=source_id, title=title[:300], due_on=due, owner_id=owner_id,
                created_by_id=owner_id, **links,
            )
        )  # fmt: skip
        return
    current.due_on = due
    current.title = title[:300]
    for name, value in links.items():
        setattr(current, name, value)


def _done_already(session: Session, kind: str, source_id: int, due: date) -> bool:
    return (
        session.scalar(
            select(FollowUp.id)
            .where(FollowUp.kind == kind, FollowUp.source_id == source_id, FollowUp.due_on == due)
            .where(FollowUp.done_at.is_not(None))
            .limit(1)
        )
        is not None
    )


def track_consultation(session: Session, c: Consultation, *, new: bool = False) -> None:
    """``new``: just written, so it has no follow-up yet (an import of a million rows skips the query)."""
    if new and (c.follow_up_date is None or c.follow_up_done):
        return
    session.flush()
    _sync(
        session, "consultation", c.id, not c.follow_up_done, c.follow_up_date, MEETING_TITLE, c.staff_id,
        visitor_id=c.visitor_id, initiative_id=c.initiative_id,
    )  # fmt: skip


def track_initiative(session: Session, i: Initiative) -> None:
    session.flush()
    author = session.scalar(
        select(InitiativeMember.visitor_id)
        .where(InitiativeMember.initiative_id == i.id, InitiativeMember.role == str(MemberRole.AUTHOR))
        .order_by(InitiativeMember.id)
        .limit(1)
    )
    title = f"{i.title}: {i.next_step or 'следующий шаг'}"
    wanted = i.status in {str(s) for s in OPEN_STATUSES}
    _sync(
        session, "initiative", i.id, wanted, i.next_step_date, title, i.staff_id or i.created_by_id,
        visitor_id=author, initiative_id=i.id,
    )  # fmt: skip


def track_appeal(session: Session, a: Appeal) -> None:
    session.flush()
    owner = a.created_by_id
    if owner is None and a.initiative_id is not None:
        owner = session.scalar(select(Initiative.staff_id).where(Initiative.id == a.initiative_id))
    title = f"Ответ на обращение № {a.number}"
    _sync(session, "appeal", a.id, a.answer_date is None, a.due_date, title, owner, initiative_id=a.initiative_id)


def backfill(conn: Connection) -> None:
    """Follow-ups for every record that asks for one and has none yet (records written in bulk)."""
    f = FollowUp.__table__
    columns = ["kind", "source_id", "title", "due_on", "owner_id", "visitor_id", "initiative_id", "created_at",
               "created_by_id", "done_at"]  # fmt: skip

    def missing(kind: str, source: Any) -> Any:
        return ~exists().where(f.c.kind == kind, f.c.source_id == source)

    c = Consultation
    meetings = select(
        literal("consultation"), c.id, literal(MEETING_TITLE), c.follow_up_date, c.staff_id, c.visitor_id,
        c.initiative_id, c.created_at, c.staff_id, case((c.follow_up_done, c.updated_at), else_=None),
    ).where(c.follow_up_date.is_not(None), missing("consultation", c.id))  # fmt: skip
    i = Initiative
    author = (
        select(InitiativeMember.visitor_id)
        .where(InitiativeMember.initiative_id == i.id, InitiativeMember.role == str(MemberRole.AUTHOR))
        .order_by(InitiativeMember.id)
        .limit(1)
        .scalar_subquery()
    )
    owner = func.coalesce(i.staff_id, i.created_by_id)
    step = func.substr(i.title + ": " + func.coalesce(i.next_step, "следующий шаг"), 1, 300)
    steps = select(
        literal("initiative"), i.id, step, i.next_step_date, owner, author, i.id, i.updated_at, owner, null(),
    ).where(
        i.next_step_date.is_not(None), i.status.in_([str(s) for s in OPEN_STATUSES]), missing("initiative", i.id)
    )  # fmt: skip
    a = Appeal
    appeal_owner = func.coalesce(
        a.created_by_id, select(Initiative.staff_id).where(Initiative.id == a.initiative_id).scalar_subquery()
    )
    answers = select(
        literal("appeal"), a.id, func.substr("Ответ на обращение № " + a.number, 1, 300), a.due_date, appeal_owner,
        null(), a.initiative_id, a.created_at, a.created_by_id, null(),
    ).where(a.due_date.is_not(None), a.answer_date.is_(None), missing("appeal", a.id))  # fmt: skip
    for query in (meetings, steps, answers):
        conn.execute(insert(FollowUp).from_select(columns, query))


# ------------------------------------------------------------------------- duties of 152-FZ as follow-ups

CONSENT_NOTICE_DAYS = 30  # a renewal appears this long before it is due


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _duty_owner(session: Session) -> int | None:
    """Personal-data duties go to the first active administrator (they may hand them over)."""
    return session.scalar(
        select(Staff.id).where(Staff.active.is_(True), Staff.role == str(Role.ADMIN)).order_by(Staff.id).limit(1)
    )


def sync_duties(ctx: ServiceContext, as_of: date | None = None) -> int:
    """Consent renewals and data-destruction deadlines as follow-ups (idempotent: run when the desk opens
    and once a day). Returns how many follow-ups were opened or closed."""
    from cal_desktop.services import personal_data  # it imports the services that import this module

    as_of = as_of or clock.today()
    system = ServiceContext(ctx.db, SYSTEM)
    destroy = {c.visitor_id: c for c in personal_data.erasure_candidates(system, as_of)}
    changes = 0
    with ctx.db.session() as s:
        years = _get_settings(s).consent_renewal_years
        horizon = add_years(as_of + timedelta(days=CONSENT_NOTICE_DAYS), -years)
        owner = _duty_owner(s)
        renew = s.execute(
            select(Visitor.id, Visitor.consent_date, Visitor.created_by_id).where(
                Visitor.consent_date <= horizon, Visitor.consent_withdrawn_date.is_(None),
                Visitor.anonymised_at.is_(None),
            )  # fmt: skip
        ).all()
        wanted: dict[tuple[str, int], tuple[date, str, int | None]] = {}
        for vid, given, created_by in renew:
            if given is None:  # not selected by the query; for the type checker
                continue
            due = add_years(given, years)
            wanted[("consent", vid)] = (due, "Продлить согласие на обработку персональных данных", created_by or owner)
        for vid, c in destroy.items():
            reason = "отзыв согласия" if c.reason == "withdrawn" else "истёк срок хранения"
            wanted[("destruction", vid)] = (c.deadline, f"Обезличить данные ({reason})", owner)
        opened = s.execute(
            select(FollowUp.kind, FollowUp.source_id).where(
                FollowUp.kind.in_(("consent", "destruction")), FollowUp.done_at.is_(None)
            )
        ).all()
        for kind, source in opened:
            if source is not None and (kind, source) not in wanted:  # renewed, erased, or no longer due
                _sync(s, kind, source, False, None, "", None)
                changes += 1
        for (kind, vid), (due, title, who) in wanted.items():
            if open_follow_up(s, kind, vid) is None and not _done_already(s, kind, vid, due):
                changes += 1
            _sync(s, kind, vid, True, due, title, who, visitor_id=vid)
    return changes
