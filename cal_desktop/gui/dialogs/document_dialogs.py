"""Windows around the document editor, for the other areas to open (see ``plug-in`` notes below).

- ``DocumentEditorDialog(ctx, initiative_id, template_id=None, official_id=None, appeal_id=None)``:
  the editor in a window (from the initiative card: "Prepare a document…"; from the register:
  "Repeat appeal" opens it with ``template_id="repeat_appeal", appeal_id=...``);
- ``StoredDocumentDialog(ctx, document_id)``: a filed document exactly as stored (preview, print, save),
  for the register's "Open the letter" and the card's documents list.

Plug-in: ``InitiativeCardWidget`` adds a button calling ``open_editor(self, ctx, initiative_id)`` and
reloads the card when the dialog's ``changed`` flag is set; ``AppealsView.repeat_appeal_requested`` ->
``open_editor(..., template_id="repeat_appeal", appeal_id=id)``; ``AppealsView.document_requested`` ->
``open_stored(parent, ctx, document_id)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.errors import CalError
from cal_desktop.gui import file_dialogs, messages, screen_fit
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.views.document_editor import DocumentEditor
from cal_desktop.gui.views.pdf_preview import HAVE_QTPDF, PdfPreview, print_pdf
from cal_desktop.services import documents, files
from cal_desktop.services.context import ServiceContext


class DocumentEditorDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        initiative_id: int | None,
        template_id: str | None = None,
        official_id: int | None = None,
        appeal_id: int | None = None,
        parent: QWidget | None = None,
        *,
        visitor_id: int | None = None,
        preset: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentEditorDialog")
        self.setAccessibleName(tr("Document editor"))
        self.setWindowTitle(tr("Document"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.changed = False
        self._discard = False  # closing without asking (the main window already asked)
        self.editor = DocumentEditor(
            ctx, initiative_id, template_id, official_id, appeal_id, self, visitor_id=visitor_id, preset=preset
        )
        self.editor.filed.connect(self._changed)
        self.editor.saved.connect(self._changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1280, 860))

    def _changed(self, *_args: object) -> None:
        self.changed = True

    def has_unsaved_work(self) -> bool:
        """A changed letter neither saved as a draft nor filed (the main window asks before closing)."""
        return self.editor.has_unsaved_work()

    def close_discarding(self) -> None:
        """Close without asking: the caller (closing the main window, signing out) has asked already."""
        self._discard = True
        self.reject()

    def reject(self) -> None:
        """Esc, «Закрыть» and the window's close button: a changed letter is not lost without asking."""
        if not self._discard and self.editor.has_unsaved_work():
            answer = messages.ask(
                self,
                tr("The document has changes that are neither saved as a draft nor filed. Close it?"),
                [tr("Save a draft and close"), tr("Close without saving")],
                tr("Close the document"),
            )
            if answer < 0 or (answer == 0 and self.editor.save_draft() is None):
                return  # stay: cancelled, or the draft could not be saved
        super().reject()


class StoredDocumentDialog(QDialog):
    """A stored document: the bytes that were filed, never re-rendered."""

    def __init__(self, ctx: ServiceContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storedDocumentDialog")
        self.setAccessibleName(tr("Stored document"))
        self.stored = documents.get_document(ctx, document_id)
        self.setWindowTitle(self.stored.title)
        fit_to_screen(self, QSize(900, 860))
        self.preview = PdfPreview(self)
        if self.stored.format == "pdf":
            self.preview.show_pdf(self.stored.content)
        print_button = QPushButton(tr("&Print…"), self)
        print_button.setObjectName("storedPrintButton")
        print_button.setAccessibleName(tr("Print the document"))
        print_button.setEnabled(self.stored.format == "pdf" and HAVE_QTPDF)
        print_button.clicked.connect(self._print)
        save_button = QPushButton(tr("&Save as…"), self)
        save_button.setObjectName("storedSaveButton")
        save_button.setAccessibleName(tr("Save the document"))
        save_button.clicked.connect(self._save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(print_button)
        row.addWidget(save_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            try:
                print_pdf(self.stored.content, printer)
            except BaseException as exc:
                show_error(self, exc)

    def _save(self) -> None:
        path = file_dialogs.save_file(self, tr("Save the document"), self.stored.filename)
        if path:
            try:
                files.save_bytes(path, self.stored.content)
            except CalError as exc:
                show_error(self, exc)


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """``wanted`` or less: no larger than the available screen (less the title bar), centred on it."""
    available = screen_fit.available(window)
    size = wanted.boundedTo(QSize(available.width() - 16, available.height() - 40))
    window.resize(size)
    window.move(available.x() + (available.width() - size.width()) // 2,
                available.y() + max((available.height() - 40 - size.height()) // 2, 0))  # fmt: skip


def open_editor(
    parent: QWidget | None,
    ctx: ServiceContext,
    initiative_id: int | None,
    template_id: str | None = None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    *,
    visitor_id: int | None = None,
    preset: dict[str, Any] | None = None,
) -> bool:
    """Run the editor window; True when something was saved or filed (reload the caller). A document
    for a visitor without an initiative (their consent, a personal letter) passes ``visitor_id``; a
    record's starting values (a meeting's minutes) come as ``preset``."""
    dialog = DocumentEditorDialog(
        ctx, initiative_id, template_id, official_id, appeal_id, parent, visitor_id=visitor_id, preset=preset
    )
    dialog.exec()
    return dialog.changed


def open_stored(parent: QWidget | None, ctx: ServiceContext, document_id: int) -> None:
    StoredDocumentDialog(ctx, document_id, parent).exec()


__all__ = ["DocumentEditorDialog", "StoredDocumentDialog", "fit_to_screen", "open_editor", "open_stored"]
