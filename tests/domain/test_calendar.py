"""The working calendar: what the holidays package gives for Russia, and the centre's overrides."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cal_desktop.domain.calendar import WorkingCalendar, official_is_working_day


def test_statutory_holidays_2026_are_days_off() -> None:
    cal = WorkingCalendar()
    assert cal.is_day_off(date(2026, 6, 12))  # Russia Day, a Friday
    assert cal.is_day_off(date(2026, 11, 4))  # Unity Day, a Wednesday
    assert cal.is_day_off(date(2026, 1, 7))
    assert cal.is_day_off(date(2026, 2, 23))


def test_weekends_and_ordinary_days() -> None:
    cal = WorkingCalendar()
    assert cal.is_day_off(date(2026, 6, 13))  # Saturday
    assert cal.is_day_off(date(2026, 6, 14))  # Sunday
    assert cal.is_working_day(date(2026, 6, 15))  # Monday
    assert cal.is_working_day(date(2026, 6, 11))  # Thursday before Russia Day


def test_2026_decree_transfers_and_observed_days_are_days_off() -> None:
    cal = WorkingCalendar()
    assert cal.is_day_off(date(2026, 1, 9))  # Friday, moved from Saturday 3 January
    assert cal.is_day_off(date(2026, 12, 31))  # Thursday, moved from Sunday 4 January
    assert cal.is_day_off(date(2026, 3, 9))  # Monday after 8 March (a Sunday)
    assert cal.is_day_off(date(2026, 5, 11))  # Monday after 9 May (a Saturday)


def test_a_saturday_made_working_by_decree_is_a_working_day() -> None:
    assert official_is_working_day(date(2025, 11, 1))  # Saturday worked for 3 November 2025
    assert WorkingCalendar().is_working_day(date(2025, 11, 1))


def test_override_adds_a_regional_day_off_and_restores_a_working_day() -> None:
    cal = WorkingCalendar({date(2026, 6, 15): True, date(2026, 6, 12): False})
    assert cal.is_day_off(date(2026, 6, 15))
    assert cal.is_working_day(date(2026, 6, 12))
    assert WorkingCalendar().is_working_day(date(2026, 6, 15))  # the package alone says working


def test_next_working_day() -> None:
    cal = WorkingCalendar()
    assert cal.next_working_day(date(2026, 6, 11)) == date(2026, 6, 11)
    assert cal.next_working_day(date(2026, 6, 12)) == date(2026, 6, 15)
    assert cal.next_working_day(date(2026, 1, 1)) == date(2026, 1, 12)
    with_override = WorkingCalendar({date(2026, 6, 15): True})
    assert with_override.next_working_day(date(2026, 6, 12)) == date(2026, 6, 16)


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_next_working_day_is_the_first_working_day_on_or_after(d: date) -> None:
    cal = WorkingCalendar()
    nxt = cal.next_working_day(d)
    assert nxt >= d
    assert cal.is_working_day(nxt)
    day = d
    while day < nxt:
        assert cal.is_day_off(day)
        day += timedelta(days=1)
