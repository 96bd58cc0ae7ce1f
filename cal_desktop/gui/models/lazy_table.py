"""A table model that never holds a whole table (DESIGN.md section 6).

It knows how many rows the current query has and asks ``fetch(offset, limit)`` for pages of
:data:`PAGE_SIZE` rows as the view scrolls to them. Only the last :data:`MAX_PAGES` pages are kept, so
scrolling through a million consultations keeps memory flat. Columns are declared once, as a list of
:class:`Column`, by each list.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
PAGE_SIZE = 200
MAX_PAGES = 40

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: Callable[[], str]  # called when shown, so the header follows the language
    value: Callable[[R], str]
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


class LazyTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self, columns: Sequence[Column[R]], parent: Any = None, page_size: int | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.page_size = page_size  # None: the module's PAGE_SIZE
        self.total = 0
        self.fetch: Callable[[int, int], Sequence[R]] = lambda offset, limit: []
        self.pages: OrderedDict[int, Sequence[R]] = OrderedDict()
        self.pages_loaded = 0  # how many page loads happened (tests and the bench read it)

    def reset(self, total: int, fetch: Callable[[int, int], Sequence[R]]) -> None:
        """Show a new query result: ``total`` rows, loaded through ``fetch(offset, limit)``."""
        self.beginResetModel()
        self.total = total
        self.fetch = fetch
        self.pages.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, number: int) -> R | None:
        if not 0 <= number < self.total:
            return None
        size = self.page_size or PAGE_SIZE
        page_no, offset = divmod(number, size)
        page = self.pages.get(page_no)
        if page is None:
            page = self.fetch(page_no * size, size)
            self.pages_loaded += 1
            self.pages[page_no] = page
            while len(self.pages) > MAX_PAGES:
                self.pages.popitem(last=False)
        else:
            self.pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self.pages.values())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        return column.value(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title()
        return None
