"""Printing a campaign's signature sheets (issue 16.3): how many, from which number (the next one
offered), PDF or DOCX; saved to a file or sent to a printer. The sheets are made in the background with
progress and Cancel (services.signature_sheets: one page per sheet, numbered, the initiative's text on
each). ``SignaturesDialog`` places the button (``print_button``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.gui import file_dialogs
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.views.pdf_preview import HAVE_QTPDF, print_pdf
from cal_desktop.gui.worker import Task, run_in_background
from cal_desktop.services import files, signature_sheets
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.signature_sheets import MAX_SHEETS, PrintedSheets


class SheetPrintDialog(QDialog):
    def __init__(self, ctx: ServiceContext, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetPrintDialog")
        self.setWindowTitle(tr("Print signature sheets"))
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.task: Task | None = None
        self.made: PrintedSheets | None = None
        numbers = signature_sheets.numbers(ctx, campaign_id)
        self.count = QSpinBox(self)
        self.count.setObjectName("sheetCount")
        self.count.setAccessibleName(tr("How many sheets"))
        self.count.setRange(1, MAX_SHEETS)
        self.count.setValue(10)
        self.first = QSpinBox(self)
        self.first.setObjectName("sheetFirst")
        self.first.setAccessibleName(tr("First sheet number"))
        self.first.setRange(1, 1_000_000)
        self.first.setValue(numbers.next_number)
        self.format = QComboBox(self)
        self.format.setObjectName("sheetFormat")
        self.format.setAccessibleName(tr("Format"))
        self.format.addItem("PDF", "pdf")
        self.format.addItem("DOCX", "docx")
        form = QFormLayout()
        form.addRow(tr("&How many sheets:"), self.count)
        form.addRow(tr("&Numbers from:"), self.first)
        form.addRow(tr("&Format:"), self.format)
        text = tr("Each sheet is one page with its number and the initiative's text. Printed so far: %1.")
        note = QLabel(text.replace("%1", str(numbers.sheets_printed)), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(tr("&Save…"), self)
        self.save_button.setObjectName("sheetSave")
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button = QPushButton(tr("&Print…"), self)
        self.print_button.setObjectName("sheetPrint")
        self.print_button.setEnabled(HAVE_QTPDF)
        self.print_button.clicked.connect(lambda: self.print_())
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _make(self, fmt: str, then: Any, target: str | None = None) -> Task:
        """The sheets in the background (progress and Cancel), then ``then(made)`` on this thread. With
        ``target`` the file is written by the job itself: closing the window meanwhile loses nothing."""
        count, first = self.count.value(), self.first.value()
        ctx, campaign_id = self.ctx, self.campaign_id

        def job(progress: Any, cancelled: Any) -> PrintedSheets:
            made = signature_sheets.print_sheets(ctx, campaign_id, count, fmt, first=first, progress=progress,
                                                 cancel=cancelled)  # fmt: skip
            if target is not None:
                files.save_bytes(target, made.content)
            return made

        def done(made: PrintedSheets) -> None:
            self.made = made
            then(made)

        self.task = run_in_background(self, job, done, tr("Preparing the sheets…"), lambda e: show_error(self, e))
        return self.task

    def save(self, path: str | None = None) -> Task | None:
        fmt = str(self.format.currentData())
        if path is None:
            suggested = f"Подписные_листы.{fmt}"
            filters = tr("PDF document (*.pdf)") if fmt == "pdf" else tr("Word document (*.docx)")
            path = file_dialogs.save_file(self, tr("Save the sheets"), suggested, filters)
        if not path:
            return None
        target = path if path.lower().endswith("." + fmt) else f"{path}.{fmt}"

        return self._make(fmt, lambda _made: self.accept(), target)

    def print_(self) -> Task | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not QPrintDialog(printer, self).exec():
            return None

        def send(made: PrintedSheets) -> None:
            try:
                print_pdf(made.content, printer)
            except BaseException as exc:
                show_error(self, exc)
                return
            self.accept()

        return self._make("pdf", send)


def open_print(parent: QWidget, ctx: ServiceContext, campaign_id: int) -> bool:
    """The print dialog; True when sheets were made (their numbers are now taken)."""
    try:
        dialog = SheetPrintDialog(ctx, campaign_id, parent)
    except errors.CalError as exc:
        show_error(parent, exc)
        return False
    dialog.exec()
    return dialog.made is not None


def print_button(parent: Any) -> QPushButton:
    """«Печать листов…» for the signatures dialog: ``parent.ctx``, ``parent.campaign`` and
    ``parent.reload`` are read when clicked."""
    button = QPushButton(tr("Print &sheets…"), parent)
    button.setObjectName("sheetPrintButton")
    button.setAccessibleName(tr("Print numbered signature sheets of this collection"))

    def clicked() -> None:
        if parent.campaign is not None and open_print(parent, parent.ctx, parent.campaign.id):
            parent.reload()

    button.clicked.connect(clicked)
    return button


__all__ = ["SheetPrintDialog", "open_print", "print_button"]
