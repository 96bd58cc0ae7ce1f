"""The desk's follow-ups: «Мои на сегодня», «Просроченные», «На неделе», «Все», each with its count.

Every item is done, moved or handed over with one key while the list has the focus (the buttons say
which): Space done, 1 a day later, 7 a week later, 0 another date, → to a colleague. Enter or a double
click opens the consultation it came from. Digits and arrows, not letters: they are the same keys in the
Russian and the Latin keyboard layouts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain import clock
from cal_desktop.domain import text as textnorm
from cal_desktop.gui import file_dialogs
from cal_desktop.gui.formatting import fmt_date, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.services import followups, followups_calendar, followups_sync, staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.followups import FollowUpItem

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 200  # a bucket's list; its tab still counts all of them


def _bucket_titles() -> dict[str, str]:
    return {"today": tr("Mine today"), "overdue": tr("Overdue"), "week": tr("Coming week"), "all": tr("All")}


def kind_label(kind: str) -> str:
    return {
        "consultation": tr("meeting"),
        "initiative": tr("initiative"),
        "appeal": tr("appeal answer"),
        "consent": tr("consent renewal"),
        "destruction": tr("data destruction"),
        "event": tr("event decision"),
        "referral": tr("referral"),  # issue 21
        "call_deadline": tr("funding call deadline"),
    }.get(kind, tr("other"))


def ask_date(parent: QWidget, current: date) -> date | None:
    """Another date for a follow-up (tests replace this function)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Move the follow-up"))
    edit = QDateEdit(to_qdate(max(current, clock.today())), dialog)
    edit.setObjectName("followUpDateEdit")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(to_qdate(clock.today()))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(tr("New date:"), dialog))
    layout.addWidget(edit)
    layout.addWidget(buttons)
    return from_qdate(edit.date()) if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_colleague(parent: QWidget, choices: list[tuple[int, str]]) -> int | None:
    """The colleague to hand a follow-up to (tests replace this function)."""
    if not choices:
        return None
    names = [name for _, name in choices]
    name, ok = QInputDialog.getItem(parent, tr("Hand over"), tr("Hand the follow-up over to:"), names, 0, False)
    return choices[names.index(name)][0] if ok and name in names else None


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """Where to save a file; empty when cancelled (tests replace this function)."""
    return file_dialogs.save_file(parent, title, suggested, filters)


