"""Everything between starting the program and the main window: recovery, first run, sign-in.

1. The database file gets a quick integrity check. A damaged file is never written to: the program
   explains what is wrong and offers the newest sound backup (the damaged file is kept aside by the
   restore), another backup file, or quitting.
2. The first run creates the administrator; afterwards everyone signs in (lock-out after failures
   is the service's); a password set by an administrator must be changed before work starts.
3. After sign-in the daily backup runs in the background; on exit :func:`on_exit` makes the exit
   backup. A failing automatic backup is a calm warning and never stops the work.

Dialogs run through :data:`exec_dialog` and the file chooser through :data:`choose_file`, so tests
replace them instead of blocking in ``exec()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from cal_desktop import errors
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.dialogs.password import ChangePasswordDialog
from cal_desktop.gui.dialogs.signin import FirstRunDialog, SignInDialog
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.formatting import fmt_datetime
from cal_desktop.gui.settings_store import gui_settings
from cal_desktop.gui.worker import run_in_background
from cal_desktop.paths import database_url, sqlite_path
from cal_desktop.services import accounts, backup
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.database import open_database

log = logging.getLogger(__name__)

BACKUP_FOLDER_KEY = "backup/folder"


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


def _choose(parent: QWidget | None, title: str, folder: str) -> str:
    return file_dialogs.open_file(parent, title, tr("Database backups (*.db);;All files (*)"), folder)


exec_dialog: Callable[[QDialog], int] = _exec
choose_file: Callable[[QWidget | None, str, str], str] = _choose


# ------------------------------------------------------------------------------------------ the flow


def start_session(
    db_arg: str | None, parent: QWidget | None = None, *, daily: bool = True
) -> ServiceContext | None:
    """Open the database and sign someone in; ``None`` when the person chose to quit.

    ``daily=False`` leaves the daily backup to the caller (``daily_backup(ctx, window)`` once the main
    window is shown, so its rare progress dialog has a parent)."""
    url = database_url(db_arg)
    ctx = _open(db_arg, url, parent)
    if ctx is None:
        return None
    signed_in: ServiceContext | None
    if accounts.needs_first_admin(ctx):
        first_run = FirstRunDialog(ctx, parent)
        if exec_dialog(first_run) != QDialog.DialogCode.Accepted or first_run.actor is None:
            return None
        signed_in = ctx.acting_as(first_run.actor)  # "Create and sign in": signed in already
    else:
        signed_in = sign_in(ctx, parent)
    if signed_in is None:
        return None
    if daily:
        daily_backup(signed_in, parent)
    return signed_in


def sign_in(ctx: ServiceContext, parent: QWidget | None = None, login: str = "") -> ServiceContext | None:
    """The sign-in dialog (and the forced password change); a context acting as the person."""
    dialog = SignInDialog(ctx, parent, login)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    signed_in = ctx.acting_as(dialog.actor)
    forced = accounts.must_change_password(signed_in)
    if (
        forced
        and exec_dialog(ChangePasswordDialog(signed_in, parent, forced=True)) != QDialog.DialogCode.Accepted
    ):
        return None
    return signed_in


def _open(db_arg: str | None, url: str, parent: QWidget | None) -> ServiceContext | None:
    """Check, recover if damaged, then open (create or upgrade) the database."""
    for _attempt in range(3):
        problems = backup.database_problems(url)
        if problems:
            if not offer_recovery(url, problems, parent):
                return None
            continue  # check the restored file again before opening it
        try:
            return open_database(db_arg)
        except errors.DatabaseError as exc:
            if backup.database_problems(url):
                continue  # damage found only while opening: offer the backups
            messages.warning(parent, exc.message)  # e.g. written by a newer version: nothing to restore
            return None
    return None


# ------------------------------------------------------------------------------------------ recovery


def remembered_backup_folder() -> Path | None:
    value = gui_settings().value(BACKUP_FOLDER_KEY)
    return Path(str(value)) if value else None


def remember_backup_folder(folder: Path) -> None:
    """The desk remembers where backups go: the database holding the setting may be the damaged one."""
    settings = gui_settings()
    settings.setValue(BACKUP_FOLDER_KEY, str(folder))
    settings.sync()


def backup_folders(url: str) -> list[Path]:
    """Where to look for backups when the database cannot be read."""
    folders = [backup.default_backup_folder()]
    remembered = remembered_backup_folder()
    if remembered is not None:
        folders.insert(0, remembered)
    live = sqlite_path(url)
    if live is not None:
        folders.append(live.parent / "backups")
    return folders


def offer_recovery(url: str, problems: list[str], parent: QWidget | None = None) -> bool:
    """Explain the damage and restore from a backup the person agrees to; False: quit."""
    live = sqlite_path(url)
    explanation = tr(
        "The database file {path} is damaged and cannot be opened safely:\n{problems}\n\n"
        "The program will not change this file."
    ).format(path=live, problems=_first_lines(problems))
    newest = backup.newest_good_backup_in(backup_folders(url), live)
    if newest is not None:
        question = tr(
            "The newest sound backup is from {date}:\n{file}\n\nRestore the database from it? The damaged "
            "file is kept beside it, and the work done after the backup was made will have to be "
            "entered again."
        ).format(date=fmt_datetime(newest.created), file=newest.path)
        buttons = [tr("Restore from this backup"), tr("Choose another backup file…"), tr("Quit")]
        answer = messages.ask(parent, explanation + "\n\n" + question, buttons, tr("The database is damaged"))
        if answer == 0:
            return _restore(url, newest.path, parent)
        if answer != 1:
            return False
    else:
        question = tr(
            "No backup was found in the usual folders. If you have a backup (for example on a USB "
            "stick), choose its file; otherwise contact your administrator and do not delete the "
            "damaged file."
        )
        buttons = [tr("Choose a backup file…"), tr("Quit")]
        answer = messages.ask(parent, explanation + "\n\n" + question, buttons, tr("The database is damaged"))
        if answer != 0:
            return False
    start = str(remembered_backup_folder() or backup.default_backup_folder())
    chosen = choose_file(parent, tr("Choose a backup of the database"), start)
    if not chosen:
        return False
    return _restore(url, Path(chosen), parent)


def _first_lines(problems: list[str], shown: int = 3) -> str:
    """SQLite's integrity report can run to hundreds of lines of page numbers: the message shows the
    first few (the log keeps them all), so the question and its buttons stay on the screen."""
    lines = [line.strip() for problem in problems for line in problem.splitlines() if line.strip()]
    log.warning("damaged database: %s", "; ".join(lines))
    text = "\n".join(f"• {line}" for line in lines[:shown])
    if len(lines) > shown:
        text += "\n" + tr("… and {count} more (written to the log)").format(count=len(lines) - shown)
    return text


def _restore(url: str, source: Path, parent: QWidget | None) -> bool:
    try:
        kept = backup.restore_file(url, source)
    except errors.CalError as exc:
        messages.warning(parent, exc.message, tr("The backup cannot be restored"))
        return False
    messages.info(
        parent,
        tr("The database is restored from {file}.\nThe damaged file is kept as {kept}.").format(
            file=source, kept=kept
        ),
        tr("Restored"),
    )
    return True


# ------------------------------------------------------------------------------- automatic backups


def daily_backup(ctx: ServiceContext, parent: QWidget | None = None) -> None:
    """The first start of a day makes a backup, in the background; a failure is a calm warning."""
    run_in_background(
        parent,
        lambda _progress, _cancelled: backup.automatic_backup(ctx),
        lambda info: _backed_up(info),
        tr("Making the daily backup…"),
        on_error=lambda exc: _backup_failed(parent, exc),
    )


def on_exit(ctx: ServiceContext, parent: QWidget | None = None) -> None:
    """The backup on exit (call from the main window's close event). Never blocks the exit."""
    try:
        _backed_up(backup.automatic_backup(ctx, on_exit=True))
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, the program still closes
        _backup_failed(parent, exc)


def _backed_up(info: backup.BackupInfo | None) -> None:
    if info is not None:
        remember_backup_folder(info.path.parent)
        log.info("automatic backup %s (%d bytes)", info.path, info.size)


def _backup_failed(parent: QWidget | None, exc: BaseException) -> None:
    log.warning("automatic backup failed: %s", exc, exc_info=exc)
    reason = exc.message if isinstance(exc, errors.CalError) else str(exc)
    messages.warning(
        parent,
        tr(
            "The automatic backup was not made: {reason}\n\nYour work is saved in the database as "
            "usual. Check the backup folder in Settings, or make a backup by hand."
        ).format(reason=reason),
        tr("Backup"),
    )
