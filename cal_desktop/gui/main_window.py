"""The main window: navigation between the areas (gui/areas.py), menus, shortcuts, status bar.

Areas are created the first time they are opened, so the window appears fast on a large base.
The window's size, position and splitters are remembered in the desk's settings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from cal_desktop import __version__
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.areas import AREAS, Area
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.navigation import COLLAPSE_BELOW, NavigationPanel
from cal_desktop.gui.settings_store import gui_settings
from cal_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from cal_desktop.gui.idle_lock import IdleLock

Page = TypeVar("Page", bound=QWidget)


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, db_label: str, areas: list[Area] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(tr("CAL Desktop"))
        self.ctx = ctx
        self.db_label = db_label
        self.areas = areas if areas is not None else AREAS
        self.pages: dict[str, QWidget] = {}
        # wired by gui/app.py when the program runs (tests build bare windows without them)
        self.idle_lock: IdleLock | None = None
        self.backup_on_exit = False
        self.ask_before_losing_work = False  # closing or signing out asks about half-typed work
        self.backup_timer: QTimer | None = None
        self.setWindowTitle(tr("CAL Desktop — Centre of Active People"))
        self.nav_panel = NavigationPanel(self)
        self.nav = self.nav_panel.list
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("areaStack")
        for number, area in enumerate(self.areas, start=1):
            item = QListWidgetItem(self.style().standardIcon(area.icon), area.title(), self.nav)
            item.setToolTip(f"{area.title()} (Ctrl+{number})" if number <= 9 else area.title())
            holder = QWidget(self.stack)
            holder.setObjectName(f"area_{area.key}")
            holder.setAccessibleName(area.title())
            self.stack.addWidget(holder)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("mainSplitter")
        self.split.addWidget(self.nav_panel)
        self.split.addWidget(self.stack)
        self.split.setStretchFactor(1, 1)
        self.split.setCollapsible(0, False)
        self.split.setCollapsible(1, False)
        self.nav_panel.set_collapsed(False)
        self.split.setSizes([self.nav_panel.minimumWidth(), 1280 - self.nav_panel.minimumWidth()])
        self.nav_panel.collapsed_changed.connect(self._nav_toggled)
        self._auto_collapsed: bool | None = None  # what the width last decided (None: not yet)
        self.setCentralWidget(self.split)
        self.nav.currentRowChanged.connect(self.show_area_at)
        self.staff_label = QLabel(self)
        self.staff_label.setObjectName("statusStaff")
        self.staff_label.setAccessibleName(tr("Staff member at the desk"))
        self.db_status = QLabel(self)
        self.db_status.setObjectName("statusDatabase")
        self.db_status.setAccessibleName(tr("Database"))
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.db_status)
        full = tr("Database: %1").replace("%1", db_label)
        # a deep folder would be cut at the window's edge on a 1024 px screen: shortened in the middle
        # (the file's name stays), whole in the tooltip
        self.db_status.setText(self.db_status.fontMetrics().elidedText(full, Qt.TextElideMode.ElideMiddle, 560))
        self.db_status.setToolTip(full)
        self._build_menus()
        self.set_staff_name(ctx.actor.display_name)
        screen_fit.resize_within(self, 1280, 820)  # no larger than the screen it opens on
        self._restore()
        self.nav.setCurrentRow(0)

    # ------------------------------------------------------------------------------------ menus

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        file_menu = bar.addMenu(tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(
            self._action("actionNewConsultation", tr("New &consultation"), self.new_consultation, "Ctrl+N")
        )
        file_menu.addAction(
            self._action("actionNewVisitor", tr("New &visitor…"), self.new_visitor, "Ctrl+Shift+N")
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("actionImport", tr("&Import…"), self.open_import, "Ctrl+I"))
        if self.ctx.actor.role is not Role.STAFF:  # whole tables of people's data: coordinators and up
            file_menu.addAction(self._action("actionExport", tr("&Export…"), self.open_export, "Ctrl+E"))
        file_menu.addSeparator()
        if self.ctx.actor.role is not Role.STAFF:  # the appeals' clock: coordinators and up
            file_menu.addAction(
                self._action("actionWorkingCalendar", tr("Working &calendar…"), self.open_working_calendar)
            )
        if self.ctx.actor.role.value == "admin":
            file_menu.addAction(self._action("actionBackup", tr("&Backup copies…"), self.open_backups))
            file_menu.addAction(
                self._action("actionDatabaseSettings", tr("&Database connection…"), self.open_database_settings)
            )
        file_menu.addSeparator()
        file_menu.addAction(self._action("actionLock", tr("&Lock the window"), self.lock_now, "Ctrl+L"))
        file_menu.addAction(
            self._action("actionSignInAnother", tr("Sign in as &another staff member…"), self.sign_in_another)
        )
        file_menu.addAction(
            self._action("actionChangePassword", tr("Change &password…"), self.change_password)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("actionQuit", tr("E&xit"), self.close, "Ctrl+Q")  # Windows has no standard Quit key
        )
        go_menu = bar.addMenu(tr("&Go"))
        go_menu.setObjectName("goMenu")
        for number, area in enumerate(self.areas, start=1):
            shortcut = f"Ctrl+{number}" if number <= 9 else None
            go_menu.addAction(
                self._action(
                    f"actionArea_{area.key}",
                    area.title(),
                    partial(self.nav.setCurrentRow, number - 1),
                    shortcut,
                )
            )
        go_menu.addSeparator()
        go_menu.addAction(
            self._action("actionFind", tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        )
        go_menu.addAction(self._action("actionRefresh", tr("&Refresh"), self.refresh_current, "F5"))
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(
            self._action("actionShortcuts", tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        )
        help_menu.addAction(self._action("actionAbout", tr("&About"), self.show_about))

    # ------------------------------------------------------------------------------------ areas

    def show_area_at(self, row: int) -> None:
        if not 0 <= row < len(self.areas):
            return
        area = self.areas[row]
        holder = self.stack.widget(row)
        assert holder is not None  # one holder per area, made in __init__
        if area.key not in self.pages:
            try:
                page = area.factory(self.ctx)
            except Exception as exc:  # a broken area must not take the window down
                show_error(self, exc)
                return
            page.setParent(holder)
            from PySide6.QtWidgets import QVBoxLayout

            layout = QVBoxLayout(holder)
            layout.setContentsMargins(4, 4, 4, 4)
            layout.addWidget(page)
            self.pages[area.key] = page
            restore = getattr(page, "restore_layout", None)
            if restore is not None:
                restore(gui_settings())
            if area.key == "visitors" and hasattr(page, "consultation_requested"):
                page.consultation_requested.connect(self.consult_with)
            alerts = getattr(page, "appeal_alerts", None)
            if alerts is not None:
                alerts.appeal_activated.connect(self.open_appeal)
        self.stack.setCurrentIndex(row)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)

    def show_area(self, key: str) -> QWidget:
        row = next(i for i, a in enumerate(self.areas) if a.key == key)
        self.show_area_at(row)
        return self.pages[key]

    def _page(self, key: str, kind: type[Page]) -> Page:
        """The area's view (built if needed) as the class gui/areas.py makes for it."""
        page = self.show_area(key)
        assert isinstance(page, kind)
        return page

    def current_page(self) -> QWidget | None:
        row = self.stack.currentIndex()
        return self.pages.get(self.areas[row].key) if 0 <= row < len(self.areas) else None

    # ---------------------------------------------------------------------------------- actions

    def new_consultation(self) -> None:
        from cal_desktop.gui.views.desk import DeskView

        self._page("desk", DeskView).new_consultation()

    def consult_with(self, visitor_id: int) -> None:
        from cal_desktop.gui.views.desk import DeskView
        from cal_desktop.gui.widgets.visitor_picker import describe
        from cal_desktop.services import visitors

        desk = self._page("desk", DeskView)
        desk.new_consultation()
        desk.form.picker.set_visitor(visitor_id, describe(visitors.get_visitor(self.ctx, visitor_id)))
        desk.form.ui.channelCombo.setFocus()

    def new_visitor(self) -> None:
        from cal_desktop.gui.views.visitors import VisitorsView

        self._page("visitors", VisitorsView).new_visitor()

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()
        else:
            from cal_desktop.gui.views.visitors import VisitorsView

            self._page("visitors", VisitorsView).focus_search()

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()
            self.statusBar().showMessage(tr("Refreshed."), 2000)

    def _optional_dialog(self, function: str) -> None:
        """Import/export dialogs are built by another area; until they exist, say so calmly."""
        try:
            module = importlib.import_module("cal_desktop.gui.dialogs.import_dialog")
            opener = getattr(module, function)
        except (ImportError, AttributeError):
            messages.info(
                self,
                tr(
                    "Import and export from spreadsheets will be available later. "
                    "Until then use the command line: cal-desktop import / export."
                ),
            )
            return
        opener(self.ctx, self)
        self.refresh_current()

    def open_import(self) -> None:
        self._optional_dialog("open_import_dialog")

    def open_export(self) -> None:
        self._optional_dialog("open_export_dialog")

    def open_appeal(self, appeal_id: int) -> None:
        """From the desk's alerts to the appeal in the register."""
        page = self.show_area("documents")
        if hasattr(page, "select_appeal"):
            page.select_appeal(appeal_id)

    def open_working_calendar(self) -> None:
        """Regional days off and corrections of the calendar the appeals' due dates roll over."""
        from cal_desktop.gui.dialogs.appeal_calendar import CalendarOverridesDialog

        CalendarOverridesDialog(self.ctx, self).exec()
        self.refresh_current()  # due dates may have moved

    def open_backups(self) -> None:
        from cal_desktop.gui.dialogs.backup import BackupDialog

        dialog = BackupDialog(self.ctx, self)
        dialog.restored.connect(lambda _kept: self.reload_views())
        dialog.exec()

    def open_database_settings(self) -> None:
        from cal_desktop.gui.dialogs.database_settings import open_database_settings

        open_database_settings(self)

    def lock_now(self) -> None:
        lock = getattr(self, "idle_lock", None)
        if lock is not None:
            lock.lock(by_hand=True)

    def change_password(self) -> None:
        from cal_desktop.gui.dialogs.password import ChangePasswordDialog

        ChangePasswordDialog(self.ctx, self).exec()

    def sign_in_another(self) -> bool:
        """Another staff member takes the desk: they sign in with their own password. True if they did.
        The views are built anew for them, so half-typed work is asked about first (gui/closing.py)."""
        from cal_desktop.gui import closing, startup

        if self.ask_before_losing_work and not closing.may_sign_out(self):
            return False
        signed_in = startup.sign_in(self.ctx, self)
        if signed_in is None:
            return False
        self.set_context(signed_in)
        return True

    def set_context(self, ctx: ServiceContext) -> None:
        """Work on as another person: every view is rebuilt with the new context (and role)."""
        self.ctx = ctx
        lock = getattr(self, "idle_lock", None)
        if lock is not None:
            lock.ctx = ctx
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        self._build_menus()  # the menus depend on the role
        self.set_staff_name(ctx.actor.display_name)
        self.reload_views()
        self.focus_search()  # the new person starts typing where the previous one would have

    def reload_views(self) -> None:
        """Drop the built views; the current area is built again from the database."""
        for row, area in enumerate(self.areas):
            page = self.pages.pop(area.key, None)
            if page is not None:
                holder = self.stack.widget(row)
                page.deleteLater()
                old_layout = holder.layout() if holder is not None else None
                if old_layout is not None:
                    QWidget().setLayout(old_layout)  # drop the old layout
        self.show_area_at(self.nav.currentRow())

    def set_staff_name(self, name: str) -> None:
        self.staff_label.setText(tr("At the desk: %1").replace("%1", name or "—"))
        desk = self.pages.get("desk")
        if desk is not None and hasattr(desk, "set_staff_name"):
            desk.set_staff_name(name)

    def show_shortcuts(self) -> None:
        from cal_desktop.gui.shortcuts import help_text  # read from the actions themselves (F1)

        messages.info(self, help_text(self), title=tr("Keyboard shortcuts"))

    def show_about(self) -> None:
        messages.info(
            self,
            tr(
                "CAL Desktop %1\nThe program of a Centre of Active People: visitors, consultations, "
                "initiatives, letters and reports. Works offline; data stays on this computer."
            ).replace("%1", __version__),
            title=tr("About"),
        )

    # ------------------------------------------------------------------------------ remembering

    def _restore(self) -> None:
        settings = gui_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # Qt moves it onto a screen that is there now
            free = screen_fit.available(self)
            if self.width() > free.width() or self.height() > free.height():  # a smaller monitor now
                screen_fit.resize_within(self, self.width(), self.height())
        state = settings.value("window/split")
        if state is not None:
            self.split.restoreState(state)

    # ------------------------------------------------------------------------------- navigation

    def nav_collapsed(self) -> bool:
        return self.nav_panel.is_collapsed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < COLLAPSE_BELOW
        if narrow != self._auto_collapsed:  # crossing the line decides; the button may change it after
            self._auto_collapsed = narrow
            self.nav_panel.set_collapsed(narrow)

    def _nav_toggled(self, collapsed: bool) -> None:
        """The list changed its width: the area takes (or gives back) the difference."""
        width = self.nav_panel.minimumWidth()
        self.split.setSizes([width, max(0, sum(self.split.sizes()) - width)])

    def save_layout(self) -> None:
        settings = gui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/split", self.split.saveState())
        for page in self.pages.values():
            save = getattr(page, "save_layout", None)
            if save is not None:
                save(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks first when typed work would be lost; then hides at once, the exit backup finishing in
        the background (gui/closing.py)."""
        from cal_desktop.gui import closing

        if self.ask_before_losing_work and not closing.may_close(self):
            event.ignore()
            return
        self.save_layout()
        lock = getattr(self, "idle_lock", None)
        if lock is not None:
            lock.stop()
        if self.backup_timer is not None:
            self.backup_timer.stop()
        watch = getattr(self, "change_watch", None)  # gui/change_watch.py, attached by gui/app.py
        if watch is not None:
            watch.stop()
        closing.start_exit_backup(self)
        super().closeEvent(event)
