"""On a PostgreSQL server database, say at start-up when this computer cannot make backups (no pg_dump,
or one older than the server): a lasting note in the status bar, never a silent skip (issue 14.5)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from cal_desktop.gui import housekeeping
from cal_desktop.gui.i18n import tr
from cal_desktop.services import backup_postgres
from cal_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)


def is_server(ctx: ServiceContext) -> bool:
    return ctx.db.url.startswith("postgresql")


def check_backup_tools(window: QMainWindow, ctx: ServiceContext) -> None:
    """Ask in the background (a subprocess and a connection) and show the answer when there is one."""
    if not is_server(ctx):
        return

    def answered(problem: str | None) -> None:
        if window.isVisible():  # the window may have closed meanwhile
            show(window, problem)

    housekeeping.later(lambda: backup_postgres.tools_problem(ctx.db.url), answered)


def show(window: QMainWindow, problem: str | None) -> QLabel | None:
    if problem is None:
        return None
    log.warning("backups of the server database are not possible here: %s", problem)
    label = QLabel(tr("⚠ No backups on this computer"), window)
    label.setObjectName("statusBackupTools")
    label.setToolTip(problem)
    label.setAccessibleName(problem)
    label.setStyleSheet("color: #a04000; font-weight: bold")
    window.statusBar().insertPermanentWidget(0, label)
    window.statusBar().showMessage(problem)  # the whole sentence until another message replaces it
    return label


def note_in_dialog(layout: QVBoxLayout, parent: QWidget, ctx: ServiceContext) -> QLabel | None:
    """The same sentence at the top of the backups window (checked when it opens)."""
    if not is_server(ctx):
        return None
    try:
        problem = backup_postgres.tools_problem(ctx.db.url)
    except Exception:  # the window opens anyway; the backup button says what is wrong
        log.exception("checking the PostgreSQL client programs failed")
        return None
    if problem is None:
        return None
    label = QLabel(problem, parent)
    label.setObjectName("backupToolsProblem")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold")
    layout.insertWidget(0, label)
    return label


def is_server_url(url: str) -> bool:
    return url.startswith("postgresql")


def connection_problem(url: str, exc: Exception) -> bool:
    """A server database that could not be opened for a reason the desk's connection may fix (not the
    refused upgrade without pg_dump: that one needs the client programs)."""
    return is_server_url(url) and not isinstance(exc, backup_postgres.DumpRequired)


def offer_settings(parent: QWidget | None, message: str) -> bool:
    """At start, a server that cannot be opened (wrong password, server down, no schema): the desk's
    connection can be corrected at once. True when it was changed (the caller tries again)."""
    from cal_desktop.gui import messages
    from cal_desktop.gui.dialogs.database_settings import open_database_settings

    question = tr("The database on the server cannot be opened:\n{message}\n\nCheck this desk's connection?")
    if messages.ask(parent, question.format(message=message), [tr("Connection settings…")], tr("Database")) != 0:
        return False
    return open_database_settings(parent) is not None
