"""Checks of an organisation's requisites that the centre prints on letters and reports.

ИНН (taxpayer number): 10 digits for an organisation, 12 for a person or sole trader, the last one
(two) being check digits computed from the others with the tax service's weights. A mistyped digit
almost always breaks the check, so a wrong ИНН is caught before it reaches a letter.
"""

from __future__ import annotations

_WEIGHTS_10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_problem(value: str | None) -> str | None:
    """What is wrong with an ИНН (in Russian), or ``None`` when it is right or empty."""
    inn = (value or "").strip()
    if not inn:
        return None
    if not inn.isascii() or not inn.isdigit():
        return "только цифры: 10 у организации, 12 у ИП"
    if len(inn) not in (10, 12):
        return f"10 цифр у организации или 12 у ИП, а введено {len(inn)}"
    if len(inn) == 10:
        ok = _check_digit(inn, _WEIGHTS_10) == int(inn[9])
    else:
        ok = _check_digit(inn, _WEIGHTS_11) == int(inn[10]) and _check_digit(inn, _WEIGHTS_12) == int(inn[11])
    return None if ok else "контрольная цифра не сходится: проверьте, нет ли опечатки"


def inn_valid(value: str | None) -> bool:
    """True for an empty or a correct ИНН."""
    return inn_problem(value) is None
