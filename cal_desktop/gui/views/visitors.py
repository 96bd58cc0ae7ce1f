"""Visitors: search as you type (name, phone, e-mail), the result list and the visitor card with
contacts, consent and the history of consultations and initiatives."""

from __future__ import annotations

import time
from functools import lru_cache

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain.vocab import Channel, InitiativeStatus, MemberRole, Outcome, Role, Topic
from cal_desktop.gui.formatting import fmt_date, format_phone
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label_of
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.gui.widgets.search_keys import down_moves_into_list
from cal_desktop.services import audit, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorSummary

# Search at once: a search takes a few milliseconds at 100,000 visitors, and a zero timer still folds
# keystrokes already waiting into one search of the latest text (stale results are never shown).
DEBOUNCE_MS = 0
MIN_CHARS = 1  # a first letter already searches surnames (services.visitors.search_ready)
SEARCH_LIMIT = 50  # the first page; typing more narrows it (the count says so)

# The list repaints at every keystroke and asks for each cell several times; parsing a phone number
# (phonenumbers) was a third of the cost of showing the results, so each number is formatted once.
_phone_text = lru_cache(maxsize=4096)(format_phone)

COLUMNS: list[Column[VisitorSummary]] = [
    Column(lambda: tr("Name"), lambda v: v.full_name),
    Column(lambda: tr("Phone"), lambda v: _phone_text(v.phone)),
    Column(lambda: tr("E-mail"), lambda v: v.email or ""),
    Column(lambda: tr("Birth date"), lambda v: fmt_date(v.birth_date)),
    Column(lambda: tr("Territory"), lambda v: v.territory or ""),
]


