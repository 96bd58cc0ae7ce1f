"""Test data for documents: an initiative with members, officials with the names of the acceptance list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from cal_desktop.db.models import (
    Initiative,
    InitiativeMember,
    Official,
    OfficialDeclinedForm,
    Organisation,
    Setting,
    Territory,
    Visitor,
)
from cal_desktop.domain import text


@dataclass
class Case:
    initiative_id: int
    author_id: int
    officials: dict[str, int]
    organisation_id: int
    member_ids: list[int]


def add_visitor(s, last, first, middle=None, gender=None, address=None, phone=None, email=None) -> Visitor:  # type: ignore[no-untyped-def]
    v = Visitor(
        last_name=last,
        first_name=first,
        middle_name=middle,
        gender=gender,
        address=address,
        phone=phone,
        email=email,
        name_norm=text.normalized_full_name(last, first, middle),
        search_text=text.visitor_search_text(last, first, middle, phone, email),
    )
    s.add(v)
    s.flush()
    return v


OFFICIALS = [
    # key, position, last, first, middle, gender
    ("shulga", "глава администрации Центрального района", "Шульга", "Олег", "Викторович", None),
    ("tsoi", "начальник управления благоустройства", "Цой", "Виктор", "Робертович", None),
    ("bondarenko", "заведующая отделом культуры", "Бондаренко", "Нина", "Петровна", "f"),
    ("sidorchuk", "исполняющий обязанности главы администрации", "Сидорчук", "Оксана", "Тарасовна", "f"),
    ("elkina", "заведующая отделом культуры", "Ёлкина", "Алёна", "Игоревна", None),
    ("gus_f", "начальник управления благоустройства", "Гусь", "Анна", "Павловна", None),
    ("gus_m", "глава администрации Центрального района", "Гусь", "Олег", "Павлович", None),
    ("aliev", "исполняющий обязанности главы администрации", "Алиев", "Рашид", "Магомед оглы", None),
]


def make_case(
    db,
    *,
    author_address: str | None = "614001, г. Пермь, ул. Мира, д. 5, кв. 7",  # type: ignore[no-untyped-def]
    author=("Петрова", "Анна", "Сергеевна", "f"),
    extra_members: int = 2,
) -> Case:
    with db.session() as s:
        for key, value in (
            ("centre_name", "ЦАЛ Центрального района"),
            ("organisation_name", "АНО «Активные люди»"),
            ("address", "614000, г. Пермь, ул. Советская, д. 10"),
            ("inn", "5900000000"),
        ):
            s.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        terr = Territory(kind="microdistrict", name="микрорайон Южный", name_norm="микрорайон южный")
        s.add(terr)
        s.flush()
        a = add_visitor(s, *author, address=author_address, phone="+79123456789", email="petrova@mail.ru")
        ini = Initiative(
            title="Детская площадка во дворе",
            description="Во дворе дома по ул. Мира, 5 нет детской площадки.",
            category="improvement",
            territory_id=terr.id,
            address="ул. Мира, 5",
            status="appealing",
            created_on=date(2026, 4, 1),
            search_text="детская площадка",
            estimated_cost="850 000 руб.",
        )
        s.add(ini)
        s.flush()
        s.add(
            InitiativeMember(initiative_id=ini.id, visitor_id=a.id, role="author", added_on=date(2026, 4, 1))
        )
        member_ids = [a.id]
        people = [
            ("Гусь", "Анна", "Павловна"),
            ("Алиев", "Рашид", "Магомед оглы"),
            ("Сидорчук", "Оксана", "Тарасовна"),
            ("Ёлкина", "Алёна", "Игоревна"),
        ]
        for i in range(extra_members):
            last, first, middle = people[i % len(people)]
            v = add_visitor(
                s,
                last,
                first,
                middle if i < len(people) else f"{middle}",
                address=f"ул. Мира, 5, кв. {10 + i}",
            )
            s.add(
                InitiativeMember(
                    initiative_id=ini.id, visitor_id=v.id, role="supporter", added_on=date(2026, 4, 2)
                )
            )
            member_ids.append(v.id)
        org = Organisation(
            kind="authority",
            name="Администрация Центрального района",
            address="614000, г. Пермь, ул. Ленина, д. 1",
            name_norm="администрация центрального района",
            search_text="администрация",
        )
        s.add(org)
        s.flush()
        officials = {}
        for key, position, last, first, middle, gender in OFFICIALS:
            o = Official(
                organisation_id=org.id,
                position=position,
                last_name=last,
                first_name=first,
                middle_name=middle,
                gender=gender,
                search_text=last.lower(),
            )
            s.add(o)
            s.flush()
            officials[key] = o.id
        return Case(ini.id, a.id, officials, org.id, member_ids)


def add_correction(db, official_id: int, case: str, **values: str) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.add(OfficialDeclinedForm(official_id=official_id, grammatical_case=case, **values))
