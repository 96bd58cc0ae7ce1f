"""The report screen: the figures of the chosen month with comparisons, charts, drill-down, exports."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import Qt, QThreadPool

from cal_desktop.db.models import Consultation, ConsultationTopic, Visitor
from cal_desktop.domain.vocab import Role
from cal_desktop.gui.views.reports import DrillDialog, ReportsView


@pytest.fixture(scope="module", autouse=True)
def _pool_threads_end():  # type: ignore[no-untyped-def]
    """Let the pool's threads end after these tests: PySide6 6.12 aborts at interpreter exit
    ("Fatal Python error: none_dealloc") while a QThreadPool thread that emitted a signal is still idle."""
    yield
    pool = QThreadPool.globalInstance()
    pool.waitForDone()
    pool.setExpiryTimeout(0)
    pool.clear()


def _consult(db, day: date, channel: str, visitor_id: int | None = None, topics=("info_search",)) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        c = Consultation(
            occurred_at=datetime(day.year, day.month, day.day, 11),
            occurred_on=day,
            channel=channel,
            outcome="advised",
            visitor_id=visitor_id,
        )
        s.add(c)
        s.flush()
        for t in topics:
            s.add(ConsultationTopic(consultation_id=c.id, topic=t))
        return c.id


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    with db.session() as s:
        v = Visitor(
            last_name="Соколова", first_name="Нина", name_norm="соколова нина", search_text="соколова нина"
        )
        s.add(v)
        s.flush()
        visitor = v.id
    _consult(db, date(2026, 3, 2), "phone", visitor, ("info_search", "drafting"))
    _consult(db, date(2026, 3, 9), "phone")
    _consult(db, date(2026, 3, 20), "in_person")
    _consult(db, date(2026, 2, 27), "in_person")
    _consult(db, date(2025, 3, 5), "online")
    return visitor


@pytest.fixture
def view(qtbot, ctx, shown, data):  # type: ignore[no-untyped-def]
    v = ReportsView(ctx)
    qtbot.addWidget(v)
    v.set_month(2026, 3)
    v.resize(1300, 800)
    with qtbot.waitSignal(v.reportShown, timeout=10_000):
        v.show()  # the first showing computes the report
    return v


def _row(table, title: str) -> list[str]:  # type: ignore[no-untyped-def]
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == title:
            return [table.item(r, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no row {title}")


def test_the_month_shows_figures_and_comparisons(view) -> None:  # type: ignore[no-untyped-def]
    assert "март 2026" in view.heading.text()
    assert view.heading.text().startswith("Отчёт о работе ")  # the centre's name in the genitive follows
    headers = [view.summary.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers[1:3] == ["март 2026", "февраль 2026"] and headers[4] == "март 2025"
    # March 3, February 1 (+2), March 2025 1 (+2)
    assert _row(view.summary, "Консультаций всего") == ["Консультаций всего", "3", "1", "+2", "1", "+2"]
    assert _row(view.summary, "Анонимных консультаций")[1] == "2"
    assert _row(view.summary, "Новых посетителей")[1] == "1"


def test_breakdowns_have_charts(view) -> None:  # type: ignore[no-untyped-def]
    view.breakdown_choice.setCurrentIndex(view.breakdown_choice.findData("consultations.by_channel"))
    assert _row(view.breakdown, "по телефону")[1:3] == ["2", "0"]
    series = view.chart.series()
    assert len(series) == 1 and isinstance(series[0], QHorizontalBarSeries)
    bars = series[0].barSets()[0]
    assert sorted(bars.at(i) for i in range(bars.count())) == [0.0, 0.0, 1.0, 2.0]
    view.breakdown_choice.setCurrentIndex(view.breakdown_choice.findData("consultations.by_topic"))
    pie = view.chart.series()[0]
    assert isinstance(pie, QPieSeries) and pie.sum() == 4.0  # one consultation has two topics


def test_another_month_is_recomputed(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.set_month(2026, 2)
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.show_button.click()
    assert _row(view.summary, "Консультаций всего")[1:3] == ["1", "0"]
    view.set_range(date(2026, 2, 1), date(2026, 3, 31))
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.show_button.click()
    assert "01.02.2026 — 31.03.2026" in view.heading.text()
    assert _row(view.summary, "Консультаций всего")[1] == "4"


def test_drill_down_from_a_breakdown_row(qtbot, view, data) -> None:  # type: ignore[no-untyped-def]
    view.breakdown_choice.setCurrentIndex(view.breakdown_choice.findData("consultations.by_channel"))
    row = next(
        r for r in range(view.breakdown.rowCount()) if view.breakdown.item(r, 0).text() == "по телефону"
    )
    view.breakdown.setCurrentCell(row, 0)
    view.breakdown.itemActivated.emit(view.breakdown.item(row, 0))
    dialog = view.findChild(DrillDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    names = {dialog.table.item(r, 1).text() for r in range(2)}
    assert names == {"Соколова Нина", "аноним"}
    assert dialog.table.item(1, 0).text() == "02.03.2026"  # newest first
    dialog.close()


def test_drill_down_from_a_summary_figure(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    dialog = view.drill("visitors.new")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Соколова Нина"


def test_export_writes_the_file_with_a_progress_bar(qtbot, view, tmp_path, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "march.json"
    target.parent.mkdir()
    monkeypatch.setattr(view, "choose_save_path", lambda fmt: str(target))
    seen: list[tuple[int, int]] = []
    view.exportProgress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(view.exportFinished, timeout=10_000):
        view.export_buttons["json"].click()
        assert view.progress.isVisible()
    assert not view.progress.isVisible()
    assert json.loads(target.read_text(encoding="utf-8"))["consultations"]["total"] == 3
    assert seen and seen[-1][0] == seen[-1][1]
    assert "march.json" in shown.texts()

    xlsx = tmp_path / "out" / "march.xlsx"
    monkeypatch.setattr(view, "choose_save_path", lambda fmt: str(xlsx))
    with qtbot.waitSignal(view.exportFinished, timeout=10_000):
        view.export_buttons["xlsx"].click()
    assert xlsx.read_bytes()[:2] == b"PK"


def test_merge_combines_packages(qtbot, view, ctx, tmp_path, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import reports

    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for path, name in ((a, "ЦАЛ Север"), (b, "ЦАЛ Юг")):
        package = reports.report_package(ctx, reports.Period.month(2026, 3))
        package["centre"]["name"] = name
        package["centre"]["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, name))  # another centre: its own id
        path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "network.json"
    monkeypatch.setattr(view, "choose_packages", lambda: ([str(a), str(b)], str(out)))
    with qtbot.waitSignal(view.exportFinished, timeout=10_000):
        view.merge_button.click()
    assert json.loads(out.read_text(encoding="utf-8"))["total"]["consultations"]["total"] == 6


def test_staff_see_why_there_is_no_report(qtbot, make_ctx, shown) -> None:  # type: ignore[no-untyped-def]
    v = ReportsView(make_ctx(Role.STAFF))
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: "координатор" in v.heading.text(), timeout=10_000)
    assert not v.export_buttons["xlsx"].isEnabled()
    assert shown.shown == []  # explained in place, no error box


def test_widgets_have_names(view) -> None:  # type: ignore[no-untyped-def]
    for w in (
        view.kind,
        view.year,
        view.month,
        view.show_button,
        view.summary,
        view.chart_view,
        view.progress,
    ):
        assert w.objectName() and w.accessibleName()
    assert view.summary.item(0, 0).data(Qt.ItemDataRole.UserRole) == ("consultations.total", None)
