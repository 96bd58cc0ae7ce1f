"""The audit log (coordinators and administrators): who did what and when, filtered by period, staff
member, action and kind of record. The list is paged from SQL (``LazyTableModel``), newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_datetime, from_qdate, to_qdate
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.gui.views.audit_labels import ENTITY_LABELS, DetailWords, action_label, details_text
from cal_desktop.services import audit, staff
from cal_desktop.services.audit import ACTION_LABELS, AuditFilter, AuditRow
from cal_desktop.services.context import ServiceContext

__all__ = ["DEFAULT_DAYS", "ENTITY_LABELS", "AuditView", "details_text"]

DEFAULT_DAYS = 30


COLUMNS: list[Column[AuditRow]] = [
    Column(lambda: tr("When"), lambda r: fmt_datetime(r.at)),
    Column(lambda: tr("Staff member"), lambda r: r.staff_name or tr("the program")),
    Column(lambda: tr("Action"), lambda r: action_label(r.action)),
    Column(lambda: tr("Record"), lambda r: ENTITY_LABELS.get(r.entity, r.entity)),
    Column(lambda: tr("No."), lambda r: "" if r.entity_id is None else str(r.entity_id), align_right=True),
]


def _columns(words: DetailWords) -> list[Column[AuditRow]]:
    """The columns; the details read with this database's words (template titles)."""
    return [
        *COLUMNS,
        Column(lambda: tr("Details"), lambda r: words.text(r), lambda r: words.text(r)),
    ]


class AuditView(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setAccessibleName(tr("Audit log"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        if ctx.actor.role is Role.STAFF:
            note = QLabel(tr("The audit log is open to coordinators and administrators."), self)
            note.setObjectName("coordinatorOnlyNote")
            layout.addWidget(note)
            layout.addStretch(1)
            self.model: LazyTableModel[AuditRow] | None = None
            return
        layout.addLayout(self._filters())
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        layout.addWidget(self.count)
        self.words = DetailWords.of(ctx)
        self.model = LazyTableModel(_columns(self.words), self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(tr("Audit log entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(len(COLUMNS), QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((130, 220, 150, 150, 60)):  # the details take the rest
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.apply()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        today = clock.today()
        self.date_from = QDateEdit(to_qdate(today - timedelta(days=DEFAULT_DAYS)), self)
        self.date_to = QDateEdit(to_qdate(today), self)
        for edit, name, accessible in (
            (self.date_from, "dateFromEdit", tr("From")),
            (self.date_to, "dateToEdit", tr("To")),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.apply)
        self.staff_combo = self._combo("staffCombo", tr("Staff member"), tr("everyone"))
        try:
            for member in staff.list_staff(self.ctx):
                self.staff_combo.addItem(member.display_name, member.id)
        except errors.CalError as exc:
            show_error(self, exc)
        self.action_combo = self._combo("actionCombo", tr("Action"), tr("any action"))
        for code, label in sorted(ACTION_LABELS.items(), key=lambda kv: kv[1]):
            self.action_combo.addItem(label, code)
        self.entity_combo = self._combo("entityCombo", tr("Record"), tr("any record"))
        for code, label in sorted(ENTITY_LABELS.items(), key=lambda kv: kv[1]):
            self.entity_combo.addItem(label, code)
        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("—", self))
        period.addWidget(self.date_to)
        period_label = QLabel(tr("&Period:"), self)
        period_label.setBuddy(self.date_from)
        form.addRow(period_label, period)
        form.addRow(tr("&Staff member:"), self.staff_combo)
        right = QFormLayout()
        right.addRow(tr("&Action:"), self.action_combo)
        right.addRow(tr("&Record:"), self.entity_combo)
        reset = QPushButton(tr("Reset filters"), self)
        reset.setObjectName("resetFiltersButton")
        reset.clicked.connect(self.reset_filters)
        row.addLayout(form)
        row.addLayout(right)
        row.addWidget(reset)
        row.addStretch(1)
        for combo in (self.staff_combo, self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(self.apply)
        return row

    def _combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(18)
        return combo

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            date_from=from_qdate(self.date_from.date()),
            date_to=from_qdate(self.date_to.date()),
            staff_id=self.staff_combo.currentData(),
            action=self.action_combo.currentData(),
            entity=self.entity_combo.currentData(),
        )

    def reset_filters(self) -> None:
        today = clock.today()
        for combo in (self.staff_combo, self.action_combo, self.entity_combo):
            combo.setCurrentIndex(0)
        self.date_from.setDate(to_qdate(today - timedelta(days=DEFAULT_DAYS)))
        self.date_to.setDate(to_qdate(today))
        self.apply()

    def apply(self) -> None:
        """Run the query: the first page now (for the count), the rest as the list scrolls."""
        if self.model is None:
            return
        flt = self.current_filter()
        try:
            first = audit.list_audit(self.ctx, flt, 0, 1)
        except errors.CalError as exc:
            show_error(self, exc)
            return

        def fetch(offset: int, limit: int) -> Sequence[AuditRow]:
            return audit.list_audit(self.ctx, flt, offset, limit).items

        self.model.reset(first.total, fetch)
        self.count.setText(tr("Entries: {n}").format(n=first.total))
