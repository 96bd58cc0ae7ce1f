"""Choosing which files of the initiative go with a letter as enclosures (the document editor's hook).

The chosen ids go into the field ``enclosure_ids``; the letter's enclosure mark lists them in the GOST
form and its PDF carries their pages (``services.attachments_letter``). Photos are listed first in the
mark only where the first of them was ticked: the order here is the order of the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.errors import ValidationError
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets.attachments_panel import size_text
from cal_desktop.services import attachments, attachments_letter
from cal_desktop.services.attachments import AttachmentInfo, Owner
from cal_desktop.services.context import ServiceContext

FIELD = attachments_letter.FIELD


class EnclosurePicker(QDialog):
    def __init__(self, files: list[AttachmentInfo], chosen: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enclosurePicker")
        self.setWindowTitle(tr("Files as enclosures"))
        self.setAccessibleName(tr("Files as enclosures"))
        self.list = QListWidget(self)
        self.list.setObjectName("enclosureList")
        self.list.setAccessibleName(tr("Files of the initiative"))
        self.list.setWordWrap(True)
        for info in files:
            kind = (
                tr("photo, a page of its own")
                if info.is_image
                else (
                    tr("PDF, its pages follow the letter")
                    if info.is_pdf
                    else tr("listed only; print it separately")
                )
            )
            item = QListWidgetItem(f"{info.title} — {info.filename}, {size_text(info.size)} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if info.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        note = QLabel(
            tr("Ticked files are listed in «Приложение» and their pages are added to the PDF."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def chosen(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]  # fmt: skip


def current_ids(editor: Any) -> list[int]:
    try:
        return attachments_letter.picked_ids({FIELD: editor.overrides().get(FIELD, "")})
    except ValidationError:
        return []


def button_text(count: int) -> str:
    return tr("Files of the case (%1)…").replace("%1", str(count)) if count else tr("Files of the case…")


def add_button(editor: Any, parent: QWidget) -> QPushButton:
    """The editor's hook: a button under «Приложения» that picks files of the initiative."""
    button = QPushButton(button_text(0), parent)
    button.setObjectName("pickEnclosuresButton")
    button.setAccessibleName(tr("Choose files of the initiative as enclosures"))
    button.setEnabled(editor.initiative_id is not None)
    button.clicked.connect(lambda: pick(editor, button))
    return button


def pick(editor: Any, button: QPushButton, dialog_factory: Any = EnclosurePicker) -> None:
    ctx: ServiceContext = editor.ctx
    files = attachments.list_files(ctx, Owner(initiative_id=editor.initiative_id))
    dialog = dialog_factory(files, current_ids(editor), editor)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    ids = dialog.chosen()
    editor.set_field(FIELD, attachments_letter.format_ids(ids))
    button.setText(button_text(len(ids)))
