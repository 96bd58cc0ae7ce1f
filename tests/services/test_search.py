"""services.search: what a staff member finds when typing into the search box."""

from __future__ import annotations

from datetime import date

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Initiative, Official, Organisation
from cal_desktop.domain.search_text import (
    initiative_search_text,
    official_search_text,
    organisation_search_text,
)
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.search import find_initiatives, find_officials, find_visitors
from cal_desktop.services.visitors import VisitorInput, create_visitor


@pytest.fixture
def visitors(ctx: ServiceContext) -> dict[str, int]:
    people = [
        VisitorInput("Ёлкина", "Алёна", "Сергеевна", phone="8 (912) 345-67-89"),
        VisitorInput("Иванов", "Пётр", "Ильич", phone="+7 903 000-11-22", email="petr.ivanov@mail.ru"),
        VisitorInput("Бондаренко", "Ольга", "Ивановна"),
        VisitorInput("Ли", "Ян", None),
    ]
    return {p.last_name: create_visitor(ctx, p).id for p in people}


def test_visitors_found_by_any_part_of_the_name_in_any_case(
    ctx: ServiceContext, visitors: dict[str, int]
) -> None:
    assert [h.full_name for h in find_visitors(ctx, "елкина")] == ["Ёлкина Алёна Сергеевна"]
    assert [h.full_name for h in find_visitors(ctx, "АЛЕНА")] == ["Ёлкина Алёна Сергеевна"]
    # the surname first (ranking, services.visitor_search), then the patronymic
    assert [h.id for h in find_visitors(ctx, "ИВАН")] == [visitors["Иванов"], visitors["Бондаренко"]]
    assert [h.id for h in find_visitors(ctx, "ли")] == [visitors["Ли"]]  # two letters: still found
    assert [h.id for h in find_visitors(ctx, "ЛЬИ")] == [visitors["Иванов"]]  # Ильич


def test_visitors_found_by_phone_digits_in_any_notation(
    ctx: ServiceContext, visitors: dict[str, int]
) -> None:
    for typed in ("9123456", "+7 912 345", "8 (912) 345-67-89", "345-67"):
        assert [h.id for h in find_visitors(ctx, typed)] == [visitors["Ёлкина"]], typed
    hit = find_visitors(ctx, "9123456")[0]
    assert hit.phone == "+79123456789"


def test_visitors_found_by_email(ctx: ServiceContext, visitors: dict[str, int]) -> None:
    assert [h.id for h in find_visitors(ctx, "petr.ivanov")] == [visitors["Иванов"]]


def test_blank_query_and_limit(ctx: ServiceContext, visitors: dict[str, int]) -> None:
    assert find_visitors(ctx, "   ") == []
    assert len(find_visitors(ctx, "иван", limit=1)) == 1


def test_edited_visitor_is_found_by_new_name_only(ctx: ServiceContext, visitors: dict[str, int]) -> None:
    from cal_desktop.services.visitors import update_visitor

    update_visitor(ctx, visitors["Ли"], VisitorInput("Пак", "Ян", None, phone="+7 999 888 77 66"))
    assert [h.id for h in find_visitors(ctx, "пак")] == [visitors["Ли"]]
    assert [h.id for h in find_visitors(ctx, "9998887")] == [visitors["Ли"]]
    assert find_visitors(ctx, "ли ян") == []


@pytest.fixture
def directory(db: Database) -> dict[str, int]:
    with db.session() as s:
        org = Organisation(
            kind="authority",
            name="Администрация Ленинского района",
            name_norm="администрация ленинского района",
            search_text=organisation_search_text("Администрация Ленинского района"),
        )
        s.add(org)
        s.flush()
        people = {
            "Шульга": ("Шульга", "Олег", "Викторович", "Глава администрации"),
            "Смирнова": ("Смирнова", "Татьяна", "Олеговна", "Начальник отдела благоустройства"),
        }
        ids = {}
        for key, (last, first, middle, position) in people.items():
            o = Official(
                organisation_id=org.id,
                position=position,
                last_name=last,
                first_name=first,
                middle_name=middle,
                search_text=official_search_text(last, first, middle, position, org.name),
            )
            s.add(o)
            s.flush()
            ids[key] = o.id
        for title, address, created in (
            ("Детская площадка во дворе", "ул. Лётчиков, д. 5", date(2025, 3, 1)),
            ("Освещение сквера", "сквер у школы № 12", date(2025, 4, 1)),
        ):
            i = Initiative(
                title=title,
                address=address,
                category="improvement",
                status="idea",
                created_on=created,
                search_text=initiative_search_text(title, address),
            )
            s.add(i)
            s.flush()
            ids[title] = i.id
        return ids


def test_officials_found_by_name_position_and_organisation(
    ctx: ServiceContext, directory: dict[str, int]
) -> None:
    assert [h.id for h in find_officials(ctx, "шульга")] == [directory["Шульга"]]
    assert [h.id for h in find_officials(ctx, "благоустр")] == [directory["Смирнова"]]
    assert {h.id for h in find_officials(ctx, "ленинского")} == {directory["Шульга"], directory["Смирнова"]}
    hit = find_officials(ctx, "ОЛЕГОВНА")[0]
    assert (hit.full_name, hit.organisation) == (
        "Смирнова Татьяна Олеговна",
        "Администрация Ленинского района",
    )


def test_initiatives_found_by_title_and_address(ctx: ServiceContext, directory: dict[str, int]) -> None:
    assert [h.id for h in find_initiatives(ctx, "летчиков")] == [directory["Детская площадка во дворе"]]
    assert [h.id for h in find_initiatives(ctx, "площадка")] == [directory["Детская площадка во дворе"]]
    assert [h.id for h in find_initiatives(ctx, "школы 12")] == [directory["Освещение сквера"]]
    assert find_initiatives(ctx, "парк") == []
