"""Every file dialog of the program goes through here.

Why: SQLite's locks on Linux and macOS are POSIX locks, which the kernel drops for the WHOLE process as
soon as anything in it closes any descriptor of the database file ("How To Corrupt An SQLite Database"
§2.2). Qt's file dialogs read the first bytes of every file they list to guess its type and icon, so a
dialog showing the folder of the database silently released our locks; another process then deleted
the -wal file under the running program. Here:

- the dialog is Qt's own (not the desktop's native one, which we cannot control) with an icon provider
  that answers from the name only and never opens a file;
- a dialog never starts in a folder holding the database (or the program's data folder): it starts in
  the last folder used for files, else Documents, else home;
- nothing is saved into those folders (the user is told and asked again), and the database's own files
  are never returned as a file to open.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDir, QFileInfo, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QTreeView, QWidget

from cal_desktop.gui import messages
from cal_desktop.gui.i18n import tr
from cal_desktop.services import database

_last_folder: list[Path] = []  # the folder of the last file chosen in this run (one element at most)


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name alone. Qt's providers ask the MIME database, which opens
    and reads files whose extension is not conclusive (such as the database)."""

    def icon(self, what: object) -> QIcon:  # type: ignore[override]
        style = QApplication.style()
        if isinstance(what, QFileInfo) and what.isDir() or what == QAbstractFileIconProvider.IconType.Folder:
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return tr("Folder")
        suffix = info.suffix()
        return suffix.upper() if suffix else tr("File")


def _protected() -> list[Path]:
    return [p.resolve() for p in database.protected_folders()]


def _inside_protected(path: Path) -> bool:
    folder = path.resolve()
    return any(folder == p for p in _protected())


def start_folder(wanted: str | os.PathLike[str] | None = None) -> Path:
    """Where a dialog may start: ``wanted`` (a folder, or a file's folder) unless it holds the database,
    else the last folder used, else Documents, else home."""
    candidates: list[Path] = []
    if wanted:
        path = Path(wanted).expanduser()
        candidates.append(path if path.is_dir() else path.parent)
    candidates += _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents:
        candidates.append(Path(documents))
    candidates.append(Path.home())
    for folder in candidates:
        if folder.is_absolute() and folder.is_dir() and not _inside_protected(folder):
            return folder
    return Path(QDir.homePath())


def _dialog(parent: QWidget | None, title: str, folder: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setObjectName("fileDialog")
    dialog.setOptions(
        QFileDialog.Option.DontUseNativeDialog
        | QFileDialog.Option.DontUseCustomDirectoryIcons
        | QFileDialog.Option.DontResolveSymlinks
    )
    dialog.setIconProvider(NameOnlyIconProvider())
    screen = (parent.screen() if parent is not None else QApplication.primaryScreen()).availableGeometry()
    dialog.resize(min(860, screen.width() - 40), min(540, screen.height() - 60))
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # name, size, type, date: none cut short
        for column, width in enumerate((380, 110, 70)):
            details.header().resizeSection(column, width)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    chosen = dialog.selectedFiles() if dialog.exec() else []
    if chosen:
        first = Path(chosen[0])
        _last_folder[:] = [first if first.is_dir() else first.parent]
    return chosen


def _refuse_database_files(parent: QWidget | None, paths: list[str]) -> list[str]:
    kept = [p for p in paths if not database.is_database_file(p)]
    if len(kept) != len(paths):
        messages.warning(parent, tr("This is the program's own database file: it cannot be chosen here."))
    return kept


def open_file(parent: QWidget | None, title: str, filters: str = "", start: str = "") -> str:
    """One existing file, or "" when cancelled."""
    dialog = _dialog(parent, title, start_folder(start), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _refuse_database_files(parent, _run(dialog))
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, title: str, filters: str = "", start: str = "") -> list[str]:
    """Several existing files (an empty list when cancelled)."""
    dialog = _dialog(parent, title, start_folder(start), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _refuse_database_files(parent, _run(dialog))


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """A folder, or "" when cancelled. The database's folder is refused (it holds only the database)."""
    while True:
        dialog = _dialog(parent, title, start_folder(start), "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = _run(dialog)
        if not chosen:
            return ""
        if not _inside_protected(Path(chosen[0])):
            return chosen[0]
        messages.warning(parent, _PROTECTED_TEXT())


def save_file(parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> str:
    """Where to save, or "" when cancelled. ``suggested`` is a file name or a path; a name alone is put
    in the start folder (never in the working directory, which may be the data folder)."""
    name = Path(suggested).name if suggested else ""
    folder_hint = str(Path(suggested).parent) if suggested and Path(suggested).is_absolute() else ""
    while True:
        folder = start_folder(folder_hint)
        dialog = _dialog(parent, title, folder, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if name:
            dialog.selectFile(str(folder / name))
        chosen = _run(dialog)
        if not chosen:
            return ""
        target = Path(chosen[0])
        if not _inside_protected(target.parent) and not database.is_database_file(target):
            return chosen[0]
        messages.warning(parent, _PROTECTED_TEXT())
        name, folder_hint = target.name, ""


def _PROTECTED_TEXT() -> str:  # noqa: N802 - a constant that needs tr() at call time
    return tr(
        "This folder holds the program's database and is kept for it alone. "
        "Please choose another folder, for example Documents."
    )
