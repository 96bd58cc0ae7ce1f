"""Backups (administrators): make one now, see the backups in the folder with dates and sizes, restore
from a chosen one after a confirmation, and choose the folder (e.g. a USB stick; saved in settings).
Backups can be encrypted with a passphrase (required on removable media); the copies set aside beside
the database (before an upgrade, replaced by a restore) are listed with the day they are deleted.

A restore replaces the whole database: the current one is kept beside it first (the service does
that), and the program should be restarted so that no screen shows what was replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import file_dialogs, messages, server_status
from cal_desktop.gui.dialogs import backup_passphrase
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_datetime
from cal_desktop.gui.forms.ui_backup import Ui_BackupForm
from cal_desktop.gui.startup import remember_backup_folder
from cal_desktop.gui.worker import Task, run_in_background
from cal_desktop.services import backup
from cal_desktop.services import settings as settings_service
from cal_desktop.services.backup import BackupInfo, RestoreResult
from cal_desktop.services.context import ServiceContext


def _folder(parent: QWidget | None, title: str, start: str) -> str:
    return file_dialogs.choose_folder(parent, title, start)


def _file(parent: QWidget | None, title: str, start: str) -> str:
    return file_dialogs.open_file(
        parent, title, tr("Database backups (*.db *.db.gz *.enc *.dump);;All files (*)"), start
    )


# replaced by tests
choose_folder: Callable[[QWidget | None, str, str], str] = _folder
choose_file: Callable[[QWidget | None, str, str], str] = _file


def size_text(size: int) -> str:
    if size >= 1024**3:
        return tr("{n} GB").format(n=f"{size / 1024**3:.1f}".replace(".", ","))
    if size >= 1024 * 1024:
        return tr("{n} MB").format(n=f"{size / 1024 / 1024:.1f}".replace(".", ","))
    return tr("{n} KB").format(n=max(1, size // 1024))


class BackupDialog(QDialog):
    restored = Signal(object)  # the kept (replaced) database file: the lead restarts the session

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[BackupInfo] = []
        self.task: Task | None = None
        if ctx.actor.role is not Role.ADMIN:
            self._refusal()
            return
        self.ui = Ui_BackupForm()  # the layout is ui/backup.ui
        self.ui.setupUi(self)
        self.folder_button = self._connect(self.ui.chooseFolderButton, self.choose_folder)
        self.folder_label = self.ui.folderLabel
        self.last_label = self.ui.lastBackupLabel
        self.space_label = self.ui.backupSpaceLabel
        self.passphrase_button = self._connect(self.ui.passphraseButton, self.change_passphrase)
        self.crypt_label = self.ui.encryptionLabel
        self.table: QTableWidget | None = self.ui.backupsTable
        self.table.setHorizontalHeaderLabels([tr("Made"), tr("Size"), tr("File"), tr("Encrypted")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.aside_label = self.ui.asideLabel
        self.aside_label.setText(
            tr(
                "Copies kept beside the database (before an upgrade, or replaced by a restore); each is "
                "deleted {days} days after it was made:"
            ).format(days=backup.ASIDE_DAYS)
        )
        self.aside_table = self.ui.asideTable
        self.aside_table.setHorizontalHeaderLabels([tr("Made"), tr("Kind"), tr("Deleted on"), tr("File")])
        self.aside_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.now_button = self._connect(self.ui.backupNowButton, self.backup_now)
        self.restore_button = self._connect(self.ui.restoreButton, self.restore_selected)
        self.file_button = self._connect(self.ui.restoreFileButton, self.restore_from_file)
        self._connect(self.ui.closeButton, self.accept)
        self.refresh()
        server_status.note_in_dialog(self.ui.layout, self, ctx)  # a server database this computer cannot back up

    def _refusal(self) -> None:
        """What anyone but an administrator sees: a sentence and Close."""
        self.setObjectName("backupDialog")
        self.setWindowTitle(tr("Backups"))
        self.setAccessibleName(tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Only an administrator makes and restores backups."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table = None

    @staticmethod
    def _connect(button: QPushButton, slot: Callable[[], None]) -> QPushButton:
        button.clicked.connect(slot)
        return button

    def folder(self) -> Path:
        return backup.backup_folder(self.ctx)

    def refresh(self) -> None:
        if self.table is None:
            return
        folder = self.folder()
        keep = backup.get_settings_keep(self.ctx)
        self.folder_label.setText(
            tr(
                "Backups are kept in {folder}, compressed: the newest {keep} (of an earlier day only its "
                "last one) and one of each of the four weeks before."
            ).format(folder=folder, keep=keep)
        )
        last = backup.last_backup_date(self.ctx)
        self.last_label.setText(
            tr("Last backup: {date}").format(date=last.strftime("%d.%m.%Y"))
            if last
            else tr("No backup made yet.")
        )
        encrypted = backup.backups_encrypted(self.ctx)
        self.crypt_label.setText(
            tr("New backups are encrypted with the passphrase.")
            if encrypted
            else tr("Backups are not encrypted. A folder on a USB stick needs a passphrase.")
        )
        self.backups = backup.list_backups(folder, backup.source_of(self.ctx))
        self._show_space(folder)
        self.table.setRowCount(len(self.backups))
        for r, info in enumerate(self.backups):
            cells = (
                fmt_datetime(info.created),
                size_text(info.size),
                info.path.name,
                tr("yes") if info.encrypted else "",
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self._fill_aside()
        self._selection_changed()

    def _show_space(self, folder: Path) -> None:
        space = backup.backup_space(folder, backup.source_of(self.ctx))
        text = tr("The backups take {total} in all.").format(total=size_text(space.total))
        if space.free is not None:
            text += " " + tr("Free on that disk: {free}.").format(free=size_text(space.free))
        if space.low:
            text += " " + tr(
                "Little space is left for new backups: choose a folder on a bigger disk or free some space."
            )
        self.space_label.setText(text)
        self.space_label.setStyleSheet("color: #b00020;" if space.low else "")

    def _fill_aside(self) -> None:
        kinds = {"before-upgrade": tr("before an upgrade"), "replaced": tr("replaced by a restore")}
        copies = backup.aside_copies_of(self.ctx)
        self.aside_table.setRowCount(len(copies))
        for r, copy in enumerate(copies):
            cells = (
                fmt_datetime(copy.created),
                kinds.get(copy.kind, copy.kind),
                copy.expires.strftime("%d.%m.%Y"),
                copy.path.name,
            )
            for c, text in enumerate(cells):
                self.aside_table.setItem(r, c, QTableWidgetItem(text))
        for c in range(3):
            self.aside_table.resizeColumnToContents(c)

    def _selection_changed(self) -> None:
        if self.table is not None:
            self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedItems()} if self.table is not None else set()
        return self.backups[rows.pop()] if len(rows) == 1 else None

    # ---------------------------------------------------------------------------------- actions

    def choose_folder(self) -> None:
        chosen = choose_folder(self, tr("Folder for backups"), str(self.folder()))
        if not chosen:
            return
        try:
            current = settings_service.get_settings(self.ctx)
            settings_service.save_settings(self.ctx, replace(current, backup_dir=chosen))
        except errors.CalError as exc:
            show_error(self, exc)
            return
        remember_backup_folder(Path(chosen))
        self.refresh()

    def backup_now(self) -> None:
        self.now_button.setEnabled(False)

        def done(info: BackupInfo) -> None:
            self.now_button.setEnabled(True)
            remember_backup_folder(info.path.parent)
            backup.rotate(info.path.parent, backup.get_settings_keep(self.ctx), backup.source_of(self.ctx))
            self.refresh()
            messages.info(
                self,
                tr("The backup is saved: {file} ({size}).").format(file=info.path, size=size_text(info.size)),
            )

        def failed(exc: BaseException) -> None:
            self.now_button.setEnabled(True)
            show_error(self, exc)

        self.task = run_in_background(
            self, lambda _p, _c: backup.create_backup(self.ctx), done, tr("Making a backup…"), on_error=failed
        )

    def change_passphrase(self) -> None:
        """Set, change or remove the passphrase that encrypts the following backups."""
        if backup.backups_encrypted(self.ctx):
            answer = messages.ask(
                self,
                tr("New backups are encrypted with the passphrase. Change it, or stop encrypting?"),
                [tr("Change the passphrase"), tr("Stop encrypting")],
                tr("Backup passphrase"),
            )
            if answer < 0:
                return
            if answer == 1:
                self._set_passphrase(None)
                return
        passphrase = backup_passphrase.ask_passphrase(
            self,
            tr("Backup passphrase"),
            tr(
                "Every following backup is encrypted with this passphrase. Keep it in a safe place: "
                "without it an encrypted backup cannot be restored by anyone."
            ),
            True,
        )
        if passphrase is not None:
            self._set_passphrase(passphrase)

    def _set_passphrase(self, passphrase: str | None) -> None:
        try:
            backup.set_backup_passphrase(self.ctx, passphrase)
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path)

    def restore_from_file(self) -> None:
        chosen = choose_file(self, tr("Choose a backup of the database"), str(self.folder()))
        if chosen:
            self.restore(Path(chosen))

    def restore(self, source: Path) -> bool:
        question = tr(
            "Restore the database from {file}?\n\nEverything entered after this backup was made will be "
            "replaced by the backup. The current database is kept beside it first. After the restore, "
            "restart the program."
        ).format(file=source)
        if messages.ask(self, question, [tr("Restore")], tr("Restore from a backup"), destructive=True) != 0:
            return False
        result = self._restore(source)
        if result is None:
            return False
        messages.info(
            self,
            tr(
                "The database is restored from {file}. The replaced database is kept as {kept}. Restart the program."
            ).format(file=source, kept=result.kept)
            + "\n\n"
            + self._reapplied_text(result),
        )
        self.refresh()
        self.restored.emit(result.kept)
        return True

    def _restore(self, source: Path) -> RestoreResult | None:
        try:
            return backup_passphrase.with_passphrase(
                self, source, lambda passphrase: backup.restore_database(self.ctx, source, passphrase)
            )
        except errors.CalError as exc:
            show_error(self, exc)
            return None

    @staticmethod
    def _reapplied_text(result: RestoreResult) -> str:
        if result.unreadable:
            return tr(
                "The replaced database could not be read, so erasures made after the backup could not be "
                "applied again: check the list of people whose data must be destroyed."
            )
        return tr(
            "Erasures and consent withdrawals made after this backup, applied again: {count} "
            "(erasures: {erasures}, withdrawals: {withdrawals})."
        ).format(count=result.reapplied, erasures=result.erasures, withdrawals=result.withdrawals)
