"""Initiatives (issue 4): the list with filters and a board by status, and the initiative card with
members, the status timeline, consultations, partners and resources, documents and appeals,
publications, the next step, and suggestions.

Plugging in: ``InitiativesView(ctx, parent=None)``; ``open_initiative(id)`` shows one card;
``refresh()`` reloads after changes made elsewhere. Signal ``initiative_changed(int)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import Category, InitiativeStatus
from cal_desktop.gui import file_dialogs, messages, screen_fit
from cal_desktop.gui.dialogs import initiative_form
from cal_desktop.gui.dialogs.initiative_common import (
    fill_territories,
    named,
    territory_combo,
    vocab_combo,
)
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.gui.views.initiative_card import InitiativeCardWidget
from cal_desktop.gui.widgets.search_keys import down_moves_into_list
from cal_desktop.services import initiatives, staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives import InitiativeFilter, InitiativeSummary

DEBOUNCE_MS = 200
BOARD_PER_STATUS = 50
COLUMN_WIDTHS = (44, 240, 150, 120, 120, 110, 120, 80)  # px, by COLUMNS; the title stretches
TITLE_MIN = 150  # px: the title is what the list is read by
FILTER_CHARS = 10  # combos show this many characters (long territory paths elide), so the row fits

# (parent, title, suggested path, filters) -> the chosen path or "" (tests pass their own)
SaveDialog = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    return file_dialogs.save_file(parent, title, suggested, filters)


COLUMNS: list[Column[InitiativeSummary]] = [
    Column(lambda: tr("No."), lambda i: str(i.id), align_right=True),
    Column(lambda: tr("Title"), lambda i: i.title, tooltip=lambda i: i.address or ""),
    Column(lambda: tr("Status"), lambda i: label(i.status)),
    Column(lambda: tr("Category"), lambda i: label(i.category)),
    Column(lambda: tr("Territory"), lambda i: i.territory or ""),
    Column(lambda: tr("Authors"), lambda i: i.authors),
    Column(
        lambda: tr("Next step"), lambda i: fmt_date(i.next_step_date), tooltip=lambda i: i.next_step or ""
    ),
    Column(lambda: tr("Created"), lambda i: fmt_date(i.created_on)),
]



class BoardView(QScrollArea):
    """Columns by status, each with its count and its latest initiatives; a double click opens one."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "initiativeBoard", tr("Initiatives by status"))
        self.setWidgetResizable(True)
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        self.columns: dict[InitiativeStatus, tuple[QGroupBox, QListWidget]] = {}
        for status in InitiativeStatus:
            box = QGroupBox(label(status), inner)
            box.setObjectName(f"boardColumn_{status.value}")
            items = named(QListWidget(box), f"boardList_{status.value}", label(status))
            items.setMinimumWidth(170)
            items.setWordWrap(True)
            # no setSpacing(): with it, Qt measures a wrapped item narrower than it draws it, and a long
            # title was cut with «…» and lost its territory line (the alternating colours part the cards)
            items.setResizeMode(QListView.ResizeMode.Adjust)
            items.setAlternatingRowColors(True)
            # itemActivated alone: it comes for Enter and for a double click (both opened it twice)
            items.itemActivated.connect(lambda item: self.open_requested.emit(int(item.data(256))))
            QVBoxLayout(box).addWidget(items)
            row.addWidget(box)
            self.columns[status] = (box, items)
        self.setWidget(inner)

    def show_board(
        self, counts: dict[InitiativeStatus, int], cards: dict[InitiativeStatus, list[InitiativeSummary]]
    ) -> None:
        for status, (box, items) in self.columns.items():
            box.setTitle(f"{label(status)} ({counts.get(status, 0)})")
            items.clear()
            for card in cards.get(status, []):
                item = QListWidgetItem(f"№{card.id} {card.title}\n{card.territory or ''}".strip())
                item.setData(256, card.id)
                items.addItem(item)

    def titles(self, status: InitiativeStatus) -> list[str]:
        items = self.columns[status][1]
        return [items.item(i).text() for i in range(items.count())]


