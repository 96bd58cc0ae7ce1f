"""Windows that fit the screen they open on: 1024×768 old monitors and 1366×768 laptops.

``available()`` is the one place that asks Qt for the free part of the screen (tests answer for it:
offscreen Qt has a single 800×800 screen). ``resize_within`` opens a window at the size it wants but
never larger than that; ``scrolling`` puts a long form into a scroll area, so that on a short screen
it scrolls instead of pushing its buttons off the window.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QTableView, QWidget


def available(widget: QWidget | None = None) -> QRect:
    """The free part of the screen ``widget`` is on (the primary screen before it is shown)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def resize_within(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, smaller where the screen is smaller (the task bar is outside
    the available part already; the title bar is left room for)."""
    free = available(window)
    window.resize(min(width, free.width()), min(height, free.height() - frame_height(window)))


def frame_height(window: QWidget) -> int:
    """The title bar's height: measured once shown, the style's guess before (the frame is unknown
    until the window manager has framed the window)."""
    if window.isVisible() and window.frameGeometry().height() > window.geometry().height():
        return window.frameGeometry().height() - window.geometry().height()
    return window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)


def scrolling(form: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``form`` in a frameless scroll area that scrolls vertically when the screen is too short."""
    area = QScrollArea(parent)
    area.setObjectName(f"{form.objectName() or 'form'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(form)
    return area


def keep_headings(table: QTableView) -> None:
    """Widen each column that is narrower than its heading: widths set in pixels cut a heading to
    «Повторная вст…» where the system's font is larger than the one they were chosen with."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
    for column in range(model.columnCount()):
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(heading) + margins
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)
