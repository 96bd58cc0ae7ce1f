"""Organisations' ИНН (issue 18): checked the same way as the centre's own (``domain.requisites``).

The ИНН tells authorities apart across centres: ``report merge`` combines the rows of
``appeals.by_authority`` by it (``inn_or_null``), else by the normalised name.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cal_desktop.db.models import Organisation
from cal_desktop.domain.requisites import inn_problem
from cal_desktop.services.common import Checker

LABEL = "ИНН"


def clean_inn(value: str | None) -> str:
    """The digits as typed, spaces removed («77 07 083893» → «7707083893»)."""
    return "".join((value or "").split())


def checked_inn(c: Checker, value: str | None, field: str = "inn") -> str | None:
    """The ИНН to store (None when empty); a wrong one is reported on ``field`` through ``c``."""
    inn = clean_inn(value)
    problem = inn_problem(inn)
    if problem:
        c.fail(field, LABEL, problem)
        return None
    return inn or None


def fill_missing(session: Session, organisation_id: int, inn: str) -> None:
    """An import names the ИНН of a body already in the directory without one: it is kept (never
    overwriting one the centre entered)."""
    org = session.get(Organisation, organisation_id)
    if org is not None and not org.inn:
        org.inn = inn
