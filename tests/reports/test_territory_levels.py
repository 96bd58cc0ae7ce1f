"""Territories all the way down (issue 18): the split counts at the level the coordinator chooses."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Consultation, Initiative, Territory, Visitor
from cal_desktop.errors import ValidationError
from cal_desktop.reports import figures
from cal_desktop.reports.period import Period
from cal_desktop.services import reports
from cal_desktop.services.context import ServiceContext

MARCH = Period.month(2026, 3)


def _territory(s, kind: str, name: str, parent: int | None) -> int:  # type: ignore[no-untyped-def]
    t = Territory(kind=kind, name=name, name_norm=name.lower(), parent_id=parent)
    s.add(t)
    s.flush()
    return t.id


def _visit(s, territory_id: int | None, day: date = date(2026, 3, 10)) -> None:  # type: ignore[no-untyped-def]
    v = Visitor(last_name="Жителева", first_name="Анна", name_norm="жителева анна", search_text="жителева анна",
                territory_id=territory_id)  # fmt: skip
    s.add(v)
    s.flush()
    s.add(Consultation(occurred_at=datetime(day.year, day.month, day.day, 10), occurred_on=day,
                       channel="in_person", outcome="advised", visitor_id=v.id))  # fmt: skip


@pytest.fixture
def city(db: Database) -> dict[str, int]:
    """Город > Кировский район > мкр. Северный > ул. Садовая; a second «ул. Садовая» in мкр. Южный."""
    with db.session() as s:
        town = _territory(s, "settlement", "Новоозёрск", None)
        kirov = _territory(s, "district", "Кировский район", town)
        lenin = _territory(s, "district", "Ленинский район", town)
        north = _territory(s, "microdistrict", "мкр. Северный", kirov)
        south = _territory(s, "microdistrict", "мкр. Южный", lenin)
        sadovaya = _territory(s, "street", "ул. Садовая", north)
        sadovaya_south = _territory(s, "street", "ул. Садовая", south)
        _visit(s, sadovaya)
        _visit(s, sadovaya)
        _visit(s, sadovaya_south)
        _visit(s, kirov)  # known only to the district
        _visit(s, None)
        _visit(s, sadovaya, date(2026, 4, 1))  # another month
        s.add(Initiative(title="Лавочки", category="improvement", status="idea", created_on=date(2026, 3, 5),
                         territory_id=sadovaya, search_text="лавочки"))  # fmt: skip
    return {"sadovaya": sadovaya, "north": north, "kirov": kirov}


def _split(db: Database, level: str, key: str = "consultations.by_territory") -> dict[str, int]:
    with db.read() as s:
        result = figures.compute(s, MARCH, level)[key]
    return {k: v for k, v in result.items() if v}


def test_a_consultation_in_sadovaya_counts_under_its_street_microdistrict_and_district(
    db: Database, city: dict[str, int]
) -> None:
    assert _split(db, "street") == {
        "ул. Садовая (мкр. Северный)": 2,
        "ул. Садовая (мкр. Южный)": 1,  # two streets of one name are told apart by their parent
        "Кировский район (точнее не указано)": 1,
        "не указана": 1,
    }
    assert _split(db, "microdistrict") == {
        "мкр. Северный": 2,
        "мкр. Южный": 1,
        "Кировский район (точнее не указано)": 1,
        "не указана": 1,
    }
    assert _split(db, "district") == {"Кировский район": 3, "Ленинский район": 1, "не указана": 1}
    assert _split(db, "top") == {"Новоозёрск": 4, "не указана": 1}


def test_initiatives_by_territory_count_the_months_new_initiatives_at_the_level(
    db: Database, city: dict[str, int]
) -> None:
    assert _split(db, "microdistrict", "initiatives.by_territory") == {"мкр. Северный": 1}
    assert _split(db, "district", "initiatives.by_territory") == {"Кировский район": 1}


def test_the_package_names_its_level_and_a_row_drills_down(
    db: Database, city: dict[str, int], ctx: ServiceContext
) -> None:
    package = reports.report_package(ctx, MARCH, territory_level="microdistrict")
    assert package["territory_level"] == "microdistrict"
    assert package["consultations"]["by_territory"]["мкр. Северный"] == 2
    assert package["initiatives"]["by_territory"]["мкр. Северный"] == 1
    page = reports.drill_down(
        ctx, MARCH, "consultations.by_territory", "мкр. Северный", territory_level="microdistrict"
    )
    assert page.total == 2
    page = reports.drill_down(
        ctx, MARCH, "initiatives.by_territory", "Кировский район", territory_level="district"
    )
    assert [r.title for r in page.rows] == ["Лавочки"]


def test_an_unknown_level_is_refused_with_the_allowed_ones(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError, match="district"):
        reports.report_package(ctx, MARCH, territory_level="planet")


# ------------------------------------------------------------------------------ the tree on screen


def test_the_tree_sums_every_level_and_a_node_drills_into_its_subtree(
    db: Database, city: dict[str, int], ctx: ServiceContext
) -> None:
    nodes = reports.territory_tree(ctx, MARCH)
    assert [n["name"] for n in nodes] == ["Новоозёрск", "не указана"]
    town = nodes[0]
    assert (town["consultations"], town["initiatives"]) == (4, 1)
    kirov = next(n for n in town["children"] if n["name"] == "Кировский район")
    assert (kirov["consultations"], kirov["initiatives"]) == (
        3,
        1,
    )  # two on ул. Садовая + one on the district
    north = kirov["children"][0]
    assert (north["name"], north["consultations"], north["children"][0]["name"]) == (
        "мкр. Северный",
        2,
        "ул. Садовая",
    )
    assert nodes[1]["consultations"] == 1 and nodes[1]["initiatives"] == 0
    page = reports.drill_down(ctx, MARCH, "consultations.by_territory", reports.tree_code(kirov))
    assert page.total == 3
    page = reports.drill_down(ctx, MARCH, "initiatives.by_territory", reports.tree_code(north))
    assert [r.title for r in page.rows] == ["Лавочки"]
    assert (
        reports.drill_down(ctx, MARCH, "consultations.by_territory", reports.tree_code(nodes[1])).total == 1
    )
    with pytest.raises(ValidationError):
        reports.drill_down(ctx, MARCH, "consultations.by_territory", "tree:x")
