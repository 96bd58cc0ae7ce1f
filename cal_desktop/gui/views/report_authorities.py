"""«Органы власти» on the report screen (issue 18): how each organisation answered the period's appeals.

A sortable table (click a heading; numbers sort as numbers, an unknown median last) with one row per
organisation — or per official, by the choice above it — and a chart of the same rows below it;
double-click or Enter in the table, or a click on a bar, lists the appeals behind a row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.gui import screen_fit
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.views.report_authority_chart import AuthorityChart
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
    """The table and chart of ``appeals.by_authority`` (or ``appeals.by_official``); ``open_row(code,
    title)`` is called for the drill-down (an official's code is «official:<id>», which the same
    drill-down of ``appeals.by_authority`` understands)."""

    def __init__(self, open_row: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorityPanel")
        self._open_row = open_row
        self._rows: dict[str, list[Mapping[str, Any]]] = {"authority": [], "official": []}
        self.mode = QComboBox(self)
        self.mode.setObjectName("authorityMode")
        self.mode.setAccessibleName(tr("Answers by organisation or by official"))
        self.mode.addItem(tr("By organisation"), "authority")
        self.mode.addItem(tr("By official"), "official")
        self.mode.currentIndexChanged.connect(lambda _i: self._show())
        self.chart = AuthorityChart(self._chart_clicked, self)
        self.note = QLabel(
            tr("Appeals sent in the period, as of its last day. Double-click a row to see its appeals."), self
        )
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(reports.AUTHORITY_COLUMNS), self)
        self.table.setObjectName("authorityTable")
        self.table.setAccessibleName(tr("Authorities' answers"))
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
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(self.chart)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.split, 1)

    def by_official(self) -> bool:
        return self.mode.currentData() == "official"

    def columns(self) -> tuple[str, ...]:
        return tuple(reports.OFFICIAL_COLUMNS) if self.by_official() else tuple(reports.AUTHORITY_COLUMNS)

    def set_rows(
        self, rows: Sequence[Mapping[str, Any]], officials: Sequence[Mapping[str, Any]] | None = None
    ) -> None:
        """The organisations' rows and the officials' (none for a merged report: the choice hides)."""
        self._rows = {"authority": list(rows), "official": list(officials or [])}
        self.mode.setVisible(officials is not None)
        if officials is None:
            self.mode.setCurrentIndex(0)
        self._show()

    def _show(self) -> None:
        official = self.by_official()
        rows = self._rows["official" if official else "authority"]
        columns = self.columns()
        titles = reports.OFFICIAL_TITLES if official else reports.AUTHORITY_TITLES
        self.table.setSortingEnabled(False)  # filling a sorted table moves rows under the loop
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([titles[k] for k in columns])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            code = reports.official_code(row) if official else reports.authority_code(row)
            name = str(row.get("official" if official else "authority") or "")
            for c, key in enumerate(columns):
                value = row.get(key)
                text = str(value) if key in ("authority", "official") else reports.format_number(value)
                item = _Item(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                item.setData(SORT_ROLE, value)
                item.setData(CODE_ROLE, (code, name))
                if key in ("authority", "official"):
                    item.setToolTip(text)  # long official names are cut in the column
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.chart.set_rows(rows, "official" if official else "authority")
        self.empty.setText(
            tr("No appeal of this period was addressed to an official.") if official
            else tr("No appeals were sent in this period.")
        )  # fmt: skip
        self.empty.setVisible(not rows)
        self.table.resizeColumnsToContents()
        # the name column leaves room for the first figures; the full name is in the tooltip
        names = 2 if official else 1  # the official and the organisation columns
        for c in range(names):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 180), 280 if names == 1 else 220))
        screen_fit.keep_headings(self.table)

    def column_values(self, key: str) -> list[str]:
        """The texts of one column top to bottom, as shown (tests read the sorted order)."""
        c = self.columns().index(key)
        items = (self.table.item(r, c) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _activated(self, item: QTableWidgetItem) -> None:
        code, title = item.data(CODE_ROLE)
        self._open_row(code, title)

    def _chart_clicked(self, index: int) -> None:
        official = self.by_official()
        row = self._rows["official" if official else "authority"][index]
        code = reports.official_code(row) if official else reports.authority_code(row)
        self._open_row(code, str(row.get("official" if official else "authority") or ""))
