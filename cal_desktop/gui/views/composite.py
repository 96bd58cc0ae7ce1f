"""Areas made of several views: the desk with the appeals alerts, documents (register + templates), and
settings with the administrator's and coordinator's tools.

A tab appears only for a role that may use it (the services refuse the rest anyway); views are built
the first time their tab is shown, so opening an area stays quick.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

_RANK = {Role.STAFF: 0, Role.COORDINATOR: 1, Role.ADMIN: 2}


class LazyTabs(QTabWidget):
    """Tabs whose views are created when first shown; ``tabs`` is (key, title, module, class, role)."""

    def __init__(
        self,
        ctx: ServiceContext,
        tabs: list[tuple[str, Callable[[], str], str, str, Role]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: dict[str, QWidget] = {}
        self._specs: list[tuple[str, str, str]] = []
        for key, title, module, cls, role in tabs:
            if _RANK[ctx.actor.role] < _RANK[role]:
                continue
            holder = QWidget(self)
            holder.setObjectName(f"tab_{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, title())
            self._specs.append((key, module, cls))
        self.currentChanged.connect(self._ensure)
        self._ensure(self.currentIndex())

    def _ensure(self, index: int) -> QWidget | None:
        if not 0 <= index < len(self._specs):
            return None
        key, module, cls = self._specs[index]
        if key not in self.views:
            try:
                view = getattr(importlib.import_module(module), cls)(self.ctx)
            except Exception as exc:  # a broken tab must not take the area down
                show_error(self, exc)
                return None
            holder = self.widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None  # every tab is a holder with its layout (made in __init__)
            layout.addWidget(view)
            self.views[key] = view
            self.on_created(key, view)
        return self.views[key]

    def on_created(self, key: str, view: QWidget) -> None:
        """Subclasses connect the new view's signals here."""

    def show_tab(self, key: str) -> QWidget | None:
        for index, (k, _m, _c) in enumerate(self._specs):
            if k == key:
                self.setCurrentIndex(index)
                return self._ensure(index)
        return None

    def current_view(self) -> QWidget | None:
        return self._ensure(self.currentIndex())

    # the main window forwards these to the shown view
    def refresh(self) -> None:
        view = self.current_view()
        if view is not None and hasattr(view, "refresh"):
            view.refresh()

    def focus_search(self) -> None:
        view = self.current_view()
        if view is not None and hasattr(view, "focus_search"):
            view.focus_search()

    def save_layout(self, settings: QSettings) -> None:
        for view in self.views.values():
            save = getattr(view, "save_layout", None)
            if save is not None:
                save(settings)


class DocumentsArea(LazyTabs):
    """The register of appeals and the document templates."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            [
                (
                    "appeals",
                    lambda: tr("Register of appeals"),
                    "cal_desktop.gui.views.appeals",
                    "AppealsView",
                    Role.STAFF,
                ),
                (
                    "templates",
                    lambda: tr("Document templates"),
                    "cal_desktop.gui.views.templates",
                    "TemplatesView",
                    Role.STAFF,
                ),
            ],
            parent,
        )
        self.setObjectName("documentsArea")
        self.setAccessibleName(tr("Documents and appeals"))

    def select_appeal(self, appeal_id: int) -> bool:
        from cal_desktop.gui.views.appeals import AppealsView  # imported with the tab, not with the area

        view = self.show_tab("appeals")
        return isinstance(view, AppealsView) and view.select_appeal(appeal_id)


class SettingsArea(LazyTabs):
    """The centre's settings, and the tools of coordinators and administrators."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            [
                (
                    "settings",
                    lambda: tr("Settings"),
                    "cal_desktop.gui.views.settings_view",
                    "SettingsView",
                    Role.STAFF,
                ),
                (
                    "accounts",
                    lambda: tr("Staff accounts"),
                    "cal_desktop.gui.views.accounts",
                    "AccountsView",
                    Role.ADMIN,
                ),
                (
                    "personal_data",
                    lambda: tr("Personal data"),
                    "cal_desktop.gui.views.personal_data",
                    "PersonalDataView",
                    Role.STAFF,  # consent and its withdrawal are recorded at the desk; the view hides the rest
                ),
                (
                    "audit",
                    lambda: tr("Audit log"),
                    "cal_desktop.gui.views.audit",
                    "AuditView",
                    Role.COORDINATOR,
                ),
            ],
            parent,
        )
        self.setObjectName("settingsArea")
        self.setAccessibleName(tr("Settings"))


def desk_with_alerts(ctx: ServiceContext) -> QWidget:
    """The desk, with the appeals due soon and overdue beside today's work."""
    from cal_desktop.gui.views.appeals import AppealAlertsPanel
    from cal_desktop.gui.views.desk import DeskView

    desk = DeskView(ctx)
    panel = AppealAlertsPanel(ctx, load_later=True)  # the window appears without waiting for it
    desk.add_panel(tr("Appeals due soon and overdue"), panel)
    desk.appeal_alerts = panel  # type: ignore[attr-defined]  # the main window connects it
    return desk
