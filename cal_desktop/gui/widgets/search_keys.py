"""↓ in a search field moves into its list, as in every list-with-search on the desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class _DownIntoList(QObject):
    def __init__(self, edit: QLineEdit, into_list: Callable[[], None]) -> None:
        super().__init__(edit)
        self.into_list = into_list

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.into_list()
            return True
        return False


def down_moves_into_list(edit: QLineEdit, into_list: Callable[[], None]) -> None:
    """Call ``into_list`` when ↓ is pressed in ``edit`` (a line edit has no use for it)."""
    edit.installEventFilter(_DownIntoList(edit, into_list))
