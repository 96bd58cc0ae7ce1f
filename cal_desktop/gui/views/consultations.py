"""All consultations: filters by period, staff member, channel, topic, outcome and text, over a lazy
table (ids of the whole result, rows loaded in pages). Enter or a double click opens one to edit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Channel, Outcome, Topic
from cal_desktop.gui import screen_fit
from cal_desktop.gui.formatting import fmt_date, fmt_datetime, from_qdate, to_qdate
from cal_desktop.gui.forms.ui_consultation_filter import Ui_ConsultationFilter
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.models.lazy_table import Column, Keyset, LazyTableModel
from cal_desktop.gui.widgets.row_open import on_open
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import consultations, staff
from cal_desktop.services.consultations import ConsultationFilter, ConsultationRow
from cal_desktop.services.context import ServiceContext


def _short(text: str | None, n: int = 90) -> str:
    one = " ".join((text or "").split())
    return one if len(one) <= n else one[: n - 1] + "…"


COLUMNS: list[Column[ConsultationRow]] = [
    Column(lambda: tr("Date"), lambda r: fmt_datetime(r.occurred_at)),
    Column(lambda: tr("Visitor"), lambda r: r.visitor_name or tr("anonymous")),
    Column(lambda: tr("Channel"), lambda r: label(r.channel)),
    Column(
        lambda: tr("Topics"),
        lambda r: "; ".join(label(t) for t in r.topics),
        lambda r: "\n".join(label(t) for t in r.topics),
    ),
    Column(lambda: tr("Outcome"), lambda r: label(r.outcome)),
    Column(lambda: tr("Staff"), lambda r: r.staff_name or ""),
    Column(lambda: tr("Summary"), lambda r: _short(r.summary), lambda r: r.summary or ""),
    Column(lambda: tr("Follow-up"), lambda r: fmt_date(r.follow_up_date)),
]

PERIODS = ["all", "today", "week", "month", "30days", "year", "custom"]


def _period_label(key: str) -> str:
    return {
        "all": tr("All time"),
        "today": tr("Today"),
        "week": tr("This week"),
        "month": tr("This month"),
        "30days": tr("Last 30 days"),
        "year": tr("This year"),
        "custom": tr("Dates…"),
    }[key]


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    if key == "today":
        return today, today
    if key == "week":
        return today - timedelta(days=today.weekday()), today
    if key == "month":
        return today.replace(day=1), today
    if key == "30days":
        return today - timedelta(days=29), today
    if key == "year":
        return today.replace(month=1, day=1), today
    return None, None


class ConsultationsView(QWidget):
    count_changed = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, default_period: str = "30days"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultationsView")
        self.setAccessibleName(tr("Consultations"))
        self.ctx = ctx
        self.generation = 0
        self.loading = False
        self.filters = QWidget(self)
        self.ui = Ui_ConsultationFilter()
        self.ui.setupUi(self.filters)
        self.model: LazyTableModel[ConsultationRow] = LazyTableModel(COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("consultationsTable")
        self.table.setAccessibleName(tr("Consultations list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((120, 230, 140, 260, 200, 170, 330, 90)):
            header.resizeSection(col, width)
        on_open(self.table, self.open_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        screen_fit.keep_headings(self.table)  # after the widths above: none narrower than its heading
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reload)
        self._fill_filters(default_period)
        for combo in (self.ui.staffCombo, self.ui.channelCombo, self.ui.topicCombo, self.ui.outcomeCombo):
            combo.currentIndexChanged.connect(self.timer.start)
            _compact(combo)
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        self.ui.dateFromEdit.dateChanged.connect(self._dates_edited)
        self.ui.dateToEdit.dateChanged.connect(self._dates_edited)
        self.ui.textEdit.textChanged.connect(self.timer.start)
        self.ui.resetButton.clicked.connect(self.reset_filters)

    def _fill_filters(self, period: str) -> None:
        for key in PERIODS:
            self.ui.periodCombo.addItem(_period_label(key), key)
        self.ui.staffCombo.addItem(tr("All staff"), None)
        for member in staff.list_staff(self.ctx, active_only=False):
            self.ui.staffCombo.addItem(member.display_name, member.id)
        self.ui.channelCombo.addItem(tr("All channels"), None)
        for channel in Channel:
            self.ui.channelCombo.addItem(label(channel), channel.value)
        self.ui.topicCombo.addItem(tr("All topics"), None)
        for topic in Topic:
            self.ui.topicCombo.addItem(label(topic), topic.value)
        self.ui.outcomeCombo.addItem(tr("All outcomes"), None)
        for outcome in Outcome:
            self.ui.outcomeCombo.addItem(label(outcome), outcome.value)
        self.default_period = period
        self.ui.periodCombo.setCurrentIndex(PERIODS.index(period))
        self._period_changed()

    def reset_filters(self) -> None:
        for combo in (self.ui.staffCombo, self.ui.channelCombo, self.ui.topicCombo, self.ui.outcomeCombo):
            combo.setCurrentIndex(0)
        self.ui.textEdit.clear()
        self.ui.periodCombo.setCurrentIndex(PERIODS.index(self.default_period))
        self.timer.start()

    def _period_changed(self) -> None:
        key = self.ui.periodCombo.currentData()
        custom = key == "custom"
        self.ui.dateFromEdit.setEnabled(custom)
        self.ui.dateToEdit.setEnabled(custom)
        if not custom:
            start, end = period_range(key, clock.today())
            self._setting_dates = True
            self.ui.dateFromEdit.setDate(to_qdate(start) if start else QDate(2000, 1, 1))
            self.ui.dateToEdit.setDate(to_qdate(end or clock.today()))
            self._setting_dates = False
        self.timer.start()

    def _dates_edited(self) -> None:
        if not getattr(self, "_setting_dates", False):
            self.timer.start()

    def current_filter(self) -> ConsultationFilter:
        key = self.ui.periodCombo.currentData()
        if key == "custom":
            start: date | None = from_qdate(self.ui.dateFromEdit.date())
            end: date | None = from_qdate(self.ui.dateToEdit.date())
        else:
            start, end = period_range(key, clock.today())
        return ConsultationFilter(
            date_from=start,
            date_to=end,
            staff_id=self.ui.staffCombo.currentData(),
            channel=self.ui.channelCombo.currentData(),
            topic=self.ui.topicCombo.currentData(),
            outcome=self.ui.outcomeCombo.currentData(),
            text=self.ui.textEdit.text().strip() or None,
        )

    def reload(self) -> None:
        """Run the filtered query in the background; the newest request wins."""
        self.timer.stop()
        self.generation += 1
        generation = self.generation
        f = self.current_filter()
        self.loading = True
        self.ui.countLabel.setText(tr("Searching…"))
        ctx = self.ctx
        run_in_background(
            self,
            lambda progress, cancelled: consultations.count_consultations(ctx, f),
            lambda total: self._show(generation, f, total),
            tr("Loading consultations…"),
        )

    def _show(self, generation: int, f: ConsultationFilter, total: int) -> None:
        if generation != self.generation:
            return
        ctx = self.ctx
        # pages by key, sorted and filtered in SQL: memory stays flat however long the list (issue 20)
        self.model.reset_keyset(
            total,
            Keyset(
                after=lambda key, limit: consultations.consultation_page(ctx, f, key, limit),
                at=lambda offset, limit: consultations.consultation_page_at(ctx, f, offset, limit),
                key=consultations.consultation_key,
            ),
        )
        self.ui.countLabel.setText(tr("Found: %1").replace("%1", f"{total:,}".replace(",", " ")))
        self.loading = False
        self.count_changed.emit(total)

    def open_row(self, row_number: int) -> None:
        from cal_desktop.gui.dialogs.consultation_dialog import open_consultation

        row = self.model.row(row_number)
        if row is not None and open_consultation(self.ctx, row.id, self):
            self.reload()

    def focus_search(self) -> None:
        self.ui.textEdit.setFocus()
        self.ui.textEdit.selectAll()


def _compact(combo: QComboBox) -> None:
    """A filter box as wide as a short label; its list still opens wide enough for the long ones
    (the topics' labels would otherwise make the window wider than a laptop screen)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
