"""Everything between starting the program and the main window: recovery, first run, sign-in.

1. The database file gets a whole-file integrity check (``quick_check``, about 1 s for a million
   consultations). It runs before opening only when the last run on this desk did not end cleanly
   or this desk has never opened the file (gui/housekeeping.py); otherwise :func:`check_in_background`
   runs it once the window is usable. A damaged file is never written to by the check: the program
   explains what is wrong and offers the newest sound backup (the damaged file is kept aside by the
   restore), another backup file, or quitting.
2. The first run creates the administrator; afterwards everyone signs in (lock-out after failures
   is the service's); a password set by an administrator must be changed before work starts.
3. The daily backup (after the check) and the exit backup (:func:`on_exit`) run on the housekeeping
   thread, one after the other, without a modal dialog. A failing automatic backup is a calm warning
   and never stops the work.

Dialogs run through :data:`exec_dialog` and the file chooser through :data:`choose_file`, so tests
replace them instead of blocking in ``exec()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from cal_desktop import errors
from cal_desktop.gui import housekeeping, messages
from cal_desktop.gui.dialogs.signin import FirstRunDialog, SignInDialog
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.formatting import fmt_datetime
from cal_desktop.gui.settings_store import gui_settings
from cal_desktop.paths import database_url, sqlite_path
from cal_desktop.services import accounts
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.database import open_database

if TYPE_CHECKING:
    from cal_desktop.services import backup

# The backups, the server's connection and the file chooser are imported where they are used: the
# sign-in dialog appears sooner without them (about 60 ms of imports on the way to it), and the main
# window's background import loads them while the password is checked (gui/app.py FIRST_SCREEN).

log = logging.getLogger(__name__)

BACKUP_FOLDER_KEY = "backup/folder"


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


def _choose(parent: QWidget | None, title: str, folder: str) -> str:
    from cal_desktop.gui import file_dialogs

    return file_dialogs.open_file(parent, title, tr("Database backups (*.db *.db.gz *.enc);;All files (*)"), folder)


exec_dialog: Callable[[QDialog], int] = _exec
choose_file: Callable[[QWidget | None, str, str], str] = _choose


# ------------------------------------------------------------------------------------------ the flow


def start_session(
    db_arg: str | None,
    parent: QWidget | None = None,
    *,
    daily: bool = True,
    check: bool | None = None,
) -> ServiceContext | None:
    """Open the database and sign someone in; ``None`` when the person chose to quit.

    ``check``: run the whole-file check before opening (None: when the desk's memory says so, see
    :func:`housekeeping.check_before_opening`). ``daily=False`` leaves the daily backup to the caller
    (gui/app.py: :func:`check_in_background` once the main window is shown)."""
    url = database_url(db_arg)
    if check is None:
        check = housekeeping.check_before_opening(url)
    ctx = _open(db_arg, url, parent, check=check)
    if ctx is None:
        return None
    housekeeping.mark_run(url, housekeeping.RUNNING)
    signed_in: ServiceContext | None = None
    if accounts.needs_first_admin(ctx):
        first_run = FirstRunDialog(ctx, parent)
        if exec_dialog(first_run) == QDialog.DialogCode.Accepted and first_run.actor is not None:
            signed_in = ctx.acting_as(first_run.actor)  # "Create and sign in": signed in already
    else:
        signed_in = sign_in(ctx, parent)
    if signed_in is None:
        housekeeping.mark_run(url, housekeeping.CLOSED)  # opened and left without work: a clean end
        ctx.db.dispose()
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
    from cal_desktop.gui.dialogs.password import ChangePasswordDialog

    forced = accounts.must_change_password(signed_in)
    if (
        forced
        and exec_dialog(ChangePasswordDialog(signed_in, parent, forced=True)) != QDialog.DialogCode.Accepted
    ):
        return None
    return signed_in


def _open(db_arg: str | None, url: str, parent: QWidget | None, *, check: bool) -> ServiceContext | None:
    """Check (when asked), recover if damaged, then open (create or upgrade) the database."""
    from cal_desktop.gui import server_status
    from cal_desktop.services import backup

    for _attempt in range(3):
        problems = backup.database_problems(url) if check else []
        if problems:
            if not offer_recovery(url, problems, parent):
                return None
            continue  # check the restored file again before opening it
        try:
            return open_database(db_arg)
        except errors.DatabaseError as exc:
            check = True
            if backup.database_problems(url):
                continue  # damage found only while opening: offer the backups
            if server_status.connection_problem(url, exc) and server_status.offer_settings(parent, exc.message):
                url = database_url(db_arg)  # the desk's new connection (issue 14.1): tried at once
                continue
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
    from cal_desktop.services import backup

    folders = [backup.default_backup_folder()]
    remembered = remembered_backup_folder()
    if remembered is not None:
        folders.insert(0, remembered)
    live = sqlite_path(url)
    if live is not None:
        folders.append(live.parent / "backups")
    return folders


def offer_recovery(
    url: str, problems: list[str], parent: QWidget | None = None, dispose: Callable[[], None] | None = None
) -> bool:
    """Explain the damage and restore from a backup the person agrees to; False: quit.

    ``dispose`` closes the program's own connections first (the window is open over the file)."""
    from cal_desktop.services import backup

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
            return _restore(url, newest.path, parent, dispose)
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
    return _restore(url, Path(chosen), parent, dispose)


