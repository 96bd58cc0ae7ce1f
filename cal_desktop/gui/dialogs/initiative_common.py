"""Small widgets shared by the initiative and directory screens: vocabulary and territory combos,
read-only tables, an inline error line, and naming widgets for accessibility and tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QTableWidget, QTableWidgetItem, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab import Vocabulary
from cal_desktop.gui.labels import label
from cal_desktop.services import territories
from cal_desktop.services.context import ServiceContext

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str) -> W:
    """Every interactive widget has an objectName (tests) and an accessible name (screen readers)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def vocab_combo(
    parent: QWidget,
    kind: type[Vocabulary],
    name: str,
    accessible: str,
    empty: str | None = None,
    members: Sequence[Vocabulary] | None = None,
) -> QComboBox:
    """A combo of a vocabulary's labels with the codes as data; ``empty`` adds a first "any" item."""
    return fill_vocab(named(QComboBox(parent), name, accessible), kind, empty, members)


def fill_vocab(
    combo: QComboBox,
    kind: type[Vocabulary],
    empty: str | None = None,
    members: Sequence[Vocabulary] | None = None,
) -> QComboBox:
    """Fill a combo (one of a Designer form) as ``vocab_combo`` does."""
    if empty is not None:
        combo.addItem(empty, None)
    for member in members if members is not None else list(kind):
        combo.addItem(label(member), member.value)
    return combo


def territory_combo(
    parent: QWidget, ctx: ServiceContext, name: str, accessible: str, empty: str
) -> QComboBox:
    combo = named(QComboBox(parent), name, accessible)
    fill_territories(combo, ctx, empty)
    return combo


def fill_territories(combo: QComboBox, ctx: ServiceContext, empty: str) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem(empty, None)
    for t in territories.list_territories(ctx):
        combo.addItem(t.path, t.id)
    select_data(combo, current)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def table(parent: QWidget, name: str, accessible: str, headers: Sequence[str]) -> QTableWidget:
    widget = named(QTableWidget(0, len(headers), parent), name, accessible)
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().hide()
    widget.horizontalHeader().setStretchLastSection(True)
    margins = 16  # the header's own margins and a little air
    for column, heading in enumerate(headers):  # never narrower than the heading (nor than the default)
        width = widget.horizontalHeader().fontMetrics().horizontalAdvance(heading) + margins
        widget.setColumnWidth(column, max(widget.horizontalHeader().defaultSectionSize(), width))
    widget.setTabKeyNavigation(False)  # Tab moves on to the next control; the arrows move between rows
    # one line a row, elided; the whole text is in the tooltip (see fill), so rows stay even and compact
    widget.setWordWrap(False)
    widget.verticalHeader().setDefaultSectionSize(widget.fontMetrics().height() + 8)
    return widget


MAX_COLUMN = 280  # px: a long comment or position does not push the other columns out of sight


def fill(widget: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[object] | None = None) -> None:
    """Replace the rows; ``ids`` are kept as the first cell's user data (see :func:`selected_id`).

    Columns are sized to what they show (at most :data:`MAX_COLUMN`, the last one stretches), and each
    cell's tooltip holds its whole text.
    """
    widget.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if value:
                item.setToolTip(value)
            if c == 0 and ids is not None:
                item.setData(256, ids[r])
            widget.setItem(r, c, item)
    if rows:
        # not the last column: sizing it to its contents undid its stretch (a one-column list shrank to
        # its widest word, leaving the header half drawn)
        for c in range(widget.columnCount() - 1):
            widget.resizeColumnToContents(c)
            widget.setColumnWidth(c, min(widget.columnWidth(c), MAX_COLUMN))


def selected_id(widget: QTableWidget) -> object | None:
    row = widget.currentRow()
    item = widget.item(row, 0) if row >= 0 else None
    return item.data(256) if item is not None else None


def selected_int(widget: QTableWidget) -> int | None:
    """The id of the selected row when the ids are database ids."""
    value = selected_id(widget)
    return value if isinstance(value, int) else None


def row_id(widget: QTableWidget, row: int) -> object | None:
    item = widget.item(row, 0)
    return item.data(256) if item is not None else None


def select_id(widget: QTableWidget, wanted: object) -> bool:
    """Make the row holding ``wanted`` current; False when it is not shown."""
    for r in range(widget.rowCount()):
        if row_id(widget, r) == wanted:
            widget.setCurrentCell(r, 0)
            return True
    return False


def cells(widget: QTableWidget) -> list[list[str]]:
    """What the table shows (tests read it)."""
    return [
        [(item.text() if (item := widget.item(r, c)) else "") for c in range(widget.columnCount())]
        for r in range(widget.rowCount())
    ]


class ErrorLine(QLabel):
    """The inline error under a form: what was wrong, field by field, in the user's words."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        named(self, name, "error")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, exc: errors.CalError) -> None:
        if isinstance(exc, errors.ValidationError):
            self.setText("\n".join(str(e) for e in exc.errors))
        else:
            self.setText(exc.message)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
