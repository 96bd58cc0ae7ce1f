"""Report periods and their comparison periods."""

from __future__ import annotations

from datetime import date

import pytest

from cal_desktop.reports.period import Period


def test_month_bounds_and_neighbours() -> None:
    feb = Period.month(2028, 2)
    assert (feb.start, feb.end) == (date(2028, 2, 1), date(2028, 2, 29))
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.month(2026, 3).year_before() == Period.month(2025, 3)
    assert Period.month(2026, 3).label == "март 2026"
    assert Period.month(2026, 3).month_code == "2026-03"


def test_quarter_year_and_range() -> None:
    q1 = Period.quarter(2026, 1)
    assert (q1.start, q1.end, q1.label) == (date(2026, 1, 1), date(2026, 3, 31), "I квартал 2026")
    assert q1.previous() == Period.quarter(2025, 4)
    assert Period.year(2026).previous() == Period.year(2025)
    r = Period.range(date(2026, 3, 10), date(2026, 3, 19))
    assert r.kind == "range" and r.previous() == Period(date(2026, 2, 28), date(2026, 3, 9), "range")
    assert Period.range(date(2026, 4, 1), date(2026, 6, 30)) == Period.quarter(2026, 2)
    assert Period.range(date(2024, 2, 29), date(2024, 3, 1)).year_before().start == date(2023, 2, 28)


@pytest.mark.parametrize("text", ["2026-03", "03.2026", " 2026-3 "])
def test_parse_month(text: str) -> None:
    assert Period.parse_month(text) == Period.month(2026, 3)


@pytest.mark.parametrize("text", ["2026-13", "март", "2026/03", ""])
def test_parse_month_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        Period.parse_month(text)
