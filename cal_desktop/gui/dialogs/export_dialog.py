"""Export to a spreadsheet: what, where (.csv for Russian Excel or .xlsx), on the background helper.

The file has the import's columns (DOMAIN A4), so it can be loaded back; it is written atomically, so a
cancelled or failed export leaves no half-written file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.errors import Cancelled
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.dialogs.transfer_common import _ctx_and_parent, _t
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import exporting
from cal_desktop.services.context import ServiceContext


class ExportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_result: exporting.ExportResult | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(_t("Export to a spreadsheet"))
        self.resize(620, 180)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("exportKindCombo")
        self.kind_combo.setAccessibleName(_t("What to export:"))
        for code, label in exporting.KINDS.items():
            self.kind_combo.addItem(label, code)
        form.addRow(_t("What to export:"), self.kind_combo)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("exportFileEdit")
        self.file_edit.setAccessibleName(_t("File:"))
        self.browse_button = QPushButton(_t("Choose…"), self)
        self.browse_button.setObjectName("exportBrowseButton")
        self.browse_button.setAccessibleName(_t("Choose…"))
        row.addWidget(self.file_edit)
        row.addWidget(self.browse_button)
        form.addRow(_t("File:"), row)
        layout.addLayout(form)
        note = QLabel(
            _t("The file holds personal data: keep it safe and delete it when it is no longer needed."), self
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatusLabel")
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(_t("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = buttons.addButton(_t("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("exportCloseButton")
        for button in (self.export_button, self.close_button):
            button.setAccessibleName(button.text())
        layout.addWidget(buttons)
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.reject)

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def browse(self) -> None:
        suggested = self.file_edit.text() or str(
            Path.home() / f"{exporting.KINDS[self.kind].replace(' ', '_')}_{date.today():%Y-%m-%d}.xlsx"
        )
        path = file_dialogs.save_file(
            self, _t("Choose where to save"), suggested, "Excel (*.xlsx);;CSV (*.csv)"
        )
        if path:
            self.file_edit.setText(path)

    def run(self) -> None:
        path = self.file_edit.text().strip()
        if not path or Path(path).suffix.lower() not in (".csv", ".xlsx"):
            messages.warning(self, _t("Choose a .csv or .xlsx file."))
            return
        kind, ctx = self.kind, self.ctx

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            try:
                return exporting.export(ctx, kind, path, progress=progress, cancel=cancelled)
            except Cancelled as exc:
                return exc  # the helper drops a Cancelled error silently; the dialog must still hear of it

        self.export_button.setEnabled(False)
        self.status_label.setText(_t("Exporting…"))
        run_in_background(self, job, self._done, _t("Exporting…"), on_error=self._failed)

    def _done(self, result: exporting.ExportResult | Cancelled) -> None:
        self.export_button.setEnabled(True)
        if isinstance(result, Cancelled):
            self.status_label.setText(result.message)
            return
        self.last_result = result
        text = _t("Exported rows: {count}\n{path}").format(count=result.rows, path=result.path)
        self.status_label.setText(text)
        messages.info(self, text)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status_label.clear()
        show_error(self, exc)


def open_export_dialog(first: Any, second: Any = None) -> None:
    ctx, parent = _ctx_and_parent(first, second)
    ExportDialog(ctx, parent).exec()
