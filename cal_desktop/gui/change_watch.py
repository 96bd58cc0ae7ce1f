"""Views refresh themselves when another desk or process changes the database (issue 14.4).

``attach(window)`` starts a ``services.changes.ChangeFeed`` on the window's database and, on a timer,
refreshes the built views that show what changed: the desk («Сегодня», the follow-ups, the appeals'
alerts, the list of all consultations in its second tab), the visitors list, the register of appeals and
the initiatives list. The feed's thread does the waiting; the timer only takes what it collected, so the
window never waits for the database here.

A view is refreshed only while it is shown (a hidden one is marked and refreshed when it is shown
again), at most once in ``MIN_GAP_MS`` (an import writing a slice every half second does not keep it
busy redrawing; a single change still shows within about a second), and the lists of the areas are left
alone while the user types in them or a dialog is open over the window (``QUIET_AFTER_KEY_MS`` after the
last key): ``gui/watch_refresh.py`` keeps their chosen row and scroll position.

Dates move too: when the day changes while the program runs (midnight), every view is refreshed as if
everything had changed, so an appeal that became overdue overnight appears in the desk's alerts and
«Сегодня» starts the new day empty.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from cal_desktop.domain import clock
from cal_desktop.gui import watch_refresh
from cal_desktop.services import changes
from cal_desktop.services.changes import ChangeFeed, Changes

log = logging.getLogger(__name__)

TICK_MS = 400
MIN_GAP_MS = 1000
QUIET_AFTER_KEY_MS = 1500  # a key pressed in a view this recently means the user is typing there


@dataclass(frozen=True)
class Watched:
    """A view that follows other desks' changes: the tables it shows, how to find it in the window
    (None: not built yet, it reads fresh data when built), and how to refresh it in place."""

    key: str
    tables: frozenset[str]
    find: Callable[[QMainWindow], QWidget | None]
    refresh: Callable[[Any], None]
    careful: bool = True  # wait while the user types in it or a dialog is open


def _page(key: str, attribute: str | None = None) -> Callable[[QMainWindow], QWidget | None]:
    def find(window: QMainWindow) -> QWidget | None:
        page = getattr(window, "pages", {}).get(key)
        if page is not None and attribute is not None:
            return getattr(page, "views", {}).get(attribute)  # a tab of gui/views/composite.LazyTabs
        return page

    return find


def _plain_refresh(view: Any) -> None:
    view.refresh()


def _of(class_name: str, refresh: Callable[[Any], None]) -> Callable[[Any], None]:
    """Refresh a view of that class in place; anything else the area holds (a placeholder for a role
    that may not use it) by its own ``refresh`` if it has one."""

    def run(view: Any) -> None:
        if type(view).__name__ == class_name:
            refresh(view)
        elif hasattr(view, "refresh"):
            view.refresh()

    return run


def _tables(names: str) -> frozenset[str]:
    return frozenset(names.split())


WATCHED: list[Watched] = [
    Watched(
        "desk",
        _tables("consultations consultation_topics visitors follow_ups appeals appeal_events staff "
                "calendar_overrides settings"),  # fmt: skip
        _page("desk"),
        _plain_refresh,
        careful=False,  # its refresh leaves the consultation form alone, and the desk must be current
    ),
    Watched(
        "visitors",  # the open card's history too
        _tables("visitors territories visitor_merges consultations consultation_topics initiative_members "
                "initiatives"),  # fmt: skip
        _page("visitors"),
        _of("VisitorsView", watch_refresh.visitors_view),
    ),
    Watched(
        "appeals",
        _tables("appeals appeal_events attachments documents initiatives organisations officials "
                "calendar_overrides settings"),  # fmt: skip
        _page("documents", "appeals"),
        _of("AppealsView", watch_refresh.appeals_view),
    ),
    Watched(
        "initiatives",
        _tables("initiatives initiative_members initiative_status_changes visitors territories staff"),
        _page("initiatives"),
        _of("InitiativesView", watch_refresh.initiatives_view),
    ),
]


class ChangeWatch(QObject):
    """Owned by the main window, which calls ``stop()`` when it closes (the feed's thread ends)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("changeWatch")
        self.window = window
        self.feed: ChangeFeed | None = changes.watch(window.ctx)  # type: ignore[attr-defined]
        self.stale: set[str] = set()  # views to refresh when they may be
        self._last_refresh: dict[str, float] = {}
        self._last_key = 0.0
        self._day = clock.today()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # only notes when a key was last pressed (typing in a view)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.feed is not None:
            self.feed.close()
            self.feed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress:
            self._last_key = time.monotonic()
        return False

    def _tick(self) -> None:
        if self.feed is None:
            return
        found = self.feed.take()
        today = clock.today()
        if today != self._day:  # midnight passed: due dates and «today» moved for every view
            self._day = today
            found = Changes(None)
        if found is not None:
            self.note(found)
        self.refresh_due()

    def note(self, found: Changes) -> None:
        """Mark the views that show what changed."""
        self.stale.update(w.key for w in WATCHED if found.touches(w.tables))

    def refresh(self, found: Changes) -> None:
        """Refresh now the shown views concerned (the time since the last refresh aside)."""
        self.note(found)
        self.refresh_due(ignore_gap=True)

    def refresh_due(self, ignore_gap: bool = False) -> None:
        now = time.monotonic()
        for watched in WATCHED:
            if watched.key not in self.stale:
                continue
            if not ignore_gap and (now - self._last_refresh.get(watched.key, 0.0)) * 1000 < MIN_GAP_MS:
                continue
            view = watched.find(self.window)
            if view is None:
                self.stale.discard(watched.key)  # built later from fresh data
                continue
            if not view.isVisible() or (watched.careful and self.user_busy(view)):
                continue  # stays marked: refreshed when shown, or when the typing stops
            self.stale.discard(watched.key)
            self._last_refresh[watched.key] = now
            try:
                watched.refresh(view)
            except Exception:  # a failed refresh (a server gone) keeps the window; F5 tells more
                log.warning("refreshing %s after a change by another desk failed", watched.key, exc_info=True)

    def user_busy(self, view: QWidget) -> bool:
        """The user is typing in the view, or a dialog (a form, a question) is open over the window."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return True
        focus = QApplication.focusWidget()
        if focus is None or not (focus is view or view.isAncestorOf(focus)):
            return False
        return (time.monotonic() - self._last_key) * 1000 < QUIET_AFTER_KEY_MS


def attach(window: QMainWindow) -> ChangeWatch:
    """Watch the window's database; the window keeps the watcher as ``change_watch``."""
    watch = ChangeWatch(window)
    window.change_watch = watch  # type: ignore[attr-defined]
    return watch
