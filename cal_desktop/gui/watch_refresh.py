"""Refreshing a list in place after another desk changed the database (issue 14.4, ``gui/change_watch.py``).

A refresh the user did not ask for must not move anything under their hands: the row they chose stays
chosen (found again by its id, near where it was), every list and text pane keeps its scroll position,
and nothing opens, reloads a form or logs a look at a person's card because of it. Each function takes
the view as the area built it and leaves its filters and typed search as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QListWidget, QTableView, QWidget

from cal_desktop.errors import NotFound

NEAR = 400  # rows either side of the old place searched for the chosen row (two pages of a lazy list)


@contextmanager
def scroll_kept(view: QWidget) -> Iterator[dict[QAbstractScrollArea, int]]:
    """Every scrolled area inside ``view`` (lists, tables, text panes, the board) scrolled back to where
    it was once the refresh inside the block is done. The block may note that a table's chosen row moved
    by some rows (a new row above it): that table then scrolls as much more, so the rows the user looks
    at stay where they were on the screen."""
    areas = view.findChildren(QAbstractScrollArea)
    if isinstance(view, QAbstractScrollArea):
        areas.insert(0, view)
    saved = [(a, a.verticalScrollBar().value(), a.horizontalScrollBar().value()) for a in areas]
    moved: dict[QAbstractScrollArea, int] = {}
    yield moved
    _restore(saved, moved)
    # a text pane lays out its new text later, and its range is only right then: once more after that
    QTimer.singleShot(0, lambda: _restore(saved, moved))


def _restore(saved: list[tuple[QAbstractScrollArea, int, int]], moved: dict[QAbstractScrollArea, int]) -> None:
    from shiboken6 import isValid

    for area, vertical, horizontal in saved:
        if not isValid(area):
            continue
        rows = moved.get(area, 0)
        if isinstance(area, QAbstractItemView):
            area.doItemsLayout()  # a reset model's scroll range is set when laid out: now, not later
            if rows and area.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
                rows *= area.sizeHintForRow(0)
        area.verticalScrollBar().setValue(vertical + rows)
        area.horizontalScrollBar().setValue(horizontal)


def select_quietly(table: QTableView, row: int) -> None:
    """Make ``row`` current and selected without the view's reaction to a user's choice (a card opened,
    a form reloaded, a look logged): the selection model's signals are held meanwhile."""
    selection = table.selectionModel()
    model = table.model()
    held = selection.blockSignals(True)
    try:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(model.index(row, 0), flags)
    finally:
        selection.blockSignals(held)
    table.viewport().update()


def find_row(row_of: Callable[[int], Any], total: int, wanted: int, near: int) -> int | None:
    """The row number whose item has id ``wanted``, looked for outward from ``near`` (a new row above it
    moves it by one or two); None when it is not within :data:`NEAR` rows."""
    if near < 0:
        near = 0
    for step in range(NEAR + 1):
        for number in {near - step, near + step}:
            if 0 <= number < total:
                item = row_of(number)
                if item is not None and item.id == wanted:
                    return number
    return None


def _current(table: QTableView, row_of: Callable[[int], Any]) -> tuple[int, int | None]:
    number = table.currentIndex().row()
    item = row_of(number) if number >= 0 else None
    return number, item.id if item is not None else None


# ------------------------------------------------------------------------------------------ the views


def visitors_view(view: Any) -> None:
    """«Посетители»: the same search again; the chosen person stays chosen and their card is redrawn
    with what changed (no new entry in the audit log: the user is still looking at the card they opened)."""
    from cal_desktop.services import visitors

    chosen = view.current_id
    number, _ = _current(view.table, view.model.row)
    with scroll_kept(view) as moved:
        view.run_search()  # clears the card when the person is not on the first page any more
        if chosen is None:
            return
        found = find_row(view.model.row, view.model.total, chosen, number)
        if found is not None:
            select_quietly(view.table, found)
            moved[view.table] = found - number if number >= 0 else 0
        try:
            person, history = visitors.get_visitor(view.ctx, chosen), visitors.visitor_history(view.ctx, chosen)
        except NotFound:  # merged into another record or deleted at another desk
            view.current_id = None
            view.card.show_nothing()
            return
        view.current_id = chosen
        view.card.show_visitor(person, history)


def appeals_view(view: Any) -> None:
    """The register: its own reload keeps the chosen appeal (and redraws its details and timeline)."""
    with scroll_kept(view):
        view.reload()


def initiatives_view(view: Any) -> None:
    """«Инициативы»: the list (or board) again; the chosen row stays chosen, the card is left alone (it
    may hold a next step being typed)."""
    number, chosen = _current(view.table, view.model.row)
    board = _board_choices(view)
    with scroll_kept(view) as moved:
        view.refresh()
        if chosen is not None:
            found = find_row(view.model.row, view.model.total, chosen, number)
            if found is not None:
                select_quietly(view.table, found)
                moved[view.table] = found - number
        for items, wanted in board:
            _choose_item(items, wanted)


def _board_choices(view: Any) -> list[tuple[QListWidget, int]]:
    chosen = []
    for _box, items in view.board.columns.values():
        item = items.currentItem()
        if item is not None:
            chosen.append((items, int(item.data(256))))
    return chosen


def _choose_item(items: QListWidget, wanted: int) -> None:
    for number in range(items.count()):
        if items.item(number).data(256) == wanted:
            held = items.blockSignals(True)
            items.setCurrentRow(number)
            items.blockSignals(held)
            return
