"""Funding calls' closing dates in the calendar of follow-ups (issue 21): the days are marked in blue
(bold, like a follow-up's day) and the week's list names the call that closes."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QCalendarWidget

from cal_desktop.gui.formatting import to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.services import funding_calls
from cal_desktop.services.context import ServiceContext

COLOUR = QColor("#1f4e9c")


def call_days(ctx: ServiceContext, start: date, end: date) -> dict[date, list[str]]:
    """What the week's list shows on each day a call closes."""
    days: dict[date, list[str]] = defaultdict(list)
    for call in funding_calls.closing_between(ctx, start, end):
        days[call.closes_on].append(tr("applications close: %1").replace("%1", call.title))
    return days


def mark(month: QCalendarWidget, days: dict[date, list[str]]) -> list[date]:
    """Mark the closing days on the month; returns them (the dialog clears them on the next page)."""
    for day, texts in days.items():
        fmt = month.dateTextFormat(to_qdate(day))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setForeground(COLOUR)
        tip = fmt.toolTip()
        fmt.setToolTip("\n".join(x for x in (tip, *texts) if x))
        month.setDateTextFormat(to_qdate(day), fmt)
    return list(days)



