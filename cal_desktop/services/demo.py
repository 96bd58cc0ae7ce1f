"""Demo data: a realistic centre in a fictional Russian city, for trying the program and for benchmarks.

``generate_demo`` fills an empty database with staff, a territory tree, the city's authorities with
officials, partners and media, visitors (consistent gender of names, patronymics and surnames),
initiatives in every status with their full history, members, needed resources, consultations spread
over the last ``months`` months, appeals with their answer clock, and publications.

Reproducible: everything comes from ``random.Random(seed)`` and from dates relative to an anchor day
(today by default), so the same seed on the same day gives the same rows, timestamps included.

Fast: rows are built as tuples and written with one ``executemany`` per batch inside ONE transaction
(nothing is left half-written on an error or a cancel); search texts are computed with the same
``domain`` functions the services use, and the FTS index is kept by its triggers.
"""

from __future__ import annotations

import bisect
import random
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select

from cal_desktop.db import models as m
from cal_desktop.db.search import drop_search_triggers, install_search_index, optimize_search_index
from cal_desktop.domain import clock
from cal_desktop.domain.calendar import WorkingCalendar, official_is_working_day
from cal_desktop.domain.deadlines import ClockFacts, compute_clock
from cal_desktop.domain.search_text import (
    initiative_search_text,
    official_search_text,
    organisation_search_text,
    visitor_search_text,
)
from cal_desktop.domain.text import initials_name, normalize, normalized_full_name, search_text
from cal_desktop.errors import Cancelled, Conflict
from cal_desktop.services import audit, demo_network, followups_sync
from cal_desktop.services import demo_data as data
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo_attachments import write_attachments
from cal_desktop.services.demo_events import write_events
from cal_desktop.services.demo_referrals import write_referrals_and_calls

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


