"""Follow-ups from a meeting's decisions (issue 16.1): one row per decision as written in the event, each
with a tick, an owner and a due date; «Create follow-ups» makes one follow-up per ticked row (all or
none). The follow-ups already made from this event are listed below.

``open_decisions(ctx, parent, event_id, decisions)`` returns how many follow-ups were made; tests
replace it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain import clock
from cal_desktop.gui import screen_fit
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, named
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_date, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.services import events_followups, staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events_followups import DecisionTask

DEFAULT_DAYS = 7  # a decision's follow-up is due a week after the meeting unless set otherwise


class DecisionsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, event_id: int, decisions: str, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "eventDecisionsDialog", tr("Follow-ups from decisions"))
        self.setWindowTitle(tr("Follow-ups from the decisions"))
        self.ctx = ctx
        self.event_id = event_id
        self.created = 0
        self.people = [(tr("me"), None)] + [(p.display_name, p.id) for p in staff.list_staff(ctx)]
        intro = QLabel(tr("Tick the decisions someone has to act on, then choose who and by when."), self)
        intro.setWordWrap(True)
        self.table = named(QTableWidget(0, 3, self), "decisionsTable", tr("Decisions"))
        self.table.setHorizontalHeaderLabels([tr("Decision"), tr("Who"), tr("Due")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 120)
        self.table.horizontalHeader().setSectionResizeMode(0, self.table.horizontalHeader().ResizeMode.Stretch)
        for line in events_followups.decision_lines(decisions):
            self.add_row(line)
        add = named(QPushButton(tr("&Add a row"), self), "decisionsAddRow", tr("Add a decision"))
        add.clicked.connect(lambda: self.add_row("", checked=True))
        done = events_followups.event_follow_ups(ctx, event_id)
        self.made = named(QLabel(self), "decisionsMade", tr("Follow-ups already made"))
        self.made.setWordWrap(True)
        if done:
            listed = "; ".join(f"{f.title} ({f.owner_name or '—'}, {fmt_date(f.due_on)})" for f in done)
            self.made.setText(tr("Already made: %1").replace("%1", listed))
        self.error = ErrorLine(self, "decisionsError")
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(tr("Create follow-ups"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("decisionsCreate")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.made)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        screen_fit.resize_within(self, 720, 420)

    def add_row(self, text: str, checked: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, item)
        who = QComboBox(self.table)
        who.setAccessibleName(tr("Who acts on decision %1").replace("%1", str(row + 1)))
        for name, staff_id in self.people:
            who.addItem(name, staff_id)
        self.table.setCellWidget(row, 1, who)
        due = QDateEdit(self.table)
        due.setAccessibleName(tr("Due date of decision %1").replace("%1", str(row + 1)))
        due.setDisplayFormat(DATE_FORMAT)
        due.setCalendarPopup(True)
        due.setDate(to_qdate(clock.today() + timedelta(days=DEFAULT_DAYS)))
        self.table.setCellWidget(row, 2, due)
        if checked:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(item)

    def tasks(self) -> list[DecisionTask]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            who = self.table.cellWidget(row, 1)
            due = self.table.cellWidget(row, 2)
            assert isinstance(who, QComboBox) and isinstance(due, QDateEdit)
            out.append(DecisionTask(item.text(), who.currentData(), from_qdate(due.date())))
        return out

    def accept(self) -> None:
        try:
            self.created = len(events_followups.create_follow_ups(self.ctx, self.event_id, self.tasks()))
        except errors.CalError as exc:
            self.error.show_error(exc)
            return
        super().accept()


def open_decisions(ctx: ServiceContext, parent: QWidget | None, event_id: int, decisions: str) -> int:
    dialog = DecisionsDialog(ctx, event_id, decisions, parent)
    dialog.exec()
    return dialog.created
