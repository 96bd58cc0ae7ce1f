"""The «Органы власти» tab of the report screen (issue 18): a sortable table and its drill-down."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QThreadPool

from cal_desktop.db.models import Appeal, Organisation
from cal_desktop.gui.views.reports import DrillDialog, ReportsView


@pytest.fixture(scope="module", autouse=True)
def _pool_threads_end():  # type: ignore[no-untyped-def]
    yield
    pool = QThreadPool.globalInstance()
    pool.waitForDone()
    pool.setExpiryTimeout(0)
    pool.clear()


@pytest.fixture
def appeals(db):  # type: ignore[no-untyped-def]
    """«Администрация» got three March appeals (one answered in 12 days), «Дума» one answered in 3."""
    with db.session() as s:
        ids = {}
        for name in ("Администрация района", "Дума"):
            o = Organisation(kind="authority", name=name, name_norm=name.lower(), search_text=name.lower())
            s.add(o)
            s.flush()
            ids[name] = o.id
        rows = [
            ("N-1", "Администрация района", date(2026, 3, 2), date(2026, 3, 14)),
            ("N-2", "Администрация района", date(2026, 3, 3), None),
            ("N-3", "Администрация района", date(2026, 3, 4), None),
            ("N-4", "Дума", date(2026, 3, 5), date(2026, 3, 8)),
        ]
        for number, org, sent, answered in rows:
            s.add(
                Appeal(
                    number=number,
                    sent_date=sent,
                    channel="email",
                    organisation_id=ids[org],
                    due_date=date(2026, 4, 1),
                    answer_date=answered,
                )
            )
    return ids


@pytest.fixture
def view(qtbot, ctx, shown, appeals):  # type: ignore[no-untyped-def]
    v = ReportsView(ctx)
    qtbot.addWidget(v)
    v.set_month(2026, 3)
    v.resize(1300, 760)
    with qtbot.waitSignal(v.reportShown, timeout=10_000):
        v.show()
    v.left_tabs.setCurrentWidget(v.authorities)
    return v


def test_each_authority_is_a_row_with_its_figures(view) -> None:  # type: ignore[no-untyped-def]
    panel = view.authorities
    assert panel.column_values("authority") == ["Администрация района", "Дума"]
    assert panel.column_values("sent") == ["3", "1"]
    assert panel.column_values("answered_on_time") == ["1", "1"]
    assert panel.column_values("waiting") == ["2", "0"]
    assert panel.column_values("median_answer_days") == ["12", "3"]
    assert not panel.empty.isVisible()


def test_clicking_a_heading_sorts_numbers_as_numbers(view) -> None:  # type: ignore[no-untyped-def]
    panel = view.authorities
    column = list(panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount()))
    panel.table.sortItems(column.index("Медиана, дней"), Qt.SortOrder.AscendingOrder)
    assert panel.column_values("authority") == ["Дума", "Администрация района"]
    panel.table.sortItems(column.index("Отправлено"), Qt.SortOrder.DescendingOrder)
    assert panel.column_values("authority") == ["Администрация района", "Дума"]


def test_a_row_opens_its_appeals(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = view.authorities
    panel.table.setCurrentCell(0, 0)
    panel.table.itemActivated.emit(panel.table.item(0, 0))
    dialog = view.findChild(DrillDialog)
    assert dialog is not None and "Администрация района" in dialog.windowTitle()
    numbers = sorted(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))
    assert numbers == ["N-1", "N-2", "N-3"]
    dialog.close()


def test_a_month_without_appeals_says_so(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_month(2026, 5)
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.refresh()
    assert view.authorities.table.rowCount() == 0
    assert view.authorities.empty.isVisible()


def test_choosing_a_territory_level_recounts_the_territory_split(view, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.db.models import Consultation, Territory, Visitor

    with db.session() as s:
        town = Territory(kind="settlement", name="Новоозёрск", name_norm="новоозёрск")
        s.add(town)
        s.flush()
        district = Territory(
            kind="district", name="Кировский район", name_norm="кировский район", parent_id=town.id
        )
        s.add(district)
        s.flush()
        street = Territory(kind="street", name="ул. Садовая", name_norm="ул. садовая", parent_id=district.id)
        s.add(street)
        s.flush()
        v = Visitor(last_name="Садова", first_name="Ия", name_norm="садова ия", search_text="садова ия",
                    territory_id=street.id)  # fmt: skip
        s.add(v)
        s.flush()
        s.add(Consultation(occurred_at=datetime(2026, 3, 10, 10), occurred_on=date(2026, 3, 10),
                           channel="phone", outcome="advised", visitor_id=v.id))  # fmt: skip
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.refresh()
    assert view.data.figures["consultations.by_territory"].get("Новоозёрск") == 1
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.territory_level.setCurrentIndex(view.territory_level.findData("district"))
    split = view.data.figures["consultations.by_territory"]
    assert split.get("Кировский район") == 1 and "Новоозёрск" not in split
    view.breakdown_choice.setCurrentIndex(view.breakdown_choice.findData("consultations.by_territory"))
    dialog = view.drill("consultations.by_territory", "Кировский район")
    assert dialog is not None and dialog.page.total == 1
    dialog.close()


def test_the_chart_shows_each_authoritys_states_and_a_bar_opens_its_appeals(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = view.authorities.chart
    assert chart.isVisible() and chart.labels == ["Администрация района", "Дума"]
    assert chart.visible_count() == 2
    assert "ответ в срок: 1" in chart.tooltip(0).lower() and "ждут ответа: 2" in chart.tooltip(0).lower()
    image = chart.grab().toImage()
    bar = chart.bar_rect(0)
    green = image.pixelColor(bar.left() + chart._label_width() + 2, bar.center().y())
    assert green.name() == "#2e7d32"  # the answered-on-time part begins the bar
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=bar.center())
    dialog = view.findChild(DrillDialog)
    assert dialog is not None and "Администрация района" in dialog.windowTitle()
    dialog.close()


def test_by_official_rows_and_their_appeals(view, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.db.models import Official

    with db.session() as s:
        duma = s.query(Organisation).filter_by(name="Дума").one()
        o = Official(organisation_id=duma.id, position="Председатель", last_name="Котов", first_name="Иван",
                     search_text="котов")  # fmt: skip
        s.add(o)
        s.flush()
        for n in (1, 2):
            s.add(Appeal(number=f"K-{n}", sent_date=date(2026, 3, 10 + n), channel="post", official_id=o.id,
                         due_date=date(2026, 3, 20), answer_date=date(2026, 3, 25) if n == 1 else None))  # fmt: skip
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.refresh()
    panel = view.authorities
    panel.mode.setCurrentIndex(panel.mode.findData("official"))
    assert panel.column_values("official") == ["Председатель Котов И."]
    assert panel.column_values("authority") == ["Дума"]
    assert panel.column_values("answered_late") == ["1"] and panel.column_values("overdue") == ["1"]
    assert panel.chart.labels == ["Председатель Котов И."]
    panel.table.itemActivated.emit(panel.table.item(0, 0))
    dialog = view.findChild(DrillDialog)
    assert dialog is not None and "Котов" in dialog.windowTitle()
    assert sorted(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())) == ["K-1", "K-2"]
    dialog.close()
    panel.mode.setCurrentIndex(0)
    assert panel.column_values("authority")[0] == "Администрация района"


def test_the_territory_tree_tab_and_its_drill_down(view, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.db.models import Consultation, Territory, Visitor

    with db.session() as s:
        town = Territory(kind="settlement", name="Новоозёрск", name_norm="новоозёрск")
        s.add(town)
        s.flush()
        district = Territory(
            kind="district", name="Кировский район", name_norm="кировский район", parent_id=town.id
        )
        s.add(district)
        s.flush()
        street = Territory(kind="street", name="ул. Садовая", name_norm="ул. садовая", parent_id=district.id)
        s.add(street)
        s.flush()
        for n in range(2):
            v = Visitor(last_name="Садова", first_name="Ия", name_norm="садова ия", search_text="садова ия",
                        territory_id=street.id)  # fmt: skip
            s.add(v)
            s.flush()
            s.add(Consultation(occurred_at=datetime(2026, 3, 10 + n, 10), occurred_on=date(2026, 3, 10 + n),
                               channel="phone", outcome="advised", visitor_id=v.id))  # fmt: skip
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.refresh()
    panel = view.territory_tree
    assert panel.tree.topLevelItemCount() == 0  # read when the tab is opened
    view.left_tabs.setCurrentWidget(panel)
    town_item = panel.tree.topLevelItem(0)
    assert [town_item.text(c) for c in range(4)] == ["Новоозёрск", "населённый пункт", "2", "0"]
    assert town_item.isExpanded()  # the only town opens at once
    district_item = town_item.child(0)
    assert district_item.text(0) == "Кировский район" and district_item.child(0).text(0) == "ул. Садовая"
    panel.tree.itemActivated.emit(district_item, 2)
    dialog = view.findChild(DrillDialog)
    assert dialog is not None and "Кировский район" in dialog.windowTitle() and dialog.page.total == 2
    dialog.close()
