"""Backups (administrators): make one now, see the backups in the folder with dates and sizes, restore
from a chosen one after a confirmation, and choose the folder (e.g. a USB stick; saved in settings).

A restore replaces the whole database: the current one is kept beside it first (the service does
that), and the program should be restarted so that no screen shows what was replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_datetime
from cal_desktop.gui.startup import remember_backup_folder
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import backup
from cal_desktop.services import settings as settings_service
from cal_desktop.services.backup import BackupInfo
from cal_desktop.services.context import ServiceContext


def _folder(parent: QWidget | None, title: str, start: str) -> str:
    return file_dialogs.choose_folder(parent, title, start)


def _file(parent: QWidget | None, title: str, start: str) -> str:
    return file_dialogs.open_file(parent, title, tr("Database backups (*.db);;All files (*)"), start)


# replaced by tests
choose_folder: Callable[[QWidget | None, str, str], str] = _folder
choose_file: Callable[[QWidget | None, str, str], str] = _file


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{n} MB").format(n=f"{size / 1024 / 1024:.1f}".replace(".", ","))
    return tr("{n} KB").format(n=max(1, size // 1024))


class BackupDialog(QDialog):
    restored = Signal(object)  # the kept (replaced) database file: the lead restarts the session

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(tr("Backups"))
        self.setAccessibleName(tr("Backups"))
        self.ctx = ctx
        self.backups: list[BackupInfo] = []
        self.task = None
        layout = QVBoxLayout(self)
        if ctx.actor.role is not Role.ADMIN:
            layout.addWidget(QLabel(tr("Only an administrator makes and restores backups."), self))
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            close.rejected.connect(self.reject)
            layout.addWidget(close)
            self.table = None
            return
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setWordWrap(True)
        folder_row.addWidget(self.folder_label, 1)
        self.folder_button = self._button("chooseFolderButton", tr("Choose folder…"), self.choose_folder)
        folder_row.addWidget(self.folder_button)
        layout.addLayout(folder_row)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastBackupLabel")
        layout.addWidget(self.last_label)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(tr("Backups in the folder"))
        self.table.setHorizontalHeaderLabels([tr("Made"), tr("Size"), tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.now_button = self._button("backupNowButton", tr("Back up now"), self.backup_now)
        self.restore_button = self._button(
            "restoreButton", tr("Restore from the selected…"), self.restore_selected
        )
        self.file_button = self._button(
            "restoreFileButton", tr("Restore from a file…"), self.restore_from_file
        )
        close = self._button("closeButton", tr("Close"), self.accept)
        for button in (self.now_button, self.restore_button, self.file_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.setMinimumSize(720, 420)
        self.refresh()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
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
            tr("Backups are kept in {folder} (the newest {keep}).").format(folder=folder, keep=keep)
        )
        last = backup.last_backup_date(self.ctx)
        self.last_label.setText(
            tr("Last backup: {date}").format(date=last.strftime("%d.%m.%Y"))
            if last
            else tr("No backup made yet.")
        )
        self.backups = backup.list_backups(folder, backup.source_of(self.ctx))
        self.table.setRowCount(len(self.backups))
        for r, info in enumerate(self.backups):
            for c, text in enumerate((fmt_datetime(info.created), size_text(info.size), info.path.name)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self._selection_changed()

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
        if messages.ask(self, question, [tr("Restore")], tr("Restore from a backup")) != 0:
            return False
        try:
            kept = backup.restore_backup(self.ctx, source)
        except errors.CalError as exc:
            show_error(self, exc)
            return False
        messages.info(
            self,
            tr(
                "The database is restored from {file}. The replaced database is kept as {kept}. Restart the program."
            ).format(file=source, kept=kept),
        )
        self.refresh()
        self.restored.emit(kept)
        return True
