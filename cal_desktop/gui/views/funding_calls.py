"""«Конкурсы и гранты» (issue 21): the register of funding calls, the soonest closing first, with the days
left; closed ones on request. «New call…» records one; Enter or a double click opens one; Delete removes
one (a coordinator's right, asked first). Calls are few (tens a year): the list is read whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain import clock
from cal_desktop.domain.vocab_referrals import FundingKind
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs import funding_call_form
from cal_desktop.gui.dialogs.initiative_common import named, vocab_combo
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.gui.widgets.row_open import on_open
from cal_desktop.services import funding_calls
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.funding_calls import CallFilter, CallItem


def days_left(call: CallItem) -> str:
    left = call.days_left(clock.today())
    if left < 0:
        return tr("closed")
    if left == 0:
        return tr("today")
    return str(left)


COLUMNS: list[Column[CallItem]] = [
    Column(lambda: tr("Closes"), lambda c: fmt_date(c.closes_on)),
    Column(lambda: tr("Days left"), days_left, align_right=True),
    Column(lambda: tr("Title"), lambda c: c.title, lambda c: c.title),
    Column(lambda: tr("Kind"), lambda c: label(c.kind)),
    Column(lambda: tr("Organiser"), lambda c: c.organiser or "", lambda c: c.organiser or ""),
    Column(lambda: tr("Opens"), lambda c: fmt_date(c.opens_on)),
    Column(lambda: tr("Territory"), lambda c: c.territory or ""),
    Column(lambda: tr("Applications"), lambda c: str(c.applications), align_right=True),
    Column(lambda: tr("Web link"), lambda c: c.link or "", lambda c: c.link or ""),
]
WIDTHS = (95, 80, 260, 190, 190, 95, 130, 80, 200)


class FundingCallsView(QWidget):
    count_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "fundingCallsView", tr("Funding calls and contests"))
        self.ctx = ctx
        self.items: list[CallItem] = []
        self.text = named(QLineEdit(self), "callsText", tr("Search in title and organiser"))
        self.text.setPlaceholderText(tr("Title, organiser…"))
        self.text.setClearButtonEnabled(True)
        self.kind = vocab_combo(self, FundingKind, "callsKind", tr("Kind"), empty=tr("All kinds"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        self.closed = named(QCheckBox(tr("Show closed"), self), "callsShowClosed", tr("Show closed calls"))
        self.count_label = named(QLabel(self), "callsCount", tr("Found"))
        self.new_button = named(QPushButton(tr("&New call…"), self), "newCallButton", tr("Record a funding call"))
        self.delete_button = named(QPushButton(tr("Delete"), self), "deleteCallButton", tr("Delete the call"))
        self.new_button.clicked.connect(self.new_call)
        self.delete_button.clicked.connect(self.delete_current)
        self.model: LazyTableModel[CallItem] = LazyTableModel(COLUMNS, self)
        self.table = named(QTableView(self), "callsTable", tr("Funding calls list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(WIDTHS):
            header.resizeSection(col, width)
        on_open(self.table, self.open_row)
        self.table.installEventFilter(self)  # Delete on the list deletes the current call (asked first)
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.kind)
        top.addWidget(self.closed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        screen_fit.keep_headings(self.table)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda *_: self.timer.start())
        self.kind.currentIndexChanged.connect(lambda *_: self.timer.start())
        self.closed.toggled.connect(lambda *_: self.reload())
        self.reload()

    def current_filter(self) -> CallFilter:
        return CallFilter(text=self.text.text().strip() or None, kind=self.kind.currentData(),
                          open_only=not self.closed.isChecked())  # fmt: skip

    def reload(self) -> None:
        self.timer.stop()
        before = self.current() if hasattr(self, "table") else None
        self.items = list(funding_calls.list_calls(self.ctx, self.current_filter()).items)
        items = self.items
        self.model.reset(len(items), lambda offset, limit: items[offset : offset + limit])
        ids = [c.id for c in items]
        if before is not None and before.id in ids:  # the call just edited stays the current row
            self.table.setCurrentIndex(self.model.index(ids.index(before.id), 0))
        self.count_label.setText(tr("Found: %1").replace("%1", str(len(items))))
        self.delete_button.setEnabled(bool(items))
        self.count_changed.emit(len(items))

    refresh = reload

    def current(self) -> CallItem | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_row(self, row_number: int) -> None:
        call = self.model.row(row_number)
        if call is not None and funding_call_form.edit_call(self.ctx, self, call.id):
            self.reload()

    def new_call(self) -> None:
        if funding_call_form.edit_call(self.ctx, self, None):
            self.reload()

    def delete_current(self) -> None:
        call = self.current()
        if call is None:
            return
        question = tr("Delete the call «%1» with its applications and reminders?").replace("%1", call.title)
        if messages.ask(self, question, [tr("Delete")], tr("Delete the call"), destructive=True) != 0:
            return
        try:
            funding_calls.delete_call(self.ctx, call.id)
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()
