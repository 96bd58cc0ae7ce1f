"""Suggestions on a small directory where the right answers are known."""

import pytest

from cal_desktop.services import directory, initiatives, suggestions, territories, visitors
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def world(ctx):
    """City > North district > yard; city > South district. Officials, partners, earlier initiatives."""
    t = {}
    t["city"] = territories.create_territory(ctx, "Город", "settlement")
    t["north"] = territories.create_territory(ctx, "Северный", "district", t["city"])
    t["yard"] = territories.create_territory(ctx, "Двор Ленина 5", "yard", t["north"])
    t["south"] = territories.create_territory(ctx, "Южный", "district", t["city"])
    admin = directory.create_organisation(ctx, OrganisationInput("authority", "Администрация города")).id
    closed = directory.create_organisation(
        ctx, OrganisationInput("authority", "Упразднённый комитет", active=False)
    ).id

    def official(last, cats, terrs, org=admin, active=True):
        return directory.create_official(
            ctx,
            OfficialInput(
                org,
                f"Должность {last}",
                last,
                "Иван",
                "Иванович",
                categories=cats,
                territory_ids=[t[x] for x in terrs],
                active=active,
            ),
        ).id

    o = {
        "north_improvement": official("Северов", ["improvement"], ["north"]),
        "city_improvement": official("Городов", ["improvement", "housing"], ["city"]),
        "improvement_anywhere": official("Общий", ["improvement"], []),
        "south_improvement": official("Южанин", ["improvement"], ["south"]),
        "north_roads": official("Дорожкин", ["roads_transport"], ["north"]),
        "inactive": official("Бывший", ["improvement"], ["north"], active=False),
        "closed_org": official("Комитетов", ["improvement"], ["north"], org=closed),
    }
    p = {}
    for name, offers in {
        "Строймаркет": ["Краски и кисти", "Доски"],
        "Типография «Слово»": ["Печать листовок"],
        "Клуб садоводов": ["Саженцы деревьев", "Рассада цветов"],
    }.items():
        p[name] = directory.create_organisation(ctx, OrganisationInput("partner", name)).id
        for offer in offers:
            directory.add_partner_resource(ctx, p[name], offer)
    media = directory.create_organisation(ctx, OrganisationInput("media", "Газета с краской")).id
    directory.add_partner_resource(ctx, media, "краска")  # not a partner: never suggested
    return t, o, p


def _visitor(ctx, last):
    return visitors.create_visitor(ctx, VisitorInput(last, "Анна")).id


def _initiative(ctx, author, territory, title="Площадка", category="improvement"):
    return initiatives.create_initiative(
        ctx, InitiativeInput(title, category, territory_id=territory), author
    ).id


def test_officials_with_category_ranked_by_territory(ctx, world):
    t, o, _ = world
    target = _initiative(ctx, _visitor(ctx, "Автор"), t["yard"])
    found = suggestions.suggest_officials(ctx, target)
    ids = [s.official_id for s in found]
    # nearest covering territory first, then the city-wide one, then category only (alphabetical: Общий, Южанин)
    assert ids == [
        o["north_improvement"],
        o["city_improvement"],
        o["improvement_anywhere"],
        o["south_improvement"],
    ]
    assert [s.territory_match for s in found] == [True, True, False, False]
    assert found[0].territory == "Северный" and found[1].territory == "Город"
    assert found[0].full_name == "Северов Иван Иванович"

    roads = _initiative(ctx, _visitor(ctx, "Другой"), t["south"], "Дорога", "roads_transport")
    assert [s.official_id for s in suggestions.suggest_officials(ctx, roads)] == [o["north_roads"]]
    assert [s.territory_match for s in suggestions.suggest_officials(ctx, roads)] == [False]
    no_territory = _initiative(ctx, _visitor(ctx, "Третий"), None, "Двор", "housing")
    assert [s.official_id for s in suggestions.suggest_officials(ctx, no_territory)] == [
        o["city_improvement"]
    ]


