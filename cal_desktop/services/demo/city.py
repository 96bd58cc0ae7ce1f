"""Demo data: the city (staff, territories, authorities with officials, partners, media, visitors)."""


from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from cal_desktop.db import models as m
from cal_desktop.domain.search_text import (
    official_search_text,
    organisation_search_text,
    visitor_search_text,
)
from cal_desktop.domain.text import normalize, normalized_full_name
from cal_desktop.services import demo_data as data
from cal_desktop.services.demo.base import BATCH, _DemoBase, _table


class _DemoCity(_DemoBase):
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

