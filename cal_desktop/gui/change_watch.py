"""Views refresh themselves when another desk or process changes the database (issue 14.4).

``attach(window)`` starts a ``services.changes.ChangeFeed`` on the window's database and, on a timer,
refreshes the built views that show what changed: the desk («Сегодня», the follow-ups, the appeals'
alerts, the list of all consultations in its second tab). The feed's thread does the waiting; the
timer only takes what it collected, so the window never waits for the database here.

A refresh follows the previous one by at least ``MIN_GAP_MS``, so an import writing a slice every
half second does not keep the desk busy redrawing; a single change still shows within about a second.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from cal_desktop.services import changes
from cal_desktop.services.changes import ChangeFeed, Changes

log = logging.getLogger(__name__)

TICK_MS = 400
MIN_GAP_MS = 1000

# area key -> the tables whose change it shows
WATCHED: dict[str, frozenset[str]] = {
    "desk": frozenset(
        {"consultations", "consultation_topics", "visitors", "follow_ups", "appeals", "appeal_events", "staff"}
    ),
}


class ChangeWatch(QObject):
    """Owned by the main window, which calls ``stop()`` when it closes (the feed's thread ends)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("changeWatch")
        self.window = window
        self.feed: ChangeFeed | None = changes.watch(window.ctx)  # type: ignore[attr-defined]
        self._pending: Changes | None = None
        self._last_refresh = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.close()
            self.feed = None

    def _tick(self) -> None:
        if self.feed is None:
            return
        found = self.feed.take()
        if found is not None:
            self._pending = _merge(self._pending, found)
        if self._pending is None or (time.monotonic() - self._last_refresh) * 1000 < MIN_GAP_MS:
            return
        pending, self._pending = self._pending, None
        self._last_refresh = time.monotonic()
        self.refresh(pending)

    def refresh(self, found: Changes) -> None:
        pages: dict[str, QWidget] = getattr(self.window, "pages", {})
        for key, tables in WATCHED.items():
            page = pages.get(key)
            if page is None or not found.touches(tables) or not hasattr(page, "refresh"):
                continue
            try:
                page.refresh()
            except Exception:  # a failed refresh (a server gone) keeps the window; F5 tells more
                log.warning("refreshing %s after a change by another desk failed", key, exc_info=True)


def _merge(old: Changes | None, new: Changes) -> Changes:
    if old is None:
        return new
    if old.tables is None or new.tables is None:
        return Changes(None)
    return Changes(old.tables | new.tables)


def attach(window: QMainWindow) -> ChangeWatch:
    """Watch the window's database; the window keeps the watcher as ``change_watch``."""
    watch = ChangeWatch(window)
    window.change_watch = watch  # type: ignore[attr-defined]
    return watch
