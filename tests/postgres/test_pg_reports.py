"""The monthly report on PostgreSQL: the hand-checked March 2026 (tests/reports/march_data.py) gives the
same figures as on SQLite, drill-downs list the same records, and every export format is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from march_data import EXPECTED_MARCH, Scenario, build_march
from openpyxl import load_workbook

from cal_desktop.cli import main
from cal_desktop.db.engine import Database
from cal_desktop.reports import figures, figures_drill
from cal_desktop.reports.model import FIGURE_KEYS
from cal_desktop.reports.period import Period
from cal_desktop.services import reports
from cal_desktop.services.context import ServiceContext

MARCH = Period.month(2026, 3)


@pytest.fixture
def march(db: Database, staff_id: int) -> Scenario:
    return build_march(db, staff_id)


def test_every_march_figure_is_as_checked_by_hand(march: Scenario) -> None:
    with march.db.read() as s:
        result = figures.compute(s, MARCH)
    assert {k: result[k] for k in FIGURE_KEYS} == {k: EXPECTED_MARCH[k] for k in FIGURE_KEYS}


def test_neighbouring_periods_see_their_own_boundaries(march: Scenario) -> None:
    with march.db.read() as s:
        feb = figures.compute(s, Period.month(2026, 2))
        apr = figures.compute(s, Period.month(2026, 4))
        q1 = figures.compute(s, Period.quarter(2026, 1))
    assert feb["consultations.total"] == 2  # 10 and 28 February; 1 March is not February's
    assert apr["consultations.total"] == 2
    assert q1["consultations.total"] == 7


@pytest.mark.parametrize(
    ("key", "code", "expected"),
    [
        ("consultations.by_topic", "info_search", {"c1", "c4", "c5"}),
        ("consultations.by_staff", "не указан", {"c4"}),
        ("consultations.by_territory", "не указана", {"c3", "c4", "c5"}),
        ("visitors.new", None, {"c1", "c5"}),
    ],
)
def test_drill_down_lists_the_records_behind_a_figure(march: Scenario, key: str, code: str | None,
                                                      expected: set[str]) -> None:  # fmt: skip
    d = figures_drill.drill(key, MARCH, code)
    with march.db.read() as s:
        assert set(figures_drill.drill_ids(s, d)) == {march.consultations[n] for n in expected}
        assert figures_drill.drill_count(s, d) == len(expected)
    with march.db.read() as s:
        overdue = figures_drill.drill("appeals.overdue_at_month_end", MARCH)
        assert set(figures_drill.drill_ids(s, overdue)) == {march.appeals["a3"], march.appeals["a4"]}


def test_report_exports_in_every_format(ctx: ServiceContext, march: Scenario, tmp_path: Path) -> None:
    data = reports.monthly_report(ctx, 2026, 3)
    assert data.figures["consultations.total"] == 5 and data.previous is not None
    assert data.previous["consultations.total"] == 2
    for fmt in ("json", "xlsx", "pdf", "docx"):
        path = reports.export_report(ctx, MARCH, fmt, tmp_path / f"march.{fmt}")
        assert path.stat().st_size > 0, fmt
    package = json.loads((tmp_path / "march.json").read_text(encoding="utf-8"))
    assert package["consultations"]["total"] == 5
    assert package["consultations"]["by_channel"] == EXPECTED_MARCH["consultations.by_channel"]
    sheet = load_workbook(tmp_path / "march.xlsx").worksheets[0]
    assert 5 in [c.value for row in sheet.iter_rows() for c in row]


def test_report_command_on_a_server_url(
    pg_url: str, march: Scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", pg_url, "report", "monthly", "2026-03"]) == 0
    package = json.loads(capsys.readouterr().out)
    assert package["month"] == "2026-03" and package["consultations"]["anonymous"] == 2
