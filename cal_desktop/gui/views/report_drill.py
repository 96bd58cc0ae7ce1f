"""The records behind one report figure (``DrillDialog``), opened from the report screen, and the table
item both use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.services.reports import DrillPage, Period


def _item(
    text: str, align_right: bool = False, key: tuple[str, str | None] | None = None
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item



class DrillDialog(QDialog):
    """The records behind one figure: date, who or what, details (the first ``DRILL_LIMIT``)."""

    def __init__(self, title: str, period: Period, page: DrillPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("drillDialog")
        self.setWindowTitle(f"{title} — {period.label}")
        self.setAccessibleName(title)
        shown = len(page.rows)
        count = QLabel(
            tr("Records: %1").replace("%1", str(page.total))
            if shown == page.total
            else tr("Records: %1, shown the first %2")
            .replace("%1", str(page.total))
            .replace("%2", str(shown)),
            self,
        )
        count.setObjectName("drillCount")
        self.table = QTableWidget(shown, 3, self)
        self.table.setObjectName("drillTable")
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Record"), tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for r, row in enumerate(page.rows):
            self.table.setItem(r, 0, _item(fmt_date(row.day)))
            self.table.setItem(r, 1, _item(row.title))
            self.table.setItem(r, 2, _item(row.details))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 500)


def _fit_columns(table: QTableWidget) -> None:
    """The figure's name readable in one line (up to a limit), the numbers as wide as they need;
    a narrow window scrolls sideways rather than cutting names to «Кон…»."""
    header = table.horizontalHeader()
    table.setWordWrap(False)
    table.resizeColumnsToContents()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, min(max(table.columnWidth(0), 200), 380))
    header.setStretchLastSection(True)
