"""Typing from tests. QTest.keyClicks aborts on non-Latin characters, so Cyrillic text is sent as
the same key press/release events a keyboard layout produces (key code unknown, the text is the letter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def target() -> QWidget:
    """Where a key goes: an open popup (completer, combo list) first, else the focused widget."""
    popup = QApplication.activePopupWidget()
    widget = popup or QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def type_text(text: str, widget: QWidget | None = None) -> None:
    for ch in text:
        w = widget or target()
        if ch.isascii():
            QTest.keyClick(w, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    w, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )
        QApplication.processEvents()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(target(), key, modifier)
    QApplication.processEvents()
