"""A date that does not exist in an imported file is named as such, like in the forms (issue 11.8).

«31.02.1990» in a visitors' file used to say «неверная дата (нужно ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)»: the
format is right, the staff member looks at the cell and does not see what is wrong.
"""

from __future__ import annotations

import pytest

from cal_desktop.services.tabular import cell_date, cell_datetime


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("31.02.1990", "такой даты нет: 31.02.1990 (последний день этого месяца — 28.02.1990)"),
        ("1990-02-30", "такой даты нет: 30.02.1990 (последний день этого месяца — 28.02.1990)"),
        ("29.02.2025", "такой даты нет: 29.02.2025 (последний день этого месяца — 28.02.2025)"),
        ("12.13.2025", "неверная дата (нужно ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)"),
    ],
)
def test_a_date_that_does_not_exist_is_named(text: str, said: str) -> None:
    with pytest.raises(ValueError) as raised:
        cell_date(text)
    assert str(raised.value) == said


def test_a_wrong_format_still_shows_the_expected_one() -> None:
    with pytest.raises(ValueError, match="нужно ДД.ММ.ГГГГ"):
        cell_date("31/02/1990")
    with pytest.raises(ValueError, match="такой даты нет: 31.04.2026"):
        cell_datetime("31.04.2026 10:00")
    assert cell_date("29.02.2024").isoformat() == "2024-02-29"
