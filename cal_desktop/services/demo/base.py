"""Demo data: settings, the bulk writer, time helpers and the generator's state and helpers."""


from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select

from cal_desktop.db import models as m
from cal_desktop.domain import clock
from cal_desktop.domain.calendar import official_is_working_day
from cal_desktop.errors import Cancelled
from cal_desktop.services import demo_data as data
from cal_desktop.services.context import ServiceContext

Progress = Callable[[int, int, str], None]  # (done, total, what is being made)
CancelCheck = Callable[[], bool]

BATCH = 20_000
BULK_CACHE_KIB = 512 * 1024
STATUS_CHAIN = ("idea", "shaping", "gathering", "appealing", "implementing", "done")
STATUS_WEIGHTS = {
    "idea": 12, "shaping": 14, "gathering": 14, "appealing": 14, "implementing": 10, "done": 16,
    "paused": 6, "declined": 7, "withdrawn": 7,
}  # fmt: skip
CHANNEL_WEIGHTS = {"in_person": 55, "phone": 25, "online": 15, "outreach": 5}
OUTCOME_WEIGHTS = {"advised": 55, "document_prepared": 15, "referred": 9, "declined": 7, "follow_up": 14}
TOPIC_WEIGHTS = {"info_search": 35, "people_search": 20, "drafting": 25, "informing": 10, "other": 10}
REASON_WEIGHTS = {
    "financial_aid": 40,
    "elections_politics": 10,
    "do_it_for_me": 30,
    "contrary_to_values": 10,
    "other": 10,
}
ANONYMOUS_SHARE = 0.08


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    first_day: date
    last_day: date
    staff: int
    territories: int
    organisations: int
    officials: int
    visitors: int
    consultations: int
    initiatives: int
    members: int
    appeals: int
    publications: int
    initiatives_by_status: dict[str, int] = field(default_factory=dict)
    events: int = 0


def default_consultations(visitors: int, months: int) -> int:
    """About three consultations per visitor a year, and at least one each."""
    return max(visitors, round(visitors * 3 * months / 12))


# -------------------------------------------------------------------------------------- the writer


