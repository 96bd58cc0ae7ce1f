"""The register of outgoing appeals (issue 6): every appeal with its 59-FZ clock, filters, due-soon and
overdue rows in colour, a detail pane with the timeline, and the actions that record what the
authority did (registration, extension, forwarding, answer, scans).

``AppealsView(ctx)`` is the whole area; ``AppealAlertsPanel(ctx)`` is the desk's panel of appeals due
soon and overdue; ``startup_overdue_message(ctx, last_open_date)`` is the text shown at start-up.
The view uses the services only (``services.appeals``), and holds ids, never ORM objects: the table
asks for rows a page at a time, so it stays instant with tens of thousands of appeals.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain import clock
from cal_desktop.domain.vocab import AppealChannel, AppealState
from cal_desktop.errors import CalError
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs import appeal_events
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.services import appeals, files
from cal_desktop.services.appeals import AppealDTO, AppealFilter, AppealSummary
from cal_desktop.services.context import ServiceContext

Index = QModelIndex | QPersistentModelIndex

# Row colours by state: what must be acted on stands out, the rest stays plain.
STATE_BACKGROUND = {
    AppealState.OVERDUE: QColor("#f8d7da"),
    AppealState.DUE_SOON: QColor("#fff3cd"),
}
STATE_FOREGROUND = {
    AppealState.OVERDUE: QColor("#842029"),
    AppealState.DUE_SOON: QColor("#664d03"),
    AppealState.ANSWERED: QColor("#555555"),
    AppealState.ANSWERED_LATE: QColor("#555555"),
}


def _registration(r: AppealSummary) -> str:
    text = fmt_date(r.registration_date)
    return f"≈ {text}" if r.registration_estimated else text


def _answer(r: AppealSummary) -> str:
    if r.answer_date is None:
        return ""
    return " ".join(p for p in (fmt_date(r.answer_date), label(r.answer_outcome)) if p)


DUE_COLUMN: Column[AppealSummary] = Column(lambda: tr("Due"), lambda r: fmt_date(r.due_date))
STATE_COLUMN: Column[AppealSummary] = Column(lambda: tr("State"), lambda r: label(r.state))
COLUMNS: list[Column[AppealSummary]] = [
    Column(lambda: tr("Number"), lambda r: r.number),
    Column(lambda: tr("Sent"), lambda r: fmt_date(r.sent_date)),
    Column(lambda: tr("Channel"), lambda r: label(r.channel)),
    Column(lambda: tr("Addressee"), lambda r: r.addressee, lambda r: r.addressee),
    Column(lambda: tr("Initiative"), lambda r: r.initiative_title or "", lambda r: r.initiative_title or ""),
    Column(lambda: tr("Reg. No."), lambda r: r.registration_number or ""),
    Column(
        lambda: tr("Registered"),
        _registration,
        lambda r: tr("estimated: the authority has not reported it") if r.registration_estimated else "",
    ),
    DUE_COLUMN,
    STATE_COLUMN,
    Column(lambda: tr("Answer"), _answer),
]


class AppealsTableModel(LazyTableModel[AppealSummary]):
    """The lazy model with rows coloured by state."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row(index.row())
            if row is None:
                return None
            colours = STATE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else STATE_FOREGROUND
            colour = colours.get(row.state)
            return QBrush(colour) if colour is not None else None
        return super().data(index, role)


def _combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    return combo


