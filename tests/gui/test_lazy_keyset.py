"""Bounded memory for long lists (issue 20 point 3): the model pages through keys and never holds more
than its bound of rows or keys while scrolling end to end; order and filters come from SQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from cal_desktop.gui.models import lazy_table
from cal_desktop.gui.models.lazy_table import Column, Keyset, LazyTableModel
from cal_desktop.gui.views.consultations import ConsultationsView
from cal_desktop.services import consultations
from cal_desktop.services.consultations import ConsultationFilter, ConsultationInput

COLUMNS = [Column(lambda: "n", lambda r: str(r))]


class FakeTable:
    """Rows 0..n-1 in order, the key of a row is the row: counts what the model asked for."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.after_calls = 0
        self.offset_calls = 0

    def after(self, key, limit):  # type: ignore[no-untyped-def]
        self.after_calls += 1
        start = 0 if key is None else key + 1
        return list(range(start, min(start + limit, self.n)))

    def at(self, offset, limit):  # type: ignore[no-untyped-def]
        self.offset_calls += 1
        return list(range(offset, min(offset + limit, self.n)))

    def keyset(self) -> Keyset[int]:
        return Keyset(self.after, self.at, lambda r: r)


def test_scrolling_end_to_end_keeps_rows_and_keys_bounded(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 50)
    monkeypatch.setattr(lazy_table, "MAX_PAGES", 4)
    monkeypatch.setattr(lazy_table, "MAX_ANCHORS", 30)
    table = FakeTable(20_000)
    model: LazyTableModel[int] = LazyTableModel(COLUMNS)
    model.reset_keyset(table.n, table.keyset())
    most_rows = most_keys = 0
    for r in range(table.n):
        assert model.data(model.index(r, 0)) == str(r)
        most_rows = max(most_rows, model.cached_rows())
        most_keys = max(most_keys, len(model.anchors))
    assert most_rows == 4 * 50  # never more than MAX_PAGES pages of rows
    assert most_keys == 30  # never more than MAX_ANCHORS keys
    assert table.offset_calls == 0  # scrolling down goes by key only
    assert table.after_calls == 20_000 // 50


def test_a_jump_asks_for_an_offset_once_then_pages_by_key(qapp):  # type: ignore[no-untyped-def]
    table = FakeTable(1_000_000)
    model: LazyTableModel[int] = LazyTableModel(COLUMNS)
    model.reset_keyset(table.n, table.keyset())
    assert model.row(700_123) == 700_123  # the scrollbar dragged far down
    assert table.offset_calls == 1
    for r in range(700_123, 701_500):
        assert model.row(r) == r
    assert table.offset_calls == 1
    assert model.row(0) == 0  # back to the top: the first page is always by key
    assert table.offset_calls == 1
    assert model.cached_rows() <= lazy_table.MAX_PAGES * lazy_table.PAGE_SIZE


def _log(ctx, days_ago, **kw):  # type: ignore[no-untyped-def]
    when = datetime.combine(date.today() - timedelta(days=days_ago), datetime.min.time()).replace(hour=10)
    data = {"channel": "in_person", "topics": ["info_search"], "outcome": "advised", **kw}
    return consultations.create_consultation(ctx, ConsultationInput(occurred_at=when, **data))


@pytest.fixture
def statements(ctx):  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def spy(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", spy)
    yield seen
    event.remove(ctx.db.engine, "before_cursor_execute", spy)


def test_consultation_list_pages_by_key_in_sql_order(qtbot, ctx, monkeypatch, statements):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 4)
    monkeypatch.setattr(lazy_table, "MAX_PAGES", 2)
    for i in range(30):  # several per day: the id breaks the tie between rows of the same day
        _log(ctx, i % 7, channel="phone" if i % 3 == 0 else "in_person", summary=f"запись {i}")
    expected = consultations.consultation_ids(ctx)

    def no_full_id_list(*a, **kw):  # type: ignore[no-untyped-def]
        raise AssertionError("the list must not load every id")

    monkeypatch.setattr(consultations, "consultation_ids", no_full_id_list)
    view = ConsultationsView(ctx, default_period="all")
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    assert view.model.total == 30
    statements.clear()
    shown = []
    for r in range(30):
        row = view.model.row(r)
        assert row is not None
        shown.append(row.id)
        assert view.model.cached_rows() <= 8
    assert shown == expected  # newest first, the same order as the SQL of the whole list
    assert view.model.offset_loads == 0
    # every query of the list's ids is ordered and limited by SQL, and resumes after a key
    id_queries = [s for s in statements if "ORDER BY consultations.occurred_on DESC" in s]
    assert id_queries and all("LIMIT" in s for s in id_queries)
    assert sum("consultations.occurred_on <" in s for s in id_queries) == len(id_queries) - 1

    view.ui.channelCombo.setCurrentIndex(view.ui.channelCombo.findData("phone"))
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    phone = [view.model.row(r) for r in range(view.model.total)]
    assert view.model.total == 10
    assert all(row is not None and row.channel.value == "phone" for row in phone)
    assert [row.id for row in phone if row] == [i for i in expected if i in {row.id for row in phone if row}]


def test_service_pages_by_key_match_offsets_with_filters(ctx):  # type: ignore[no-untyped-def]
    for i in range(25):
        _log(ctx, i % 5, channel="online" if i % 2 else "in_person", summary=f"вопрос {i}")
    for f in (None, ConsultationFilter(channel="online"), ConsultationFilter(text="вопрос 1")):
        whole = consultations.consultation_page_at(ctx, f, 0, 1000)
        paged, key = [], None
        while True:
            page = consultations.consultation_page(ctx, f, key, 3)
            if not page:
                break
            paged += page
            key = consultations.consultation_key(page[-1])
        assert [r.id for r in paged] == [r.id for r in whole]
        assert len(whole) == consultations.count_consultations(ctx, f)
        assert consultations.consultation_page_at(ctx, f, 3, 3) == whole[3:6]