class _Demo:
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

    # ------------------------------------------------------------------------------- the parts

    def staff(self) -> list[int]:
        t = _table(m.Staff)
        existing = set(self.conn.execute(select(m.Staff.login)).scalars())
        count = self.rnd.randint(3, 5)
        rows, ids = [], []
        for login, last, first, middle, _gender, position, role in data.STAFF[:count]:
            while login in existing:
                login += "1"
            existing.add(login)
            sid = self.next_id(t)
            ids.append(sid)
            rows.append((
                sid, login, f"{last} {first} {middle}", last, first, middle, position,
                f"+7912{self.rnd.randrange(10**7):07d}", f"{login}@cal-novoozersk.ru", role, True, 0, False,
                self.w.moment(self.days[0], 8 * 60),
            ))  # fmt: skip
        self.w.insert(t, ("id", "login", "display_name", "last_name", "first_name", "middle_name", "position",
                          "phone", "email", "role", "active", "failed_logins", "must_change_password",
                          "created_at"), rows)  # fmt: skip
        return ids

    def territories(self) -> None:
        t = _table(m.Territory)
        rows: list[tuple[Any, ...]] = []

        def add(name: str, kind: str, parent: int | None) -> int:
            tid = self.next_id(t)
            rows.append((tid, parent, kind, name, normalize(name)))
            return tid

        self.city_id = add(data.CITY, "settlement", None)
        names = list(data.DISTRICTS)
        self.district_ids: dict[int, str] = {}
        self.streets: list[tuple[int, str, int]] = []  # (street territory id, street name, district id)
        micro_pool = list(data.MICRODISTRICTS)
        self.rnd.shuffle(micro_pool)
        for name in self.rnd.sample(names, self.rnd.randint(4, 6)):
            did = add(name, "district", self.city_id)
            self.district_ids[did] = name
            for _ in range(self.rnd.randint(2, 3)):
                micro = micro_pool.pop() if micro_pool else f"мкр. № {len(rows)}"
                mid = add(micro, "microdistrict", did)
                for street in self.rnd.sample(data.STREETS, self.rnd.randint(3, 6)):
                    self.streets.append((add(street, "street", mid), street, did))
        self.w.insert(t, ("id", "parent_id", "kind", "name", "name_norm"), rows)
        self.n_territories = len(rows)

    def directory(self) -> None:
        """The city's authorities with officials, partners with their resources, media outlets."""
        org_t, off_t = _table(m.Organisation), _table(m.Official)
        orgs: list[tuple[Any, ...]] = []
        officials: list[tuple[Any, ...]] = []
        cats: list[tuple[Any, ...]] = []
        terrs: list[tuple[Any, ...]] = []
        resources: list[tuple[Any, ...]] = []
        created = self.w.moment(self.days[0], 8 * 60)
        address = f"г. {data.CITY}, ул. Ленина, д. 1"
        self.authority_by_category: dict[str, list[tuple[int, int]]] = {}  # category -> [(org, official)]
        self.district_authority: dict[int, tuple[int, int]] = {}
        self.partner_resources: list[tuple[int, str]] = []
        self.media_ids: list[tuple[int, str]] = []

        def org(
            name: str,
            kind: str,
            short: str | None,
            email: str | None,
            partner_kind: str | None = None,
            org_address: str | None = address,
        ) -> int:
            oid = self.next_id(org_t)
            orgs.append((
                oid, kind, partner_kind, name, short, org_address, email,
                f"+78412{self.rnd.randrange(10**6):06d}", None, "пн–чт 9:00–18:00, пт 9:00–16:45", None, None,
                True, normalize(name), organisation_search_text(name, short, org_address), created,
            ))  # fmt: skip
            return oid

        def official(
            oid: str | int,
            org_name: str,
            short: str | None,
            position: str,
            categories: Iterable[str],
            territory_ids: Iterable[int],
        ) -> int:
            # a feminine position word («заведующая») needs a woman in the post
            p = self.person("f" if position.split()[0].endswith("ая") else None)
            fid = self.next_id(off_t)
            officials.append((
                fid, oid, position, p.last, p.first, p.middle, p.gender, None,
                f"+78412{self.rnd.randrange(10**6):06d}", "вторник 14:00–17:00", True,
                official_search_text(p.last, p.first, p.middle, position, org_name, short), created,
            ))  # fmt: skip
            cats.extend((fid, c) for c in categories)
            terrs.extend((fid, t) for t in territory_ids)
            return fid

        domain = "adm-novoozersk.ru"
        city_name = f"Администрация города {data.CITY_GEN}"
        city_org = org(city_name, "authority", "Администрация города", f"priemnaya@{domain}")
        head = official(
            city_org,
            city_name,
            "Администрация города",
            f"Глава города {data.CITY_GEN}",
            ("improvement", "housing", "roads_transport", "social"),
            (self.city_id,),
        )
        for position, cats_ in (
            ("Заместитель главы города по городскому хозяйству", ("housing", "improvement")),
            ("Заместитель главы города по социальным вопросам", ("social", "education")),
        ):
            official(city_org, city_name, "Администрация города", position, cats_, (self.city_id,))
        for cat in data.CATEGORY_WEIGHTS:
            self.authority_by_category.setdefault(cat, []).append((city_org, head))
        duma_name = f"Городская дума города {data.CITY_GEN}"
        duma = org(duma_name, "authority", "Городская дума", f"duma@{domain}")
        official(duma, duma_name, "Городская дума", "Председатель городской думы", (), (self.city_id,))
        for did, district in self.district_ids.items():
            name = f"Администрация {data.DISTRICTS[district]} района города {data.CITY_GEN}"
            short = f"Администрация {data.DISTRICTS[district]} района"
            oid = org(name, "authority", short, f"{data.translit(district.split()[0])}@{domain}")
            fid = official(
                oid,
                name,
                short,
                f"Глава администрации {data.DISTRICTS[district]} района",
                ("improvement", "housing", "roads_transport", "safety"),
                (did,),
            )
            official(oid, name, short, "Заместитель главы администрации района", ("improvement",), (did,))
            self.district_authority[did] = (oid, fid)
        for name_t, short, mail, categories, positions in data.DEPARTMENTS:
            name = name_t.format(city=data.CITY_GEN)
            oid = org(name, "authority", short, f"{mail}@{domain}")
            for i, position in enumerate(positions):
                fid = official(oid, name, short, position, categories, (self.city_id,))
                if i == 0:
                    for cat in categories:
                        self.authority_by_category.setdefault(cat, []).append((oid, fid))
        from cal_desktop.services.directory import resource_norm  # pymorphy3: loaded only for the demo

        for name, kind, offered in data.PARTNERS:
            oid = org(name, "partner", None, None, kind, f"г. {data.CITY}")
            for resource in offered:
                resources.append(
                    (self.next_id(_table(m.PartnerResource)), oid, resource, resource_norm(resource))
                )
                self.partner_resources.append((oid, resource))
        for name, url in data.MEDIA:
            self.media_ids.append((org(name, "media", None, None, None, f"г. {data.CITY}"), url))
        self.w.insert(org_t, ("id", "kind", "partner_kind", "name", "short_name", "address", "email", "phone",
                              "website", "reception_hours", "contact_person", "notes", "active", "name_norm",
                              "search_text", "created_at"), orgs)  # fmt: skip
        self.w.insert(off_t, ("id", "organisation_id", "position", "last_name", "first_name", "middle_name",
                              "gender", "email", "phone", "reception_hours", "active", "search_text",
                              "created_at"), officials)  # fmt: skip
        self.w.insert(_table(m.OfficialCategory), ("official_id", "category"), cats)
        self.w.insert(_table(m.OfficialTerritory), ("official_id", "territory_id"), terrs)
        self.w.insert(
            _table(m.PartnerResource), ("id", "organisation_id", "resource", "resource_norm"), resources
        )
        self.n_organisations, self.n_officials = len(orgs), len(officials)
        self.official_names = {o[0]: (o[3], o[4], o[5], o[2]) for o in officials}
        self.org_names = {o[0]: o[3] for o in orgs}
        self.org_short = {o[0]: o[4] for o in orgs}

    def visitors(self) -> None:
        """Visitors in order of their first visit (ids grow with time, as in a real register)."""
        t = _table(m.Visitor)
        cols = ("id", "last_name", "first_name", "middle_name", "gender", "birth_date", "phone", "email",
                "address", "territory_id", "consent_date", "consent_form_version", "notes", "name_norm",
                "search_text", "created_at", "updated_at", "created_by_id")  # fmt: skip
        rnd = self.rnd
        firsts = sorted(self.pick_day() for _ in range(self.n_visitors))
        self.visitor_first: list[int] = []  # day index of each visitor's first visit, by position
        self.visitor_ids: list[int] = []
        used: set[str] = set()
        rows: list[tuple[Any, ...]] = []
        for first_day in firsts:
            p = self.person()
            vid = self.next_id(t)
            phone = self.phone(used) if rnd.random() < 0.92 else None
            email = None
            if rnd.random() < 0.35:
                email = f"{data.translit(p.last)}.{data.translit(p.first)[0]}{rnd.randrange(100)}@{rnd.choice(data.EMAIL_DOMAINS)}"
            street_id, street, _district = rnd.choice(self.streets)
            address = f"г. {data.CITY}, {street}, д. {rnd.randint(1, 120)}, кв. {rnd.randint(1, 240)}"
            birth = None
            if rnd.random() < 0.6:
                birth = self.anchor - timedelta(days=rnd.randint(18 * 365, 85 * 365))
            day = self.days[first_day]
            moment = self.w.moment(day, 9 * 60)
            middle = p.middle if rnd.random() > 0.03 else None
            rows.append((
                vid, p.last, p.first, middle, p.gender, self.w.day(birth), phone, email, address,
                street_id if rnd.random() < 0.85 else None, self.w.day(day), "1", None,
                normalized_full_name(p.last, p.first, middle),
                visitor_search_text(p.last, p.first, middle, phone, email), moment, moment,
                rnd.choice(self.staff_ids),
            ))  # fmt: skip
            self.visitor_first.append(first_day)
            self.visitor_ids.append(vid)
            if len(rows) >= BATCH:
                self.w.insert(t, cols, rows)
                self.units_done += len(rows)
                rows = []
                self.tick("посетители")
        self.w.insert(t, cols, rows)
        self.units_done += len(rows)
        self.tick("посетители")

    def visitor_known_by(self, day: int) -> int:
        """How many visitors had come by that day (visitors are sorted by first visit)."""
        return bisect.bisect_right(self.visitor_first, day)

    def random_visitor(self, day: int) -> int | None:
        known = self.visitor_known_by(day)
        if known == 0:
            return None
        return self.visitor_ids[int(self.rnd.random() * known)]

    def initiatives(self) -> None:
        rnd = self.rnd
        n = max(9, self.n_visitors // 25)
        statuses = list(STATUS_WEIGHTS)
        chosen = statuses + rnd.choices(statuses, weights=list(STATUS_WEIGHTS.values()), k=n - len(statuses))
        categories = list(data.CATEGORY_WEIGHTS)
        cat_weights = list(data.CATEGORY_WEIGHTS.values())
        last = len(self.days) - 1
        self.initiative_list: list[_Initiative] = []
        self.initiatives_by_status: Tally[str] = Tally()
        ini_t = _table(m.Initiative)
        for index, status in enumerate(chosen):
            path = self._status_path(status)
            steps = len(path) - 1
            latest = max(0, last - steps * 3)
            if index < len(statuses):  # the one-of-each-status initiatives are old: a history over months
                latest = min(latest, last // 5)
            created = self.pick_day(0, latest)
            if self.visitor_known_by(created) == 0:
                created = self.visitor_first[0] if self.visitor_first else created
            change_days = sorted(self.pick_day(created + 1, last) for _ in range(steps)) if steps else []
            author = self.random_visitor(created)
            if author is None:
                continue
            category = rnd.choices(categories, weights=cat_weights)[0]
            street_id, street, _district = rnd.choice(self.streets)
            title = rnd.choice(data.INITIATIVE_TITLES[category]).format(street=street)
            history: list[tuple[int, str | None, str, str | None]] = [(created, None, path[0], None)]
            for day, (before, after) in zip(change_days, zip(path, path[1:], strict=False), strict=True):
                reason = (
                    rnd.choices(list(REASON_WEIGHTS), weights=list(REASON_WEIGHTS.values()))[0]
                    if after == "declined"
                    else None
                )
                history.append((max(day, history[-1][0]), before, after, reason))
            self.initiative_list.append(_Initiative(
                self.next_id(ini_t), category, title, street, f"г. {data.CITY}, {street}, д. {rnd.randint(1, 120)}",
                street_id, path[-1], created, author, history,
            ))  # fmt: skip
            self.initiatives_by_status[path[-1]] += 1
        self._write_initiatives()

    def _status_path(self, status: str) -> list[str]:
        rnd = self.rnd
        if status in STATUS_CHAIN:
            path = list(STATUS_CHAIN[: STATUS_CHAIN.index(status) + 1])
            if status == "done" and rnd.random() < 0.25:
                path.remove("appealing")  # done without asking the authorities (a neighbours' project)
            return path
        if status == "declined":
            return ["idea", "declined"] if rnd.random() < 0.7 else ["idea", "shaping", "declined"]
        stop = rnd.randint(1, 4) if status == "paused" else rnd.randint(0, 3)
        return [*STATUS_CHAIN[: stop + 1], status]

    def _write_initiatives(self) -> None:
        rnd = self.rnd
        last = len(self.days) - 1
        ini_rows, hist_rows, member_rows, res_rows, partner_rows = [], [], [], [], []
        from cal_desktop.services.directory import resource_norm

        for ini in self.initiative_list:
            created_day = self.days[ini.created]
            staff = rnd.choice(self.staff_ids)
            last_day = ini.history[-1][0]
            title_lc = ini.title[0].lower() + ini.title[1:]
            decline_reason = ini.history[-1][3] if ini.status == "declined" else None
            open_ = ini.status in STATUS_CHAIN[:-1]
            next_step = data.NEXT_STEPS.get(ini.status) if open_ else None
            next_date = self.anchor + timedelta(days=rnd.randint(-10, 30)) if open_ else None
            done = ini.status == "done"
            n_people = rnd.randint(20, 300)
            ini_rows.append((
                ini.id, ini.title, data.DESCRIPTION.format(street=ini.street, title_lc=title_lc), ini.category,
                ini.territory_id, ini.address, ini.status, decline_reason, staff, next_step, self.w.day(next_date),
                data.RESULT_SUMMARY.format(n=rnd.randint(10, 80)) if done else None, done and rnd.random() < 0.3,
                data.EXPECTED_RESULT.format(street=ini.street, n=n_people),
                f"около {rnd.randint(5, 90) * 10} тыс. руб.", f"{rnd.choice(('весна', 'лето', 'осень'))} {self.anchor.year}",
                self.w.day(created_day), initiative_search_text(ini.title, ini.address),
                self.w.moment(created_day, 10 * 60), self.w.moment(self.days[last_day], 17 * 60), staff,
            ))  # fmt: skip
            previous = (-1, 0)
            for day, before, after, reason in ini.history:
                comment = data.DECLINE_COMMENTS[reason] if reason else data.STATUS_COMMENTS.get(after)
                minute = 10 * 60 + rnd.randrange(0, 7 * 60, 5)
                if day == previous[0] and minute <= previous[1]:  # two changes on one day: keep their order
                    minute = min(previous[1] + 5, 24 * 60 - 1)
                previous = (day, minute)
                hist_rows.append((
                    self.next_id(_table(m.InitiativeStatusChange)), ini.id, before, after,
                    self.w.moment(self.days[day], minute), self.w.day(self.days[day]), staff, reason, comment,
                ))  # fmt: skip
            # members: the author, maybe co-authors; supporters and volunteers once it looks for people
            reached = {h[2] for h in ini.history}
            roles: list[tuple[int, str, int]] = [(ini.author, "author", ini.created)]
            taken = {ini.author}
            gathering_day = next((h[0] for h in ini.history if h[2] == "gathering"), None)
            extra = [("co_author", rnd.choice((0, 0, 1, 2)), ini.created)]
            if gathering_day is not None:
                scale = 3 if reached & {"appealing", "implementing", "done"} else 1
                extra += [("supporter", rnd.randint(2, 8) * scale, gathering_day),
                          ("volunteer", rnd.randint(0, 4) * scale, gathering_day)]  # fmt: skip
            for role, count, since in extra:
                for _ in range(count):
                    day = self.pick_day(since, last)
                    who = self.random_visitor(day)
                    if who is None or who in taken:
                        continue
                    taken.add(who)
                    roles.append((who, role, day))
            for who, role, day in roles:
                minute = 10 * 60 + rnd.randrange(0, 7 * 60, 5)
                member_rows.append((self.next_id(_table(m.InitiativeMember)), ini.id, who, role,
                                    self.w.day(self.days[day]), self.w.moment(self.days[day], minute), None))  # fmt: skip
            advanced = bool(reached & {"appealing", "implementing", "done"})
            for resource in rnd.sample(
                data.RESOURCES_NEEDED[ini.category],
                rnd.randint(1, min(3, len(data.RESOURCES_NEEDED[ini.category]))),
            ):
                res_rows.append((self.next_id(_table(m.InitiativeResource)), ini.id, resource,
                                 resource_norm(resource), advanced and rnd.random() < 0.7))  # fmt: skip
            if gathering_day is not None and rnd.random() < 0.35:
                org_id, resource = rnd.choice(self.partner_resources)
                partner_rows.append((self.next_id(_table(m.InitiativePartner)), ini.id, org_id, resource,
                                     self.w.day(self.days[self.pick_day(gathering_day, last)])))  # fmt: skip
        self.w.insert(_table(m.Initiative), (
            "id", "title", "description", "category", "territory_id", "address", "status", "decline_reason",
            "staff_id", "next_step", "next_step_date", "result_summary", "success_story", "expected_result",
            "estimated_cost", "planned_timing", "created_on", "search_text", "created_at", "updated_at",
            "created_by_id"), ini_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativeStatusChange), (
            "id", "initiative_id", "from_status", "to_status", "changed_at", "changed_on", "staff_id", "reason",
            "comment"), hist_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativeMember), ("id", "initiative_id", "visitor_id", "role", "added_on",
                                                     "added_at", "note"), member_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativeResource), ("id", "initiative_id", "resource", "resource_norm", "found"),
                      res_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativePartner), ("id", "initiative_id", "organisation_id", "contribution",
                                                      "added_on"), partner_rows)  # fmt: skip
        self.n_members = len(member_rows)
        self.units_done += 10 * len(self.initiative_list)
        self.tick("инициативы")

    def consultations(self) -> None:
        """Every visitor's first visit, the initiatives' working meetings, then the rest at random;
        written day by day so that ids grow with time."""
        rnd = self.rnd
        n_days = len(self.days)
        planned: list[list[tuple[int | None, int | None]]] = [
            [] for _ in range(n_days)
        ]  # (visitor, initiative)
        budget = self.n_consultations
        for vid, first in zip(self.visitor_ids, self.visitor_first, strict=True):
            if budget <= 0:
                break
            planned[first].append((vid, None))
            budget -= 1
        for ini in self.initiative_list:
            for day, _before, _after, _reason in ini.history:
                if budget <= 0:
                    break
                planned[day].append((ini.author, ini.id))
                budget -= 1
        if budget > 0:
            counts = Tally(rnd.choices(range(n_days), cum_weights=self.day_cum, k=budget))
            for day in range(n_days):
                for _ in range(counts.get(day, 0)):
                    who = None if rnd.random() < ANONYMOUS_SHARE else self.random_visitor(day)
                    planned[day].append((who, None))
        self._write_consultations(planned)

    def _write_consultations(self, planned: list[list[tuple[int | None, int | None]]]) -> None:
        rnd = self.rnd
        c_t, topic_t = _table(m.Consultation), _table(m.ConsultationTopic)
        cols = ("id", "occurred_at", "occurred_on", "channel", "summary", "outcome", "out_of_scope_reason",
                "duration_min", "follow_up_date", "follow_up_done", "staff_id", "visitor_id", "initiative_id",
                "created_at", "updated_at")  # fmt: skip
        channels, channel_w = list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values())
        outcomes, outcome_w = list(OUTCOME_WEIGHTS), list(OUTCOME_WEIGHTS.values())
        topics, topic_w = list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values())
        reasons, reason_w = list(REASON_WEIGHTS), list(REASON_WEIGHTS.values())
        referrals = [data.REFERRED_SUMMARY.format(org=o) for o in data.REFERRALS]
        # every summary text made once (formatting a million of them costs seconds)
        summaries = {
            t: [
                tmpl.format(thing=a, thing_prep=b, thing_ins=c)
                for tmpl in data.SUMMARIES[t]
                for a, b, c in data.THINGS
            ]
            for t in topics
        }
        random_ = rnd.random
        staff_ids = self.staff_ids
        rows: list[tuple[Any, ...]] = []
        topic_rows: list[tuple[int, str]] = []
        next_id = self.next_id(c_t)
        for day_index, items in enumerate(planned):
            if not items:
                continue
            day = self.days[day_index]
            minutes = sorted(540 + 5 * int(random_() * 108) for _ in items)  # 9:00-17:55
            rnd.shuffle(items)
            n = len(items)
            ch = rnd.choices(channels, weights=channel_w, k=n)
            oc = rnd.choices(outcomes, weights=outcome_w, k=n)
            tp = rnd.choices(topics, weights=topic_w, k=n)
            for i, (visitor, initiative) in enumerate(items):
                outcome = oc[i]
                topic = "drafting" if initiative is not None and tp[i] == "other" else tp[i]
                reason = None
                follow_up = None
                follow_done = False
                if initiative is not None and outcome in ("declined", "referred"):
                    outcome = "advised"
                if outcome == "declined":
                    reason = rnd.choices(reasons, weights=reason_w)[0]
                    summary = data.DECLINED_SUMMARIES[reason]
                elif outcome == "referred":
                    reason = rnd.choices(reasons, weights=reason_w)[0] if rnd.random() < 0.3 else None
                    summary = referrals[int(random_() * len(referrals))]
                else:
                    options = summaries[topic]
                    summary = options[int(random_() * len(options))]
                if outcome == "follow_up":
                    follow = day + timedelta(days=rnd.randint(3, 21))
                    follow_up = self.w.day(follow)
                    follow_done = follow < self.anchor and rnd.random() < 0.85
                moment = self.w.moment(day, minutes[i])
                cid = next_id
                next_id += 1
                rows.append((
                    cid, moment, self.w.day(day), ch[i] if visitor is not None else rnd.choice(("phone", "in_person")),
                    summary, outcome, reason, 10 + 5 * int(random_() * 17), follow_up, follow_done,
                    staff_ids[int(rnd.random() * len(staff_ids))], visitor, initiative, moment, moment,
                ))  # fmt: skip
                topic_rows.append((cid, topic))
                if rnd.random() < 0.18:
                    second = rnd.choices(topics, weights=topic_w)[0]
                    if second != topic:
                        topic_rows.append((cid, second))
            if len(rows) >= BATCH:
                self.w.insert(c_t, cols, rows)
                self.w.insert(topic_t, ("consultation_id", "topic"), topic_rows)
                self.units_done += len(rows)
                rows, topic_rows = [], []
                self.tick("консультации")
        self.units_done += len(rows)
        self.w.insert(c_t, cols, rows)
        self.w.insert(topic_t, ("consultation_id", "topic"), topic_rows)
        self.ids[c_t.name] = next_id - 1
        self.n_written_consultations = next_id - 1 - (self.ids_before_consultations or 0)
        self.tick("консультации")

    def appeals(self) -> None:
        """Letters for the initiatives that went to the authorities, with registration, extension,
        forwarding and answers as they happen, and the due date of DOMAIN A2."""
        rnd = self.rnd
        last = len(self.days) - 1
        calendar = WorkingCalendar()
        a_t, e_t = _table(m.Appeal), _table(m.AppealEvent)
        rows: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        seq: Tally[int] = Tally()
        kinds = ("proposal", "application", "complaint", "info_request")
        first_kinds = ("proposal", "proposal", "application", "info_request")
        channel_opts, channel_w = ("email", "portal", "post", "in_person"), (35, 35, 20, 10)
        outcomes = ("positive", "refusal", "explanation")
        drafts: list[tuple[date, int, int, _Initiative, str]] = []  # (sent, initiative, n, initiative, kind)
        for ini in self.initiative_list:
            start = next((h[0] for h in ini.history if h[2] == "appealing"), None)
            if start is None:
                continue
            sent_days = sorted(
                self.pick_day(start, min(last, start + 60)) for _ in range(rnd.choice((1, 1, 1, 2, 2, 3)))
            )
            for n, sent_i in enumerate(sent_days):
                # the first letter proposes or asks; later ones may complain about the answer or its absence
                kind = rnd.choice(first_kinds if n == 0 else kinds)
                drafts.append((self.days[sent_i], ini.id, n, ini, kind))
        drafts.sort(key=lambda d: (d[0], d[1], d[2]))  # the register is numbered in the order of sending
        for sent, _ini_id, _n, ini, kind in drafts:
            district = next((d for s, _n2, d in self.streets if s == ini.territory_id), None)
            addressees = list(self.authority_by_category.get(ini.category, []))
            if district in self.district_authority:
                addressees.append(self.district_authority[district])
            title_lc = ini.title[0].lower() + ini.title[1:]
            channel = rnd.choices(channel_opts, weights=channel_w)[0]
            org_id, official_id = rnd.choice(addressees)
            last_n, first_n, middle_n, position = self.official_names[official_id]
            aid = self.next_id(a_t)
            seq[sent.year] += 1
            number = f"ЦАЛ-{sent.year}-{seq[sent.year]:04}"
            subject = data.APPEAL_SUBJECTS[kind].format(title_lc=title_lc)
            reg_date = reg_no = None
            estimated = sent + timedelta(days=(7 if channel == "post" else 0) + rnd.randint(0, 3))
            if estimated <= self.anchor and rnd.random() < 0.75:
                reg_date = estimated
                reg_no = f"{rnd.randint(1, 9)}-{rnd.randint(100, 9999)}/{str(sent.year)[2:]}"
            extended = reg_date is not None and rnd.random() < 0.1
            notice = reg_date + timedelta(days=rnd.randint(20, 29)) if extended and reg_date else None
            if notice and notice > self.anchor:
                extended, notice = False, None
            clock_ = compute_clock(ClockFacts(sent, channel, reg_date, extended), calendar)
            answer = outcome = summary = None
            due_passed = clock_.due_date < self.anchor - timedelta(days=3)
            if (due_passed or rnd.random() < 0.3) and rnd.random() < 0.88:
                answer = clock_.registration_date + timedelta(days=rnd.randint(5, 40 if extended else 34))
                if answer > self.anchor:
                    answer = None
            if answer is not None:
                outcome = rnd.choice(outcomes)
                summary = data.ANSWER_SUMMARIES[outcome]
            addressee = f"{position} {initials_name(last_n or '', first_n, middle_n)}"
            created = self.w.moment(sent, 11 * 60)
            text_ = search_text(
                number, subject, addressee, self.org_names[org_id], self.org_short[org_id], addressee, reg_no
            )[:1000]
            rows.append((
                aid, number, kind, subject, self.w.day(sent), channel, org_id, official_id, addressee, ini.id,
                reg_no, self.w.day(reg_date), extended, self.w.day(notice), None, self.w.day(answer), summary,
                outcome, self.w.day(clock_.due_date), text_, created, created, rnd.choice(self.staff_ids),
            ))  # fmt: skip
            staff = rnd.choice(self.staff_ids)
            for kind_e, when, details in (
                ("sent", sent, None),
                ("registered", reg_date, reg_no),
                ("extended", notice, None),
                ("answered", answer, summary),
            ):
                if when is not None:
                    events.append((self.next_id(e_t), aid, kind_e, self.w.day(when), details, None, staff,
                                   self.w.moment(when, 12 * 60)))  # fmt: skip
        self.w.insert(a_t, (
            "id", "number", "kind", "subject", "sent_date", "channel", "organisation_id", "official_id",
            "addressee_text", "initiative_id", "registration_number", "registration_date", "extended",
            "extension_notice_date", "extended_until", "answer_date", "answer_summary", "answer_outcome",
            "due_date", "search_text", "created_at", "updated_at", "created_by_id"), rows)  # fmt: skip
        self.w.insert(e_t, ("id", "appeal_id", "kind", "event_date", "details", "organisation_id", "staff_id",
                            "created_at"), events)  # fmt: skip
        self.n_appeals = len(rows)
        # the register's counters (services.appeals.next_appeal_number continues from them)
        taken = set(self.conn.execute(select(m.Counter.name)).scalars())
        counters = [(f"appeal:{y}", n) for y, n in sorted(seq.items()) if f"appeal:{y}" not in taken]
        self.w.insert(_table(m.Counter), ("name", "value"), counters)

    def publications(self) -> None:
        rnd = self.rnd
        last = len(self.days) - 1
        rows: list[tuple[Any, ...]] = []
        t = _table(m.Publication)
        for ini in self.initiative_list:
            reached = {h[2] for h in ini.history}
            if not reached & {"implementing", "done", "gathering"} or rnd.random() > 0.35:
                continue
            day = self.pick_day(ini.history[-1][0], last)
            media_id, url = rnd.choice(self.media_ids)
            pid = self.next_id(t)
            title = rnd.choice(data.PUBLICATION_TITLES).format(
                street=ini.street, title_lc=ini.title[0].lower() + ini.title[1:]
            )
            rows.append((pid, ini.id, media_id, title, f"{url}{pid}", self.w.day(self.days[day]), None,
                         self.w.moment(self.days[day], 15 * 60)))  # fmt: skip
        for title in data.CENTRE_PUBLICATIONS:
            day = self.pick_day()
            media_id, url = rnd.choice(self.media_ids)
            pid = self.next_id(t)
            rows.append((pid, None, media_id, title, f"{url}{pid}", self.w.day(self.days[day]), None,
                         self.w.moment(self.days[day], 15 * 60)))  # fmt: skip
        self.w.insert(t, ("id", "initiative_id", "media_id", "title", "url", "published_on", "notes", "created_at"),
                      rows)  # fmt: skip
        self.n_publications = len(rows)

    def run(self) -> DemoSummary:
        # Indexing row by row through the triggers costs more than the inserts; the indexes are rebuilt at
        # the end of this same transaction instead (a rollback brings the triggers back too).
        drop_search_triggers(self.conn)
        self.tick("сотрудники")
        self.staff_ids = self.staff()
        self.territories()
        self.directory()
        self.tick("справочник")
        self.visitors()
        self.initiatives()
        self.ids_before_consultations = self.conn.execute(select(func.max(m.Consultation.id))).scalar() or 0
        self.ids[_table(m.Consultation).name] = self.ids_before_consultations
        self.consultations()
        self.appeals()
        self.publications()
        followups_sync.backfill(self.conn)  # owners and due dates for the demo's next steps
        self.n_events = write_events(self)  # meetings and events of the initiatives (issue 16)
        write_referrals_and_calls(self)  # referrals of «перенаправлен», funding calls (issue 21)
        demo_network.enrich(self)  # partners' help and authorities' ИНН (issue 18)
        write_attachments(self)  # photos on the initiatives (issue 21.4)
        self.tick("поисковый индекс")
        install_search_index(self.conn)  # the triggers back, every index rebuilt from its table
        self.w.sync_id_sequences()
        optimize_search_index(self.conn)
        self.units_done = self.total_work
        self.tick("готово")
        return DemoSummary(
            seed=self.seed, first_day=self.days[0], last_day=self.days[-1], staff=len(self.staff_ids),
            territories=self.n_territories, organisations=self.n_organisations, officials=self.n_officials,
            visitors=len(self.visitor_ids), consultations=self.n_written_consultations,
            initiatives=len(self.initiative_list), members=self.n_members, appeals=self.n_appeals,
            publications=self.n_publications, initiatives_by_status=dict(sorted(self.initiatives_by_status.items())),
            events=self.n_events,
        )  # fmt: skip


