"""Start-up of the desktop program: ``cal-desktop [--db URL] [gui]``.

Order matters for a fast, calm start: logging first (so a failure at any later step is in the log
with its traceback), the QApplication and the error hook, the database (created or upgraded, with a
backup copy, by the services), the language, then who is at the desk (a first-run profile dialog when
nobody exists yet), and finally the main window.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cal_desktop import errors, log_privacy, paths
from cal_desktop.gui import i18n
from cal_desktop.gui.errors import install_excepthook, show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services import settings as settings_service
from cal_desktop.services.context import ServiceContext

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
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    return app


def database_label(ctx: ServiceContext) -> str:
    url = str(ctx.db.engine.url)
    path = paths.sqlite_path(url)
    return str(path) if path is not None else ctx.db.engine.url.render_as_string(hide_password=True)


def start(db: str | None = None):  # type: ignore[no-untyped-def]
    """Everything up to a shown main window; returns it, or None when the person chose to quit.

    Recovery of a damaged database, the first administrator and sign-in come first (gui/startup.py);
    then the language of the centre's settings, the window with its idle lock, the daily backup in the
    background, and what became overdue since the program was last open.
    """
    from cal_desktop.gui import startup
    from cal_desktop.gui.idle_lock import IdleLock
    from cal_desktop.gui.main_window import MainWindow

    i18n.install(i18n.chosen_language(None))  # the sign-in dialogs speak Russian unless told otherwise
    ctx = startup.start_session(db, daily=False)
    if ctx is None:
        return None
    i18n.install(i18n.chosen_language(settings_service.get_settings(ctx).language))
    window = MainWindow(ctx, database_label(ctx))
    window.idle_lock = IdleLock(window, ctx, on_switch=window.sign_in_another)
    window.backup_on_exit = True
    window.show()
    startup.daily_backup(ctx, window)
    # a desk left running overnight still gets its daily backup: the check is cheap and makes at most
    # one copy a day (services.backup.automatic_backup)
    window.backup_timer = QTimer(window)
    window.backup_timer.setInterval(DAILY_CHECK_MS)
    window.backup_timer.timeout.connect(lambda: startup.daily_backup(window.ctx, window))
    window.backup_timer.start()
    tell_what_became_overdue(ctx, window)
    window.activateWindow()
    window.focus_search()  # the desk's visitor field: the first visitor's name is typed straight away
    return window


def tell_what_became_overdue(ctx: ServiceContext, window: QWidget) -> None:
    """At start-up: appeals that became overdue since the program was last open on this database."""
    from datetime import date

    from cal_desktop.domain import clock
    from cal_desktop.gui import messages
    from cal_desktop.gui.views.appeals import startup_overdue_message

    last = settings_service.get_state(ctx, "last_open_date")
    message = startup_overdue_message(ctx, date.fromisoformat(last) if last else None)
    settings_service.set_state(ctx, "last_open_date", clock.today().isoformat())
    if message:
        messages.info(window, message, title=tr("Overdue appeals"))


def run(db: str | None = None) -> int:
    setup_logging()
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
    # let background jobs finish before Python tears Qt down (a job's result has nowhere to go now)
    QThreadPool.globalInstance().waitForDone(5000)
    return status
