"""Referrals and funding calls on PostgreSQL (issue 21): the report's referral figures, the calls'
register with its reminders, import and export, and the closing dates in the calendar file."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from cal_desktop.cli import main
from cal_desktop.reports.period import Period
from cal_desktop.services import (
    consultations,
    directory,
    followups,
    followups_calendar,
    funding_applications,
    initiatives,
    reports,
    visitors,
)
from cal_desktop.services import funding_calls as calls
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.directory import OrganisationInput
from cal_desktop.services.funding_applications import ApplicationInput
from cal_desktop.services.funding_calls import CallFilter, CallInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.referrals import ReferralInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def test_referrals_count_by_organisation_and_helped(ctx) -> None:  # type: ignore[no-untyped-def]
    fund = directory.create_organisation(ctx, OrganisationInput(kind="partner", name="Фонд"))
    when = datetime.combine(TODAY.replace(day=1), datetime.min.time()).replace(hour=10)
    for ref in (ReferralInput(organisation_id=fund.id, result="helped"), ReferralInput(organisation_name="МФЦ"),
                ReferralInput(organisation_name="мфц", result="helped"), None):  # fmt: skip
        consultations.create_consultation(ctx, ConsultationInput(
            channel="phone", topics=["info_search"], outcome="referred", occurred_at=when, referral=ref,
        ))  # fmt: skip
    data = reports.report(ctx, Period.month(TODAY.year, TODAY.month), compare=False)
    assert data.figures["referrals.helped"] == 2
    assert {r["organisation"]: (r["count"], r["helped"]) for r in data.figures["referrals.by_organisation"]} == {
        "Фонд": (1, 1), "МФЦ": (2, 1), "не указана": (1, 0),
    }  # fmt: skip


def test_calls_reminders_applications_io_and_calendar(ctx, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    closes = TODAY + timedelta(days=20)
    call = calls.create_call(ctx, CallInput(title="Народный бюджет", kind="иб", closes_on=closes))
    calls.create_call(ctx, CallInput(title="Старый", kind="гранты", closes_on=TODAY - timedelta(days=3)))
    assert [c.title for c in calls.list_calls(ctx).items] == ["Народный бюджет"]
    assert [c.title for c in calls.list_calls(ctx, CallFilter(text="бюдж", open_only=False)).items] == ["Народный бюджет"]
    assert sorted(f.due_on for f in followups.between(ctx) if f.kind == "call_deadline") == [
        closes - timedelta(days=14), closes - timedelta(days=3)
    ]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер", "благоустройство"), anna).id
    funding_applications.save_application(ctx, ApplicationInput(call.id, idea, "submitted", TODAY, "Заявка"))
    assert calls.get_call(ctx, call.id).applications == 1
    ics = tmp_path / "c.ics"
    assert followups_calendar.export_ics(ctx, ics) == 4  # two reminders, two closing dates
    assert f"funding-call-{call.id}@cal-desktop" in ics.read_text(encoding="utf-8")
    out = tmp_path / "calls.xlsx"
    url = db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "export", "calls", str(out)]) == 0
    assert main(["--db", url, "import", "calls", str(out)]) == 0  # the same list again: skipped
    assert calls.list_calls(ctx, CallFilter(open_only=False)).total == 2