def _months_back(anchor: date, months: int) -> date:
    """The day ``months`` calendar months before ``anchor`` plus one (a window ending on ``anchor``)."""
    year, month = anchor.year, anchor.month - months
    while month <= 0:
        month += 12
        year -= 1
    day = min(anchor.day, 28)
    return date(year, month, day) + timedelta(days=1)


def _require_empty(conn: Connection) -> None:
    for model, what in (
        (m.Visitor, "посетители"),
        (m.Consultation, "консультации"),
        (m.Initiative, "инициативы"),
        (m.Appeal, "обращения"),
    ):
        if conn.execute(select(model.id).limit(1)).first() is not None:
            raise Conflict(
                f"В базе данных уже есть {what}: демонстрационные данные записываются только в пустую базу "
                "(укажите новый файл через --db)."
            )


def generate_demo(
    ctx: ServiceContext,
    seed: int = 1,
    visitors: int = 2000,
    months: int = 12,
    consultations: int | None = None,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DemoSummary:
    """Fill an EMPTY database with demo data (raises Conflict when it holds visitors, consultations or
    initiatives). All or nothing: one transaction; a cancel raises Cancelled and writes nothing."""
    if visitors < 1 or months < 1 or (consultations is not None and consultations < 0):
        raise Conflict("Число посетителей и месяцев должно быть положительным.")
    anchor = today or clock.today()
    total = default_consultations(visitors, months) if consultations is None else consultations
    with ctx.db.session() as s:
        conn = s.connection()
        _require_empty(conn)
        if conn.dialect.name == "sqlite":
            # A big page cache for this one transaction: index pages are changed many times, and every
            # spill of a dirty page to the WAL would write it again (measured: much less I/O).
            conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        demo = _Demo(ctx, conn, seed, visitors, months, total, anchor, progress, cancel)
        summary = demo.run()
        audit.record(
            s, ctx, "generate", "demo", None, seed=seed, visitors=summary.visitors,
            consultations=summary.consultations, initiatives=summary.initiatives, appeals=summary.appeals,
        )  # fmt: skip
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-2000")  # SQLite's default, for the pooled connection
    return summary