class _Writer:
    """Bulk inserts through the driver (one executemany per batch) with values formatted for it.

    SQLite receives dates and times as the same text SQLAlchemy writes (so comparisons with bound
    parameters agree); other databases receive Python objects.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self.rows_written = 0
        self.explicit_ids: set[str] = set()  # tables given their ids by the generator

    def day(self, d: date | None) -> Any:
        if d is None or not self.sqlite:
            return d
        return _day_text(d)

    def moment(self, d: date, minute: int) -> Any:
        """A UTC timestamp for a local date and minute of the day."""
        if self.sqlite:
            return _moment_text(d, minute)
        return _utc(d, minute)

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.mark == "?" or self.conn.dialect.paramstyle in ("format", "pyformat"):
            sql = (
                f"INSERT INTO {table.name} ({', '.join(columns)}) "
                f"VALUES ({', '.join(self.mark for _ in columns)})"
            )
            self.conn.exec_driver_sql(sql, rows)
        else:  # any other driver: let SQLAlchemy bind the values
            self.conn.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])
        self.rows_written += len(rows)
        if "id" in columns:
            self.explicit_ids.add(table.name)

    def sync_id_sequences(self) -> None:
        """Move each id sequence past the ids written explicitly (PostgreSQL).

        SQLite's INTEGER PRIMARY KEY takes max(id) + 1 by itself; a PostgreSQL identity/serial column
        draws from a sequence that explicit ids do not advance, so without this the first visitor a
        desk registers after the demo would get id 1 and fail with a duplicate key.
        """
        if self.conn.dialect.name != "postgresql":
            return
        for name in sorted(self.explicit_ids):
            self.conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE(MAX(id), 1), "
                f"MAX(id) IS NOT NULL) FROM {name}"
            )


def _table(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


@lru_cache(maxsize=4096)
def _day_text(d: date) -> str:
    return d.isoformat()


@lru_cache(maxsize=512)
def _utc_offset(d: date) -> timedelta:
    noon = datetime.combine(d, time(12))
    return clock.local_to_utc(noon) - noon


def _utc(d: date, minute: int) -> datetime:
    return datetime.combine(d, time(minute // 60, minute % 60)) + _utc_offset(d)


@lru_cache(maxsize=1 << 16)
def _moment_text(d: date, minute: int) -> str:
    return _utc(d, minute).strftime("%Y-%m-%d %H:%M:%S.%f")


# ----------------------------------------------------------------------------------- the generator


@dataclass
class _Person:
    last: str
    first: str
    middle: str | None
    gender: str


@dataclass
class _Initiative:
    id: int
    category: str
    title: str
    street: str
    address: str
    territory_id: int
    status: str
    created: int  # day index
    author: int  # visitor id
    history: list[tuple[int, str | None, str, str | None]]  # (day, from, to, reason)




class _DemoBase:
    # set by the run (services/demo/generate.py) before the parts that read them
    staff_ids: list[int]
    ids_before_consultations: int

    def __init__(
        self,
        ctx: ServiceContext,
        conn: Connection,
        seed: int,
        visitors: int,
        months: int,
        consultations: int,
        anchor: date,
        progress: Progress | None,
        cancel: CancelCheck | None,
    ) -> None:
        self.ctx = ctx
        self.w = _Writer(conn)
        self.conn = conn
        self.rnd = random.Random(seed)
        self.seed = seed
        self.n_visitors = visitors
        self.n_consultations = consultations
        self.anchor = anchor
        self.first_day = _months_back(anchor, months)
        self.days = [self.first_day + timedelta(days=i) for i in range((anchor - self.first_day).days + 1)]
        self.progress = progress
        self.cancel = cancel
        # progress in "units": a visitor, a consultation, a tenth of an initiative (with its history)
        self.total_work = visitors + consultations + max(9, visitors // 25) * 10
        self.units_done = 0
        self.ids: dict[str, int] = {}
        # day weights: working days of the Russian calendar, Saturdays a little (outreach), else none
        weights = []
        for d in self.days:
            if official_is_working_day(d):
                weights.append(1.0)
            elif d.weekday() == 5:
                weights.append(0.12)
            else:
                weights.append(0.0)
        if not any(weights):
            weights = [1.0] * len(self.days)
        self.day_weights = weights
        acc = 0.0
        self.day_cum = []
        for wgt in weights:
            acc += wgt
            self.day_cum.append(acc)

    # --------------------------------------------------------------------------------- helpers

    def next_id(self, table: Table) -> int:
        if table.name not in self.ids:
            current = self.conn.execute(select(func.max(table.c.id))).scalar()
            self.ids[table.name] = int(current or 0)
        self.ids[table.name] += 1
        return self.ids[table.name]

    def tick(self, what: str) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Создание демонстрационных данных отменено; база данных не изменена.")
        if self.progress is not None:
            self.progress(min(self.units_done, self.total_work), self.total_work, what)

    def pick_day(self, lo: int = 0, hi: int | None = None) -> int:
        """A working day index in [lo, hi] (weighted), falling back to any day in the range."""
        hi = len(self.days) - 1 if hi is None else hi
        if lo >= hi:
            return min(lo, len(self.days) - 1)
        base = self.day_cum[lo - 1] if lo > 0 else 0.0
        span = self.day_cum[hi] - base
        if span <= 0:
            return self.rnd.randint(lo, hi)
        return bisect.bisect_left(self.day_cum, base + self.rnd.random() * span, lo, hi)

    def minute(self) -> int:
        return self.rnd.randrange(9 * 60, 18 * 60, 5)

    def person(self, gender: str | None = None) -> _Person:
        rnd = self.rnd
        gender = gender or ("f" if rnd.random() < 0.58 else "m")  # women come to such centres more
        if rnd.random() < data.INVARIANT_SHARE:
            last = rnd.choice(data.INVARIANT_SURNAMES)
        else:
            last = rnd.choice(data.SURNAMES)
        father = rnd.choice(data.FATHERS)
        son, daughter = data.PATRONYMICS[father]
        if gender == "f":
            return _Person(data.feminine_surname(last), rnd.choice(data.FEMALE_FIRST), daughter, "f")
        return _Person(last, rnd.choice(data.MALE_FIRST), son, "m")

    def phone(self, used: set[str]) -> str:
        while True:
            number = f"+79{self.rnd.randrange(10**9):09d}"
            if number not in used:
                used.add(number)
                return number


def _months_back(anchor: date, months: int) -> date:
    """The day ``months`` calendar months before ``anchor`` plus one (a window ending on ``anchor``)."""
    year, month = anchor.year, anchor.month - months
    while month <= 0:
        month += 12
        year -= 1
    day = min(anchor.day, 28)
    return date(year, month, day) + timedelta(days=1)