def _button(
    parent: QWidget, name: str, text: str, accessible: str, shortcut: str | None = None
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    if shortcut:
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(f"{accessible} ({shortcut})")
    return button


class AppealsView(QWidget):
    """The register area. Signals let the main window connect what other areas own:
    ``repeat_appeal_requested(appeal_id)`` and ``document_requested(document_id)`` tell that the view is
    opening a ``repeat_appeal`` document prefilled from that appeal / the stored letter (it does so itself:
    do not connect them to open a second window), ``changed()`` after any recorded event.
    """

    repeat_appeal_requested = Signal(int)
    document_requested = Signal(int)
    # the view opens the editor / the stored letter itself (nothing else needs to connect the signals)
    opens_documents = True
    changed = Signal()
    count_changed = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, initiative_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appealsView")
        self.setAccessibleName(tr("Appeals register"))
        self.ctx = ctx
        self.initiative_id = initiative_id
        self.ids: list[int] = []
        self.current: AppealDTO | None = None
        self.filter_bar: QWidget = self._build_filters()
        self.action_bar: QWidget = self._build_actions()
        self.model = AppealsTableModel(COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("appealsTable")
        self.table.setAccessibleName(tr("Appeals list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((120, 95, 80, 270, 200, 100, 135, 85, 140, 170)):
            header.resizeSection(col, width)
        screen_fit.keep_headings(self.table)
        # the state and the due date first after the number: the columns the register is read by stay
        # in sight on a 1024-1366 px screen, where the addressee and the rest scroll
        header.moveSection(header.visualIndex(COLUMNS.index(STATE_COLUMN)), 1)
        header.moveSection(header.visualIndex(COLUMNS.index(DUE_COLUMN)), 2)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_details(cur.row())
        )
        self.details = QTextBrowser(self)
        self.details.setObjectName("appealDetails")
        self.details.setAccessibleName(tr("Appeal details and timeline"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._anchor)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.action_bar)
        layout.addWidget(splitter, 1)
        self._update_actions()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        self.reload()

    # ---------------------------------------------------------------------------------- building

    def _build_filters(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 4, 4, 0)
        self.state_combo = _combo(bar, "stateFilter", tr("State"))
        self.state_combo.addItem(tr("All states"), None)
        for st in AppealState:
            self.state_combo.addItem(label(st), st.value)
        self.channel_combo = _combo(bar, "channelFilter", tr("Channel"))
        self.channel_combo.addItem(tr("All channels"), None)
        for ch in AppealChannel:
            self.channel_combo.addItem(label(ch), ch.value)
        self.open_check = QCheckBox(tr("Awaiting an answer only"), bar)
        self.open_check.setObjectName("openOnlyCheck")
        self.open_check.setAccessibleName(tr("Awaiting an answer only"))
        self.text_edit = QLineEdit(bar)
        self.text_edit.setObjectName("appealSearchEdit")
        self.text_edit.setAccessibleName(tr("Search appeals"))
        self.text_edit.setPlaceholderText(tr("Number, addressee, subject…"))
        self.text_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("appealsCount")
        for w in (self.state_combo, self.channel_combo, self.open_check):
            row.addWidget(w)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.count_label)
        # acts on the list as filtered, so it sits by the count (the action bar is full at 1024 px)
        self.repeat_all_button = _button(
            bar,
            "repeatAllButton",
            tr("Repeat all overdue…"),
            tr("Repeat appeals for every overdue appeal listed"),
        )
        self.repeat_all_button.setToolTip(tr("Repeat appeals for every overdue appeal listed"))
        self.repeat_all_button.clicked.connect(lambda: self.repeat_all_overdue())
        row.addWidget(self.repeat_all_button)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_check.toggled.connect(lambda _b: self.reload())
        self.text_edit.textChanged.connect(lambda _t: self.timer.start())
        return bar

    def _build_actions(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 0, 4, 0)
        self.new_button = _button(bar, "newAppealButton", tr("&New appeal…"), tr("New appeal"), "Ctrl+N")
        self.registration_button = _button(
            bar, "registrationButton", tr("&Registration…"), tr("Record registration")
        )
        self.extension_button = _button(bar, "extensionButton", tr("E&xtension…"), tr("Record extension"))
        self.forwarding_button = _button(bar, "forwardingButton", tr("&Forwarded…"), tr("Record forwarding"))
        self.answer_button = _button(bar, "answerButton", tr("&Answer…"), tr("Record answer"))
        self.repeat_button = _button(
            bar, "repeatButton", tr("Re&peat appeal…"), tr("Prepare a repeat appeal")
        )
        self.document_button = _button(bar, "documentButton", tr("&Letter"), tr("Open the letter sent"))
        self.new_button.clicked.connect(self.new_appeal)
        self.registration_button.clicked.connect(lambda: self._event(appeal_events.RegistrationDialog))
        self.extension_button.clicked.connect(lambda: self._event(appeal_events.ExtensionDialog))
        self.forwarding_button.clicked.connect(lambda: self._event(appeal_events.ForwardingDialog))
        self.answer_button.clicked.connect(lambda: self._event(appeal_events.AnswerDialog))
        self.repeat_button.clicked.connect(self._repeat)
        self.document_button.clicked.connect(self._document)
        for b in (
            self.new_button,
            self.registration_button,
            self.extension_button,
            self.forwarding_button,
            self.answer_button,
            self.repeat_button,
            self.document_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        return bar

    # ---------------------------------------------------------------------------------- querying

    def current_filter(self) -> AppealFilter:
        return AppealFilter(
            state=self.state_combo.currentData(),
            channel=self.channel_combo.currentData(),
            initiative_id=self.initiative_id,
            text=self.text_edit.text().strip() or None,
            open_only=self.open_check.isChecked(),
        )

    def reload(self, select_id: int | None = None) -> None:
        """Run the filtered query (ids only: a few milliseconds even for a large register)."""
        self.timer.stop()
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        try:
            self.ids = appeals.list_appeal_ids(self.ctx, self.current_filter())
        except CalError as exc:
            show_error(self, exc)
            return
        ids, ctx, as_of = self.ids, self.ctx, clock.today()
        self.model.reset(
            len(ids), lambda offset, limit: appeals.appeal_summaries(ctx, ids[offset : offset + limit], as_of)
        )
        self.count_label.setText(tr("Found: %1").replace("%1", f"{len(ids):,}".replace(",", " ")))
        self.count_changed.emit(len(ids))
        self.current = None
        if keep is not None and keep in ids:
            self.select_appeal(keep)
        else:
            self._show_details(-1)

    def select_appeal(self, appeal_id: int) -> bool:
        """Select (and show) an appeal when the current filter lists it."""
        try:
            row = self.ids.index(appeal_id)
        except ValueError:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_details(row)
        return True

    def row_summary(self, appeal_id: int) -> AppealSummary | None:
        """The row the table shows for this appeal (tests and the alerts panel read it)."""
        if appeal_id not in self.ids:
            return None
        return self.model.row(self.ids.index(appeal_id))

    def focus_search(self) -> None:
        self.text_edit.setFocus()
        self.text_edit.selectAll()

    # ----------------------------------------------------------------------------------- details

    def _show_details(self, row_number: int) -> None:
        row = self.model.row(row_number) if row_number >= 0 else None
        self.current = appeals.get_appeal(self.ctx, row.id) if row is not None else None
        self.details.setHtml(self._details_html(self.current) if self.current else "")
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.current
        open_ = a is not None and a.answer_date is None
        self.registration_button.setEnabled(a is not None)
        for b in (self.extension_button, self.forwarding_button, self.answer_button):
            b.setEnabled(open_)
        self.repeat_button.setEnabled(a is not None and a.state is AppealState.OVERDUE)
        self.document_button.setEnabled(a is not None and a.document_id is not None)

    @staticmethod
    def _details_html(a: AppealDTO) -> str:
        e = html.escape
        lines = [
            f"<b>{e(a.number)}</b> — {e(label(a.state))}",
            f"{e(tr('Addressee'))}: {e(a.addressee)}",
        ]
        if a.subject:
            lines.append(f"{e(tr('Subject'))}: {e(a.subject)}")
        if a.initiative_title:
            lines.append(f"{e(tr('Initiative'))}: {e(a.initiative_title)}")
        if a.forwarded_to:
            lines.append(f"{e(tr('Forwarded to'))}: {e(a.forwarded_to)} ({fmt_date(a.forwarded_date)})")
        lines.append(e(appeal_events.describe_clock(a)))
        if a.answer_summary:
            lines.append(f"{e(tr('Answer'))}: {e(a.answer_summary)}")
        timeline = "".join(
            f"<li>{fmt_date(ev.event_date)} — {e(label(ev.kind))}{(': ' + e(ev.details)) if ev.details else ''}</li>"
            for ev in a.events
        )
        scans = "".join(f"<li><a href='scan:{att.id}'>{e(att.filename)}</a></li>" for att in a.attachments)
        # tr() outside the f-strings: the translation tools do not look inside them
        history, scans_title = e(tr("History")), e(tr("Scans"))
        out = "<br>".join(lines) + f"<p><b>{history}</b></p><ul>{timeline}</ul>"
        if scans:
            out += f"<p><b>{scans_title}</b></p><ul>{scans}</ul>"
        return out

    def _anchor(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("scan:"):
            self.open_scan(int(text.split(":", 1)[1]))

    def open_scan(self, attachment_id: int) -> None:
        """Write the scan to a temporary file and open it with the system viewer."""
        import tempfile
        from pathlib import Path

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        try:
            scan = appeals.get_scan(self.ctx, attachment_id)
        except CalError as exc:
            show_error(self, exc)
            return
        folder = Path(tempfile.mkdtemp(prefix="cal_scan_"))
        path = folder / Path(scan.filename).name
        path.write_bytes(scan.content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ----------------------------------------------------------------------------------- actions

    def new_appeal(self) -> None:
        saved = appeal_events.run_dialog(appeal_events.NewAppealDialog(self.ctx, self, self.initiative_id))
        if saved is not None:
            self._after_change(saved.id)

    def _event(self, dialog_class: type) -> None:
        if self.current is None:
            return
        saved = appeal_events.run_dialog(dialog_class(self.ctx, self.current, self))
        if saved is not None:
            self._after_change(saved.id)

    def _after_change(self, appeal_id: int) -> None:
        self.reload(select_id=appeal_id)
        self.changed.emit()

    def _repeat(self) -> None:
        """The follow-up of an overdue appeal: the editor with ``repeat_appeal`` citing this one, to the
        same addressee; the register reloads when the new appeal is filed."""
        a = self.current
        if a is None:
            return
        self.repeat_appeal_requested.emit(a.id)
        if self.opens_documents:
            from cal_desktop.gui.dialogs import document_dialogs

            if document_dialogs.open_editor(
                self, self.ctx, a.initiative_id, "repeat_appeal", a.official_id, a.id
            ):
                self._after_change(a.id)

    def repeat_all_overdue(self, folder: str | None = None) -> None:
        """«Повторные обращения по всем просроченным»: for every overdue unanswered appeal of the list as
        filtered now, a repeat appeal filed in the register and saved as PDF in a folder (issue 13 item 11)."""
        from cal_desktop.gui import file_dialogs
        from cal_desktop.gui.worker import run_in_background
        from cal_desktop.services import document_output

        as_of, ids = clock.today(), list(self.ids)
        try:
            count = len([r for r in document_output.overdue_unanswered(self.ctx, as_of) if r[0] in set(ids)])
        except CalError as exc:
            show_error(self, exc)
            return
        if not count:
            messages.info(
                self, tr("No appeal in this list is overdue without an answer and a repeat appeal.")
            )
            return
        question = tr("Prepare, file and save a repeat appeal for each of %1 overdue appeals?").replace(
            "%1", str(count)
        )
        if messages.ask(self, question, [tr("Prepare")]) != 0:
            return
        folder = folder or file_dialogs.choose_folder(self, tr("Folder for the repeat appeals"))
        if not folder:
            return

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            made = document_output.repeat_overdue(self.ctx, as_of, "pdf", file=True, appeal_ids=ids,
                                                  progress=progress, cancel=cancelled)  # fmt: skip
            for m in made:
                if not m.problem:
                    files.save_bytes(Path(folder) / m.filename, m.content)
            return made

        def done(made) -> None:  # type: ignore[no-untyped-def]
            ok = [m for m in made if not m.problem]
            text = tr("Repeat appeals filed: %1 of %2; saved in %3.").replace("%1", str(len(ok)))
            text = text.replace("%2", str(len(made))).replace("%3", folder)
            failed = "\n".join(f"№ {m.first_number}: {m.problem}" for m in made if m.problem)
            messages.info(self, f"{text}\n{failed}" if failed else text)
            self.reload()

        self.repeat_task = run_in_background(self, job, done, tr("Preparing repeat appeals…"))

    def _document(self) -> None:
        if self.current is not None and self.current.document_id is not None:
            self.document_requested.emit(self.current.document_id)
            if self.opens_documents:
                from cal_desktop.gui.dialogs import document_dialogs

                try:
                    document_dialogs.open_stored(self, self.ctx, self.current.document_id)
                except CalError as exc:
                    show_error(self, exc)


# ------------------------------------------------------------------------------------ the desk


class AppealAlertsPanel(QWidget):
    """Appeals due soon and overdue, for the desk; activating one emits ``appeal_activated(id)``."""

    appeal_activated = Signal(int)

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, load_later: bool = False
    ) -> None:
        """``load_later``: fill the lists in the background (the desk at start-up, see :meth:`refresh_later`)."""
        super().__init__(parent)
        self.setObjectName("appealAlertsPanel")
        self.setAccessibleName(tr("Appeals due soon and overdue"))
        self.ctx = ctx
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("overdueLabel")
        self.overdue_list = QListWidget(self)
        self.overdue_list.setObjectName("overdueList")
        self.overdue_list.setAccessibleName(tr("Overdue appeals"))
        self.soon_label = QLabel(self)
        self.soon_label.setObjectName("dueSoonLabel")
        self.soon_list = QListWidget(self)
        self.soon_list.setObjectName("dueSoonList")
        self.soon_list.setAccessibleName(tr("Appeals due soon"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.overdue_label, self.overdue_list, self.soon_label, self.soon_list):
            layout.addWidget(w)
        for lst in (self.overdue_list, self.soon_list):
            lst.setWordWrap(True)  # the whole line, never a sideways scroll bar hiding the date
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # two lines at the least: on the desk's column of a 768 px screen today's list needs the room
            lst.setMinimumHeight(2 * lst.fontMetrics().lineSpacing() + 2 * lst.frameWidth() + 8)
            lst.itemActivated.connect(
                lambda item: self.appeal_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
            )
        if load_later:
            from cal_desktop.gui.housekeeping import AFTER_START_MS

            for text, target in (
                (tr("Overdue: %1"), self.overdue_label),
                (tr("Due soon: %1"), self.soon_label),
            ):
                target.setText(text.replace("%1", "…"))
            QTimer.singleShot(AFTER_START_MS, self, self.refresh_later)
        else:
            self.refresh()

    def refresh(self, as_of: date | None = None) -> None:
        self._show(*appeals.alerts(self.ctx, as_of or clock.today()))

    def refresh_later(self) -> None:
        """The same lists, read in the background: the program's window need not wait for the working
        calendar, whose first use loads the ``holidays`` package (gui/housekeeping.py ``later``)."""
        from shiboken6 import isValid

        from cal_desktop.gui import housekeeping

        if not self.isVisible():
            return  # closed before it was needed
        ctx, day = self.ctx, clock.today()

        def show(result: tuple[list[AppealSummary], list[AppealSummary]]) -> None:
            if isValid(self):  # the desk may have been rebuilt meanwhile (another person signed in)
                self._show(*result)

        housekeeping.later(lambda: appeals.alerts(ctx, day), show)

    def _show(self, due_soon: list[AppealSummary], overdue: list[AppealSummary]) -> None:
        self._fill(self.overdue_list, overdue, STATE_BACKGROUND[AppealState.OVERDUE])
        self._fill(self.soon_list, due_soon, STATE_BACKGROUND[AppealState.DUE_SOON])
        self.overdue_label.setText(tr("Overdue: %1").replace("%1", str(len(overdue))))
        self.soon_label.setText(tr("Due soon: %1").replace("%1", str(len(due_soon))))

    @staticmethod
    def _fill(target: QListWidget, rows: list[AppealSummary], colour: QColor) -> None:
        target.clear()
        due = tr("Due")
        for r in rows:
            # the date first: it is what the desk needs to see in a narrow column
            line = f"{due}: {fmt_date(r.due_date)} — {r.number} — {r.addressee}"
            item = QListWidgetItem(line)
            item.setToolTip(line)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setBackground(QBrush(colour))
            target.addItem(item)


def startup_overdue_message(
    ctx: ServiceContext, last_open_date: date | None, today: date | None = None
) -> str | None:
    """What to say at start-up about appeals that became overdue since the program was last open
    (``last_open_date`` from ``services.settings.get_state(ctx, "last_open_date")``); None: nothing new."""
    rows = appeals.newly_overdue_since(ctx, last_open_date, today or clock.today())
    if not rows:
        return None
    due = tr("Due")
    shown = "\n".join(f"• {r.number} — {r.addressee} ({due}: {fmt_date(r.due_date)})" for r in rows[:10])
    more = "\n" + tr("…and %1 more").replace("%1", str(len(rows) - 10)) if len(rows) > 10 else ""
    return tr("Appeals that became overdue since the program was last open: %1").replace(
        "%1", str(len(rows))
    ) + ("\n" + shown + more)
