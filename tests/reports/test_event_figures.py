"""The events keys of the monthly report (issue 16): computed in SQL for the month's edges, shown in
every format, summed by the network merge, absent from older packages without breaking them."""

from __future__ import annotations

import json
from pathlib import Path

from march_data import CENTRE, EXPECTED_MARCH
from openpyxl import load_workbook

from cal_desktop.reports import package
from cal_desktop.reports.figures import compute
from cal_desktop.reports.merge import merge, write_xlsx
from cal_desktop.reports.model import CentreInfo, Figures, ReportData, breakdowns, summary_rows
from cal_desktop.reports.period import Period

MARCH = Period.month(2026, 3)


def _package(name: str, figures: dict) -> dict:  # type: ignore[type-arg]
    return package.to_package(ReportData(CentreInfo(name, city="Киров"), MARCH, Figures(figures)))


def _write(tmp_path: Path, filename: str, content: object) -> Path:
    path = tmp_path / filename
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_events_of_the_month_only_with_named_and_unnamed_participants(march, db) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        figures = compute(s, MARCH)
    assert figures["events.held"] == 2
    assert figures["events.by_kind"]["residents_meeting"] == 1 and figures["events.by_kind"]["action"] == 1
    assert figures["events.by_kind"]["training"] == 0  # the last day of February
    assert figures["events.participants"] == 37
    with db.read() as s:
        april = compute(s, Period.month(2026, 4))
    assert (april["events.held"], april["events.participants"]) == (1, 3)


def test_the_package_holds_counts_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = _package(CENTRE.centre_name, EXPECTED_MARCH)
    assert p["events"] == {
        "held": 2,
        "by_kind": EXPECTED_MARCH["events.by_kind"],
        "participants": 37,
    }


def test_merge_sums_events_and_reads_an_older_package_without_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    older = _package("ЦАЛ «Южный»", EXPECTED_MARCH)
    del older["events"], older["signatures"]  # written before issue 16
    a = _write(tmp_path, "north.json", _package("ЦАЛ «Северный»", EXPECTED_MARCH))
    b = _write(tmp_path, "south.json", older)
    c_figures = dict(EXPECTED_MARCH)
    c_figures["events.held"] = 3
    c_figures["events.by_kind"] = {**EXPECTED_MARCH["events.by_kind"], "network_event": 1, "action": 2}
    c_figures["events.participants"] = 40
    c_figures["signatures.collected"] = 250
    c_figures["signatures.campaigns_completed"] = 1
    c = _write(tmp_path, "west.json", _package("ЦАЛ «Западный»", c_figures))
    merged = merge([a, b, c])
    assert merged.total["events.held"] == 5
    assert merged.total["events.participants"] == 77
    assert merged.total["events.by_kind"]["action"] == 3
    assert merged.total["events.by_kind"]["network_event"] == 1
    assert merged.total["signatures.collected"] == 250 and merged.total["signatures.campaigns_completed"] == 1
    out = tmp_path / "network.xlsx"
    write_xlsx(merged, out)
    sheet = load_workbook(out)["Мероприятия"]
    rows = [r for r in sheet.iter_rows(values_only=True) if r and r[0] == "собрание жителей"]
    assert rows and rows[0][-1] == 2  # the network total of residents' meetings


def test_every_format_shows_the_events(march) -> None:  # type: ignore[no-untyped-def]
    data = ReportData(CentreInfo("ЦАЛ"), MARCH, Figures(EXPECTED_MARCH))
    summary = {r.title: r.value for r in summary_rows(data)}
    assert summary["Проведено мероприятий"] == 2 and summary["Участников мероприятий"] == 37
    kinds = next(b for b in breakdowns(data) if b.key == "events.by_kind")
    assert [(r.title, r.value) for r in kinds.rows][:3] == [
        ("собрание жителей", 1),
        ("встреча с должностным лицом", 0),
        ("субботник/акция", 1),
    ]


def test_drill_down_lists_the_events_behind_a_figure(march, ctx) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import reports as report_service

    page = report_service.drill_down(ctx, MARCH, "events.held")
    assert page.kind == "event" and page.total == 2
    assert [r.title for r in page.rows] == ["субботник/акция", "собрание жителей"]  # newest first
    assert "участников 12" in page.rows[1].details
    only = report_service.drill_down(ctx, MARCH, "events.by_kind", "action")
    assert only.total == 1
