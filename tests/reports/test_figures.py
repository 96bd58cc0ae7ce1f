"""The A3 figures on hand-built data (see conftest.EXPECTED_MARCH for why each number is what it is)."""

from __future__ import annotations

from datetime import date

import pytest
from march_data import EXPECTED_MARCH

from cal_desktop.db.models import Base
from cal_desktop.reports import figures, figures_drill
from cal_desktop.reports.model import FIGURE_KEYS, Figures
from cal_desktop.reports.period import Period

MARCH = Period.month(2026, 3)


def test_every_march_figure_is_as_built(march) -> None:  # type: ignore[no-untyped-def]
    with march.db.read() as s:
        result = figures.compute(s, MARCH)
    for key in FIGURE_KEYS:
        assert result[key] == EXPECTED_MARCH[key], key


def test_empty_month_gives_zeros_everywhere(db) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        result = figures.compute(s, Period.month(2030, 1))
    assert result["consultations.total"] == 0
    assert result["consultations.by_channel"] == {"in_person": 0, "phone": 0, "online": 0, "outreach": 0}
    assert set(result["initiatives.by_status"]) == {
        "idea", "shaping", "gathering", "appealing", "implementing", "done", "paused", "declined", "withdrawn"
    }  # fmt: skip
    assert all(n == 0 for n in result["initiatives.by_status"].values())
    assert result["consultations.by_territory"] == {"не указана": 0}
    assert result["appeals.median_answer_days"] is None
    assert {k: result[k] for k in FIGURE_KEYS} == Figures.empty().values
    assert result["appeals.by_authority"] == [] and result["appeals.answer_days"] == {}


def test_february_sees_its_own_boundaries(march) -> None:  # type: ignore[no-untyped-def]
    with march.db.read() as s:
        feb = figures.compute(s, Period.month(2026, 2))
    assert feb["consultations.total"] == 2  # 10 and 28 February; 1 March is not February's
    assert feb["consultations.anonymous"] == 1
    assert feb["visitors.new"] == 1  # Первова
    assert feb["initiatives.by_status"]["shaping"] == 1  # i1 was in shaping at the end of February
    assert feb["initiatives.by_status"]["done"] == 1  # i5, done in January
    assert feb["initiatives.by_status"]["idea"] == 0
    assert feb["members.supporters_attracted"] == 1
    assert feb["appeals.overdue_at_month_end"] == 1  # A5 (due 20 Feb, answered in March); A3, A4 due in March


def test_april_counts_the_change_after_march(march) -> None:  # type: ignore[no-untyped-def]
    with march.db.read() as s:
        apr = figures.compute(s, Period.month(2026, 4))
    assert apr["consultations.total"] == 2
    assert apr["visitors.served"] == 2
    assert apr["visitors.new"] == 1  # Четвёртая; Третья came in March
    assert apr["initiatives.by_status"]["gathering"] == 1
    assert apr["initiatives.by_status"]["idea"] == 1  # the April initiative
    assert apr["appeals.answered"] == 2  # A2 and A4
    assert apr["appeals.median_answer_days"] == 44  # A2 32 days, A4 56 days
    assert apr["appeals.overdue_at_month_end"] == 2  # A3 still unanswered; A6 due 27 April


def test_median_keeps_a_half_day_and_is_none_without_answers() -> None:
    assert (
        figures.median_days([(date(2026, 3, 1), date(2026, 3, 11)), (date(2026, 3, 1), date(2026, 3, 12))])
        == 10.5
    )
    assert figures.median_days([(date(2026, 3, 1), date(2026, 3, 1))]) == 0
    assert figures.median_days([]) is None


def test_a_quarter_is_one_period(march) -> None:  # type: ignore[no-untyped-def]
    with march.db.read() as s:
        q1 = figures.compute(s, Period.quarter(2026, 1))
    assert q1["consultations.total"] == 7
    assert q1["visitors.new"] == 3  # first visits in February or March
    assert q1["visitors.served"] == 3
    assert q1["initiatives.implemented"] == 2  # i5 in January, i1 in March


def test_status_before_any_history_uses_the_first_later_change(march) -> None:  # type: ignore[no-untyped-def]
    # i2 was created on 3 March; at the end of 2 March it did not exist yet and is not counted
    with march.db.read() as s:
        day = figures.compute(s, Period(date(2026, 3, 2), date(2026, 3, 2)))
    assert sum(day["initiatives.by_status"].values()) == 2  # i1 and i5 only


@pytest.mark.parametrize(
    ("key", "code", "expected"),
    [
        ("consultations.total", None, {"c1", "c2", "c3", "c4", "c5"}),
        ("consultations.by_channel", "in_person", {"c1", "c5"}),
        ("consultations.by_topic", "info_search", {"c1", "c4", "c5"}),
        ("consultations.anonymous", None, {"c3", "c4"}),
        ("consultations.out_of_scope", "financial_aid", {"c2"}),
        ("consultations.by_staff", "не указан", {"c4"}),
        ("consultations.by_territory", "Кировский район", {"c2"}),
        ("consultations.by_territory", "не указана", {"c3", "c4", "c5"}),
        ("visitors.new", None, {"c1", "c5"}),
    ],
)
def test_drill_down_lists_the_consultations_behind_a_figure(march, key, code, expected) -> None:  # type: ignore[no-untyped-def]
    d = figures_drill.drill(key, MARCH, code)
    with march.db.read() as s:
        ids = set(figures_drill.drill_ids(s, d))
        assert figures_drill.drill_count(s, d) == len(expected)
    assert d.kind == "consultation"
    assert ids == {march.consultations[name] for name in expected}


def test_drill_down_initiatives_and_appeals(march) -> None:  # type: ignore[no-untyped-def]
    ini, ap = march.initiatives, march.appeals
    with march.db.read() as s:
        assert set(figures_drill.drill_ids(s, figures_drill.drill("initiatives.by_status", MARCH, "idea"))) == {ini["i2"]}
        assert set(figures_drill.drill_ids(s, figures_drill.drill("initiatives.by_status", MARCH, "done"))) == {
            ini["i1"],
            ini["i5"],
        }
        assert set(figures_drill.drill_ids(s, figures_drill.drill("initiatives.implemented", MARCH))) == {ini["i1"]}
        assert set(figures_drill.drill_ids(s, figures_drill.drill("members.supporters_attracted", MARCH))) == {ini["i2"]}
        overdue = figures_drill.drill("appeals.overdue_at_month_end", MARCH)
        assert overdue.kind == "appeal"
        assert set(figures_drill.drill_ids(s, overdue)) == {ap["a3"], ap["a4"]}


def test_unknown_figure_is_refused() -> None:
    with pytest.raises(KeyError):
        figures_drill.drill("consultations.nonsense", MARCH)


def test_lightweight_tables_match_the_models() -> None:
    """reports/ may not import the models (layer rule): its table declarations must agree with them."""
    for t in figures.TABLES:
        model_table = Base.metadata.tables[t.name]
        for col in t.columns:
            assert col.name in model_table.columns, f"{t.name}.{col.name}"


def test_the_network_modules_tables_match_the_models_too() -> None:
    from cal_desktop.reports import authority, authority_officials, effort, territory, territory_tree

    for t in (
        *authority.TABLES,
        *authority_officials.TABLES,
        *effort.TABLES,
        *territory_tree.TABLES,
        territory.territories,
    ):
        model_table = Base.metadata.tables[t.name]
        for col in t.columns:
            assert col.name in model_table.columns, f"{t.name}.{col.name}"
