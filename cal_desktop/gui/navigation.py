"""The list of areas at the left of the main window, which can shrink to its icons.

On a narrow screen (below ``COLLAPSE_BELOW`` px of window width, e.g. a 1024×768 monitor) the list
shows icons only, so that the area itself has the room; the button under the list switches between
icons and names by hand. The names stay the items' text (tooltips, screen readers, tests): only the
drawing leaves them out.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.gui.i18n import tr

COLLAPSE_BELOW = 1280  # window width below which the names no longer fit beside a usable area (the
# window with the names shown needs about 1240 px, so a window shrunk by hand must collapse above that)
ICON = 20
PADDING = 6  # the items' padding in the style sheet below


class _IconsOnly(QStyledItemDelegate):
    """Draws an item without its text while the list is collapsed."""

    def __init__(self, parent: QListWidget) -> None:
        super().__init__(parent)
        self.collapsed = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.collapsed:
            option.text = ""  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(ICON + 2 * PADDING, size.height()) if self.collapsed else size


class NavigationPanel(QWidget):
    """``list`` (a QListWidget of the areas) and the collapse button under it."""

    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationPanel")
        self.list = QListWidget(self)
        self.list.setObjectName("navigation")
        self.list.setAccessibleName(tr("Areas of the program"))
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            f" QListWidget#navigation::item {{ padding: {PADDING}px; }}"
        )
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = _IconsOnly(self.list)
        self.list.setItemDelegate(self.delegate)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("navigationToggle")
        self.toggle.setAutoRaise(True)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.delegate.collapsed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_toggle()

    def is_collapsed(self) -> bool:
        return self.delegate.collapsed

    def names_width(self) -> int:
        """The width that shows every area's name whole."""
        collapsed, self.delegate.collapsed = self.delegate.collapsed, False
        width = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 8
        self.delegate.collapsed = collapsed
        return width

    def icons_width(self) -> int:
        return ICON + 2 * PADDING + 2 * self.list.frameWidth() + 4

    def set_collapsed(self, collapsed: bool) -> None:
        changed = collapsed != self.delegate.collapsed
        self.delegate.collapsed = collapsed
        width = self.icons_width() if collapsed else self.names_width()
        self.setMinimumWidth(width)
        self.setMaximumWidth(width if collapsed else 320)
        self.list.doItemsLayout()
        self.list.viewport().update()
        self._show_toggle()
        if changed:
            self.collapsed_changed.emit(collapsed)

    def _show_toggle(self) -> None:
        collapsed = self.delegate.collapsed
        self.toggle.setText("»" if collapsed else "«")
        hint = tr("Show the names of the areas") if collapsed else tr("Show only the icons of the areas")
        self.toggle.setToolTip(hint)
        self.toggle.setAccessibleName(hint)
