"""The calendar of follow-ups (issue 15 point 2): a month at a glance and the chosen week's list.

Days that hold follow-ups (repeat meetings, initiatives' steps, appeals' due dates, consent renewals)
are bold, red when something on them is overdue; days of meetings and events are underlined; the list beside the month shows the week of the chosen
day, day by day. The staff filter shows one person's follow-ups or everyone's.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain import clock
from cal_desktop.gui.formatting import fmt_date, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets import calendar_calls
from cal_desktop.gui.widgets.followups_panel import kind_label
from cal_desktop.services import events_calendar, followups, staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events_query import EventRow
from cal_desktop.services.followups import FollowUpItem


def _weekday(day: date) -> str:
    return (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))[day.weekday()]


class FollowUpsCalendar(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsCalendar")
        self.setWindowTitle(tr("Calendar of follow-ups"))
        self.ctx = ctx
        self.by_day: dict[date, list[FollowUpItem]] = defaultdict(list)
        self.events_by_day: dict[date, list[EventRow]] = defaultdict(list)  # issue 16.1
        self.marked: list[date] = []
        self.call_days: dict[date, list[str]] = {}
        self.who = QComboBox(self)
        self.who.setObjectName("calendarStaffCombo")
        self.who.setAccessibleName(tr("Whose follow-ups"))
        self.who.addItem(tr("Everyone"), None)
        for person in staff.list_staff(ctx):
            self.who.addItem(person.display_name, person.id)
        mine = self.who.findData(ctx.actor.staff_id)
        self.who.setCurrentIndex(max(mine, 0))
        self.who.currentIndexChanged.connect(lambda _i: self.reload())
        self.month = QCalendarWidget(self)
        self.month.setObjectName("followUpsMonth")
        self.month.setGridVisible(True)
        self.month.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.currentPageChanged.connect(lambda _y, _m: self.reload())
        self.month.selectionChanged.connect(self._fill_week)
        self.week = QListWidget(self)
        self.week.setObjectName("followUpsWeek")
        self.week.setAccessibleName(tr("Follow-ups of the chosen week"))
        self.week.setWordWrap(True)
        self.week_title = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Whose:"), self))
        top.addWidget(self.who, 1)
        body = QHBoxLayout()
        body.addWidget(self.month, 3)
        right = QVBoxLayout()
        right.addWidget(self.week_title)
        right.addWidget(self.week, 1)
        body.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.reload()

    def staff_id(self) -> int | None:
        value = self.who.currentData()
        return value if isinstance(value, int) else None

    def reload(self) -> None:
        """The shown month (and the days of the weeks it touches) read again for the chosen person."""
        first = date(self.month.yearShown(), self.month.monthShown(), 1)
        start = first - timedelta(days=first.weekday())
        end = start + timedelta(days=42)  # six weeks: the grid's whole page
        self.by_day = defaultdict(list)
        for f in followups.between(self.ctx, start, end, self.staff_id()):
            self.by_day[f.due_on].append(f)
        for day in self.marked:
            self.month.setDateTextFormat(to_qdate(day), QTextCharFormat())
        self.marked = list(self.by_day)
        today = clock.today()
        for day, items in self.by_day.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if day < today:
                fmt.setForeground(QColor("darkred"))
            fmt.setToolTip(tr("Follow-ups: %1").replace("%1", str(len(items))))
            self.month.setDateTextFormat(to_qdate(day), fmt)
        self._mark_events(start, end)
        self.call_days = calendar_calls.call_days(self.ctx, start, end)  # funding calls (issue 21)
        self.marked += calendar_calls.mark(self.month, self.call_days)
        self._fill_week()

    def _mark_events(self, start: date, end: date) -> None:
        """Meetings and events of the page (the chosen person's: those they organise), underlined."""
        self.events_by_day = defaultdict(list)
        for e in events_calendar.events_between(self.ctx, start, end, self.staff_id()):
            self.events_by_day[e.held_on].append(e)
        for day, held in self.events_by_day.items():
            fmt = self.month.dateTextFormat(to_qdate(day))
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontUnderline(True)
            tip = tr("Events: %1").replace("%1", str(len(held)))
            fmt.setToolTip(f"{fmt.toolTip()}\n{tip}".strip())
            self.month.setDateTextFormat(to_qdate(day), fmt)
        self.marked = list({*self.marked, *self.events_by_day})

    def _event_items(self, day: date) -> None:
        for e in self.events_by_day.get(day, []):
            at = f"{e.start_time:%H:%M} " if e.start_time else ""
            where = f" — {e.place}" if e.place else ""
            item = QListWidgetItem(f"    {at}{events_calendar.summary(e)}{where}", self.week)
            item.setForeground(Qt.GlobalColor.darkBlue)

    def _fill_week(self) -> None:
        chosen = from_qdate(self.month.selectedDate())
        monday = chosen - timedelta(days=chosen.weekday())
        sunday = monday + timedelta(days=6)
        self.week_title.setText(tr("Week %1 – %2").replace("%1", fmt_date(monday)).replace("%2", fmt_date(sunday)))
        self.week.clear()
        for offset in range(7):
            day = monday + timedelta(days=offset)
            header = QListWidgetItem(f"{_weekday(day)}, {fmt_date(day)}", self.week)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._event_items(day)
            for text in self.call_days.get(day, []):  # issue 21
                QListWidgetItem(f"    {text}", self.week).setForeground(calendar_calls.COLOUR)
            for f in self.by_day.get(day, []):
                who = f" — {f.visitor_name}" if f.visitor_name else ""
                item = QListWidgetItem(f"    {kind_label(f.kind)}: {f.detail or f.title}{who}", self.week)
                if f.overdue:
                    item.setForeground(Qt.GlobalColor.darkRed)
