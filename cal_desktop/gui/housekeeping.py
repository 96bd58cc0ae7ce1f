"""The program's own background jobs: the integrity check after start, the daily and the exit backups.

They run one after another on one thread of their own, so a backup never copies the file while another
backup of it is being written (two copies started in the same second used to delete each other's
temporary file), and no backup is made of a file the check has found damaged (rotation would throw
the sound copies away). They never show a modal dialog: the person works on while they run.

Results come back on the main thread through a polling timer: nothing crosses the thread boundary as
a queued Qt signal (see gui/worker.py for why). The thread is not a daemon: should Qt's loop end
early, Python still waits for a started backup before the process exits (and a backup is written
under a temporary name and renamed only when complete, so it is never left half-written).

Whether the previous run ended cleanly is remembered per database in the desk's settings
(:func:`previous_run`): after a crash the file is checked before it is opened (gui/startup.py);
otherwise the check runs here, after the window is usable.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from cal_desktop.gui.settings_store import gui_settings

log = logging.getLogger(__name__)

POLL_MS = 50
# Background work of the start (the check, the first screen's reads) begins this long after the window
# is shown: Python runs one thread at a time, so a job started at once would delay the first paint.
AFTER_START_MS = 300

# what the desk remembers about the last run on a database (gui_settings, key run_key(url))
RUNNING = "running"  # the program has it open (or crashed with it open)
CLOSED = "closed"  # closed cleanly: the next start checks in the background
DAMAGED = "damaged"  # the check found damage and nothing was restored: check before opening again


def run_key(url: str) -> str:
    return "runs/" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def previous_run(url: str) -> str | None:
    """How the last run on this database ended on this desk (None: never opened here)."""
    value = gui_settings().value(run_key(url))
    return str(value).split(" ", 1)[0] if value else None


def mark_run(url: str, state: str) -> None:
    settings = gui_settings()
    if state == CLOSED and previous_run(url) == DAMAGED:
        return  # the damage found is still there: the next start must check before opening
    settings.setValue(run_key(url), f"{state} {datetime.now().isoformat(timespec='seconds')}")
    settings.sync()


def check_before_opening(url: str) -> bool:
    """True when the whole-file check must run before the database is opened: the last run on this
    desk did not end cleanly (a crash or a power cut is what damages files), found damage, or this
    desk has never opened the file (copied from elsewhere, restored by hand)."""
    return previous_run(url) != CLOSED


class Jobs(QObject):
    """One background thread taking jobs in order; ``on_done``/``on_error`` run on the main thread."""

    def __init__(self, name: str = "cal-housekeeping") -> None:
        super().__init__()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self.pending: list[tuple[Future[Any], Callable[[Any], None], Callable[[BaseException], None]]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        # databases the check found damaged, read by the backup jobs on the same thread: a copy of a
        # damaged file would rotate the sound backups away
        self.damaged: set[str] = set()

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] = lambda _result: None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        future = self.executor.submit(job)
        self.pending.append((future, on_done, on_error or _log_failure))
        self.timer.start()
        return future

    def busy(self) -> bool:
        return bool(self.pending)

    def poll(self) -> None:
        """Hand finished jobs' results to their callbacks, in the order the jobs were given."""
        while self.pending and self.pending[0][0].done():
            future, on_done, on_error = self.pending.pop(0)
            try:
                exc = future.exception()
                if exc is None:
                    on_done(future.result())
                else:
                    on_error(exc)
            except Exception:  # a callback's fault must not stop the others
                log.exception("background job callback failed")
        if not self.pending:
            self.timer.stop()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until every job is done and reported (tests; the last moment of the program)."""
        import time

        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while self.pending:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                self.pending[0][0].exception(timeout=remaining)
            except TimeoutError:
                return False
            self.poll()
        return True


def _log_failure(exc: BaseException) -> None:
    log.warning("background job failed: %s", exc, exc_info=exc)


_jobs: Jobs | None = None
_reads: Jobs | None = None


def jobs() -> Jobs:
    """The check and the backups, one after another."""
    global _jobs
    if _jobs is None:
        _jobs = Jobs()
    return _jobs


def later(job: Callable[[], Any], on_done: Callable[[Any], None]) -> Future[Any]:
    """A read that the first screen can show a moment after it appears (the appeals alerts: the first
    use of the working calendar loads the ``holidays`` package, about 0.4 s), on a thread of its own so
    that it never waits behind a backup. ``on_done`` runs on the main thread; failures are logged."""
    global _reads
    if _reads is None:
        _reads = Jobs("cal-first-screen")
    return _reads.submit(job, on_done)


def busy() -> bool:
    """A check or a backup is under way (the exit waits for it; the first screen's reads need not)."""
    return _jobs is not None and _jobs.busy()


def wait_all(timeout_s: float | None = None) -> bool:
    """Every background job of this module done and reported (tests)."""
    return all(j is None or j.wait(timeout_s) for j in (_reads, _jobs))
