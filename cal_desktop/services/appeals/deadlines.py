"""Appeals: the states of the answer clock in SQL; the clock itself is services/due_dates.py."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, or_

from cal_desktop.db.models import (
    Appeal,
)
from cal_desktop.domain.vocab import AppealState

# the clock moved there (calendar and settings recompute through it); re-exported by the appeals package
from cal_desktop.services.due_dates import _RULES_KEY as _RULES_KEY
from cal_desktop.services.due_dates import _clock as _clock
from cal_desktop.services.due_dates import _facts as _facts
from cal_desktop.services.due_dates import _refresh_due as _refresh_due
from cal_desktop.services.due_dates import _rules as _rules
from cal_desktop.services.due_dates import recompute_due_dates as recompute_due_dates


def _state_condition(state: AppealState, as_of: date, soon_days: int) -> ColumnElement[bool]:
    """SQL for "the appeal is in ``state`` as of ``as_of``" (the same rule as domain.deadlines.state)."""
    answered = and_(Appeal.answer_date.is_not(None), Appeal.answer_date <= as_of)
    not_answered = or_(Appeal.answer_date.is_(None), Appeal.answer_date > as_of)
    if state is AppealState.ANSWERED:
        return and_(answered, Appeal.answer_date <= Appeal.due_date)
    if state is AppealState.ANSWERED_LATE:
        return and_(answered, Appeal.answer_date > Appeal.due_date)
    if state is AppealState.OVERDUE:
        return and_(not_answered, Appeal.due_date < as_of)
    if state is AppealState.DUE_SOON:
        return and_(
            not_answered, Appeal.due_date >= as_of, Appeal.due_date <= as_of + timedelta(days=soon_days)
        )
    return and_(not_answered, Appeal.due_date > as_of + timedelta(days=soon_days))
