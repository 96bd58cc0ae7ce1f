"""«Перенаправления» on the report screen (issue 21): where the period's «перенаправлен» consultations
sent people and how many it helped, one row per organisation, with the total below."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from cal_desktop.gui.i18n import tr


class ReferralsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPanel")
        self.note = QLabel(
            tr("Consultations of the period referred to another organisation; «helped» as answered when "
               "staff checked back."),  # fmt: skip
            self,
        )
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("referralsTable")
        self.table.setAccessibleName(tr("Referrals by organisation"))
        self.table.setHorizontalHeaderLabels([tr("Organisation"), tr("Referred"), tr("Helped")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        body = [(str(r["organisation"]), int(r["count"]), int(r["helped"])) for r in rows]
        if body:
            body.append((tr("Total"), sum(r[1] for r in body), sum(r[2] for r in body)))
        self.table.setRowCount(len(body))
        for n, (name, count, helped) in enumerate(body):
            for col, value in enumerate((name, str(count), str(helped))):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if n == len(body) - 1 and len(body) > 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(n, col, item)
