"""Initiatives (status history, members, board), the directory with its territory tree (recursive CTEs)
and the suggestions, on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from cal_desktop.domain.vocab import InitiativeStatus, MemberRole, OutOfScopeReason
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import directory, initiatives, suggestions, territories, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.initiatives import InitiativeFilter, InitiativeInput
from cal_desktop.services.search import find_initiatives, find_officials
from cal_desktop.services.visitors import VisitorInput


def _visitor(ctx: ServiceContext, last: str) -> int:
    return visitors.create_visitor(ctx, VisitorInput(last, "Анна")).id


def _initiative(ctx: ServiceContext, author: int, territory: int | None, title: str = "Площадка",
                category: str = "improvement") -> int:  # fmt: skip
    return initiatives.create_initiative(
        ctx, InitiativeInput(title, category, territory_id=territory), author
    ).id


@pytest.fixture
def world(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    """City > North > yard; city > South. Officials with categories and territories, partners."""
    t = {"city": territories.create_territory(ctx, "Город", "settlement")}
    t["north"] = directory.create_territory(ctx, "Северный", "district", t["city"])
    t["yard"] = directory.create_territory(ctx, "Двор Ленина 5", "yard", t["north"])
    t["south"] = directory.create_territory(ctx, "Южный", "district", t["city"])
    admin = directory.create_organisation(ctx, OrganisationInput("authority", "Администрация города")).id

    def official(last: str, cats: list[str], terrs: list[str], active: bool = True) -> int:
        data = OfficialInput(admin, f"Должность {last}", last, "Иван", "Иванович", categories=cats,
                             territory_ids=[t[x] for x in terrs], active=active)  # fmt: skip
        return directory.create_official(ctx, data).id

    o = {
        "north": official("Северов", ["improvement"], ["north"]),
        "city": official("Городов", ["improvement", "housing"], ["city"]),
        "anywhere": official("Общий", ["improvement"], []),
        "south": official("Южанин", ["improvement"], ["south"]),
        "inactive": official("Бывший", ["improvement"], ["north"], active=False),
    }
    shop = directory.create_organisation(ctx, OrganisationInput("partner", "Строймаркет")).id
    directory.add_partner_resource(ctx, shop, "Краски и кисти")
    return t, o, shop


def test_status_history_members_and_board(ctx: ServiceContext, make_ctx) -> None:  # type: ignore[no-untyped-def]
    author = _visitor(ctx, "Петрова")
    card = initiatives.create_initiative(ctx, InitiativeInput("Скамейки во дворе", "improvement",
                                                              address="ул. Ленина, 5"), author)  # fmt: skip
    for status in ("shaping", "gathering", "обращение к властям"):
        card = initiatives.change_status(ctx, card.id, status, comment=f"шаг {status}")
    assert [(c.from_status, c.to_status) for c in card.timeline] == [
        (None, InitiativeStatus.IDEA),
        (InitiativeStatus.IDEA, InitiativeStatus.SHAPING),
        (InitiativeStatus.SHAPING, InitiativeStatus.GATHERING),
        (InitiativeStatus.GATHERING, InitiativeStatus.APPEALING),
    ]
    with pytest.raises(ValidationError):
        initiatives.change_status(ctx, card.id, "declined", comment="без причины")
    assert len(initiatives.get_initiative(ctx, card.id).timeline) == 4  # nothing half-written
    card = initiatives.change_status(ctx, card.id, "done", result_summary="Скамейки поставили")
    assert card.success_story
    card = initiatives.change_status(ctx, card.id, "declined", reason="выборы", comment="агитация")
    assert card.decline_reason == OutOfScopeReason.ELECTIONS_POLITICS
    stories = initiatives.success_stories(ctx, date.today().replace(day=1), date.today())
    assert stories == []  # declined after done: no longer a success story

    helper = _visitor(ctx, "Сидоров")
    m = initiatives.add_member(ctx, card.id, helper, "сторонник")
    assert m.role == MemberRole.SUPPORTER and m.added_on == date.today()
    with pytest.raises(Conflict):
        initiatives.add_member(ctx, card.id, helper, "volunteer")
    assert initiatives.supporters_added(ctx, date.today().replace(day=1), date.today()) == 1

    other = make_ctx()
    second = _initiative(other, author, None, "Ремонт дороги", "roads_transport")
    assert {x.id for x in initiatives.list_initiatives(ctx, InitiativeFilter(open=True)).items} == {second}
    assert {x.id for x in initiatives.list_initiatives(ctx, InitiativeFilter(text="ленина")).items} == {
        card.id
    }
    assert {x.id for x in initiatives.list_initiatives(ctx, InitiativeFilter(staff_id=other.actor.staff_id)).items} == {second}  # fmt: skip
    counts = initiatives.board_counts(ctx)
    assert counts[InitiativeStatus.IDEA] == 1 and counts[InitiativeStatus.DECLINED] == 1
    assert len(counts) == len(InitiativeStatus)
    page = initiatives.list_initiatives(ctx, limit=1)
    assert page.total == 2 and len(page.items) == 1 and page.items[0].authors == "Петрова А."
    assert [h.id for h in find_initiatives(ctx, "СКАМЕЙКИ")] == [card.id]


def test_territory_tree_and_officials_by_territory(ctx: ServiceContext, world) -> None:  # type: ignore[no-untyped-def]
    t, o, _ = world
    with ctx.db.read() as s:
        assert set(s.scalars(directory.subtree_ids(t["city"]))) == set(t.values())
        assert set(s.scalars(directory.ancestor_ids(t["yard"]))) == {t["yard"], t["north"], t["city"]}
    with pytest.raises(ValidationError):
        directory.move_territory(ctx, t["north"], t["yard"])  # a cycle
    directory.move_territory(ctx, t["yard"], t["south"])
    with ctx.db.read() as s:
        assert set(s.scalars(directory.subtree_ids(t["south"]))) == {t["south"], t["yard"]}
    assert "Город / Южный / Двор Ленина 5" in [x.path for x in territories.list_territories(ctx)]
    with pytest.raises(Conflict):
        directory.rename_territory(ctx, t["north"], "южный")
    assert {x.id for x in directory.list_officials(ctx, territory_id=t["north"]).items} >= {o["north"]}
    assert [h.id for h in find_officials(ctx, "северов")] == [o["north"]]
    orgs = directory.list_organisations(ctx, kind="partner")
    assert [x.name for x in orgs.items] == ["Строймаркет"]


def test_suggestions_rank_officials_partners_and_helpers(ctx: ServiceContext, world) -> None:  # type: ignore[no-untyped-def]
    t, o, shop = world
    target = _initiative(ctx, _visitor(ctx, "Автор"), t["yard"])
    found = suggestions.suggest_officials(ctx, target)
    assert [s.official_id for s in found] == [o["north"], o["city"], o["anywhere"], o["south"]]
    assert [s.territory_match for s in found] == [True, True, False, False]
    initiatives.add_resource(ctx, target, "краска")
    assert [(s.name, s.score) for s in suggestions.suggest_partners(ctx, target)] == [("Строймаркет", 1)]
    initiatives.add_partner(ctx, target, shop)
    assert suggestions.suggest_partners(ctx, target) == []

    earlier = _initiative(ctx, _visitor(ctx, "Другой"), t["north"], "Клумба")
    active = _visitor(ctx, "Активная")
    initiatives.add_member(ctx, earlier, active, "volunteer")
    near = _initiative(ctx, _visitor(ctx, "Новый"), t["north"], "Горка")
    assert [(s.full_name, s.initiatives) for s in suggestions.suggest_visitors(ctx, near)] == [
        ("Активная Анна", 1)
    ]
