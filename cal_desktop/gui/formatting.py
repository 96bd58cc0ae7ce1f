"""How values are shown: dates dd.MM.yyyy, phones as people write them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from cal_desktop.domain.text import format_phone

DATE_FORMAT = "dd.MM.yyyy"  # Qt pattern, for QDateEdit
_PY_DATE = "%d.%m.%Y"


def fmt_date(value: date | None) -> str:
    return value.strftime(_PY_DATE) if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime(_PY_DATE + " %H:%M") if value else ""


def fmt_time(value: datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


__all__ = ["DATE_FORMAT", "fmt_date", "fmt_datetime", "fmt_time", "format_phone", "from_qdate", "to_qdate"]