class FollowUpsPanel(QWidget):
    """The list with its four tabs and the actions; ``open_consultation`` asks the desk to open one."""

    open_consultation = Signal(int)
    changed = Signal()
    duties_synced = Signal()  # emitted from the background thread; Qt queues it to the main thread

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPanel")
        self.ctx = ctx
        self.bucket = "today"
        self.counts: dict[str, int] = dict.fromkeys(followups.BUCKETS, 0)
        self.duties_checked: date | None = None
        self.duties_running = threading.Event()
        self.duties_synced.connect(self._duties_synced)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("followUpTabs")
        self.tabs.setAccessibleName(tr("Which follow-ups to show"))
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for _ in followups.BUCKETS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._bucket_changed)
        self.list = QListWidget(self)
        self.list.setObjectName("followUpList")
        self.list.setAccessibleName(tr("Follow-ups"))
        self.list.setWordWrap(True)
        # it may shrink to two lines: at 1366×768 today's list above it keeps its eight rows
        self.list.setMinimumHeight(2 * self.list.fontMetrics().lineSpacing() + 2 * self.list.frameWidth() + 8)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs, 1)
        layout.addLayout(tabs_row)
        layout.addWidget(self.list, 1)
        # two rows: one row of five buttons made the desk's right column too wide for the form at 1024 px
        row, row2 = QHBoxLayout(), QHBoxLayout()
        self.buttons: list[QPushButton] = []
        self.done_button = self._action(row, "followUpDoneButton", tr("Done (Space)"), Qt.Key.Key_Space, self.mark_done)
        self._action(row, "followUpDayButton", tr("+1 day (1)"), Qt.Key.Key_1, lambda: self.postpone(1))
        self._action(row, "followUpWeekButton", tr("+1 week (7)"), Qt.Key.Key_7, lambda: self.postpone(7))
        self._action(row2, "followUpDateButton", tr("Date… (0)"), Qt.Key.Key_0, self.move_to_date)
        self._action(row2, "followUpHandButton", tr("Hand over… (→)"), Qt.Key.Key_Right, self.hand_over)
        row.addStretch(1)
        row2.addStretch(1)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("followUpMoreButton")
        self.more_button.setText("☰")  # narrow: the four tabs keep their room at 1024 px
        self.more_button.setToolTip(tr("More…"))
        self.more_button.setAccessibleName(tr("Calendar, call list and calendar file"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        menu.addAction(tr("Calendar of follow-ups…"), self.show_calendar)
        menu.addAction(tr("Today's call list (PDF)…"), self.save_call_list)
        menu.addAction(tr("My follow-ups to a calendar file (.ics)…"), self.export_ics)
        self.more_button.setMenu(menu)
        tabs_row.addWidget(self.more_button)  # beside the tabs, where it takes no button row's width
        layout.addLayout(row)
        layout.addLayout(row2)

    def _action(
        self, row: QHBoxLayout, name: str, text: str, key: Qt.Key, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        self.buttons.append(button)
        action = QAction(text, self.list)  # the key works while the list has the focus
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.list.addAction(action)
        return button

    # ------------------------------------------------------------------------------------------ public

    def refresh(self) -> None:
        if self.duties_checked != clock.today():
            self.check_duties()
        self.counts = followups.desk_counts(self.ctx)
        for index, bucket in enumerate(followups.BUCKETS):
            self.tabs.setTabText(index, f"{_bucket_titles()[bucket]} ({self.counts[bucket]})")
        if self.counts["overdue"]:
            self.tabs.setTabTextColor(1, Qt.GlobalColor.darkRed)
        self._fill(followups.desk_list(self.ctx, self.bucket, limit=LIMIT))

    def check_duties(self) -> None:
        """Consent renewals and destruction deadlines, once a day, on Qt's thread pool (which the program
        and the tests drain before closing): on a large database the retention check reads every
        consultation (about 2 s for a million) and the desk must not wait."""
        self.duties_checked = clock.today()
        if self.duties_running.is_set():
            return
        self.duties_running.set()
        ctx, running, signal = self.ctx, self.duties_running, self.duties_synced

        def work() -> None:
            try:
                changed = followups_sync.sync_duties(ctx)
            except Exception:  # a busy or closed database: tried again tomorrow or at the next start
                log.exception("follow-ups: consent and destruction duties not checked")
                changed = 0
            finally:
                running.clear()
            if changed:
                try:
                    signal.emit()  # queued to the main thread
                except RuntimeError:  # the window was closed meanwhile
                    pass

        QThreadPool.globalInstance().start(work)

    def _duties_synced(self) -> None:
        self.refresh()
        self.changed.emit()

    def title(self) -> str:
        text = tr("Follow-ups: %1 today, %2 overdue").replace("%1", str(self.counts["today"]))
        return text.replace("%2", str(self.counts["overdue"]))

    def current(self) -> FollowUpItem | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, FollowUpItem) else None

    def mark_done(self) -> None:
        f = self.current()
        if f is not None:
            row = self.list.currentRow()
            if f.kind == "referral":  # issue 21: done means answering «помогло ли?»
                from cal_desktop.gui.widgets.referral_fields import answer_referral

                if not answer_referral(self, self.ctx, f.id, f.title):
                    return
            else:
                followups.mark_done(self.ctx, f.id)
            self._after_change(row)

    def postpone(self, days: int) -> None:
        f = self.current()
        if f is not None:
            row = self.list.currentRow()
            followups.postpone(self.ctx, f.id, days)
            self._after_change(row)

    def move_to_date(self) -> None:
        f = self.current()
        if f is None:
            return
        row = self.list.currentRow()
        new = ask_date(self, f.due_on)
        if new is not None:
            followups.reschedule(self.ctx, f.id, new)
            self._after_change(row)

    def hand_over(self) -> None:
        f = self.current()
        if f is None:
            return
        row = self.list.currentRow()
        choices = [(p.id, p.display_name) for p in staff.list_staff(self.ctx) if p.id != f.owner_id]
        colleague = ask_colleague(self, choices)
        if colleague is not None:
            followups.hand_over(self.ctx, f.id, colleague)
            self._after_change(row)

    def save_call_list(self) -> None:
        suggested = f"Звонки {clock.today().strftime('%d.%m.%Y')}.pdf"
        path = ask_save_path(self, tr("Save the call list"), suggested, tr("PDF (*.pdf)"))
        if path:
            followups_calendar.save_call_list(self.ctx, path, staff_id=self.ctx.actor.staff_id)
            self._status(tr("Call list saved: %1").replace("%1", path))

    def export_ics(self) -> None:
        path = ask_save_path(self, tr("Save the calendar file"), "Напоминания.ics", tr("iCalendar (*.ics)"))
        if path:
            count = followups_calendar.export_ics(self.ctx, path, staff_id=self.ctx.actor.staff_id)
            self._status(tr("Follow-ups written to the calendar file: %1").replace("%1", str(count)))

    def show_calendar(self) -> None:
        from cal_desktop.gui.dialogs.followups_calendar import FollowUpsCalendar

        dialog = FollowUpsCalendar(self.ctx, self)
        dialog.exec()
        self.refresh()

    # ----------------------------------------------------------------------------------------- private

    def _status(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    def _after_change(self, row: int) -> None:
        self.refresh()
        self.changed.emit()
        if self.list.count():  # the next item is selected: a run of calls is worked through with the keys
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            self._enable()

    def _bucket_changed(self, index: int) -> None:
        if 0 <= index < len(followups.BUCKETS):
            self.bucket = followups.BUCKETS[index]
            self._fill(followups.desk_list(self.ctx, self.bucket, limit=LIMIT))

    def _fill(self, items: list[FollowUpItem]) -> None:
        self.list.clear()
        for f in items:
            item = QListWidgetItem(self._text(f), self.list)
            item.setData(ID_ROLE, f)
            if f.overdue:
                item.setForeground(Qt.GlobalColor.darkRed)
        shown_all = len(items) >= self.counts.get(self.bucket, 0)
        if not items:
            empty = QListWidgetItem(tr("Nothing here."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        elif not shown_all:
            more = QListWidgetItem(tr("(the first %1 shown)").replace("%1", str(len(items))), self.list)
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.setCurrentRow(0 if items else -1)
        self._enable()

    def _text(self, f: FollowUpItem) -> str:
        late = tr(" (overdue)") if f.overdue else ""
        words = f.detail or f.title
        who = f" — {f.visitor_name}" if f.visitor_name else ""
        phone = f", {textnorm.format_phone(f.visitor_phone)}" if f.visitor_phone else ""
        owner = f" [{f.owner_name}]" if self.bucket == "all" and f.owner_name else ""
        return f"{fmt_date(f.due_on)}{late} · {kind_label(f.kind)}: {words}{who}{phone}{owner}"

    def _enable(self) -> None:
        has = self.current() is not None
        for button in self.buttons:
            button.setEnabled(has)

    def _activated(self, item: QListWidgetItem) -> None:
        f = item.data(ID_ROLE)
        if isinstance(f, FollowUpItem) and f.kind == "consultation" and f.source_id is not None:
            self.open_consultation.emit(f.source_id)
        elif isinstance(f, FollowUpItem) and f.kind in ("referral", "call_deadline"):  # issue 21
            from cal_desktop.gui.widgets.referral_fields import open_follow_up_source

            open_follow_up_source(self, self.ctx, f, self.open_consultation.emit)
            self.refresh()
