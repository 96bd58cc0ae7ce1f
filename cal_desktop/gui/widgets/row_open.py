"""Opening a list's row with Enter or a double click: once, and only a real row.

A view emits ``doubleClicked`` for a double click and ``activated`` for Enter; depending on the
platform and Qt version it emits ``activated`` for the double click as well. A list connected to both
opened a consultation twice, the second time after the first dialog had refreshed the list, i.e. on
whatever row was then under the stale index (another person's). ``on_open`` takes both signals but
opens once per gesture: it ignores a signal arriving while a row is being opened or within a
double-click interval after that, and an invalid index (row −1 must never count from the end of a
Python list).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QApplication


def on_open(view: QAbstractItemView, callback: Callable[[int], object]) -> None:
    """Call ``callback(row)`` when the person opens a row (Enter, or a double click)."""
    busy = False
    done_at = float("-inf")

    def opened(index: QModelIndex | QPersistentModelIndex) -> None:
        nonlocal busy, done_at
        model = view.model()
        if busy or model is None or not index.isValid() or not 0 <= index.row() < model.rowCount():
            return
        if time.monotonic() - done_at < QApplication.doubleClickInterval() / 1000:
            return  # the other signal of the same double click, after the row's dialog closed
        busy = True
        try:
            callback(index.row())
        finally:
            busy = False
            done_at = time.monotonic()

    view.activated.connect(opened)
    view.doubleClicked.connect(opened)
