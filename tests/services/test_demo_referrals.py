"""The demo's referrals and funding calls (issue 21) match its consultations and read back through the
services and the report."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cal_desktop.db.models import Consultation
from cal_desktop.db.models_referrals import Referral
from cal_desktop.reports.period import Period
from cal_desktop.services import followups, funding_applications
from cal_desktop.services import funding_calls as calls
from cal_desktop.services.demo import generate_demo
from cal_desktop.services.demo_referrals import ORGANISATIONS
from cal_desktop.services.funding_calls import CallFilter
from cal_desktop.services.reports import report

ANCHOR = date(2026, 6, 15)


def test_demo_referrals_follow_their_consultations_and_count_in_the_report(ctx, db) -> None:  # type: ignore[no-untyped-def]
    generate_demo(ctx, seed=7, visitors=300, months=6, today=ANCHOR)
    with db.read() as s:
        rows = s.execute(
            select(Consultation.summary, Consultation.occurred_on, Referral.organisation_name, Referral.result,
                   Referral.check_on)
            .outerjoin(Referral, Referral.consultation_id == Consultation.id)
            .where(Consultation.outcome == "referred")
        ).all()  # fmt: skip
    assert rows
    for summary, _on, name, result, check in rows:
        assert name is not None, summary  # every «перенаправлен» has where to
        accusative = next(k for k, v in ORGANISATIONS.items() if v == name)
        assert summary.endswith(accusative)
        assert result is None or (check is not None and check < ANCHOR)
    assert any(r[3] == "helped" for r in rows)
    may = Period.month(2026, 5)
    helped = sum(1 for r in rows if r[3] == "helped" and may.start <= r[1] <= may.end)
    assert report(ctx, may, compare=False).figures["referrals.helped"] == helped
    open_checks = [f for f in followups.between(ctx) if f.kind == "referral"]
    assert all(f.title.startswith("Узнать, помогло ли обращение в «") for f in open_checks)


def test_demo_calls_have_reminders_and_applications(ctx, db) -> None:  # type: ignore[no-untyped-def]
    generate_demo(ctx, seed=7, visitors=300, months=6, today=ANCHOR)
    everything = calls.list_calls(ctx, CallFilter(open_only=False)).items
    assert {c.kind.value for c in everything} == {"initiative_budgeting", "grants", "tos_contest", "municipal_subsidy"}
    still_open = [c for c in everything if c.closes_on >= ANCHOR]
    reminders = {f.source_id for f in followups.between(ctx) if f.kind == "call_deadline"}
    assert reminders == {c.id for c in still_open}
    applications = [a for c in everything for a in funding_applications.of_call(ctx, c.id)]
    assert applications and all(
        (a.status.value in ("supported", "rejected")) == (a.closes_on < ANCHOR) for a in applications
    )
