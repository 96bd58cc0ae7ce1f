"""«Мероприятия» (issue 16): the centre's meetings and events with filters by period, kind, territory
and text, over a lazy table. «New…» records one; Enter or a double click opens one to edit.

Plugging in: ``EventsView(ctx)``; ``refresh()`` reloads; ``show_initiative(id)`` narrows the list to
one initiative's events (the initiative card's button).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain import clock
from cal_desktop.domain.vocab import EventKind
from cal_desktop.gui import screen_fit
from cal_desktop.gui.dialogs import event_documents, event_form
from cal_desktop.gui.dialogs.initiative_common import named, territory_combo, vocab_combo
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_date, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.gui.views.consultations import PERIODS, _period_label, period_range
from cal_desktop.gui.widgets.row_open import on_open
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import events_query
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events_query import EventFilter, EventRow


def _short(text: str | None, n: int = 80) -> str:
    one = " ".join((text or "").split())
    return one if len(one) <= n else one[: n - 1] + "…"


def _when(r: EventRow) -> str:
    return fmt_date(r.held_on) + (f" {r.start_time:%H:%M}" if r.start_time else "")


COLUMNS: list[Column[EventRow]] = [
    Column(lambda: tr("Date"), _when),
    Column(lambda: tr("Kind"), lambda r: label(r.kind)),
    Column(lambda: tr("Subject"), lambda r: r.title or "", lambda r: r.title or ""),
    Column(lambda: tr("Place"), lambda r: _short(r.place, 60), lambda r: r.place or ""),
    Column(lambda: tr("Territory"), lambda r: r.territory or ""),
    Column(lambda: tr("Participants"), lambda r: str(r.participants), align_right=True),
    Column(lambda: tr("Initiatives"), lambda r: _short(r.initiatives), lambda r: r.initiatives),
    Column(lambda: tr("Organiser"), lambda r: r.organiser or ""),
    Column(lambda: tr("Decisions"), lambda r: _short(r.decisions), lambda r: r.decisions or ""),
]
WIDTHS = (125, 170, 220, 180, 130, 90, 200, 160, 260)


class EventsView(QWidget):
    count_changed = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, default_period: str = "all"
    ) -> None:
        super().__init__(parent)
        named(self, "eventsView", tr("Meetings and events"))
        self.ctx = ctx
        self.generation = 0
        self.loading = False
        self.initiative_id: int | None = None
        self.default_period = default_period
        self._build_filters()
        self.model: LazyTableModel[EventRow] = LazyTableModel(COLUMNS, self)
        self.table = named(QTableView(self), "eventsTable", tr("Meetings and events list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)  # as the other lists: more rows on a laptop
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(WIDTHS):
            header.resizeSection(col, width)
        on_open(self.table, self.open_row)
        event_documents.add_row_menu(self)  # a row's minutes, attendance sheet, announcement
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_rows[0])
        layout.addLayout(self.filter_rows[1])
        layout.addWidget(self.table, 1)
        screen_fit.keep_headings(self.table)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reload)
        self.period.setCurrentIndex(PERIODS.index(default_period))
        self._period_changed()

    def _build_filters(self) -> None:
        self.period = named(QComboBox(self), "eventsPeriod", tr("Period"))
        for key in PERIODS:
            self.period.addItem(_period_label(key), key)
        self.date_from = self._date_edit("eventsDateFrom", tr("From"))
        self.date_to = self._date_edit("eventsDateTo", tr("To"))
        self.kind = vocab_combo(self, EventKind, "eventsKind", tr("Kind"), empty=tr("All kinds"))
        self.territory = territory_combo(
            self, self.ctx, "eventsTerritory", tr("Territory"), tr("All territories")
        )
        for combo in (self.kind, self.territory):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda *_: self.timer.start())
        self.text = named(QLineEdit(self), "eventsText", tr("Search in subject, place and decisions"))
        self.text.setPlaceholderText(tr("Subject, place, decisions…"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(lambda *_: self.timer.start())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self.initiative_note = named(QLabel(self), "eventsInitiativeNote", tr("Initiative shown"))
        self.initiative_note.hide()
        self.reset = named(QPushButton(tr("Reset"), self), "eventsReset", tr("Reset the filters"))
        self.reset.clicked.connect(self.reset_filters)
        self.new_button = named(
            QPushButton(tr("&New meeting or event…"), self), "newEventButton", tr("Record a meeting or event")
        )
        self.new_button.clicked.connect(self.new_event)
        self.count_label = named(QLabel(self), "eventsCount", tr("Found"))
        first = QHBoxLayout()
        for w in (self.period, self.date_from, self.date_to, self.kind, self.territory):
            first.addWidget(w)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.text, 1)
        second.addWidget(self.initiative_note)
        second.addWidget(self.reset)
        second.addWidget(self.count_label)
        second.addWidget(self.new_button)
        self.filter_rows: tuple[QHBoxLayout, QHBoxLayout] = (first, second)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = named(QDateEdit(self), name, accessible)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    # ---------------------------------------------------------------------------------------- filters

    def _period_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:
            start, end = period_range(key, clock.today())
            self._setting_dates = True
            self.date_from.setDate(to_qdate(start) if start else QDate(2000, 1, 1))
            self.date_to.setDate(to_qdate(end or clock.today()))
            self._setting_dates = False
        self.timer.start()

    def _dates_edited(self) -> None:
        if not getattr(self, "_setting_dates", False):
            self.timer.start()

    def reset_filters(self) -> None:
        self.kind.setCurrentIndex(0)
        self.territory.setCurrentIndex(0)
        self.text.clear()
        self.show_initiative(None)
        self.period.setCurrentIndex(PERIODS.index(self.default_period))
        self.timer.start()

    def show_initiative(self, initiative_id: int | None, title: str = "") -> None:
        """Only the events of this initiative (None: all)."""
        self.initiative_id = initiative_id
        self.initiative_note.setText(tr("Initiative: %1").replace("%1", title) if initiative_id else "")
        self.initiative_note.setVisible(initiative_id is not None)
        self.timer.start()

    def current_filter(self) -> EventFilter:
        key = self.period.currentData()
        if key == "custom":
            start: date | None = from_qdate(self.date_from.date())
            end: date | None = from_qdate(self.date_to.date())
        elif key == "all":
            start, end = None, None  # planned meetings (in the future) are listed too
        else:
            start, end = period_range(key, clock.today())
        return EventFilter(
            date_from=start,
            date_to=end,
            kind=self.kind.currentData(),
            territory_id=self.territory.currentData(),
            initiative_id=self.initiative_id,
            text=self.text.text().strip() or None,
        )

    # ---------------------------------------------------------------------------------------- loading

    def reload(self) -> None:
        """Run the filtered query in the background; the newest request wins."""
        self.timer.stop()
        self.generation += 1
        generation = self.generation
        f = self.current_filter()
        self.loading = True
        self.count_label.setText(tr("Searching…"))
        ctx = self.ctx
        run_in_background(
            self,
            lambda progress, cancelled: events_query.event_ids(ctx, f),
            lambda ids: self._show(generation, ids),
            tr("Loading meetings and events…"),
        )

    refresh = reload

    def _show(self, generation: int, ids: list[int]) -> None:
        if generation != self.generation:
            return
        ctx = self.ctx
        self.model.reset(
            len(ids), lambda offset, limit: events_query.event_rows(ctx, ids[offset : offset + limit])
        )
        self.count_label.setText(tr("Found: %1").replace("%1", str(len(ids))))
        self.loading = False
        self.count_changed.emit(len(ids))

    def open_row(self, row_number: int) -> None:
        row = self.model.row(row_number)
        if row is not None and event_form.edit_event(self.ctx, self, row.id):
            self.reload()

    def new_event(self) -> None:
        if event_form.edit_event(self.ctx, self, None, self.initiative_id):
            self.reload()

    def focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()
