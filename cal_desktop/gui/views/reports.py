"""The report screen (issue 7): a period, the A3 figures with charts, comparisons, drill-down, exports.

``ReportsView(ctx)`` is the whole area. It talks to ``services.reports`` only and holds DTOs
(``ReportData``, ``DrillPage``), never sessions: the report is computed on a pool thread (a month of a
large database takes a second or two), exports run there too with an inline progress bar, and a figure
opens the list of consultations, initiatives, appeals or documents behind it (double-click or Enter).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain import clock
from cal_desktop.errors import PermissionDenied
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import DATE_FORMAT, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.views import report_territory_tree
from cal_desktop.gui.views.report_authorities import AuthorityPanel
from cal_desktop.gui.views.report_drill import DrillDialog, _fit_columns, _item
from cal_desktop.gui.views.report_referrals import ReferralsPanel
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import referrals, reports
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.reports import Breakdown, Period, ReportData, Row

MONTHS = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
KINDS = ("month", "quarter", "year", "range")
EXPORTS = (
    ("xlsx", "Excel (*.xlsx)"),
    ("pdf", "PDF (*.pdf)"),
    ("docx", "Word (*.docx)"),
    ("json", "JSON (*.json)"),
)
DRILL_LIMIT = 500
BAR = QColor("#2E6DB4")
PIE = ["#2E6DB4", "#E07B39", "#4C9A2A", "#C0392B", "#8E44AD", "#16A085", "#D4AC0D", "#7F8C8D", "#34495E"]


def _level_names() -> list[str]:
    return [tr("Top level"), tr("Districts"), tr("Microdistricts"), tr("Streets")]


def _num(value: Any) -> str:
    return reports.format_number(value)


def _nice_step(biggest: int, ticks: int = 5) -> int:
    """A whole, round axis step (1, 2, 5, 10, 20, 50, ...) giving about ``ticks`` ticks."""
    raw = max(1.0, biggest / ticks)
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    return next(f * magnitude for f in (1, 2, 5, 10) if f * magnitude >= raw)


class ReportsView(QWidget):
    """The reports area: period picker, figures, charts, drill-down and exports."""

    reportShown = Signal()  # a report is on screen (tests wait for it)
    exportFinished = Signal(str)  # the path written
    exportProgress = Signal(int, int)  # emitted from the worker thread; queued to the progress bar

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ReportData | None = None
        self.loading = False
        self.setObjectName("reportsView")
        self.setAccessibleName(tr("Reports"))
        self._build_period_bar()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.addLayout(self.period_bar)
        layout.addLayout(self.export_bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        self.exportProgress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._kind_changed()
        self._loaded_once = False

    # ------------------------------------------------------------------------------------ layout

    def _build_period_bar(self) -> None:
        today = clock.today()
        last_month = Period.month(today.year, today.month).previous()
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        self.kind.setAccessibleName(tr("Period kind"))
        for text, code in zip((tr("Month"), tr("Quarter"), tr("Year"), tr("Dates")), KINDS, strict=True):
            self.kind.addItem(text, code)
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setAccessibleName(tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(last_month.start.year)
        self.month = QComboBox(self)
        self.month.setObjectName("periodMonth")
        self.month.setAccessibleName(tr("Month"))
        for n, name in enumerate(MONTHS, start=1):
            self.month.addItem(name, n)
        self.month.setCurrentIndex(last_month.start.month - 1)
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("periodQuarter")
        self.quarter.setAccessibleName(tr("Quarter"))
        for n, name in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter.addItem(name, n)
        self.quarter.setCurrentIndex((last_month.start.month - 1) // 3)
        self.start = self._date_edit("periodStart", tr("From"), last_month.start)
        self.end = self._date_edit("periodEnd", tr("To"), last_month.end)
        self.show_button = QPushButton(tr("&Show"), self)
        self.show_button.setObjectName("showReportButton")
        self.show_button.setAccessibleName(tr("Show the report"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.territory_level = QComboBox(self)  # issue 18: the level of the territory splits
        self.territory_level.setObjectName("territoryLevel")
        self.territory_level.setAccessibleName(tr("Territory level"))
        for code, text in zip(reports.TERRITORY_LEVELS, _level_names(), strict=True):
            self.territory_level.addItem(text, code)
        self.territory_level.currentIndexChanged.connect(lambda _=0: self.refresh())

        self.period_bar = QHBoxLayout()
        label = QLabel(tr("&Period:"), self)
        label.setBuddy(self.kind)
        for w in (
            label,
            self.kind,
            self.year,
            self.month,
            self.quarter,
            self.start,
            self.end,
            self.show_button,
        ):
            self.period_bar.addWidget(w)
        level_label = QLabel(tr("&Territories:"), self)
        level_label.setBuddy(self.territory_level)
        self.period_bar.addSpacing(12)
        self.period_bar.addWidget(level_label)
        self.period_bar.addWidget(self.territory_level)
        self.period_bar.addStretch(1)

        self.export_bar = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, title in ((f, t.split(" ")[0]) for f, t in EXPORTS):
            button = QPushButton(tr("Save as %1").replace("%1", title), self)
            button.setObjectName(f"export_{fmt}")
            button.setAccessibleName(tr("Save the report as %1").replace("%1", title))
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            self.export_bar.addWidget(button)
        self.export_bar.addStretch(1)
        self.merge_button = QPushButton(tr("Combine network reports…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAccessibleName(tr("Combine the JSON reports of several centres"))
        self.merge_button.clicked.connect(self.merge)
        self.export_bar.addWidget(self.merge_button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(tr("Export progress"))
        self.progress.setVisible(False)

    def _date_edit(self, name: str, accessible: str, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value), self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _build_body(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("reportHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)

        self.summary = self._table("summaryTable", tr("Figures"))
        self.breakdown_choice = QComboBox(self)
        self.breakdown_choice.setObjectName("breakdownChoice")
        self.breakdown_choice.setAccessibleName(tr("Breakdown"))
        self.breakdown_choice.currentIndexChanged.connect(self._show_breakdown)
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("breakdownChart")
        self.chart_view.setAccessibleName(tr("Chart"))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        # One chart for the life of the view, its series replaced: replacing whole charts (and letting
        # Python wrappers of series, sets and axes go) invites use-after-free crashes in Qt Charts.
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view.setChart(self.chart)
        self._chart_parts: list[Any] = []
        self.breakdown = self._table("breakdownTable", tr("Breakdown table"))

        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.breakdown_choice)
        box.addWidget(self.chart_view, 3)
        box.addWidget(self.breakdown, 2)
        # issue 18: the figures and the authorities' answers share the left side as two tabs
        self.authorities = AuthorityPanel(self._drill_authority, self)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("reportTabs")
        self.left_tabs.addTab(self.summary, tr("Figures"))
        self.left_tabs.addTab(self.authorities, tr("Authorities"))
        self.referrals = ReferralsPanel(self)  # issue 21
        self.left_tabs.addTab(self.referrals, tr("Referrals"))
        report_territory_tree.attach(self)  # «Территории»: the tree at every level (issue 18)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reportSplitter")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)  # the figures' names need the room; the chart scales
        self.splitter.setStretchFactor(1, 2)

    def _table(self, name: str, accessible: str) -> QTableWidget:
        table = QTableWidget(0, 6, self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setToolTip(tr("Double-click or press Enter to see the records behind a figure"))
        table.itemActivated.connect(self._drill_from_item)
        return table

    # ------------------------------------------------------------------------------------ period

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind in ("month", "quarter", "year"))
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.start.setVisible(kind == "range")
        self.end.setVisible(kind == "range")

    def period(self) -> Period:
        kind = self.kind.currentData()
        year = self.year.value()
        if kind == "month":
            return Period.month(year, int(self.month.currentData()))
        if kind == "quarter":
            return Period.quarter(year, int(self.quarter.currentData()))
        if kind == "year":
            return Period.year(year)
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if end < start:
            start, end = end, start
        return Period.range(start, end)

    def set_month(self, year: int, month: int) -> None:
        self.kind.setCurrentIndex(KINDS.index("month"))
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)

    def set_range(self, start: date, end: date) -> None:
        self.kind.setCurrentIndex(KINDS.index("range"))
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    # ------------------------------------------------------------------------------------ report

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    def refresh(self) -> None:
        """Compute the report of the chosen period on a pool thread, then show it."""
        if self.loading:
            return
        period = self.period()
        self.loading = True
        self.show_button.setEnabled(False)
        self.heading.setText(tr("Counting the figures for %1…").replace("%1", period.label))
        ctx = self.ctx
        level = self.territory_level.currentData()
        run_in_background(
            self,
            lambda progress, cancelled: reports.report(ctx, period, territory_level=level),
            self._show_report,
            tr("Counting the figures…"),
            on_error=self._report_failed,
        )

    def _report_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.show_button.setEnabled(True)
        if isinstance(exc, PermissionDenied):
            self.heading.setText(str(exc))
            self._set_enabled(False)
            return
        self.heading.setText("")
        show_error(self, exc)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (*self.export_buttons.values(), self.show_button):
            button.setEnabled(enabled)

    def _show_report(self, data: ReportData) -> None:
        self.loading = False
        self.show_button.setEnabled(True)
        self.data = data
        self.heading.setText(f"{data.centre.report_title} — {data.period.label} ({data.period.dates_label})")
        self._fill(self.summary, tr("Figure"), data, [(r, (r.key, None)) for r in reports.summary_rows(data)])
        current = self.breakdown_choice.currentData()
        self.breakdown_choice.blockSignals(True)
        self.breakdown_choice.clear()
        for part in reports.breakdowns(data):
            self.breakdown_choice.addItem(part.title, part.key)
        index = max(0, self.breakdown_choice.findData(current))
        self.breakdown_choice.setCurrentIndex(index)
        self.breakdown_choice.blockSignals(False)
        self._show_breakdown()
        self.authorities.set_rows(reports.authority_rows(data), reports.official_rows(data))
        self.referrals.set_rows(referrals.report_rows(data))
        if reports.territory_level_of(data) != self.territory_level.currentData():
            self.refresh()  # the level was changed while these figures were being counted
            return
        self.reportShown.emit()

    def _fill(self, table: QTableWidget, first: str, data: ReportData, rows: list[tuple[Row, Any]]) -> None:
        period = data.period
        table.setHorizontalHeaderLabels(
            [
                first,
                period.label,
                period.previous().label,
                tr("Change"),
                period.year_before().label,
                tr("Change, year"),
            ]
        )
        table.setRowCount(len(rows))
        for r, (row, key) in enumerate(rows):
            table.setItem(r, 0, _item(row.title, key=key))
            values = [
                _num(row.value),
                _num(row.previous),
                reports.format_change(row.change),
                _num(row.year_ago),
                reports.format_change(row.change_year),
            ]
            for c, text in enumerate(values, start=1):
                table.setItem(r, c, _item(text, align_right=True, key=key))
        _fit_columns(table)

    def current_breakdown(self) -> Breakdown | None:
        if self.data is None:
            return None
        key = self.breakdown_choice.currentData()
        return next((b for b in reports.breakdowns(self.data) if b.key == key), None)

    def _show_breakdown(self) -> None:
        part = self.current_breakdown()
        if part is None or self.data is None:
            return
        self._fill(self.breakdown, part.header, self.data, [(r, (part.key, r.key)) for r in part.rows])
        self._draw_chart(part)

    def _draw_chart(self, part: Breakdown) -> None:
        chart = self.chart
        chart.removeAllSeries()  # deletes the old series and their bar sets
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        self._chart_parts = []  # Python references of the new parts, for as long as they are shown
        chart.setTitle(part.title)
        chart.legend().setVisible(False)
        values: list[int] = [int(r.value or 0) for r in part.rows]
        if part.key == "consultations.by_topic" and any(values):
            pie = QPieSeries()
            for n, row in enumerate(part.rows):
                if row.value:
                    piece = pie.append(f"{_num(row.value)} — {row.title}", float(row.value))
                    piece.setColor(QColor(PIE[n % len(PIE)]))
            chart.addSeries(pie)
            chart.legend().setVisible(True)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
            self._chart_parts = [pie]
            return
        series = QHorizontalBarSeries()
        bars = QBarSet(self.data.period.label if self.data else "")
        bars.setColor(BAR)
        labels = []
        for row in reversed(part.rows):  # top to bottom in table order
            bars.append(float(row.value or 0))
            labels.append(row.title if len(row.title) <= 40 else row.title[:39] + "…")
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels)
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        step = _nice_step(max([1, *values]))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setRange(0, step * (max([1, *values]) // step + 1))  # counts: whole ticks, room for labels
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(axis)
        self._chart_parts = [series, bars, categories, axis]

    # -------------------------------------------------------------------------------- drill-down

    def _drill_from_item(self, item: QTableWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key and self.data is not None:
            self.drill(key[0], key[1])

    def _drill_authority(self, code: str, name: str) -> None:
        self.drill(reports.AUTHORITY_KEY, code, title=f"{tr('Appeals sent')}: {name}")

    def drill(self, key: str, code: str | None = None, title: str | None = None) -> DrillDialog | None:
        """Open the list of the records behind figure ``key`` (split part ``code``)."""
        if self.data is None:
            return None
        try:
            page = reports.drill_down(
                self.ctx,
                self.data.period,
                key,
                code,
                limit=DRILL_LIMIT,
                territory_level=self.territory_level.currentData(),
            )
        except Exception as exc:  # shown, the view stays usable
            show_error(self, exc)
            return None
        if title is None:
            title = self._drill_title(key, code)
        dialog = DrillDialog(title, self.data.period, page, self)
        dialog.open()
        return dialog

    def _drill_title(self, key: str, code: str | None) -> str:
        assert self.data is not None
        title = reports.FIGURE_TITLES.get(key, key)
        if code is not None:
            part = next(
                (r for b in reports.breakdowns(self.data) if b.key == key for r in b.rows if r.key == code),
                None,
            )
            title = f"{title}: {part.title if part else code}"
        return title

    # ------------------------------------------------------------------------------------ export

    def choose_save_path(self, fmt: str) -> str:
        """Ask where to save (tests replace this)."""
        pattern = dict(EXPORTS)[fmt]
        suggested = f"Отчёт_ЦАЛ_{self.data.period.code if self.data else 'период'}.{fmt}"
        path = file_dialogs.save_file(self, tr("Save the report"), suggested, pattern)
        if path and not path.lower().endswith("." + fmt):
            path += "." + fmt
        return path

    def choose_packages(self) -> tuple[list[str], str]:
        """Ask for the centres' JSON packages and where to save the combined table (tests replace this)."""
        files = file_dialogs.open_files(self, tr("Reports of the centres"), "JSON (*.json)")
        if not files:
            return [], ""
        out = file_dialogs.save_file(
            self, tr("Save the combined report"), "Сводный_отчёт_сети.xlsx", "Excel (*.xlsx);;JSON (*.json)"
        )
        return files, out

    def export(self, fmt: str) -> None:
        period = self.data.period if self.data is not None else self.period()
        path = self.choose_save_path(fmt)
        if not path:
            return
        ctx = self.ctx
        level = self.territory_level.currentData()
        self._start_progress()

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            def both(done: int, total: int) -> None:
                progress(done, total)
                self.exportProgress.emit(done, total)

            return reports.export_report(
                ctx, period, fmt, path, progress=both, cancel=cancelled, territory_level=level
            )

        run_in_background(self, job, self._exported, tr("Saving the report…"), on_error=self._export_failed)

    def merge(self) -> None:
        files, out = self.choose_packages()
        if not files or not out:
            return
        self._start_progress()

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            def both(done: int, total: int) -> None:
                progress(done, total)
                self.exportProgress.emit(done, total)

            return reports.merge_files(files, out, progress=both, cancel=cancelled)

        def done(merged: Any) -> None:
            self._stop_progress()
            messages.info(
                self,
                tr("Combined %1 reports into %2").replace("%1", str(len(merged.entries))).replace("%2", out),
            )
            self.exportFinished.emit(out)

        run_in_background(self, job, done, tr("Combining the reports…"), on_error=self._export_failed)

    def _start_progress(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_enabled(False)

    def _stop_progress(self) -> None:
        self.progress.setVisible(False)
        self._set_enabled(True)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, path: Path) -> None:
        self._stop_progress()
        messages.info(self, tr("The report is saved: %1").replace("%1", str(path)))
        self.exportFinished.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self._stop_progress()
        show_error(self, exc)
