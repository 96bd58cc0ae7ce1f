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

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from cal_desktop import errors, paths
from cal_desktop.gui import i18n
from cal_desktop.gui.errors import install_excepthook, show_error
from cal_desktop.gui.settings_store import desk_staff_key, gui_settings
from cal_desktop.services import settings as settings_service
from cal_desktop.services import staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.database import open_database
from cal_desktop.services.staff import StaffDTO

log = logging.getLogger("cal_desktop")


def setup_logging() -> None:
    if any(getattr(h, "_cal_desktop", False) for h in logging.getLogger().handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "cal_desktop.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler._cal_desktop = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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


def remember_staff(ctx: ServiceContext, staff_id: int) -> None:
    settings = gui_settings()
    settings.setValue(desk_staff_key(str(ctx.db.engine.url)), staff_id)
    settings.sync()


def remembered_staff(ctx: ServiceContext) -> StaffDTO | None:
    value = gui_settings().value(desk_staff_key(str(ctx.db.engine.url)))
    try:
        member = staff.get_staff(ctx, int(value)) if value is not None else None
    except (ValueError, TypeError, errors.NotFound):
        return None
    return member if member is not None and member.active else None


def ask_staff(
    ctx: ServiceContext, parent: QWidget | None = None, current_id: int | None = None
) -> StaffDTO | None:
    from cal_desktop.gui.dialogs import staff_dialog

    return staff_dialog.choose_staff(ctx, parent, current_id)


def staff_at_desk(ctx: ServiceContext) -> StaffDTO | None:
    """The remembered staff member; the only one if there is one; else ask (first run: create)."""
    member = remembered_staff(ctx)
    if member is None:
        members = staff.list_staff(ctx)
        member = members[0] if len(members) == 1 else ask_staff(ctx)
    if member is not None:
        remember_staff(ctx, member.id)
    return member


def start(db: str | None = None):  # type: ignore[no-untyped-def]
    """Everything up to a shown main window; returns it, or None when the user cancelled."""
    from cal_desktop.gui.main_window import MainWindow

    ctx = open_database(db)
    language = i18n.chosen_language(settings_service.get_settings(ctx).language)
    i18n.install(language)
    member = staff_at_desk(ctx)
    if member is None:
        return None
    window = MainWindow(ctx.acting_as(member.actor()), database_label(ctx))
    window.show()
    return window


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
