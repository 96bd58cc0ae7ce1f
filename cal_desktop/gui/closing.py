"""Closing the program and signing out: nothing typed is lost by accident, and closing is instant.

1. Before the main window closes or another person signs in, every open form that can tell
   (a widget with ``has_unsaved_work() -> bool``: the desk's consultation form, the document editor,
   ...) is asked, in the main window and in every other open window, and the person is asked once,
   with the list of what would be lost; Cancel (the default) goes back to the work.
2. The exit backup (1.5–2 s on a million consultations, tens of seconds on a USB stick) runs on the
   housekeeping thread: the window hides at once. If it is still running after
   :data:`SHOW_PROGRESS_AFTER_MS`, a small window says so (do not remove the stick) with the size
   copied so far; closing that window only hides it. The process ends when the copy is complete.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from cal_desktop.gui import housekeeping, messages
from cal_desktop.gui.i18n import tr

log = logging.getLogger(__name__)
SHOW_PROGRESS_AFTER_MS = 700

# ------------------------------------------------------------------------------------ unsaved work


def unsaved_work(window: QWidget) -> list[str]:
    """What would be lost: one line per widget reporting unsaved work, in ``window`` and in every
    other visible window. A widget answers for everything inside it (a view with a form in it)."""
    roots = [window] + [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]
    speakers: set[int] = set()
    lost: list[str] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            check = getattr(widget, "has_unsaved_work", None)
            if not callable(check) or id(widget) in speakers:
                continue
            speakers.add(id(widget))
            if _has_speaker_above(widget, speakers) or not _open(widget, window):
                continue
            if _reports_unsaved(check, widget):
                lost.append(describe(widget, window))
    return lost


def _reports_unsaved(check: Callable[[], bool], widget: QWidget) -> bool:
    """A form whose check fails is counted as unsaved: better one question too many than lost work."""
    try:
        return bool(check())
    except Exception:
        log.exception("has_unsaved_work failed in %s", type(widget).__name__)
        return True


def _has_speaker_above(widget: QWidget, speakers: set[int]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if id(parent) in speakers:
            return True
        parent = parent.parentWidget()
    return False


def _open(widget: QWidget, main: QWidget) -> bool:
    """In the main window (any area, shown or not) or in another window that is open."""
    own = widget.window()
    return own is main or own.isVisible()


def describe(widget: QWidget, main: QWidget) -> str:
    """«Reception — New consultation», «Document», ...: where the work is and what it is."""
    title = getattr(widget, "unsaved_work_title", None)
    name = title() if callable(title) else (widget.accessibleName() or widget.window().windowTitle())
    holder = widget.parentWidget()
    while holder is not None and holder is not main:
        if holder.objectName().startswith("area_") and holder.accessibleName():
            return f"{holder.accessibleName()} — {name}" if name else holder.accessibleName()
        holder = holder.parentWidget()
    return name or tr("Unsaved work")


def confirm_discard(window: QWidget, question: str, discard: str) -> bool:
    """True when nothing is unsaved, or the person agrees to lose it (``discard`` is the button)."""
    lost = unsaved_work(window)
    if not lost:
        return True
    text = question + "\n\n" + tr("Not saved, will be lost:") + "\n" + "\n".join(f"• {line}" for line in lost)
    return messages.ask(window, text, [discard], tr("Unsaved work"), destructive=True) == 0


def may_close(window: QWidget) -> bool:
    return confirm_discard(window, tr("Close the program?"), tr("Close without saving"))


def may_sign_out(window: QWidget) -> bool:
    return confirm_discard(
        window,
        tr("Sign in as another staff member? The areas are opened anew for them."),
        tr("Discard and sign in as another"),
    )


# ------------------------------------------------------------------------------------- exit backup


class ExitBackup:
    """The exit backup under way: where it goes and how big the database is (for the progress)."""

    def __init__(self, folder: Path | None, size: int) -> None:
        self.folder = folder
        self.size = size
        self.started = time.monotonic()

    def copied(self) -> int:
        """Bytes of the copy written so far (the temporary ``.part`` file of the backup)."""
        if self.folder is None:
            return 0
        try:
            parts = [p.stat().st_size for p in self.folder.glob("*.part")]
        except OSError:
            return 0
        return max(parts, default=0)


_exit_backup: ExitBackup | None = None


def start_exit_backup(window: QWidget) -> None:
    """Queue the exit backup once (closing twice must not make two, nor lose the one under way)."""
    global _exit_backup
    from cal_desktop.gui import startup
    from cal_desktop.paths import sqlite_path
    from cal_desktop.services import backup

    if not getattr(window, "backup_on_exit", False):
        return
    window.backup_on_exit = False  # type: ignore[attr-defined]
    ctx = window.ctx  # type: ignore[attr-defined]
    live = sqlite_path(ctx.db.url)
    try:
        folder: Path | None = backup.backup_folder(ctx)
    except Exception:  # noqa: BLE001 - the progress is a nicety; the backup itself reports errors
        folder = None
    size = live.stat().st_size if live is not None and live.exists() else 0
    _exit_backup = ExitBackup(folder, size)
    startup.on_exit(ctx)


class ClosingProgress(QDialog):
    """«Saving the backup copy…»: shown while a slow exit backup finishes; closing it only hides it."""

    def __init__(self, backup: ExitBackup | None) -> None:
        super().__init__(None, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("closingProgress")
        self.setWindowTitle(tr("CAL Desktop is closing"))
        self.setAccessibleName(tr("CAL Desktop is closing"))
        self.backup = backup
        folder = backup.folder if backup is not None and backup.folder is not None else ""
        self.text = QLabel(
            tr(
                "Saving the backup copy of the database to {folder}.\nDo not remove the USB stick and do "
                "not switch the computer off: the program will close by itself when the copy is complete."
            ).format(folder=folder),
            self,
        )
        self.text.setObjectName("closingText")
        self.text.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("closingProgressBar")
        self.bar.setAccessibleName(tr("Backup copy progress"))
        self.bar.setRange(0, 0)  # busy until the copy's size is known
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        self.setMinimumWidth(460)

    def update_progress(self) -> None:
        if self.backup is None or self.backup.size <= 0:
            return
        done = min(self.backup.copied(), self.backup.size)
        if done:
            self.bar.setRange(0, 100)
            self.bar.setValue(int(100 * done / self.backup.size))
            self.bar.setFormat(
                tr("{done} of {total} MB").format(done=done >> 20, total=self.backup.size >> 20)
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing again hides this window; the copy goes on and the program still ends after it."""
        event.accept()

    def reject(self) -> None:
        self.hide()


def finish(show_after_ms: int = SHOW_PROGRESS_AFTER_MS) -> None:
    """After the main window has closed: let the background jobs (the exit backup) complete, with a
    progress window once they take longer than ``show_after_ms``; their messages are shown."""
    global _exit_backup
    if not housekeeping.busy():
        _exit_backup = None
        return
    progress: ClosingProgress | None = None
    loop = QEventLoop()
    started = time.monotonic()

    def tick() -> None:
        nonlocal progress
        housekeeping.jobs().poll()
        if not housekeeping.busy():
            loop.quit()
            return
        if progress is None and (time.monotonic() - started) * 1000 >= show_after_ms:
            progress = ClosingProgress(_exit_backup)
            progress.show()
        if progress is not None and progress.isVisible():
            progress.update_progress()

    app = QApplication.instance()
    quit_on_last = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(False)  # hiding the progress window must not end the wait
    timer = QTimer()
    timer.setInterval(housekeeping.POLL_MS)
    timer.timeout.connect(tick)
    timer.start()
    tick()
    while housekeeping.busy():
        loop.exec()
    timer.stop()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(quit_on_last)
    if progress is not None:
        progress.hide()
        progress.deleteLater()
    _exit_backup = None
