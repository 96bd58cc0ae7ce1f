"""«Территории» on the report screen (issue 18, point 2): the territory tree with the period's
consultations and new initiatives at every level — a district holds its microdistricts and streets.

``attach(view)`` adds the tab beside «Показатели» (one line in the report view); the tree is read when
the tab is shown for a report not yet shown there. Double-click (or Enter) on a territory lists its
consultations; on the initiatives column, its initiatives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cal_desktop.domain.vocab import TerritoryKind
from cal_desktop.errors import CalError
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services import reports

NODE_ROLE = Qt.ItemDataRole.UserRole
CONSULTATIONS_COLUMN, INITIATIVES_COLUMN = 2, 3


def attach(view: Any) -> TerritoryTree:
    panel = TerritoryTree(view)
    view.left_tabs.addTab(panel, tr("Territories"))
    view.left_tabs.currentChanged.connect(lambda _i: panel.shown())
    view.reportShown.connect(panel.shown)
    view.territory_tree = panel
    return panel


class TerritoryTree(QWidget):
    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.setObjectName("territoryTree")
        self.view = view
        self._shown_for: object = None
        self.note = QLabel(tr("Consultations (by the visitor's territory) and initiatives opened in the period, "
                              "with everything below each territory. Double-click to see the records."), self)  # fmt: skip
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("territoryTreeWidget")
        self.tree.setAccessibleName(tr("Territories with their figures"))
        self.tree.setHeaderLabels([tr("Territory"), tr("Kind"), tr("Consultations"), tr("Initiatives")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)

    def shown(self) -> None:
        data = self.view.data
        if self.view.left_tabs.currentWidget() is not self or data is None or data is self._shown_for:
            return
        self._shown_for = data
        try:
            nodes = reports.territory_tree(self.view.ctx, data.period)
        except CalError as exc:
            show_error(self, exc)
            return
        self.tree.clear()
        for node in nodes:
            self.tree.addTopLevelItem(self._item(node))
        if sum(1 for n in nodes if n["id"] is not None) == 1:
            self.tree.topLevelItem(0).setExpanded(True)  # one town: its districts at once
        for c in (1, 2, 3):
            self.tree.resizeColumnToContents(c)

    def _item(self, node: dict[str, Any]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node["name"], _kind(node["kind"]), str(node["consultations"]),
                                str(node["initiatives"])])  # fmt: skip
        for c in (CONSULTATIONS_COLUMN, INITIATIVES_COLUMN):
            item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, NODE_ROLE, (reports.tree_code(node), node["name"]))
        for child in node["children"]:
            item.addChild(self._item(child))
        return item

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        code, name = item.data(0, NODE_ROLE)
        key = "initiatives.by_territory" if column == INITIATIVES_COLUMN else "consultations.by_territory"
        what = tr("Initiatives") if column == INITIATIVES_COLUMN else tr("Consultations")
        self.view.drill(key, code, title=f"{what}: {name}")


def _kind(code: str | None) -> str:
    try:
        return TerritoryKind(code).label if code else ""
    except ValueError:
        return code or ""