def test_partners_matched_by_word_forms(ctx, world):
    t, _, p = world
    target = _initiative(ctx, _visitor(ctx, "Автор"), t["yard"])
    assert suggestions.suggest_partners(ctx, target) == []  # nothing needed yet
    initiatives.add_resource(ctx, target, "краска")
    initiatives.add_resource(ctx, target, "кисти")
    initiatives.add_resource(ctx, target, "саженец липы")
    found = suggestions.suggest_partners(ctx, target)
    assert [(s.name, s.score) for s in found] == [("Строймаркет", 2), ("Клуб садоводов", 1)]
    assert found[0].offers == ("Краски и кисти",)
    assert set(found[0].needs) == {"краска", "кисти"}
    assert found[1].offers == ("Саженцы деревьев",)

    initiatives.add_partner(ctx, target, p["Строймаркет"])
    assert [s.name for s in suggestions.suggest_partners(ctx, target)] == ["Клуб садоводов"]
    need = next(r for r in initiatives.get_initiative(ctx, target).resources if r.resource == "саженец липы")
    initiatives.set_resource_found(ctx, need.id)
    assert suggestions.suggest_partners(ctx, target) == []


def test_visitors_who_helped_in_the_territory_before(ctx, world):
    t, _, _ = world
    author = _visitor(ctx, "Автор")
    earlier_yard = _initiative(ctx, author, t["yard"], "Скамейки")
    earlier_north = _initiative(ctx, author, t["north"], "Клумба")
    earlier_south = _initiative(ctx, author, t["south"], "Фонтан")
    active = _visitor(ctx, "Активная")
    helper = _visitor(ctx, "Помощник")
    southerner = _visitor(ctx, "Южная")
    already = _visitor(ctx, "Уже")
    author_elsewhere = _visitor(ctx, "Автортам")
    initiatives.add_member(ctx, earlier_yard, active, "volunteer")
    initiatives.add_member(ctx, earlier_north, active, "supporter")
    initiatives.add_member(ctx, earlier_north, helper, "co_author")
    initiatives.add_member(ctx, earlier_north, already, "supporter")
    initiatives.add_member(ctx, earlier_south, southerner, "supporter")
    other = _initiative(ctx, author_elsewhere, t["north"], "Горка")  # an author, not a helper

    target = _initiative(ctx, _visitor(ctx, "Новый"), t["north"], "Детская площадка")
    initiatives.add_member(ctx, target, already, "supporter")
    found = suggestions.suggest_visitors(ctx, target)
    assert [(s.full_name, s.initiatives) for s in found] == [("Активная Анна", 2), ("Помощник Анна", 1)]
    assert other  # the author of «Горка» is not suggested
    assert [s.visitor_id for s in suggestions.suggest_visitors(ctx, earlier_south)] == []
    city_wide = _initiative(ctx, _visitor(ctx, "Горожанин"), t["city"], "Городской праздник")
    assert {s.visitor_id for s in suggestions.suggest_visitors(ctx, city_wide)} == {
        active,
        helper,
        already,
        southerner,
    }


def test_all_lists_together(ctx, world):
    t, o, _ = world
    target = _initiative(ctx, _visitor(ctx, "Автор"), t["yard"])
    initiatives.add_resource(ctx, target, "листовки")
    result = suggestions.suggestions(ctx, target, limit=2)
    assert [s.official_id for s in result.officials] == [o["north_improvement"], o["city_improvement"]]
    assert [s.name for s in result.partners] == ["Типография «Слово»"]
    assert result.visitors == []


def test_a_visitor_who_withdrew_consent_is_not_suggested(ctx, world):
    """152-FZ: after a withdrawal the centre stops processing the person's data; proposing them to be
    called about a new initiative would be new processing."""
    from datetime import date

    t, _, _ = world
    earlier = _initiative(ctx, _visitor(ctx, "Автор"), t["north"], "Клумба")
    stays = _visitor(ctx, "Согласная")
    withdrew = visitors.create_visitor(
        ctx,
        VisitorInput(
            "Отозвавшая", "Анна", consent_date=date(2025, 1, 10), consent_withdrawn_date=date(2025, 3, 1)
        ),
    ).id
    initiatives.add_member(ctx, earlier, stays, "supporter")
    initiatives.add_member(ctx, earlier, withdrew, "volunteer")
    target = _initiative(ctx, _visitor(ctx, "Новый"), t["north"], "Горка")
    assert [s.visitor_id for s in suggestions.suggest_visitors(ctx, target)] == [stays]
