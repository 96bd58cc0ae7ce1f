"""Report periods: a month (the usual case), a quarter, a year or any range of local dates.

A period is a closed range of the centre's local dates ``[start, end]``. The comparison periods of a
report come from here too: the previous period of the same kind and the same period a year before.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS_NOM = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
MONTH_KINDS = ("month", "quarter", "year", "range")
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    kind: str = "range"  # month | quarter | year | range

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period end before start")
        if self.kind not in MONTH_KINDS:
            raise ValueError(f"unknown period kind {self.kind}")

    # ---------------------------------------------------------------- constructors

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError("quarter must be 1..4")
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), Period.month(year, first + 2).end, "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def range(cls, start: date, end: date) -> Period:
        """Any range; recognised as a month, quarter or year when it is exactly one."""
        for candidate in _exact_periods(start):
            if candidate.start == start and candidate.end == end:
                return candidate
        return cls(start, end, "range")

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """``YYYY-MM`` (also ``MM.YYYY``) as a month. Raises ValueError."""
        text = text.strip()
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", text) or None
        if m:
            year, month = int(m.group(1)), int(m.group(2))
        else:
            m = re.fullmatch(r"(\d{1,2})\.(\d{4})", text)
            if not m:
                raise ValueError(text)
            month, year = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or not 1900 <= year <= 2999:
            raise ValueError(text)
        return cls.month(year, month)

    # ---------------------------------------------------------------- comparisons

    def previous(self) -> Period:
        """The period just before: the previous month / quarter / year, or a range of the same length."""
        if self.kind == "month":
            prev_end = self.start - timedelta(days=1)
            return Period.month(prev_end.year, prev_end.month)
        if self.kind == "quarter":
            prev_end = self.start - timedelta(days=1)
            return Period.quarter(prev_end.year, (prev_end.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(self.start.year - 1)
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end, "range")

    def year_before(self) -> Period:
        """The same period one year earlier (29 February becomes 28 February)."""
        if self.kind == "month":
            return Period.month(self.start.year - 1, self.start.month)
        if self.kind == "quarter":
            return Period.quarter(self.start.year - 1, (self.start.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(self.start.year - 1)
        return Period(_minus_year(self.start), _minus_year(self.end), "range")

    # ---------------------------------------------------------------- text

    @property
    def month_code(self) -> str | None:
        """``YYYY-MM`` for a month period, else None."""
        return f"{self.start.year:04d}-{self.start.month:02d}" if self.kind == "month" else None

    @property
    def code(self) -> str:
        """A short stable text: ``2026-03``, ``2026-Q1``, ``2026``, ``2026-03-01..2026-04-15``."""
        if self.kind == "month":
            return self.month_code or ""
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def label(self) -> str:
        """Russian: «март 2026», «I квартал 2026», «2026 год», «01.03.2026 — 15.04.2026»."""
        if self.kind == "month":
            return f"{MONTHS_NOM[self.start.month - 1]} {self.start.year}"
        if self.kind == "quarter":
            return f"{_ROMAN[(self.start.month - 1) // 3]} квартал {self.start.year}"
        if self.kind == "year":
            return f"{self.start.year} год"
        return f"{self.start:%d.%m.%Y} — {self.end:%d.%m.%Y}"

    @property
    def dates_label(self) -> str:
        return f"{self.start:%d.%m.%Y} — {self.end:%d.%m.%Y}"

    @property
    def previous_label(self) -> str:
        """Column heading for the comparison with :meth:`previous`."""
        return {
            "month": "пред. месяц",
            "quarter": "пред. квартал",
            "year": "пред. год",
        }.get(self.kind, "пред. период")


def _exact_periods(start: date) -> list[Period]:
    found = [Period.month(start.year, start.month)]
    if start.month in (1, 4, 7, 10):
        found.append(Period.quarter(start.year, (start.month - 1) // 3 + 1))
    if start.month == 1:
        found.append(Period.year(start.year))
    return found


def _minus_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)