class InitiativesView(QWidget):
    """The list (or board) with filters on the left, the card on the right."""

    initiative_changed = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, save_dialog: SaveDialog | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "initiativesView", tr("Initiatives"))
        self.ctx = ctx
        self.save_dialog: SaveDialog = save_dialog or ask_save_path
        self.search = named(QLineEdit(self), "initiativeSearch", tr("Search initiatives"))
        self.search.setPlaceholderText(tr("Title or address"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = vocab_combo(
            self, InitiativeStatus, "initiativeStatusFilter", tr("Status"), empty=tr("All statuses")
        )
        self.status_filter.insertItem(1, tr("Open"), "open")
        self.status_filter.insertItem(2, tr("Closed"), "closed")
        self.category_filter = vocab_combo(
            self, Category, "initiativeCategoryFilter", tr("Category"), empty=tr("All categories")
        )
        self.territory_filter = territory_combo(
            self, ctx, "initiativeTerritoryFilter", tr("Territory"), tr("All territories")
        )
        self.staff_filter = named(QComboBox(self), "initiativeStaffFilter", tr("Staff member"))
        self.staff_filter.addItem(tr("All staff"), None)
        for member in staff.list_staff(ctx):
            self.staff_filter.addItem(member.display_name, member.id)
        self.new_button = named(
            QPushButton(tr("&New initiative…"), self), "newInitiativeButton", tr("Create a new initiative")
        )
        self.board_toggle = named(
            QCheckBox(tr("&Board"), self), "boardToggle", tr("Show the board by status")
        )
        self.stories_button = named(
            QPushButton(tr("Success s&tories…"), self),
            "successStoriesButton",
            tr("Export the success stories for the network"),
        )
        self.count_label = named(QLabel(self), "initiativeCount", tr("Number of initiatives found"))
        self.model: LazyTableModel[InitiativeSummary] = LazyTableModel(COLUMNS, self)
        self.table = named(QTableView(self), "initiativesTable", tr("Initiatives found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move between rows
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # fixed widths: sizing to contents would make the lazy model load every row
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        screen_fit.keep_headings(self.table)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)  # a narrow list: the status stays in view
        self.board = BoardView(self)
        self.stack = named(QStackedWidget(self), "initiativeStack", tr("List or board"))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.board)
        self.card = InitiativeCardWidget(ctx, self)

        filters = QGridLayout()  # two by two: in one row the four were cut on a 1024 px screen
        for number, widget in enumerate(
            (self.status_filter, self.category_filter, self.territory_filter, self.staff_filter)
        ):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(FILTER_CHARS)
            filters.addWidget(widget, number // 2, number % 2)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)  # a row of its own: the filters stay readable on a small screen
        left_layout.addLayout(filters)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.board_toggle)
        bottom.addStretch(1)
        bottom.addWidget(self.stories_button)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = split
        split.setObjectName("initiativesSplitter")
        split.addWidget(left)
        split.addWidget(self.card)
        # no explicit minimums: one below a layout's own squeezed its buttons and fields; the rows are
        # arranged so that the layouts' own minimums fit a 1024 px screen
        split.setCollapsible(0, False)
        split.setCollapsible(1, False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([1, 1])  # half and half: the card needs room for its tables
        QVBoxLayout(self).addWidget(split)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        down_moves_into_list(self.search, self._into_list)
        for combo in (self.status_filter, self.category_filter, self.territory_filter, self.staff_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.board_toggle.toggled.connect(self._toggle_board)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        # Enter (activated) or a double click opens the card and moves the keyboard into it
        self.table.activated.connect(self._row_activated)
        self.board.open_requested.connect(self._board_activated)
        self.new_button.clicked.connect(self.new_initiative)
        self.stories_button.clicked.connect(self.export_success_stories)
        self.card.changed.connect(self._card_changed)
        self._set_tab_order()
        self.refresh()

    def _set_tab_order(self) -> None:
        """Filters left to right, the list (or the board's columns), the buttons under it, the card."""
        chain: list[QWidget] = [
            self.search,
            self.status_filter,
            self.category_filter,
            self.territory_filter,
            self.staff_filter,
            self.table,
            *(items for _box, items in self.board.columns.values()),
            self.board_toggle,
            self.stories_button,
            self.new_button,
            self.card.compose_button,
            self.card.edit_button,
            self.card.status_button,
            self.card.tabs,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def current_filter(self) -> InitiativeFilter:
        status = self.status_filter.currentData()
        return InitiativeFilter(
            statuses=[status] if status not in (None, "open", "closed") else None,
            open=True if status == "open" else False if status == "closed" else None,
            category=self.category_filter.currentData(),
            territory_id=self.territory_filter.currentData(),
            staff_id=self.staff_filter.currentData(),
            text=self.search.text(),
        )

    def refresh(self) -> None:
        self.timer.stop()
        f = self.current_filter()
        if self.board_toggle.isChecked():
            counts = initiatives.board_counts(self.ctx, f)
            self.board.show_board(counts, initiatives.board(self.ctx, f, BOARD_PER_STATUS))
            total = sum(counts.values())
        else:
            page = initiatives.list_initiatives(self.ctx, f, limit=1)
            total = page.total
            self.model.reset(
                total,
                lambda offset, limit: (
                    initiatives.list_initiatives(self.ctx, f, offset=offset, limit=limit).items
                ),
            )
        self.count_label.setText(tr("Initiatives: %1").replace("%1", str(total)))

    def _into_list(self) -> None:
        """↓ in the search field: into the list (or the board), on its first row, as in every list."""
        if self.timer.isActive():
            self.refresh()  # the list must show what was typed
        if self.board_toggle.isChecked():
            lists = [items for _box, items in self.board.columns.values() if items.count()]
            if lists:
                lists[0].setFocus()
                lists[0].setCurrentRow(max(0, lists[0].currentRow()))
            return
        if self.model.total:
            self.table.setFocus()
            if self.table.currentIndex().row() < 0:
                self.table.selectRow(0)

    def reload_territories(self) -> None:
        fill_territories(self.territory_filter, self.ctx, tr("All territories"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        """The title stretches over the list's width; where the list is too narrow for every column
        (a 1024 px screen, the card beside it), it gives up width down to TITLE_MIN so that the status,
        the column read with it, is not cut off at the edge («поиск сторо…»)."""
        header = self.table.horizontalHeader()
        seen = self.table.viewport().width()
        number, status = header.sectionSize(0), COLUMN_WIDTHS[2]
        others = sum(header.sectionSize(c) for c in range(3, header.count()) if not header.isSectionHidden(c))
        if seen >= number + COLUMN_WIDTHS[1] + status + others:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            return
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, max(TITLE_MIN, seen - number - status))

    def _toggle_board(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.board if on else self.table)
        # the board's columns need the width: two thirds for it, half and half for the list
        total = sum(self.splitter.sizes())
        left = total * 2 // 3 if on else total // 2
        self.splitter.setSizes([left, total - left])
        self.refresh()

    def _row_changed(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None:
            self.open_initiative(row.id)

    def _row_activated(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        if row is not None:
            self._open_and_enter(row.id)

    def _board_activated(self, initiative_id: int) -> None:
        self._open_and_enter(initiative_id)

    def _open_and_enter(self, initiative_id: int) -> None:
        if self.card.card is None or self.card.card.id != initiative_id:
            self.open_initiative(initiative_id)
        if self.card.card is not None:
            self.card.tabs.setFocus()

    def open_initiative(self, initiative_id: int) -> None:
        try:
            self.card.open(initiative_id)
        except errors.CalError as exc:
            show_error(self, exc)

    def export_success_stories(self) -> None:
        """Every success story up to today, as .xlsx (people) or .json (the network's package)."""
        suggested = str(Path.home() / f"Истории_успеха_{date.today():%Y-%m-%d}.xlsx")
        path = self.save_dialog(
            self,
            tr("Export success stories"),
            suggested,
            tr("Excel workbook (*.xlsx);;JSON for the network (*.json)"),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".xlsx"
        try:
            count = initiatives.export_success_stories(self.ctx, path)
        except errors.CalError as exc:
            show_error(self, exc)
            return
        messages.info(
            self, tr("Success stories exported: %1.\n%2").replace("%1", str(count)).replace("%2", path)
        )

    def new_initiative(self) -> None:
        card = initiative_form.edit_initiative(self.ctx, self)
        if card is not None:
            self.refresh()
            self.card.show_card(card)

    def _card_changed(self, initiative_id: int) -> None:
        self.refresh()
        self.initiative_changed.emit(initiative_id)


__all__ = ["BoardView", "InitiativeCardWidget", "InitiativesView"]
