"""The files of an initiative or a consultation (issue 21.1): thumbnails, add, open, caption, delete.

Files come in by the «Приложить файлы…» dialog (``gui/file_dialogs.py``: the lock rule) or by dropping
them on the panel; they are read and checked on a worker thread (a 20 MB scan takes a moment), and the
files refused are listed by name in one message while the others are kept. «Открыть» (Enter, double
click) hands a private temporary copy — never a file in the database's folder — to the system viewer.
Deleting asks first (Cancel is the default). Only services are called.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.errors import CalError
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.dialogs.initiative_common import named
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import attachments, attachments_open, initiatives
from cal_desktop.services.attachments import AttachmentInfo, Owner
from cal_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)
ICON = QSize(96, 96)
ID_ROLE = Qt.ItemDataRole.UserRole


def file_icon(info: AttachmentInfo) -> QIcon:
    """A page with the file's extension: no icon provider (it would read the file's bytes)."""
    pixmap = QPixmap(ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#607080"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(18, 4, 60, 86)
    painter.setBrush(QColor("#b00020") if info.is_pdf else QColor("#2f5d9b"))
    painter.drawRect(18, 52, 60, 22)
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setBold(True)
    font.setPointSize(10)
    painter.setFont(font)
    ext = Path(info.filename).suffix.lstrip(".").upper()[:5] or "?"
    painter.drawText(18, 52, 60, 22, Qt.AlignmentFlag.AlignCenter, ext)
    painter.end()
    return QIcon(pixmap)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}".replace(".", ","))
    return tr("%1 KB").replace("%1", str(max(1, round(size / 1024))))


class FileList(QListWidget):
    """The thumbnails; files dropped on it are attached."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        named(self, "attachmentsList", tr("Attached files"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(ICON)
        self.setGridSize(QSize(150, 150))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.setDragEnabled(False)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class AttachmentsPanel(QWidget):
    """Files of one owner (an initiative or a consultation); ``count_changed`` for a tab's title."""

    count_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "attachmentsPanel", tr("Files of the case"))
        self.ctx = ctx
        self.owner: Owner | None = None
        self.files: list[AttachmentInfo] = []
        self.task: Any = None
        self.list = FileList(self)
        self.list.dropped.connect(self.add_paths)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.hint = named(QLabel(self), "attachmentsHint", tr("Hint"))
        self.hint.setWordWrap(True)
        self.hint.setText(
            tr(
                "Drop photos, scans, PDF or office files here, or press «Attach files…». Up to %1 MB each."
            ).replace("%1", str(attachments.MAX_BYTES // (1024 * 1024)))
        )
        self.add_button = self._button(
            tr("&Attach files…"), "attachFilesButton", tr("Attach files"), self.choose_files
        )
        self.open_button = self._button(
            tr("&Open"), "openFileButton", tr("Open the file in its program"), self.open_selected
        )
        self.title_button = self._button(tr("Ca&ption…"), "fileCaptionButton", tr("Caption of the file in letters"),
                                         self.edit_title)  # fmt: skip
        self.person_button = self._button(tr("W&hose data…"), "filePersonButton",
                                          tr("Whose personal data the file holds"), self.edit_person)  # fmt: skip
        self.delete_button = self._button(
            tr("De&lete…"), "deleteFileButton", tr("Delete the file"), self.delete_selected
        )
        self.choose_item = QInputDialog.getItem  # tests answer instead of the dialog
        row = QHBoxLayout()
        for b in (
            self.add_button,
            self.open_button,
            self.title_button,
            self.person_button,
            self.delete_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        # only while the list has the focus: Enter elsewhere in a dialog still saves its form
        for key, slot in ((Qt.Key.Key_Delete, self.delete_selected), (Qt.Key.Key_Return, self.open_selected),
                          (Qt.Key.Key_Enter, self.open_selected)):  # fmt: skip
            QShortcut(QKeySequence(key), self.list, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    def _button(self, text: str, name: str, accessible: str, slot: Any) -> QPushButton:
        b = named(QPushButton(text, self), name, accessible)
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------------------------------- showing

    def show_owner(self, owner: Owner | None) -> None:
        self.owner = owner
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.files = attachments.list_files(self.ctx, self.owner) if self.owner is not None else []
        thumbs = attachments.thumbnails(self.ctx, [f.id for f in self.files if f.is_image])
        for info in self.files:
            item = QListWidgetItem(self._icon(info, thumbs.get(info.id)), info.title)
            item.setData(ID_ROLE, info.id)
            personal = (
                ("\n" + tr("A person's data: deleted when their data are erased")) if info.visitor_id else ""
            )
            item.setToolTip(f"{info.filename}\n{size_text(info.size)} · {info.created_at:%d.%m.%Y}"
                            + (f" · {info.author}" if info.author else "") + personal)  # fmt: skip
            self.list.addItem(item)
        self.count_changed.emit(len(self.files))
        self._update_buttons()

    @staticmethod
    def _icon(info: AttachmentInfo, thumb: bytes | None) -> QIcon:
        if thumb:
            pixmap = QPixmap()
            if pixmap.loadFromData(thumb, "PNG"):
                return QIcon(pixmap)
        return file_icon(info)

    def selected(self) -> list[AttachmentInfo]:
        ids = {item.data(ID_ROLE) for item in self.list.selectedItems()}
        return [f for f in self.files if f.id in ids]

    def _update_buttons(self) -> None:
        chosen = len(self.selected())
        busy = self.task is not None
        self.add_button.setEnabled(self.owner is not None and not busy)
        self.list.setAcceptDrops(self.owner is not None and not busy)
        self.open_button.setEnabled(chosen >= 1)
        self.title_button.setEnabled(chosen == 1)
        self.person_button.setEnabled(chosen == 1)
        self.person_button.setVisible(self.owner is not None and self.owner.initiative_id is not None)
        self.delete_button.setEnabled(chosen >= 1)

    # ------------------------------------------------------------------------------------- adding

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(self, tr("Attach files"), tr("Photos, scans and documents (*)"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Read, check and store the files on a worker thread; then list what was refused."""
        if self.owner is None or self.task is not None or not paths:
            return
        owner, ctx = self.owner, self.ctx

        def job(progress: Any, cancelled: Any) -> list[str]:
            refused: list[str] = []
            for n, path in enumerate(paths):
                if cancelled():
                    break
                try:
                    attachments.add_path(ctx, owner, path)
                except CalError as exc:
                    refused.append(exc.message)
                progress(n + 1, len(paths))
            return refused

        self.task = run_in_background(self, job, self._added, tr("Attaching files…"), self._failed)
        self._update_buttons()

    def _added(self, refused: list[str]) -> None:
        if not shiboken6.isValid(self):
            return  # the card or dialog was closed meanwhile; the files are stored all the same
        self.task = None
        self.reload()
        if refused:
            messages.warning(self, tr("Some files were not attached:") + "\n\n" + "\n".join(refused))

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            log.error("attaching files failed after the panel closed: %s", exc)
            return
        self.task = None
        self.reload()
        show_error(self, exc)

    # ------------------------------------------------------------------------------- other actions

    def open_selected(self) -> None:
        for info in self.selected()[:5]:  # a slip of Ctrl+A must not open fifty viewers
            try:
                path = attachments_open.viewing_copy(self.ctx, info.id)
            except CalError as exc:
                show_error(self, exc)
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                messages.warning(
                    self, tr("No program on this computer opens «%1».").replace("%1", info.filename)
                )

    def edit_title(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        text, ok = QInputDialog.getText(self, tr("Caption"), tr("Caption of the file in a letter's enclosures:"),
                                        text=chosen[0].title)  # fmt: skip
        if ok:
            try:
                attachments.set_title(self.ctx, chosen[0].id, text)
            except CalError as exc:
                show_error(self, exc)
            self.reload()

    def edit_person(self) -> None:
        """Mark the file as a member's data (their signature, their statement) or as the initiative's."""
        chosen = self.selected()
        if len(chosen) != 1 or self.owner is None or self.owner.initiative_id is None:
            return
        members = initiatives.get_initiative(self.ctx, self.owner.initiative_id).members
        names = [tr("— nobody's: a file of the initiative —"), *(m.full_name for m in members)]
        ids: list[int | None] = [None, *(m.visitor_id for m in members)]
        current = ids.index(chosen[0].visitor_id) if chosen[0].visitor_id in ids else 0
        text, ok = self.choose_item(self, tr("Whose data"), tr("Whose personal data does «%1» hold? It is deleted "
                                    "when that person's data are erased.").replace("%1", chosen[0].filename),
                                    names, current, False)  # fmt: skip
        if not ok or text not in names:
            return
        try:
            attachments.set_person(self.ctx, chosen[0].id, ids[names.index(text)])
        except CalError as exc:
            show_error(self, exc)
        self.reload()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        names = "\n".join(f"• {f.filename}" for f in chosen[:10]) + ("\n…" if len(chosen) > 10 else "")
        question = tr("Delete %1 file(s)? They cannot be restored (except from a backup).").replace(
            "%1", str(len(chosen))
        )
        if messages.ask(self, f"{question}\n\n{names}", [tr("Delete")], destructive=True) != 0:
            return
        try:
            for info in chosen:
                attachments.delete_file(self.ctx, info.id)
        except CalError as exc:
            show_error(self, exc)
        self.reload()

    def has_unsaved_work(self) -> bool:
        return self.task is not None  # files still being read: closing now would drop them


def add_tab(card: Any) -> AttachmentsPanel:
    """A «Файлы (N)» tab in a card with ``ctx`` and ``tabs`` (the initiative card's hook)."""
    panel = AttachmentsPanel(card.ctx, card.tabs)
    index = card.tabs.addTab(panel, tr("Files"))

    def retitle(count: int) -> None:
        card.tabs.setTabText(index, tr("Files (%1)").replace("%1", str(count)) if count else tr("Files"))

    panel.count_changed.connect(retitle)
    return panel
