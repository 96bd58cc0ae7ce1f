"""Windows that fit the screen they open on: 1024×768 old monitors and 1366×768 laptops.

``available()`` is the one place that asks Qt for the free part of the screen (tests answer for it:
offscreen Qt has a single 800×800 screen). ``resize_within`` opens a window at the size it wants but
never larger than that; ``scrolling`` puts a long form into a scroll area, so that on a short screen
it scrolls instead of pushing its buttons off the window.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def available(widget: QWidget | None = None) -> QRect:
    """The free part of the screen ``widget`` is on (the primary screen before it is shown)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def resize_within(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, smaller where the screen is smaller (a window frame and a
    task bar take their share: the window manager's frame is left room for)."""
    free = available(window)
    window.resize(min(width, free.width()), min(height, free.height() - frame_height(window)))


def frame_height(window: QWidget) -> int:
    """The title bar's height once shown; a typical one before (the frame is unknown until then)."""
    if window.isVisible():
        return max(0, window.frameGeometry().height() - window.geometry().height())
    return 0


def scrolling(form: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``form`` in a frameless scroll area that scrolls vertically when the screen is too short."""
    area = QScrollArea(parent)
    area.setObjectName(f"{form.objectName() or 'form'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(form)
    return area
