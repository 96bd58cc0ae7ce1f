"""The Russian working calendar (DOMAIN.md A2 rule 3, B6): which days are working days.

Source of truth: the maintained ``holidays`` package (``country_holidays("RU")``) plus the centre's own
override table (a regional holiday added, or a correction of the package), given here as a plain dict.

What ``holidays`` (0.109, checked 2026-11) gives for Russia, and why we rely on it:
- public holidays of Labour Code art. 112 (1-8 Jan, 23 Feb, 8 Mar, 1 May, 9 May, 12 Jun, 4 Nov);
- the "observed" Monday when a holiday falls on a weekend (art. 112 part 2): 2026-03-09 for 8 March
  (Sunday), 2026-05-11 for 9 May (Saturday);
- the days off moved by the government's annual transfer decree: for 2026 Saturday 3 Jan -> Friday
  9 Jan and Sunday 4 Jan -> Thursday 31 Dec, both returned as "Day off (substituted from ...)";
- Saturdays made working days by a decree, in ``weekend_workdays`` (2025-11-01; none in 2026;
  2027-02-20), which its ``is_working_day`` honours and so do we.
2026-06-12 (Friday) and 2026-11-04 (Wednesday) are holidays there. It has no regional holidays (e.g.
Tatarstan's Sabantuy): those come from the override table. A year whose decree is not yet in the
package has only the statutory holidays; staff can add the moved days as overrides meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

_LOCK = threading.Lock()  # the holidays object fills itself lazily; build each year once, guarded
MAX_ROLL_DAYS = 60  # no real calendar has this many consecutive days off; guards against a bad override table


@lru_cache(maxsize=64)
def _official_year(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(days off that are not weekends or are holidays, weekend days made working) of one year."""
    import holidays  # here, not at the top: the package is large and only needed once a date is asked

    with _LOCK:
        cal = holidays.country_holidays("RU", years=year)
        days_off = frozenset(d for d in cal if d.year == year)
        working_weekends = frozenset(d for d in cal.weekend_workdays if d.year == year)
    return days_off, working_weekends


def official_is_working_day(d: date) -> bool:
    """The package's answer alone, without the centre's overrides."""
    days_off, working_weekends = _official_year(d.year)
    if d.weekday() >= 5:
        return d in working_weekends
    return d not in days_off


class WorkingCalendar:
    """Working days in Russia with the centre's corrections.

    ``overrides`` maps a day to ``True`` (a day off, e.g. a regional holiday) or ``False`` (a working
    day, e.g. to correct the package); an override always wins over the package.
    """

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides = dict(overrides or {})

    @property
    def overrides(self) -> dict[date, bool]:
        return dict(self._overrides)

    def is_day_off(self, d: date) -> bool:
        if d in self._overrides:
            return self._overrides[d]
        return not official_is_working_day(d)

    def is_working_day(self, d: date) -> bool:
        return not self.is_day_off(d)

    def next_working_day(self, d: date) -> date:
        """``d`` itself when it is a working day, else the first working day after it."""
        current = d
        for _ in range(MAX_ROLL_DAYS + 1):
            if self.is_working_day(current):
                return current
            current += timedelta(days=1)
        raise ValueError(f"нет рабочего дня в течение {MAX_ROLL_DAYS} дней после {d:%d.%m.%Y}")
