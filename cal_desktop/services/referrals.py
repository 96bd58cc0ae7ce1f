"""Referrals that are followed up (issue 21).

A consultation whose outcome is «перенаправлен» says where the person was sent: an organisation of the
directory or a name as typed, and optionally a date to check back. That date opens a follow-up of kind
``referral`` («помогло ли?») owned by the consultation's staff member; the answer (помогло / не помогло /
не удалось связаться) is recorded on the referral and closes the follow-up. The consultation service calls
``check`` while validating and ``track`` in its own transaction; the monthly report counts referrals by
organisation and how many helped (``reports/referrals.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Consultation, FollowUp, Organisation, utcnow
from cal_desktop.db.models_referrals import Referral
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Outcome
from cal_desktop.domain.vocab_referrals import ReferralResult
from cal_desktop.errors import NotFound
from cal_desktop.services import audit, followups_sync
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext

KIND = "referral"  # the follow-up kind (services/followups.KINDS)
LABELS = {
    "referral_organisation": "Куда направлен",
    "referral_check_on": "Проверить, помогло ли",
    "referral_result": "Помогло ли",
}


@dataclass(frozen=True)
class ReferralInput:
    """Where to: ``organisation_id`` from the directory, else ``organisation_name`` as typed."""

    organisation_id: int | None = None
    organisation_name: str | None = None
    check_on: date | None = None
    result: str | None = None  # a ReferralResult code; None: not known yet


@dataclass(frozen=True)
class ReferralItem:
    id: int
    consultation_id: int
    organisation_id: int | None
    organisation_name: str
    check_on: date | None
    result: ReferralResult | None
    result_on: date | None

    @property
    def result_label(self) -> str:
        return self.result.label if self.result else ""


def follow_up_title(organisation: str) -> str:
    return f"Узнать, помогло ли обращение в «{organisation}»"[:300]


# ------------------------------------------------------------------------- inside a consultation's save


def check(
    session: Session, c: Checker, data: ReferralInput | None, outcome: object, occurred_on: date
) -> tuple[int | None, str, ReferralResult | None] | None:
    """Field problems of the referral part of a consultation form, into the form's ``Checker``.
    Returns the organisation (id, name) and result to store, or None when there is nothing to store."""
    if data is None or outcome != Outcome.REFERRED:
        return None
    name = c.optional("referral_organisation", LABELS["referral_organisation"], data.organisation_name, 300)
    org_id = data.organisation_id
    if org_id is not None:
        org = session.get(Organisation, org_id)
        if org is None:
            c.fail("referral_organisation", LABELS["referral_organisation"], "организация не найдена (удалена?)")
        else:
            name = org.name
    if not name:
        c.fail("referral_organisation", LABELS["referral_organisation"], "выберите организацию или впишите название")
    if data.check_on is not None and data.check_on < occurred_on:
        c.fail("referral_check_on", LABELS["referral_check_on"], "раньше даты консультации")
    result = c.code("referral_result", LABELS["referral_result"], data.result, ReferralResult.parse, required=False)
    return org_id, name or "", result


def track(session: Session, ctx: ServiceContext, consultation: Consultation, data: ReferralInput | None) -> None:
    """Keep the consultation's referral and its follow-up in step with the form just saved. ``data`` None
    (a caller that knows nothing of referrals) leaves a referral as it is unless the outcome changed."""
    session.flush()
    current = session.scalars(select(Referral).where(Referral.consultation_id == consultation.id)).first()
    if consultation.outcome != str(Outcome.REFERRED):
        if current is not None:
            _sync_follow_up(session, current, consultation, wanted=False)
            session.delete(current)
        return
    if data is None:
        return
    c = Checker()
    checked = check(session, c, data, Outcome.REFERRED, consultation.occurred_on)
    c.done()
    assert checked is not None  # the outcome is «перенаправлен»
    org_id, name, result = checked
    if current is None:
        current = Referral(consultation_id=consultation.id, created_by_id=ctx.actor.staff_id)
        session.add(current)
    current.organisation_id = org_id
    current.organisation_name = name
    current.check_on = data.check_on
    _set_result(current, result)
    session.flush()
    _sync_follow_up(session, current, consultation, wanted=current.result is None)


def _set_result(referral: Referral, result: ReferralResult | None) -> None:
    new = str(result) if result else None
    if new != referral.result:
        referral.result = new
        referral.result_on = clock.today() if new else None


def _sync_follow_up(session: Session, r: Referral, c: Consultation, *, wanted: bool) -> None:
    followups_sync._sync(  # noqa: SLF001 (the one way follow-ups follow their records)
        session, KIND, r.id, wanted, r.check_on, follow_up_title(r.organisation_name), c.staff_id,
        visitor_id=c.visitor_id, initiative_id=c.initiative_id,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------- reads


def for_consultation(ctx: ServiceContext, consultation_id: int) -> ReferralItem | None:
    with ctx.db.read() as s:
        r = s.scalars(select(Referral).where(Referral.consultation_id == consultation_id)).first()
        return _item(r) if r is not None else None


def get(ctx: ServiceContext, referral_id: int) -> ReferralItem:
    with ctx.db.read() as s:
        return _item(get_or_404(s, Referral, referral_id, "Перенаправление"))


def _item(r: Referral) -> ReferralItem:
    return ReferralItem(
        id=r.id, consultation_id=r.consultation_id, organisation_id=r.organisation_id,
        organisation_name=r.organisation_name, check_on=r.check_on,
        result=ReferralResult(r.result) if r.result else None, result_on=r.result_on,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------- answer


def record_answer(ctx: ServiceContext, referral_id: int, result: str) -> ReferralItem:
    """«Помогло ли?» answered: the answer is kept on the referral and its follow-up is done."""
    c = Checker()
    answer = c.code("referral_result", LABELS["referral_result"], result, ReferralResult.parse)
    c.done()
    with ctx.db.session() as s:
        r = get_or_404(s, Referral, referral_id, "Перенаправление")
        _set_result(r, answer)
        for f in s.scalars(select(FollowUp).where(FollowUp.kind == KIND, FollowUp.source_id == r.id)):
            if f.done_at is None:
                f.done_at = utcnow()
                f.done_by_id = ctx.actor.staff_id
        audit.record(s, ctx, "answer", "referral", r.id, result=str(answer))
        return _item(r)


def answer_follow_up(ctx: ServiceContext, follow_up_id: int, result: str) -> ReferralItem:
    """The desk's «Выполнено» on a referral's follow-up: the answer to «помогло ли?» with it."""
    with ctx.db.read() as s:
        f = s.get(FollowUp, follow_up_id)
        if f is None or f.kind != KIND or f.source_id is None:
            raise NotFound("Напоминание о перенаправлении не найдено (его могли удалить).")
        referral_id = f.source_id
    return record_answer(ctx, referral_id, result)


def report_rows(data: Any) -> list[dict[str, Any]]:
    """A report's ``referrals.by_organisation`` rows (empty for a report without them): the report screen."""
    from cal_desktop.reports.referrals import BY_ORGANISATION  # noqa: PLC0415

    return list(data.figures.values.get(BY_ORGANISATION) or [])
