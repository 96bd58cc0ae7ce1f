"""The working calendar's corrections (DOMAIN.md A2 rule 3): add a regional day off or restore a working
day, remove a correction. Every change recomputes the due dates of the appeals it can move, and says
how many moved. Coordinators and administrators only (the service checks the role).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.errors import CalError
from cal_desktop.gui import messages
from cal_desktop.gui.dialogs.appeal_events import date_edit
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date, from_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.services import calendar
from cal_desktop.services.calendar import OverrideDTO
from cal_desktop.services.context import ServiceContext


class CalendarOverridesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[OverrideDTO] = []
        self.setObjectName("calendarOverridesDialog")
        self.setWindowTitle(tr("Working calendar corrections"))
        self.setAccessibleName(tr("Working calendar corrections"))
        intro = QLabel(
            tr(
                "Public holidays and the government's transfers of days off come from the calendar built "
                "into the program. Add regional days off here, or correct a day."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("overridesTable")
        self.table.setAccessibleName(tr("Calendar corrections"))
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Day"), tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day_edit = date_edit(self, "overrideDateEdit", tr("Date"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("overrideKindCombo")
        self.kind_combo.setAccessibleName(tr("Day"))
        self.kind_combo.addItem(tr("day off"), True)
        self.kind_combo.addItem(tr("working day"), False)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("overrideNoteEdit")
        self.note_edit.setAccessibleName(tr("Note"))
        self.note_edit.setPlaceholderText(tr("e.g. a regional holiday"))
        add = QPushButton(tr("&Add"), self)
        add.setObjectName("addOverrideButton")
        add.setAccessibleName(tr("Add the correction"))
        add.clicked.connect(self.add)
        remove = QPushButton(tr("&Remove"), self)
        remove.setObjectName("removeOverrideButton")
        remove.setAccessibleName(tr("Remove the selected correction"))
        remove.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        for w in (self.day_edit, self.kind_combo):
            entry.addWidget(w)
        entry.addWidget(self.note_edit, 1)
        entry.addWidget(add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        bottom = QHBoxLayout()
        bottom.addWidget(remove)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        self.rows = calendar.list_overrides(self.ctx)
        self.table.setRowCount(len(self.rows))
        for i, o in enumerate(self.rows):
            kind = tr("day off") if o.is_day_off else tr("working day")
            for col, text in enumerate((fmt_date(o.day), kind, o.note or "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, o.day.isoformat())
                self.table.setItem(i, col, item)

    def add(self) -> bool:
        try:
            change = calendar.set_override(
                self.ctx,
                from_qdate(self.day_edit.date()),
                bool(self.kind_combo.currentData()),
                self.note_edit.text(),
            )
        except CalError as exc:
            show_error(self, exc)
            return False
        self.note_edit.clear()
        self.reload()
        self._report(change.appeals_recomputed)
        return True

    def remove_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return False
        try:
            change = calendar.remove_override(self.ctx, self.rows[row].day)
        except CalError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self._report(change.appeals_recomputed)
        return True

    def _report(self, moved: int) -> None:
        if moved:
            messages.info(self, tr("Due dates recalculated for appeals: %1").replace("%1", str(moved)))
