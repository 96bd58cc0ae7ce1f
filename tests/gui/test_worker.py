"""Background jobs: results come back on the main thread; the progress dialog (with Cancel) appears
only for jobs longer than about half a second; errors are shown, cancellation is quiet."""

from __future__ import annotations

import time

from cal_desktop.errors import Cancelled, NotFound
from cal_desktop.gui import worker


def test_quick_job_shows_no_dialog(qtbot, shown):  # type: ignore[no-untyped-def]
    results = []
    task = worker.run_in_background(None, lambda progress, cancelled: 41 + 1, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=2000)
    assert task.dialog is None


def test_long_job_shows_progress_and_can_be_cancelled(qtbot, shown):  # type: ignore[no-untyped-def]
    results = []

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        for i in range(300):
            if cancelled():
                raise Cancelled()
            progress(i, 300)
            time.sleep(0.01)
        return "done"

    task = worker.run_in_background(None, job, results.append, "Загрузка…")
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=2000)
    assert task.dialog.labelText() == "Загрузка…"
    from PySide6.QtWidgets import QPushButton

    task.dialog.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(lambda: task.finished, timeout=3000)
    assert results == []  # cancelled: nothing reported
    assert shown.shown == []  # and no error box


def test_errors_of_a_job_are_shown(qtbot, shown):  # type: ignore[no-untyped-def]
    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        raise NotFound("Посетитель №5 не найден.")

    task = worker.run_in_background(None, job, lambda r: None)
    qtbot.waitUntil(lambda: task.finished, timeout=2000)
    assert shown.texts() == "Посетитель №5 не найден."


def test_a_result_for_a_window_closed_meanwhile_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A list closed while its query ran must not be called back (its model is deleted by then)."""
    import threading

    from PySide6.QtWidgets import QWidget

    from cal_desktop.gui.worker import Task, run_in_background

    release = threading.Event()
    called: list[object] = []
    owner = QWidget()
    run_in_background(owner, lambda progress, cancelled: release.wait(5) or 42, called.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not Task._running, timeout=5000)
    assert called == []
