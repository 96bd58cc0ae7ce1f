"""«Опыт других центров» on the initiative card (issue 18, point 4): finished initiatives like this one.

``attach(card)`` adds the tab (one line in the card); ``card_shown()`` is called when the card shows
another initiative. The tab lists other centres' finished initiatives of the same category from the
practice library (the same kind of territory first, then the quickest), with the path they took: which
statuses, how many days in each, to which kinds of authority they wrote, and what came of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain.vocab import TerritoryKind
from cal_desktop.gui.i18n import tr
from cal_desktop.services import practice_library
from cal_desktop.services.practice_library import LibraryCase


def attach(card: Any) -> PracticeCases:
    page = PracticeCases(card)
    card.tabs.addTab(page, tr("Other centres' experience"))
    card.tabs.currentChanged.connect(lambda _i: page.card_shown())
    card.practice_cases = page
    return page


class PracticeCases(QWidget):
    def __init__(self, card: Any) -> None:
        super().__init__(card)
        self.setObjectName("practiceCases")
        self.card = card
        self.cases: list[LibraryCase] = []
        self._shown_for: int | None = None
        self.note = QLabel(self)
        self.note.setObjectName("practiceCasesNote")
        self.note.setWordWrap(True)
        headers = [tr("Centre"), tr("Territory"), tr("Days"), tr("Authorities"), tr("Letters")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("practiceCasesTable")
        self.table.setAccessibleName(tr("Finished initiatives of other centres"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("practiceCaseDetails")
        self.details.setAccessibleName(tr("The path of the chosen initiative"))
        self.details.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)

    def card_shown(self) -> None:
        """Reload when the tab is on screen and the card shows another initiative than last time."""
        current = self.card.card.id if self.card.card is not None else None
        if self.card.tabs.currentWidget() is not self or current == self._shown_for:
            return
        self._shown_for = current
        self.cases = practice_library.similar_cases(self.card.ctx, current) if current is not None else []
        self.table.setRowCount(len(self.cases))
        for r, c in enumerate(self.cases):
            cells = [c.centre, _territory(c.territory_kind), "" if c.total_days is None else str(c.total_days),
                     ", ".join(c.authority_kinds), str(c.letters)]  # fmt: skip
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.cases:
            self.note.setText(tr("Finished initiatives of the same category in other centres: %1. The letters "
                                 "that got a positive answer are in the document editor, «How others wrote»."
                                 ).replace("%1", str(len(self.cases))))  # fmt: skip
            self.table.selectRow(0)
        else:
            self.note.setText(tr("No finished initiative of this category in the practice library yet "
                                 "(cal-desktop import practice FILE.json)."))  # fmt: skip
            self.details.clear()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.cases):
            self.details.clear()
            return
        c = self.cases[row]
        lines = [f"{c.centre} · {c.category}"]
        days_text = tr("%1 d.")
        lines += [f"  {status}: {days_text.replace('%1', str(days))}" for status, days in c.path]
        if c.summary:
            lines += ["", c.summary]
        self.details.setPlainText("\n".join(lines))


def _territory(kind: str | None) -> str:
    try:
        return TerritoryKind(kind).label if kind else ""
    except ValueError:
        return kind or ""


def card_shown(card: Any) -> None:
    """The card shows another initiative: the tab reloads if it is the one on screen."""
    page = getattr(card, "practice_cases", None)
    if page is not None:
        page.card_shown()
