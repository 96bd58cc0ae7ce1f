"""Start-up of the desktop program: ``cal-desktop [--db URL] [gui]``.

Order matters for a fast, calm start: logging first (so a failure at any later step is in the log
with its traceback), the QApplication and the error hook, the database (created or upgraded, with a
backup copy, by the services), the language, then who is at the desk (a first-run profile dialog when
nobody exists yet), and finally the main window.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cal_desktop import errors, log_privacy, paths
from cal_desktop.gui import display, i18n
from cal_desktop.gui.errors import install_excepthook, show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services import settings as settings_service
from cal_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from cal_desktop.gui.main_window import MainWindow

log = logging.getLogger("cal_desktop")


DAILY_CHECK_MS = 60 * 60 * 1000  # hourly: has a new day begun since the last daily backup?


def setup_logging() -> None:
    if any(getattr(h, "_cal_desktop", False) for h in logging.getLogger().handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "cal_desktop.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler._cal_desktop = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log_privacy.protect(handler)  # 0600, and no person's data in any line (152-FZ)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if existing is not None else display.create_application(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    return app


def database_label(ctx: ServiceContext) -> str:
    url = str(ctx.db.engine.url)
    path = paths.sqlite_path(url)
    if path is not None:
        return str(path)
    if url.startswith("postgresql"):  # «база «cal» на сервере host:port»: no user, password file or TLS
        from cal_desktop.services.server_setup import describe_url

        return describe_url(url)
    return ctx.db.engine.url.render_as_string(hide_password=True)


def start(db: str | None = None):  # type: ignore[no-untyped-def]
    """Everything up to a shown main window; returns it, or None when the person chose to quit.

    Recovery of a damaged database, the first administrator and sign-in come first (gui/startup.py);
    then the language of the centre's settings, the window with its idle lock, the daily backup in the
    background, and what became overdue since the program was last open.
    """
    from cal_desktop.gui import housekeeping, startup
    from cal_desktop.paths import database_url

    i18n.install(i18n.chosen_language(None))  # the sign-in dialogs speak Russian unless told otherwise
    _import_start_path()  # before the thread below: two threads importing PySide modules at once crash
    first_screen = housekeeping.later(_import_first_screen, lambda _none: None)  # while the database
    # opens and the person types the password (the password's hashing leaves the second core free)
    # the whole-file check (1 s on a million consultations) waits until the window is usable, unless
    # the last run on this desk did not end cleanly (gui/housekeeping.py)
    check_first = housekeeping.check_before_opening(database_url(db))
    ctx = startup.start_session(db, daily=False, check=check_first)
    _wait_for(first_screen)  # the main thread imports Qt modules again from here on
    if ctx is None:
        return None
    from cal_desktop.gui import change_watch, server_status
    from cal_desktop.gui.idle_lock import IdleLock

    window = build_window(ctx)
    window.idle_lock = IdleLock(window, ctx, on_switch=window.sign_in_another)
    window.backup_on_exit = True
    window.ask_before_losing_work = True
    window.show()
    QTimer.singleShot(housekeeping.AFTER_START_MS, window, lambda: _after_start(window, check_first))
    # a desk left running overnight still gets its daily backup: the check is cheap and makes at most
    # one copy a day (services.backup.automatic_backup)
    window.backup_timer = QTimer(window)
    window.backup_timer.setInterval(DAILY_CHECK_MS)
    window.backup_timer.timeout.connect(lambda: startup.daily_backup(window.ctx, window))
    window.backup_timer.start()
    change_watch.attach(window)  # another desk's consultation shows here without F5 (issue 14.4)
    tell_what_became_overdue(ctx, window)
    server_status.check_backup_tools(window, ctx)  # a server database: can this computer back it up?
    window.activateWindow()
    window.focus_search()  # the desk's visitor field: the first visitor's name is typed straight away
    return window


def build_window(ctx: ServiceContext) -> MainWindow:
    """The main window of ``ctx``'s person in the centre's language, not shown yet."""
    from cal_desktop.gui.main_window import MainWindow

    i18n.install(i18n.chosen_language(settings_service.get_settings(ctx).language))
    return MainWindow(ctx, database_label(ctx))


FIRST_SCREEN = (
    "cal_desktop.gui.main_window",
    "cal_desktop.gui.idle_lock",
    "cal_desktop.gui.change_watch",
    "cal_desktop.gui.server_status",  # and the backups with it
    "cal_desktop.gui.views.composite",
    "cal_desktop.gui.views.desk",
    "cal_desktop.gui.views.appeals",
)


def _import_start_path() -> None:
    """The Qt modules the way to the sign-in dialog may import (recovery's file chooser, the server's
    status note, the forced password change, the backup passphrase), imported on the main thread before
    the first screen's modules are imported on another: PySide crashed (segmentation fault) when two
    threads imported its modules at the same time."""
    import importlib

    for name in START_PATH:
        importlib.import_module(name)


def _wait_for(job: Future[Any]) -> None:
    """The first screen's imports finished (or failed: logged by the job's thread; the main thread then
    imports what it needs itself, one thread at a time)."""
    with contextlib.suppress(Exception):
        job.result(timeout=120)


START_PATH = (
    "cal_desktop.gui.file_dialogs",
    "cal_desktop.gui.server_status",
    "cal_desktop.gui.dialogs.password",
    "cal_desktop.gui.dialogs.backup_passphrase",
)


def _import_first_screen() -> None:
    """Import the modules of the main window and the desk on a background thread (they define
    classes only; no Qt object is made at import)."""
    import importlib

    for name in FIRST_SCREEN:
        importlib.import_module(name)


def _after_start(window: QWidget, checked: bool) -> None:
    """Once the window is usable: the whole-file check unless it ran before opening, then the daily
    backup (nothing of it when the window was closed meanwhile)."""
    from cal_desktop.gui import startup

    if not window.isVisible():
        return
    ctx = window.ctx  # type: ignore[attr-defined]
    if checked:
        startup.daily_backup(ctx, window)
    else:
        startup.check_in_background(ctx, window)


def tell_what_became_overdue(ctx: ServiceContext, window: QWidget) -> None:
    """At start-up: appeals that became overdue since the program was last open on this database.
    Read in the background (the working calendar's first use takes about 0.4 s): the window is usable
    meanwhile, and the message comes a moment later."""
    from datetime import date

    from cal_desktop.domain import clock
    from cal_desktop.gui import housekeeping, messages
    from cal_desktop.gui.views.appeals import startup_overdue_message

    def read() -> str | None:
        last = settings_service.get_state(ctx, "last_open_date")
        message = startup_overdue_message(ctx, date.fromisoformat(last) if last else None)
        settings_service.set_state(ctx, "last_open_date", clock.today().isoformat())
        return message

    def tell(message: str | None) -> None:
        if message and window.isVisible():
            messages.info(window, message, title=tr("Overdue appeals"))

    def start_reading() -> None:
        if window.isVisible():
            housekeeping.later(read, tell)

    QTimer.singleShot(housekeeping.AFTER_START_MS, window, start_reading)


def run(db: str | None = None) -> int:
    setup_logging()
    if not display.available():
        print(display.NO_DISPLAY, file=sys.stderr)
        return 1
    app = application()
    install_excepthook()
    log.info("starting the GUI (database %s)", db or "default")
    try:
        window = start(db)
    except errors.CalError as exc:
        i18n.install(i18n.chosen_language(None))
        show_error(None, exc)
        return 1
    if window is None:
        return 0
    status = app.exec()
    from cal_desktop.gui import closing, housekeeping

    closing.finish()  # the exit backup completes (with its progress window when slow)
    housekeeping.mark_run(window.ctx.db.url, housekeeping.CLOSED)
    # let background jobs finish before Python tears Qt down (a job's result has nowhere to go now)
    QThreadPool.globalInstance().waitForDone(5000)
    return status
