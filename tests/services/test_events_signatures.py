"""Signature campaigns (issue 16): progress counted/target, completion on the day the target is reached,
the month's report counting the valid signatures of the sheets returned in it."""

from __future__ import annotations

from datetime import date

import pytest

from cal_desktop.errors import ValidationError
from cal_desktop.services import events_signatures as sig
from cal_desktop.services import initiatives, visitors
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.reports import monthly_report
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def campaign(ctx):  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id
    return sig.create_campaign(ctx, idea, 100, date(2026, 2, 20), date(2026, 4, 30))


def test_progress_and_completion_on_the_day_the_target_is_reached(ctx, campaign) -> None:  # type: ignore[no-untyped-def]
    c = sig.add_sheet(ctx, campaign.id, 1, date(2026, 2, 28), 30, 2, "нет даты рождения")
    c = sig.add_sheet(ctx, campaign.id, 2, date(2026, 3, 5), 40)
    assert (c.collected, c.target, c.percent, c.completed_on) == (70, 100, 70, None)
    c = sig.add_sheet(ctx, campaign.id, 3, date(2026, 3, 20), 35, 1, "моложе 16 лет")
    assert (c.collected, c.invalid, c.percent, c.completed_on) == (105, 3, 100, date(2026, 3, 20))
    assert [s.number for s in sig.campaigns_of(ctx, campaign.initiative_id)[0].sheets] == [1, 2, 3]
    c = sig.remove_sheet(ctx, c.sheets[1].id)  # below the target again: reopened
    assert (c.collected, c.completed_on) == (65, None)


def test_the_report_counts_valid_signatures_of_sheets_returned_in_the_month(ctx, campaign) -> None:  # type: ignore[no-untyped-def]
    sig.add_sheet(ctx, campaign.id, 1, date(2026, 2, 28), 30, 2, "нет даты рождения")  # February
    sig.add_sheet(ctx, campaign.id, 2, date(2026, 3, 1), 40)
    sig.add_sheet(ctx, campaign.id, 3, date(2026, 3, 31), 35, 5, "повтор")
    march = monthly_report(ctx, 2026, 3).figures
    assert march["signatures.collected"] == 40 + 35
    assert march["signatures.campaigns_completed"] == 1
    assert monthly_report(ctx, 2026, 2).figures["signatures.collected"] == 30
    from cal_desktop.reports.period import Period
    from cal_desktop.services.reports import drill_down

    page = drill_down(ctx, Period.month(2026, 3), "signatures.collected")  # the initiative behind the number
    assert page.kind == "initiative" and [r.id for r in page.rows] == [campaign.initiative_id]
    assert drill_down(ctx, Period.month(2026, 1), "signatures.campaigns_completed").total == 0


def test_bad_sheets_are_refused_naming_the_fields(ctx, campaign) -> None:  # type: ignore[no-untyped-def]
    sig.add_sheet(ctx, campaign.id, 1, date(2026, 3, 1), 10)
    with pytest.raises(ValidationError) as err:
        sig.add_sheet(ctx, campaign.id, 1, date(2026, 2, 1), -3, 2, None)
    e = err.value
    assert e.for_field("number") == "лист №1 уже учтён"
    assert e.for_field("returned_on") == "раньше начала сбора"
    assert "от 0" in e.for_field("valid")
    assert e.for_field("invalid_reason")
    with pytest.raises(ValidationError) as err:
        sig.create_campaign(ctx, campaign.initiative_id, 0, date(2026, 3, 1), date(2026, 2, 1))
    assert err.value.for_field("target") and err.value.for_field("ends_on") == "раньше начала сбора"
    assert sig.campaigns_of(ctx, campaign.initiative_id)[0].collected == 10
