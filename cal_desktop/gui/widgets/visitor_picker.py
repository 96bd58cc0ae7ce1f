"""Pick a visitor by typing: a search at each keystroke over name, phone and e-mail, best match first
(services.visitor_search), shown as a completer popup under the line edit. Arrow keys and Enter
choose; editing the text again forgets the choice, so what is shown is always what will be saved.
The chosen person reads surname first, from the start of the field, whole in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from cal_desktop.gui.formatting import fmt_date, format_phone
from cal_desktop.services import visitors
from cal_desktop.services.context import ServiceContext

# A search takes a few milliseconds at 100,000 visitors: none is delayed. The zero timer still folds
# keystrokes already waiting into one search of the latest text, so stale results are never shown.
DEBOUNCE_MS = 0
MAX_RESULTS = 10
MIN_CHARS = 1  # a first letter searches surnames; services.visitors.search_ready decides
MAX_POPUP_WIDTH = 720
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(v: visitors.VisitorSummary | visitors.VisitorDTO) -> str:
    """«Иванов Иван Иванович, +7 912 345-67-89, 01.02.1980»: enough to tell namesakes apart."""
    parts = [v.full_name, format_phone(v.phone), v.email or "", fmt_date(v.birth_date)]
    return ", ".join(p for p in parts if p)


class VisitorPicker(QObject):
    """Attached to a QLineEdit; ``visitor_id`` is the chosen visitor or None."""

    chosen = Signal(object)  # int | None

    def __init__(self, edit: QLineEdit, ctx: ServiceContext) -> None:
        super().__init__(edit)
        self.edit = edit
        self.ctx = ctx
        self.visitor_id: int | None = None
        self._hint = edit.toolTip()  # the field's own help, back when no person is chosen
        self._setting = False
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setObjectName("visitorCompleter")
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(edit)
        self.popup().setObjectName("visitorPopup")
        self.popup().setAccessibleName("visitor search results")
        # PySide6's stubs type SignalInstance without the [signature] that picks an overload
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        edit.textEdited.connect(self._edited)

    def popup(self) -> QAbstractItemView:
        """The completer's result list (Qt makes a default one on first use, so it is never None)."""
        popup = self.completer.popup()
        assert popup is not None
        return popup

    def _edited(self, _text: str) -> None:
        if self.visitor_id is not None and not self._setting:
            self.visitor_id = None
            self.edit.setToolTip(self._hint)
            self.chosen.emit(None)
        self.timer.start()

    def search_now(self) -> None:
        self.timer.stop()
        if self.visitor_id is not None:
            return  # a keystroke was still waiting when a person was chosen: nothing to look for
        query = self.edit.text().strip()
        self.model.clear()
        if not visitors.search_ready(query):
            self.popup().hide()
            return
        for v in visitors.search_visitors(self.ctx, query, MAX_RESULTS):
            item = QStandardItem(describe(v))
            item.setData(v.id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.complete(self._popup_rect())
            self._whole_rows()
        else:
            self.popup().hide()

    def _popup_rect(self) -> QRect:
        """As wide as the longest line (up to a limit): the phone and birth date that tell namesakes
        apart sit at the end of the line and were cut off at the width of the field."""
        popup = self.popup()
        needed = (
            popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 2 * popup.frameWidth()
        )
        rect = self.edit.rect()
        rect.setWidth(max(rect.width(), min(needed + 8, MAX_POPUP_WIDTH)))
        return rect

    def _whole_rows(self) -> None:
        """QCompleter sizes its popup for a frame of 3 px a side; the list's frame is thinner, so the
        popup showed half of an eighth row under the seventh, which reads like a cut-off person."""
        popup = self.popup()
        rows = min(self.completer.maxVisibleItems(), self.model.rowCount())
        height = rows * popup.sizeHintForRow(0) + 2 * popup.frameWidth()
        if popup.horizontalScrollBar().isVisible():
            height += popup.horizontalScrollBar().height()
        popup.resize(popup.width(), height)

    def results(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        visitor_id = index.data(ID_ROLE)
        if visitor_id is None:
            return
        self.set_visitor(int(visitor_id), str(index.data(Qt.ItemDataRole.DisplayRole)))

    def set_visitor(self, visitor_id: int | None, text: str = "") -> None:
        """Choose a visitor (or none) programmatically: after creating one, when editing."""
        self.timer.stop()
        self._setting = True
        self.visitor_id = visitor_id
        # the completer writes its own text after activation; ours must come last
        QTimer.singleShot(0, lambda: self._set_text(text))
        self._show_chosen(text)
        self._setting = False
        self.chosen.emit(visitor_id)

    def _set_text(self, text: str) -> None:
        if self.visitor_id is not None:
            self._show_chosen(text)

    def _show_chosen(self, text: str) -> None:
        """The chosen person's line from its start (the surname), whole in the tooltip: a long line
        would otherwise show its end, the phone, with the name scrolled out of the field."""
        self.edit.setText(text)
        self.edit.setCursorPosition(0)
        self.edit.setToolTip(text)

    def clear(self) -> None:
        self.timer.stop()
        self.visitor_id = None
        self.edit.clear()
        self.edit.setToolTip(self._hint)
        self.model.clear()
        self.popup().hide()
        self.chosen.emit(None)