class VisitorCard(QWidget):
    """Read-only card of one visitor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitorCard")
        self.setAccessibleName(tr("Visitor card"))
        self.title = QLabel(self)
        self.title.setObjectName("visitorCardTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("phone", tr("Phone:")),
            ("email", tr("E-mail:")),
            ("birth", tr("Birth date:")),
            ("address", tr("Address:")),
            ("territory", tr("Territory:")),
            ("consent", tr("Consent:")),
            ("notes", tr("Notes:")),
        ):
            value = QLabel(self)
            value.setObjectName(f"visitorCard_{key}")
            value.setAccessibleName(caption.rstrip(":"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.values[key] = value
        self.consultations = _table(
            self,
            "visitorConsultations",
            tr("Consultations of the visitor"),
            [tr("Date"), tr("Channel"), tr("Topics"), tr("Outcome"), tr("Summary")],
        )
        self.initiatives = _table(
            self,
            "visitorInitiatives",
            tr("Initiatives of the visitor"),
            [tr("No."), tr("Title"), tr("Status"), tr("Role")],
        )
        self.consultations_box = QGroupBox(tr("Consultations"), self)
        QVBoxLayout(self.consultations_box).addWidget(self.consultations)
        self.initiatives_box = QGroupBox(tr("Initiatives"), self)
        QVBoxLayout(self.initiatives_box).addWidget(self.initiatives)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.consultations_box, 2)
        layout.addWidget(self.initiatives_box, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.title.setText(tr("Choose a visitor in the list"))
        for value in self.values.values():
            value.clear()
        self.consultations.setRowCount(0)
        self.initiatives.setRowCount(0)

    def show_visitor(self, v: visitors.VisitorDTO, history: visitors.VisitorHistory) -> None:
        self.title.setText(v.full_name + (tr(" (data erased)") if v.anonymised else ""))
        self.values["phone"].setText(format_phone(v.phone) or "—")
        self.values["email"].setText(v.email or "—")
        self.values["birth"].setText(fmt_date(v.birth_date) or "—")
        self.values["address"].setText(v.address or "—")
        self.values["territory"].setText(v.territory or "—")
        if v.consent_withdrawn_date:
            consent = tr("withdrawn on %1").replace("%1", fmt_date(v.consent_withdrawn_date))
            if v.consent_date:
                consent = tr("given on %1").replace("%1", fmt_date(v.consent_date)) + ", " + consent
        elif v.consent_date:
            consent = tr("given on %1").replace("%1", fmt_date(v.consent_date))
        else:
            consent = tr("not recorded")
        self.values["consent"].setText(consent)
        self.values["notes"].setText(v.notes or "—")
        self.consultations_box.setTitle(
            tr("Consultations: %1").replace("%1", str(history.consultations_total))
        )
        self.consultations.setRowCount(len(history.consultations))
        for row, c in enumerate(history.consultations):
            cells = [
                fmt_date(c.occurred_on),
                label_of(Channel, c.channel),
                "; ".join(label_of(Topic, t) for t in c.topics),
                label_of(Outcome, c.outcome),
                " ".join((c.summary or "").split())[:200],
            ]
            for col, text in enumerate(cells):
                self.consultations.setItem(row, col, QTableWidgetItem(text))
        for col, width in enumerate((85, 110, 200, 170)):
            self.consultations.setColumnWidth(col, width)
        self.initiatives_box.setTitle(tr("Initiatives: %1").replace("%1", str(len(history.initiatives))))
        self.initiatives.setRowCount(len(history.initiatives))
        for row, i in enumerate(history.initiatives):
            cells = [str(i.id), i.title, label_of(InitiativeStatus, i.status), label_of(MemberRole, i.role)]
            for col, text in enumerate(cells):
                self.initiatives.setItem(row, col, QTableWidgetItem(text))
        for col, width in enumerate((50, 260, 150)):
            self.initiatives.setColumnWidth(col, width)


def _table(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class VisitorsView(QWidget):
    consultation_requested = Signal(int)  # visitor id: log a consultation with this visitor

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitorsView")
        self.setAccessibleName(tr("Visitors"))
        self.ctx = ctx
        self.current_id: int | None = None
        self.last_search_ms = 0.0
        self.search = QLineEdit(self)
        self.search.setObjectName("visitorSearchEdit")
        self.search.setAccessibleName(tr("Search visitors"))
        self.search.setPlaceholderText(tr("Search by name, phone or e-mail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(tr("&New visitor…"), self)
        self.new_button.setObjectName("newVisitorButton")
        self.new_button.setAccessibleName(tr("Create a new visitor"))
        self.duplicates_button = QPushButton(tr("D&uplicates…"), self)  # issue 15.5: coordinators merge
        self.duplicates_button.setObjectName("visitorDuplicatesButton")
        self.duplicates_button.setAccessibleName(tr("Likely duplicates and merging"))
        self.duplicates_button.setVisible(ctx.actor.role in (Role.COORDINATOR, Role.ADMIN))
        self.edit_button = QPushButton(tr("&Edit…"), self)
        self.edit_button.setObjectName("editVisitorButton")
        self.edit_button.setAccessibleName(tr("Edit the selected visitor"))
        self.consult_button = QPushButton(tr("&Log a consultation"), self)
        self.consult_button.setObjectName("consultVisitorButton")
        self.consult_button.setAccessibleName(tr("Log a consultation with the selected visitor"))
        self.document_button = QPushButton(tr("&Document…"), self)
        self.document_button.setObjectName("visitorDocumentButton")
        self.document_button.setAccessibleName(tr("Prepare a document for the selected visitor"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("visitorCountLabel")
        self.count_label.setAccessibleName(tr("Number of visitors found"))
        self.model: LazyTableModel[VisitorSummary] = LazyTableModel(COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("visitorsTable")
        self.table.setAccessibleName(tr("Visitors found"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 250), (1, 140), (2, 180), (3, 115), (4, 130)):
            self.table.horizontalHeader().resizeSection(col, width)
        self.card = VisitorCard(self)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("visitorsSplitter")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.duplicates_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.consult_button)
        bottom.addWidget(self.document_button)
        left_layout.addLayout(bottom)
        self.split.addWidget(left)
        self.split.addWidget(self.card)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(self.split)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        # the card (with the visitor's history) follows the list a moment later, so typing stays quick
        self.card_timer = QTimer(self)
        self.card_timer.setSingleShot(True)
        self.card_timer.setInterval(80)
        self.card_timer.timeout.connect(self._load_card)
        self.pending_row = -1
        self.search.textEdited.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._enter_in_search)
        down_moves_into_list(self.search, self._enter_in_search)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_row(cur.row()))
        self.table.activated.connect(lambda _i: self.edit_current())
        self.new_button.clicked.connect(self.new_visitor)
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.edit_button.clicked.connect(self.edit_current)
        self.consult_button.clicked.connect(self._consult)
        self.document_button.clicked.connect(self.open_document)
        self.run_search()

    def run_search(self) -> None:
        """Search now (the debounce timer calls this); an empty query lists every visitor lazily."""
        self.timer.stop()
        started = time.perf_counter()
        query = self.search.text().strip()
        ctx = self.ctx
        if query and not visitors.search_ready(query):
            self.count_label.setText(tr("Type at least three characters to search."))
            self.last_search_ms = (time.perf_counter() - started) * 1000
            return
        found: list[VisitorSummary] = []
        if query:
            found = visitors.search_visitors(ctx, query, SEARCH_LIMIT)
            self.model.reset(len(found), lambda offset, limit: found[offset : offset + limit])
            if len(found) >= SEARCH_LIMIT:
                self.count_label.setText(
                    tr("The first %1 found; type more to narrow the search.").replace("%1", str(SEARCH_LIMIT))
                )
            else:
                self.count_label.setText(tr("Found: %1").replace("%1", str(len(found))))
        else:
            total = visitors.list_visitors(ctx, limit=0).total
            self.model.reset(
                total, lambda offset, limit: visitors.list_visitors(ctx, offset=offset, limit=limit).items
            )
            self.count_label.setText(tr("Visitors in the base: %1").replace("%1", str(total)))
        # Nobody's card opens by itself: opening one is a look at personal data, logged as such
        # (152-FZ), so only the user's choice of a row opens it. The person already open stays.
        self.card_timer.stop()
        kept = self._row_of(self.current_id, len(found)) if query else None
        if kept is not None:
            self.table.selectRow(kept)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self.current_id = None
            self.card.show_nothing()
        if query and not self.model.total:
            self.count_label.setText(tr("Nobody found. Ctrl+Shift+N creates a new visitor."))
        self.last_search_ms = (time.perf_counter() - started) * 1000

    def _row_of(self, visitor_id: int | None, rows: int) -> int | None:
        """The row of this visitor among the first ``rows`` (already fetched), if there."""
        if visitor_id is None:
            return None
        for number in range(rows):
            row = self.model.row(number)
            if row is not None and row.id == visitor_id:
                return number
        return None

    def _enter_in_search(self) -> None:
        """Enter (or ↓) in the search field: into the list, on the first person (the user's choice)."""
        self.run_search()
        if self.model.total:
            self.table.setFocus()
            if self.table.currentIndex().row() < 0:
                self.table.selectRow(0)

    def _show_row(self, row_number: int) -> None:
        if row_number < 0:  # the selection was cleared: no row, never «the last one»
            return
        self.pending_row = row_number
        self.card_timer.start()

    def _load_card(self) -> None:
        row = self.model.row(self.pending_row)
        if row is not None and row.id != self.current_id:
            self.show_visitor(row.id)

    def show_visitor(self, visitor_id: int) -> None:
        self.card_timer.stop()
        self.current_id = visitor_id
        self.card.show_visitor(
            visitors.get_visitor(self.ctx, visitor_id), visitors.visitor_history(self.ctx, visitor_id)
        )
        audit.record_view(self.ctx, "visitor", visitor_id)  # who looked at a person's full card (152-FZ)

    def new_visitor(self) -> None:
        from cal_desktop.gui.dialogs.visitor_dialog import edit_visitor

        visitor_id = edit_visitor(self.ctx, self, None, self.search.text())
        if visitor_id is not None:
            self.open_visitor(visitor_id)

    def open_visitor(self, visitor_id: int) -> None:
        """Show this visitor: searched by name so the list holds them, with the card filled."""
        v = visitors.get_visitor(self.ctx, visitor_id)
        self.search.setText(v.full_name)
        self.run_search()
        for number in range(self.model.total):
            row = self.model.row(number)
            if row is not None and row.id == visitor_id:
                self.table.selectRow(number)
                break
        self.show_visitor(visitor_id)

    def open_duplicates(self) -> None:
        from cal_desktop.gui.dialogs.visitor_duplicates import open_duplicates

        if open_duplicates(self.ctx, self):  # a record was merged away or came back
            self.current_id = None
            self.run_search()

    def edit_current(self) -> None:
        from cal_desktop.gui.dialogs.visitor_dialog import edit_visitor

        if self.current_id is None:
            return
        if edit_visitor(self.ctx, self, self.current_id) is not None:
            self.open_visitor(self.current_id)

    def _consult(self) -> None:
        if self.current_id is not None:
            self.consultation_requested.emit(self.current_id)

    def open_document(self) -> None:
        """A document for this visitor without an initiative (issue 13 item 10): their consent first."""
        from cal_desktop.gui.dialogs import document_dialogs

        if self.current_id is not None:
            document_dialogs.open_editor(self, self.ctx, None, "pd_consent", visitor_id=self.current_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.run_search()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("visitors/split", self.split.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("visitors/split")
        if state is not None:
            self.split.restoreState(state)
