"""A table model that never holds a whole table (DESIGN.md section 6).

It knows how many rows the current query has and asks for pages of :data:`PAGE_SIZE` rows as the view
scrolls to them. Only the last :data:`MAX_PAGES` pages are kept, so scrolling through two million
consultations keeps memory flat. Columns are declared once, as a list of :class:`Column`, by each list.

A list over a big table gives a :class:`Keyset` instead of ``fetch(offset, limit)``: the next page is
then «the rows after the last key of the page before» (an index range, as cheap at the end of the table
as at its start), and nobody holds the ids of every matching row (issue 20: 146 MiB at a million). Only
a jump (the scrollbar dragged far) asks for an offset. The keys remembered for that are bounded too
(:data:`MAX_ANCHORS`). Sorting and filtering stay in SQL: the model only ever sees pages.
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
MAX_ANCHORS = 4096  # last keys of pages seen (a few hundred KiB at most): where keyset paging resumes

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: Callable[[], str]  # called when shown, so the header follows the language
    value: Callable[[R], str]
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


@dataclass(frozen=True)
class Keyset(Generic[R]):
    """How a list pages through its keys, in its SQL order."""

    after: Callable[[Any, int], Sequence[R]]  # up to n rows after this key (None: from the first row)
    at: Callable[[int, int], Sequence[R]]  # up to n rows from this offset (a jump far into the list)
    key: Callable[[R], Any]  # the sort key of a row, as ``after`` takes it


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
        self.keyset: Keyset[R] | None = None
        self.anchors: OrderedDict[int, Any] = OrderedDict()  # page number -> key of its last row
        self.pages_loaded = 0  # how many page loads happened (tests and the bench read it)
        self.offset_loads = 0  # of them, how many had to ask for an offset (a jump)

    def reset(self, total: int, fetch: Callable[[int, int], Sequence[R]]) -> None:
        """Show a new query result: ``total`` rows, loaded through ``fetch(offset, limit)``."""
        self._reset(total, fetch, None)

    def reset_keyset(self, total: int, keyset: Keyset[R]) -> None:
        """Show a new query result: ``total`` rows, paged through their keys."""
        self._reset(total, keyset.at, keyset)

    def _reset(self, total: int, fetch: Callable[[int, int], Sequence[R]], keyset: Keyset[R] | None) -> None:
        self.beginResetModel()
        self.total = total
        self.fetch = fetch
        self.keyset = keyset
        self.pages.clear()
        self.anchors.clear()
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
            page = self._load(page_no, size)
            self.pages_loaded += 1
            self.pages[page_no] = page
            while len(self.pages) > MAX_PAGES:
                self.pages.popitem(last=False)
        else:
            self.pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def _load(self, page_no: int, size: int) -> Sequence[R]:
        keyset = self.keyset
        if keyset is None:
            return self.fetch(page_no * size, size)
        if page_no == 0:
            page = keyset.after(None, size)
        elif page_no - 1 in self.anchors:
            page = keyset.after(self.anchors[page_no - 1], size)
        else:
            self.offset_loads += 1
            page = keyset.at(page_no * size, size)
        if page:
            self.anchors[page_no] = keyset.key(page[-1])
            self.anchors.move_to_end(page_no)
            while len(self.anchors) > MAX_ANCHORS:
                self.anchors.popitem(last=False)
        return page

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
