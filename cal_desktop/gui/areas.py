"""The areas of the main window, in one table: key, title, icon and a factory ``(ctx) -> QWidget``.

To plug in a view, change its row's factory, e.g.
``view("cal_desktop.gui.views.initiatives", "InitiativesView")``: the module is imported the first time
the area is opened; while it does not exist (or fails to import), the area shows what will come there.
Order here is the order of the navigation and of the shortcuts Ctrl+1..Ctrl+9.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets.placeholder import Placeholder
from cal_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

Factory = Callable[[ServiceContext], QWidget]


@dataclass(frozen=True)
class Area:
    key: str
    title: Callable[[], str]  # translated when shown
    icon: QStyle.StandardPixmap
    factory: Factory


def view(module: str, cls: str, coming: Callable[[], str] | None = None) -> Factory:
    """A factory importing ``module.cls(ctx)`` lazily; a placeholder while the module is missing."""

    def make(ctx: ServiceContext) -> QWidget:
        try:
            widget_class = getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError) as exc:
            if not isinstance(exc, ModuleNotFoundError) or exc.name != module:
                log.exception("area view %s.%s failed to load", module, cls)
            return Placeholder(tr("Coming soon"), coming() if coming else "")
        return widget_class(ctx)

    return make


def for_role(role: Role, factory: Factory, text: Callable[[], str]) -> Factory:
    """``factory`` for ``role`` and above; below it a calm page saying who uses this area (the
    services refuse the rest anyway, but an empty screen with a refusal in it says nothing useful)."""

    def make(ctx: ServiceContext) -> QWidget:
        if _RANK[ctx.actor.role] < _RANK[role]:
            return Placeholder(tr("Not available with your role"), text())
        return factory(ctx)

    return make


_RANK = {Role.STAFF: 0, Role.COORDINATOR: 1, Role.ADMIN: 2}


def placeholder(title: Callable[[], str], text: Callable[[], str]) -> Factory:
    return lambda ctx: Placeholder(title(), text())


SP = QStyle.StandardPixmap

AREAS: list[Area] = [
    Area(
        "desk",
        lambda: tr("Reception"),
        SP.SP_DialogYesButton,
        view("cal_desktop.gui.views.composite", "desk_with_alerts"),
    ),
    Area(
        "visitors",
        lambda: tr("Visitors"),
        SP.SP_DirHomeIcon,
        view("cal_desktop.gui.views.visitors", "VisitorsView"),
    ),
    Area(
        "initiatives",
        lambda: tr("Initiatives"),
        SP.SP_FileDialogDetailedView,
        view(
            "cal_desktop.gui.views.initiatives",
            "InitiativesView",
            lambda: tr(
                "Here will be the initiatives of the residents: the board by status, the initiative "
                "card with its authors and supporters, resources and partners, and the next steps."
            ),
        ),
    ),
    Area(
        "documents",
        lambda: tr("Documents and appeals"),
        SP.SP_FileIcon,
        view("cal_desktop.gui.views.composite", "DocumentsArea"),
    ),
    Area(
        "directory",
        lambda: tr("Directories"),
        SP.SP_DirIcon,
        view(
            "cal_desktop.gui.views.directory",
            "DirectoryView",
            lambda: tr(
                "Here will be the directories: authorities and officials, partners and media, territories."
            ),
        ),
    ),
    Area(
        "reports",
        lambda: tr("Reports"),
        SP.SP_FileDialogContentsView,
        for_role(
            Role.COORDINATOR,
            view(
                "cal_desktop.gui.views.reports",
                "ReportsView",
                lambda: tr(
                    "Here will be the monthly report of the centre with its figures, charts and export "
                    "to Excel, PDF and Word."
                ),
            ),
            lambda: tr(
                "The centre's reports are prepared by a coordinator or the administrator. Ask them "
                "for the figures you need."
            ),
        ),
    ),
    Area(
        "settings",
        lambda: tr("Settings"),
        SP.SP_FileDialogListView,
        view("cal_desktop.gui.views.composite", "SettingsArea"),
    ),
    # last, so that the areas above keep their places and shortcuts (issue 16)
    Area(
        "events",
        lambda: tr("Meetings and events"),
        SP.SP_FileDialogInfoView,
        view("cal_desktop.gui.views.events", "EventsView"),
    ),
    Area(  # issue 21
        "funding_calls",
        lambda: tr("Funding calls and contests"),
        SP.SP_FileDialogStart,
        view("cal_desktop.gui.views.funding_calls", "FundingCallsView"),
    ),
]