def _first_lines(problems: list[str], shown: int = 3) -> str:
    """SQLite's integrity report can run to hundreds of lines of page numbers: the message shows the
    first few (the log keeps them all), so the question and its buttons stay on the screen."""
    lines = [line.strip() for problem in problems for line in problem.splitlines() if line.strip()]
    log.warning("damaged database: %s", "; ".join(lines))
    text = "\n".join(f"• {line}" for line in lines[:shown])
    if len(lines) > shown:
        text += "\n" + tr("… and {count} more (written to the log)").format(count=len(lines) - shown)
    return text


def _restore(
    url: str, source: Path, parent: QWidget | None, dispose: Callable[[], None] | None = None
) -> bool:
    from cal_desktop.gui.dialogs.backup_passphrase import with_passphrase
    from cal_desktop.services import backup

    try:
        kept = with_passphrase(
            parent, source, lambda p: backup.restore_file(url, source, dispose=dispose, passphrase=p)
        )
    except errors.CalError as exc:
        messages.warning(parent, exc.message, tr("The backup cannot be restored"))
        return False
    if kept is None:  # an encrypted backup, and its passphrase was not given
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


def check_in_background(ctx: ServiceContext, window: QWidget) -> None:
    """The whole-file check after the window is usable; then the daily backup, or, when the file is
    damaged, the same offer of a backup as at start (:func:`found_damage`)."""
    from cal_desktop.services import backup

    url = ctx.db.url
    jobs = housekeeping.jobs()

    def check() -> list[str]:
        problems = backup.database_problems(url)
        if problems:
            jobs.damaged.add(url)  # the backups queued behind the check skip it
        return problems

    def checked(problems: list[str]) -> None:
        if problems:
            found_damage(ctx, window, problems)
        else:
            daily_backup(ctx, window)

    jobs.submit(check, checked)


def found_damage(ctx: ServiceContext, window: QWidget, problems: list[str]) -> None:
    """The background check found the open database damaged: no backup is made of it, and the person
    is offered the newest sound backup (the window's connections are closed before the restore).
    After a restore they sign in again (the backup may predate their account); «Quit» closes."""
    url = ctx.db.url
    housekeeping.mark_run(url, housekeeping.DAMAGED)  # until restored, the next start checks first
    window.backup_on_exit = False  # type: ignore[attr-defined]
    if not window.isVisible():  # found while the program was closing
        messages.warning(
            None,
            tr(
                "The check of the database file {path} found damage:\n{problems}\n\nNo backup was made "
                "of it. At the next start the program offers to restore the newest sound backup."
            ).format(path=sqlite_path(url), problems=_first_lines(problems)),
            tr("The database is damaged"),
        )
        return
    if not offer_recovery(url, problems, window, dispose=ctx.db.dispose):
        window.close()
        return
    housekeeping.jobs().damaged.discard(url)
    housekeeping.mark_run(url, housekeeping.RUNNING)
    window.backup_on_exit = True  # type: ignore[attr-defined]
    signed_in = sign_in(ctx, window)
    if signed_in is None:
        window.close()
        return
    window.set_context(signed_in)  # type: ignore[attr-defined]


def daily_backup(ctx: ServiceContext, parent: QWidget | None = None) -> Future[Any]:
    """The first start of a day makes a backup, in the background and without a dialog (the person
    works on); a failure is a calm warning."""
    return _automatic(ctx, parent, on_exit=False)


def on_exit(ctx: ServiceContext, parent: QWidget | None = None) -> Future[Any]:
    """The backup on exit, in the background: the closing window hides at once, and the program
    finishes the copy before the process ends (gui/closing.py shows its progress when it is slow)."""
    return _automatic(ctx, parent, on_exit=True)


def _automatic(ctx: ServiceContext, parent: QWidget | None, *, on_exit: bool) -> Future[Any]:
    from cal_desktop.services import backup

    jobs = housekeeping.jobs()

    def job() -> backup.BackupInfo | None:
        if ctx.db.url in jobs.damaged:
            return None  # a copy of a damaged file would rotate the sound backups away
        return backup.automatic_backup(ctx, on_exit=on_exit)

    return jobs.submit(job, _backed_up, lambda exc: _backup_failed(parent, exc))


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
