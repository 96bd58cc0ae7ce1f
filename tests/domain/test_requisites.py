"""ИНН check digits (domain/requisites.py)."""

from __future__ import annotations

import pytest

from cal_desktop.domain.requisites import inn_problem, inn_valid


@pytest.mark.parametrize("inn", ["7707083893", "500100732259", "7830002293", ""])
def test_real_inns_pass(inn: str) -> None:
    assert inn_valid(inn)


@pytest.mark.parametrize(
    ("inn", "says"),
    [
        ("7707083894", "контрольная цифра"),  # last digit mistyped
        ("500100732258", "контрольная цифра"),
        ("770708389", "введено 9"),
        ("77070838931", "введено 11"),
        ("77070838ЗЗ", "только цифры"),
        ("７７０７０８３８９３", "только цифры"),  # full-width digits are not an ИНН
    ],
)
def test_wrong_inns_say_why(inn: str, says: str) -> None:
    problem = inn_problem(inn)
    assert problem is not None and says in problem
