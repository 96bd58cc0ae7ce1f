"""Background work (DESIGN.md section 6): one helper over QThreadPool.

``run_in_background(parent, job, on_done)`` runs ``job(progress, cancelled)`` on a pool thread and calls
``on_done(result)`` (or shows the error) on the main thread. A progress dialog with a Cancel button
appears only when the job takes longer than :data:`SHOW_AFTER_MS`, so quick jobs never flash a dialog.
Jobs call services, which open their own sessions: a thread never shares a session with another.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cal_desktop.errors import Cancelled
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr

SHOW_AFTER_MS = 500

Progress = Callable[[int, int], None]  # (done, total)
Job = Callable[[Progress, Callable[[], bool]], Any]


class _Signals(QObject):
    # Only plain ints cross the thread boundary: the result itself is handed over through the
    # task's ``outcome`` slot (queued signals carrying Python objects have caused crashes at exit).
    ended = Signal()
    progress = Signal(int, int)


def _runner(job: Job, signals: _Signals, cancel: threading.Event, outcome: list[Any]) -> Callable[[], None]:
    """The function run on a pool thread (a plain callable: no QRunnable subclass whose C++ side the
    pool deletes behind Python's back)."""

    def run() -> None:
        try:
            result = job(lambda done, total: signals.progress.emit(done, total), cancel.is_set)
        except BaseException as exc:  # reported on the main thread
            outcome.append((False, exc))
        else:
            outcome.append((True, result))
        try:
            signals.ended.emit()
        except RuntimeError:  # the window (and the task's signals) went away while the job ran
            pass

    return run


class Task(QObject):
    """A running job; keeps its signals alive until it reports back."""

    _running: set[Task] = set()

    def __init__(
        self,
        parent: QWidget | None,
        job: Job,
        on_done: Callable[[Any], None],
        label: str,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.on_done = on_done
        self.on_error = on_error
        self.label = label
        self.cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.finished = False
        self.signals = _Signals()
        self.outcome: list[Any] = []
        self.signals.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show_dialog)
        self.timer.start(SHOW_AFTER_MS)
        Task._running.add(self)
        QThreadPool.globalInstance().start(_runner(job, self.signals, self.cancel, self.outcome))

    def _show_dialog(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self.label, tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setObjectName("progressDialog")
        dialog.setAccessibleName(self.label)
        dialog.setWindowTitle(tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel.set)
        dialog.show()
        self.dialog = dialog

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close(self) -> None:
        self.finished = True
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        Task._running.discard(self)

    def _ended(self) -> None:
        ok, value = self.outcome.pop()
        if ok:
            self._finished(value)
        else:
            self._failed(value)

    def _parent_gone(self) -> bool:
        """The widget the result was for was closed and deleted while the job ran: nobody to tell (its
        models and labels are gone too; calling back would raise «Internal C++ object already deleted»)."""
        return self.parent_widget is not None and not shiboken6.isValid(self.parent_widget)

    def _finished(self, result: Any) -> None:
        self._close()
        if self._parent_gone():
            return
        self.on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled) or self._parent_gone():
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            show_error(self.parent_widget, exc)


def run_in_background(
    parent: QWidget | None,
    job: Job,
    on_done: Callable[[Any], None],
    label: str = "",
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Start ``job`` on the thread pool; ``on_done(result)`` runs on the main thread."""
    return Task(parent, job, on_done, label or tr("Working…"), on_error)
