"""The chart of the «Органы власти» tab (issue 18): one horizontal bar per organisation or official,
split into answered on time, answered late, overdue and waiting (the states of ``appeals.by_authority``).

Painted by hand (no chart module needed): the rows with the most appeals that fit the height, a legend
on top. A click on a bar (or Enter on the focused one; the arrows move) opens its appeals, like a
double-click in the table; the tooltip gives the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cal_desktop.gui.i18n import tr

STATES = ("answered_on_time", "answered_late", "overdue", "waiting")
COLOURS = {
    "answered_on_time": "#2e7d32",
    "answered_late": "#f9a825",
    "overdue": "#c62828",
    "waiting": "#9e9e9e",
}
BAR = 18
GAP = 6
MARGIN = 6


def _state_titles() -> dict[str, str]:
    return {
        "answered_on_time": tr("answered on time"),
        "answered_late": tr("answered late"),
        "overdue": tr("overdue"),
        "waiting": tr("waiting"),
    }


class AuthorityChart(QWidget):
    """Bars of ``rows`` (dicts with the state counts); ``open_row(index)`` is called for a bar's appeals."""

    def __init__(self, open_row: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorityChart")
        self.setAccessibleName(tr("Chart of the answers"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._open_row = open_row
        self.rows: list[Mapping[str, Any]] = []
        self.labels: list[str] = []
        self.current = 0

    def sizeHint(self) -> QSize:
        return QSize(400, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._legend_height() + BAR + 2 * GAP)

    def set_rows(self, rows: Sequence[Mapping[str, Any]], label_key: str) -> None:
        self.rows = list(rows)
        self.labels = [str(r.get(label_key) or "") for r in self.rows]
        self.current = 0
        self.update()

    # ------------------------------------------------------------------------------------- geometry

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 2 * MARGIN

    def visible_count(self) -> int:
        room = self.height() - self._legend_height() - MARGIN
        return max(0, min(len(self.rows), room // (BAR + GAP)))

    def bar_rect(self, index: int) -> QRect:
        """The whole row of bar ``index`` (label and bar), in widget coordinates."""
        top = self._legend_height() + index * (BAR + GAP)
        return QRect(MARGIN, top, self.width() - 2 * MARGIN, BAR)

    def _label_width(self) -> int:
        return min(max(self.width() // 3, 80), 260)

    def index_at(self, point: QPoint) -> int | None:
        for i in range(self.visible_count()):
            if self.bar_rect(i).contains(point):
                return i
        return None

    # --------------------------------------------------------------------------------------- paint

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fm = self.fontMetrics()
        x = MARGIN
        for key, title in _state_titles().items():
            p.fillRect(QRect(x, MARGIN + 2, 12, 12), QColor(COLOURS[key]))
            p.drawText(x + 16, MARGIN + fm.ascent(), title)
            x += 16 + fm.horizontalAdvance(title) + 14
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No appeals were sent in this period."))
            return
        biggest = max(int(r.get("sent") or 0) for r in self.rows) or 1
        label_w = self._label_width()
        number_w = fm.horizontalAdvance("0000") + MARGIN
        for i in range(self.visible_count()):
            row, rect = self.rows[i], self.bar_rect(i)
            text = fm.elidedText(self.labels[i], Qt.TextElideMode.ElideRight, label_w - MARGIN)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRect(rect.left(), rect.top(), label_w - MARGIN, BAR),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            span = rect.width() - label_w - number_w
            x = rect.left() + label_w
            for key in STATES:
                w = round(span * int(row.get(key) or 0) / biggest)
                if w:
                    p.fillRect(QRect(x, rect.top(), w, BAR), QColor(COLOURS[key]))
                    x += w
            p.drawText(
                QRect(x + 4, rect.top(), number_w, BAR),
                Qt.AlignmentFlag.AlignVCenter,
                str(row.get("sent") or 0),
            )
            if i == self.current and self.hasFocus():
                p.setPen(Qt.PenStyle.DotLine)
                p.drawRect(rect.adjusted(-2, -2, 1, 1))

    # ------------------------------------------------------------------------------------- events

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(index), self)

    def tooltip(self, index: int) -> str:
        row = self.rows[index]
        parts = [f"{title}: {int(row.get(key) or 0)}" for key, title in _state_titles().items()]
        median = row.get("median_answer_days")
        if median is not None:
            parts.append(tr("median: %1 d.").replace("%1", str(median)))
        return f"{self.labels[index]}\n" + "; ".join(parts)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.current = index
            self._open_row(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.visible_count()
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and count:
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.current = (self.current + step) % count
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current < count:
            self._open_row(self.current)
        else:
            super().keyPressEvent(event)
