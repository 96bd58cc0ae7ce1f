"""«Органы власти» on the report screen (issue 18): how each organisation answered the period's appeals.

A sortable table (click a heading; numbers sort as numbers, an unknown median last) with one row per
organisation; double-click or Enter lists the appeals behind a row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.gui import screen_fit
from cal_desktop.gui.i18n import tr
from cal_desktop.services import reports

CODE_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """A cell that sorts by its value (numbers as numbers, «—» after every number), not its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, str) or isinstance(theirs, str):
            return str(mine).lower() < str(theirs).lower()
        if mine is None or theirs is None:
            return theirs is None and mine is not None  # unknown values sort last when ascending
        return bool(mine < theirs)


class AuthorityPanel(QWidget):
    """The table of ``appeals.by_authority``; ``open_row(code, title)`` is called for the drill-down."""

    def __init__(self, open_row: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorityPanel")
        self._open_row = open_row
        self.note = QLabel(
            tr("Appeals sent in the period, as of its last day. Double-click a row to see its appeals."), self
        )
        self.note.setWordWrap(True)
        columns = reports.AUTHORITY_COLUMNS
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName("authorityTable")
        self.table.setAccessibleName(tr("Authorities' answers"))
        self.table.setHorizontalHeaderLabels([reports.AUTHORITY_TITLES[k] for k in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setToolTip(tr("Double-click or press Enter to see the appeals sent to this organisation"))
        self.table.itemActivated.connect(self._activated)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        # no column sorted at first: the service's order (most appeals first); a heading click sorts,
        # and that choice is kept when another period is shown
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        screen_fit.keep_headings(self.table)  # before any row: headings readable, not cut at 100 px
        self.empty = QLabel(tr("No appeals were sent in this period."), self)
        self.empty.setObjectName("authorityEmpty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        columns = reports.AUTHORITY_COLUMNS
        self.table.setSortingEnabled(False)  # filling a sorted table moves rows under the loop
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            code = reports.authority_code(row)
            for c, key in enumerate(columns):
                value = row.get(key)
                text = str(value) if key == "authority" else reports.format_number(value)
                item = _Item(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                item.setData(SORT_ROLE, value)
                item.setData(CODE_ROLE, (code, str(row.get("authority") or "")))
                if key == "authority":
                    item.setToolTip(text)  # long official names are cut in the column
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.empty.setVisible(not rows)
        self.table.resizeColumnsToContents()
        # the name column leaves room for the first figures; the full name is in the tooltip
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 180), 280))
        screen_fit.keep_headings(self.table)

    def column_values(self, key: str) -> list[str]:
        """The texts of one column top to bottom, as shown (tests read the sorted order)."""
        c = reports.AUTHORITY_COLUMNS.index(key)
        items = (self.table.item(r, c) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _activated(self, item: QTableWidgetItem) -> None:
        code, title = item.data(CODE_ROLE)
        self._open_row(code, title)
