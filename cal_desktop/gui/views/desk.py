"""The desk (Приём): the quick consultation form, today's consultations and the follow-ups
(``gui/widgets/followups_panel.py``).

``add_panel(title, widget)`` adds a panel under the follow-ups (the appeals' due-soon/overdue alerts
are plugged in there by the lead). The second tab holds the list of all consultations with filters,
built the first time it is opened so the program starts fast on a large base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain import clock
from cal_desktop.gui.formatting import fmt_date, fmt_time
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.models.lazy_table import Column, LazyTableModel
from cal_desktop.gui.widgets.consultation_form import ConsultationForm
from cal_desktop.gui.widgets.followups_panel import FollowUpsPanel
from cal_desktop.gui.widgets.row_open import on_open
from cal_desktop.services import consultations
from cal_desktop.services.consultations import ConsultationFilter, ConsultationRow
from cal_desktop.services.context import ServiceContext

TODAY_COLUMNS: list[Column[ConsultationRow]] = [
    Column(lambda: tr("Time"), lambda r: fmt_time(r.occurred_at)),
    Column(lambda: tr("Visitor"), lambda r: r.visitor_name or tr("anonymous")),
    Column(lambda: tr("Outcome"), lambda r: label(r.outcome), lambda r: r.staff_name or ""),
]


if TYPE_CHECKING:
    from cal_desktop.gui.views.consultations import ConsultationsView


class DeskView(QTabWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskView")
        self.setAccessibleName(tr("Reception desk"))
        self.ctx = ctx
        self.today_ids: list[int] = []
        self.list_view: ConsultationsView | None = None  # made when its tab is first shown
        self.form = ConsultationForm(ctx, self)
        self.form.setObjectName("consultationForm")
        self.form.setAccessibleName(tr("New consultation"))
        self.form.saved.connect(self._saved)
        self.form.new_visitor_requested.connect(self._new_visitor)
        scroll = QScrollArea(self)
        scroll.setObjectName("consultationFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        self.today_model: LazyTableModel[ConsultationRow] = LazyTableModel(TODAY_COLUMNS, self, page_size=40)
        self.today_table = QTableView(self)
        self.today_table.setObjectName("todayTable")
        self.today_table.setAccessibleName(tr("Today's consultations"))
        self.today_table.setModel(self.today_model)
        self.today_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today_table.verticalHeader().hide()
        self.today_table.verticalHeader().setDefaultSectionSize(24)
        self.today_table.setWordWrap(False)
        self.today_table.horizontalHeader().resizeSection(0, 55)
        self.today_table.horizontalHeader().resizeSection(2, 170)
        self.today_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        on_open(self.today_table, self._open_today_row)
        self.today_box = QGroupBox(tr("Today"), self)
        self.today_box.setObjectName("todayBox")
        QVBoxLayout(self.today_box).addWidget(self.today_table)

        # the follow-ups panel (issue 15): owner, buckets, one-key actions
        self.follow_panel = FollowUpsPanel(ctx, self)
        self.follow_panel.open_consultation.connect(self._open_consultation)
        self.follow_panel.changed.connect(self._follow_ups_changed)
        self.follow_list = self.follow_panel.list
        self.done_button = self.follow_panel.done_button
        self.follow_box = QGroupBox(tr("Follow-ups"), self)
        self.follow_box.setObjectName("followUpBox")
        QVBoxLayout(self.follow_box).addWidget(self.follow_panel)

        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.panels: list[QWidget] = []  # added by add_panel; refreshed with the desk
        self.side.setObjectName("deskSideSplitter")
        self.side.addWidget(self.today_box)
        self.side.addWidget(self.follow_box)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("deskSplitter")
        self.split.addWidget(scroll)
        self.split.addWidget(self.side)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 480])
        page = QWidget(self)
        page.setObjectName("deskTodayPage")
        layout = QVBoxLayout(page)
        self.staff_label = QLabel(page)
        self.staff_label.setObjectName("deskStaffLabel")
        self.staff_label.setAccessibleName(tr("Staff member at the desk"))
        header = QHBoxLayout()
        header.addWidget(self.staff_label, 1)
        # a meeting or event from the desk, with the chosen visitor present (issue 16.1)
        self.event_button = QPushButton(tr("&Meeting or event…"), page)
        self.event_button.setObjectName("deskNewEvent")
        self.event_button.setAccessibleName(tr("Record a meeting or event with the chosen visitor"))
        self.event_button.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.event_button.setToolTip(tr("Record a meeting or event (Ctrl+Shift+M)"))
        self.event_button.clicked.connect(self.new_event)
        header.addWidget(self.event_button)
        layout.addLayout(header)
        layout.addWidget(self.split, 1)
        self.addTab(page, tr("&Reception"))
        self.list_page = QWidget(self)
        self.list_page.setObjectName("deskListPage")
        QVBoxLayout(self.list_page).setContentsMargins(0, 0, 0, 0)
        self.addTab(self.list_page, tr("All &consultations"))
        self.currentChanged.connect(self._tab_changed)
        self.set_staff_name(ctx.actor.display_name)
        self.refresh()

    # -------------------------------------------------------------------------------------- public

    def add_panel(self, title: str, widget: QWidget) -> QGroupBox:
        """Add a panel to the right-hand column (e.g. appeals due soon or overdue)."""
        box = QGroupBox(title, self)
        box.setObjectName(f"panel_{widget.objectName() or self.side.count()}")
        QVBoxLayout(box).addWidget(widget)
        self.side.addWidget(box)
        self.side.setCollapsible(self.side.count() - 1, False)
        # today's list takes half the column (8 rows and more at 1366×768), the panels share the rest,
        # until the person drags the split (large numbers: set while hidden, their proportions hold)
        self.side.setSizes([2000] + [1000] * (self.side.count() - 1))
        for index in range(self.side.count()):
            self.side.setStretchFactor(index, 2 if index == 0 else 1)
        self.panels.append(widget)
        return box

    def set_staff_name(self, name: str) -> None:
        self.staff_label.setText(tr("At the desk: %1").replace("%1", name or "—"))

    def refresh(self) -> None:
        # ids of today's consultations, rows loaded as the list shows them (a busy day stays quick)
        today = clock.today()
        ids = consultations.consultation_ids(self.ctx, ConsultationFilter(date_from=today, date_to=today))
        self.today_ids = ids
        ctx = self.ctx
        self.today_model.reset(
            len(ids), lambda offset, limit: consultations.consultation_rows(ctx, ids[offset : offset + limit])
        )
        self.today_box.setTitle(
            tr("Today, %1: %2").replace("%1", fmt_date(today)).replace("%2", str(len(ids)))
        )
        self.follow_panel.refresh()
        self.follow_box.setTitle(self.follow_panel.title())
        if isinstance(self.list_view, QWidget) and hasattr(self.list_view, "reload"):
            self.list_view.reload()
        for panel in getattr(self, "panels", []):
            if hasattr(panel, "refresh"):
                panel.refresh()

    def new_consultation(self) -> None:
        self.setCurrentIndex(0)
        self.form.reset()
        self.form.ui.visitorEdit.setFocus()

    def new_event(self) -> None:
        from cal_desktop.gui.dialogs.event_form import edit_event

        if edit_event(self.ctx, self, visitor_id=self.form.picker.visitor_id):
            self.refresh()

    def focus_search(self) -> None:
        if self.currentIndex() == 1 and self.list_view is not None:
            self.list_view.focus_search()
        else:
            self.form.ui.visitorEdit.setFocus()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("desk/split", self.split.saveState())
        settings.setValue("desk/side", self.side.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        for key, splitter in (("desk/split", self.split), ("desk/side", self.side)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        if 0 in self.side.sizes():  # a layout saved before a panel existed must not hide it
            self.side.setSizes([1] * self.side.count())

    # ------------------------------------------------------------------------------------- private

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.list_view is None:
            from cal_desktop.gui.views.consultations import ConsultationsView

            self.list_view = ConsultationsView(self.ctx, self.list_page)
            layout = self.list_page.layout()
            assert layout is not None  # made with the page in __init__
            layout.addWidget(self.list_view)
            self.list_view.reload()

    def _follow_ups_changed(self) -> None:
        self.follow_box.setTitle(self.follow_panel.title())

    def _open_today_row(self, number: int) -> None:
        row = self.today_model.row(number)  # None for a row out of range, never the last one
        if row is not None:
            self._open_consultation(row.id)

    def _open_consultation(self, consultation_id: int) -> None:
        from cal_desktop.gui.dialogs.consultation_dialog import open_consultation

        if open_consultation(self.ctx, consultation_id, self):
            self.refresh()

    def _saved(self, row: ConsultationRow) -> None:
        self.refresh()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Consultation saved."), 5000)

    def _new_visitor(self, typed: str) -> None:
        from cal_desktop.gui.dialogs.visitor_dialog import edit_visitor
        from cal_desktop.gui.widgets.visitor_picker import describe
        from cal_desktop.services import visitors

        visitor_id = edit_visitor(self.ctx, self, None, typed)
        if visitor_id is not None:
            self.form.picker.set_visitor(visitor_id, describe(visitors.get_visitor(self.ctx, visitor_id)))
            self.form.ui.channelCombo.setFocus()
