"""The answer clock of DOMAIN.md A2: registration, due date, rolling over days off, states."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cal_desktop.domain.calendar import WorkingCalendar
from cal_desktop.domain.deadlines import (
    ClockFacts,
    compute_clock,
    delivery_days,
    due_date,
    estimated_registration,
    state,
)
from cal_desktop.domain.vocab import AppealChannel, AppealState

CAL = WorkingCalendar()


def due_for_registration(r: date, calendar: WorkingCalendar = CAL, **kw: object) -> date:
    return due_date(
        ClockFacts(sent_date=r - timedelta(days=1), channel="email", registration_date=r, **kw), calendar
    )  # type: ignore[arg-type]


# ------------------------------------------------------------------------- the examples of DOMAIN A2


def test_example_registration_known_plain() -> None:
    assert due_for_registration(date(2026, 5, 2)) == date(2026, 6, 1)


def test_example_due_on_russia_day_rolls_over_the_weekend() -> None:
    assert due_for_registration(date(2026, 5, 13)) == date(2026, 6, 15)


def test_example_due_on_unity_day_rolls_to_next_day() -> None:
    assert due_for_registration(date(2026, 10, 5)) == date(2026, 11, 5)


# --------------------------------------------------------------------------------- registration


def test_delivery_days_by_channel() -> None:
    assert delivery_days("post", 7) == 7
    assert delivery_days(AppealChannel.POST, 10) == 10
    for ch in ("email", "portal", "in_person"):
        assert delivery_days(ch, 7) == 0


def test_post_adds_its_delivery_days_to_the_estimate() -> None:
    sent = date(2026, 4, 1)
    assert estimated_registration(sent, "post", 7) == date(2026, 4, 11)
    assert estimated_registration(sent, "post", 10) == date(2026, 4, 14)
    clock = compute_clock(ClockFacts(sent_date=sent, channel="post"), CAL, post_days=7)
    assert clock.registration_date == date(2026, 4, 11)
    assert clock.registration_estimated
    assert clock.due_date == date(2026, 5, 12)  # 11.04 + 30 = 11.05, the observed Victory Day holiday


def test_estimated_registration_for_email() -> None:
    clock = compute_clock(ClockFacts(sent_date=date(2026, 4, 29), channel="email"), CAL)
    assert clock.registration_date == date(2026, 5, 2)
    assert clock.registration_estimated
    assert clock.due_date == date(2026, 6, 1)


def test_known_registration_replaces_the_estimate() -> None:
    clock = compute_clock(
        ClockFacts(sent_date=date(2026, 4, 1), channel="post", registration_date=date(2026, 4, 20)), CAL
    )
    assert (clock.registration_date, clock.registration_estimated) == (date(2026, 4, 20), False)
    assert clock.due_date == date(2026, 5, 20)


# ------------------------------------------------------------------------------------ extension


def test_extension_without_a_named_date_is_sixty_days() -> None:
    assert due_for_registration(date(2026, 5, 2), extended=True) == date(2026, 7, 1)


def test_extension_with_a_named_date_wins() -> None:
    assert due_for_registration(date(2026, 5, 2), extended=True, extended_until=date(2026, 6, 20)) == date(
        2026,
        6,
        22,  # 20.06.2026 is a Saturday
    )
    assert due_for_registration(date(2026, 5, 2), extended_until=date(2026, 6, 17)) == date(2026, 6, 17)


# ----------------------------------------------------------------------------------- forwarding


def test_forwarding_restarts_the_clock_from_an_estimated_new_registration() -> None:
    facts = ClockFacts(sent_date=date(2026, 3, 2), channel="email", forwarded_date=date(2026, 3, 10))
    clock = compute_clock(facts, CAL)
    assert clock.registration_date == date(2026, 3, 13)
    assert clock.registration_estimated
    assert clock.due_date == date(2026, 4, 13)  # 12.04.2026 is a Sunday


def test_forwarding_with_the_new_body_registration_recorded() -> None:
    facts = ClockFacts(
        sent_date=date(2026, 3, 2),
        channel="email",
        forwarded_date=date(2026, 3, 10),
        registration_date=date(2026, 3, 16),
    )
    clock = compute_clock(facts, CAL)
    assert (clock.registration_date, clock.registration_estimated) == (date(2026, 3, 16), False)
    assert clock.due_date == date(2026, 4, 15)


# ------------------------------------------------------------------------- rolling over days off


def test_rolled_over_a_holiday() -> None:
    # 24.01.2026 + 30 = 23.02.2026, Defender of the Fatherland Day (a Monday) -> 24.02
    assert due_for_registration(date(2026, 1, 24)) == date(2026, 2, 24)
    # a day earlier it rolls over the weekend and the holiday; earlier still it stays on a Friday
    assert due_for_registration(date(2026, 1, 23)) == date(2026, 2, 24)  # 22.02 is a Sunday
    assert due_for_registration(date(2026, 1, 21)) == date(2026, 2, 20)


def test_rolled_over_decree_days_off_at_year_end() -> None:
    # 01.12.2026 + 30 = 31.12.2026, a day off moved by the 2026 decree; then 1-11 January off
    assert due_for_registration(date(2026, 12, 1)) == date(2027, 1, 11)


def test_rolled_over_a_day_added_in_the_override_table() -> None:
    # 02.05.2026 + 30 = 01.06.2026 (Monday); a regional day off on 01.06 moves it to 02.06
    regional = WorkingCalendar({date(2026, 6, 1): True})
    assert due_for_registration(date(2026, 5, 2), regional) == date(2026, 6, 2)
    # an override can also restore a working day: Russia Day marked working keeps D on 12.06
    corrected = WorkingCalendar({date(2026, 6, 12): False})
    assert due_for_registration(date(2026, 5, 13), corrected) == date(2026, 6, 12)


# ---------------------------------------------------------------------------------------- states


D = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2026, 6, 1), AppealState.WAITING),
        (date(2026, 6, 9), AppealState.WAITING),
        (date(2026, 6, 10), AppealState.DUE_SOON),  # D is 5 days ahead
        (date(2026, 6, 15), AppealState.DUE_SOON),  # the last day
        (date(2026, 6, 16), AppealState.OVERDUE),
    ],
)
def test_states_without_answer(as_of: date, expected: AppealState) -> None:
    assert state(D, None, as_of, 5) == expected


def test_answer_on_time_and_late() -> None:
    assert state(D, date(2026, 6, 15), date(2026, 7, 1)) == AppealState.ANSWERED
    assert state(D, date(2026, 6, 16), date(2026, 7, 1)) == AppealState.ANSWERED_LATE


def test_an_answer_after_the_as_of_date_had_not_arrived_yet() -> None:
    assert state(D, date(2026, 6, 20), date(2026, 6, 17)) == AppealState.OVERDUE


def test_due_soon_window_follows_the_setting() -> None:
    assert state(D, None, date(2026, 6, 5), 10) == AppealState.DUE_SOON
    assert state(D, None, date(2026, 6, 5), 5) == AppealState.WAITING


# ------------------------------------------------------------------------------------ properties

dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2029, 12, 31))
channels = st.sampled_from(list(AppealChannel))


@given(
    sent=dates,
    channel=channels,
    reg_delay=st.one_of(st.none(), st.integers(0, 40)),
    extended=st.booleans(),
    post_days=st.integers(0, 30),
)
def test_due_date_is_a_working_day_never_before_r_plus_30(
    sent: date, channel: AppealChannel, reg_delay: int | None, extended: bool, post_days: int
) -> None:
    reg = None if reg_delay is None else sent + timedelta(days=reg_delay)
    clock = compute_clock(ClockFacts(sent, channel, reg, extended), CAL, post_days)
    assert CAL.is_working_day(clock.due_date)
    minimum = clock.registration_date + timedelta(days=60 if extended else 30)
    assert clock.due_date >= minimum
    assert (clock.due_date - minimum).days <= 14  # the longest run of days off is the New Year holidays
    assert clock.registration_date >= sent


@given(sent=dates, channel=channels, post_days=st.integers(0, 30))
def test_a_later_registration_never_makes_the_due_date_earlier(
    sent: date, channel: AppealChannel, post_days: int
) -> None:
    estimated = compute_clock(ClockFacts(sent, channel), CAL, post_days)
    later = compute_clock(
        ClockFacts(sent, channel, estimated.registration_date + timedelta(days=1)), CAL, post_days
    )
    assert later.due_date >= estimated.due_date


@given(due=dates, answer=st.one_of(st.none(), dates), as_of=dates)
def test_states_partition(due: date, answer: date | None, as_of: date) -> None:
    s = state(due, answer, as_of)
    if answer is not None and answer <= as_of:
        assert s in (AppealState.ANSWERED, AppealState.ANSWERED_LATE)
    else:
        assert (s is AppealState.OVERDUE) == (as_of > due)
