"""Import from a spreadsheet (DOMAIN A4): choose what and which file, see the first rows, check, load.

The check is the import's dry run: the same work, rolled back, so the counts it shows are what the
import will do. Loading runs on the background helper (progress bar with Cancel after half a second);
a rejected file opens a window listing every bad row (row, column, reason): nothing was written.

``open_import_dialog`` / ``open_export_dialog`` are what the main window's File menu calls.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import file_dialogs, messages

# shared with the export dialog (which imported them from here: an import cycle)
from cal_desktop.gui.dialogs.transfer_common import _ctx_and_parent, _t
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import imports
from cal_desktop.services.context import ServiceContext

PREVIEW_ROWS = 20
COORDINATOR_KINDS = frozenset({"officials"})  # directory editing: coordinators and administrators

class ProblemsDialog(QDialog):
    """Every rejected row of a file: row number as the spreadsheet shows it, column, reason."""

    def __init__(self, problems: list[tuple[int, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProblemsDialog")
        self.setWindowTitle(_t("Rejected rows"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            _t("The file was not imported: nothing was written.")
            + "\n"
            + _t("Errors: {count}. Correct the file and load it again.").format(count=len(problems))
        )
        self.summary.setObjectName("problemsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(problems), 3, self)
        self.table.setObjectName("problemsTable")
        self.table.setAccessibleName(_t("Rejected rows"))
        self.table.setHorizontalHeaderLabels([_t("Row"), _t("Column"), _t("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for i, (row, column, reason) in enumerate(problems):
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, row)
            self.table.setItem(i, 0, number)
            self.table.setItem(i, 1, QTableWidgetItem(column))
            self.table.setItem(i, 2, QTableWidgetItem(reason))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ImportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problems_dialog: ProblemsDialog | None = None
        self.last_result: imports.ImportResult | None = None
        self.busy = False
        self.setObjectName("importDialog")
        self.setWindowTitle(_t("Import from a spreadsheet"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("importKindCombo")
        self.kind_combo.setAccessibleName(_t("What:"))
        for code, label in imports.KINDS.items():
            if code in COORDINATOR_KINDS and ctx.actor.role is Role.STAFF:
                continue  # the service would refuse it after the whole file was read
            self.kind_combo.addItem(label, code)
        form.addRow(_t("What:"), self.kind_combo)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFileEdit")
        self.file_edit.setAccessibleName(_t("File:"))
        self.browse_button = QPushButton(_t("Choose…"), self)
        self.browse_button.setObjectName("importBrowseButton")
        self.browse_button.setAccessibleName(_t("Choose…"))
        file_row.addWidget(self.file_edit)
        file_row.addWidget(self.browse_button)
        form.addRow(_t("File:"), file_row)
        layout.addLayout(form)
        self.columns_label = QLabel(self)
        self.columns_label.setObjectName("importColumnsLabel")
        self.columns_label.setWordWrap(True)
        layout.addWidget(self.columns_label)
        layout.addWidget(QLabel(_t("First rows of the file:"), self))
        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("importPreviewTable")
        self.preview.setAccessibleName(_t("First rows of the file:"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("importStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(self)
        self.check_button = buttons.addButton(
            _t("Check (nothing is written)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("importCheckButton")
        self.import_button = buttons.addButton(_t("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.close_button = buttons.addButton(_t("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("importCloseButton")
        for button in (self.check_button, self.import_button, self.close_button):
            button.setAccessibleName(button.text())
            button.setAutoDefault(False)
        # Enter after typing the file's path checks it; only the Import button itself writes
        self.check_button.setDefault(True)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self.refresh_preview)
        self.file_edit.editingFinished.connect(self.refresh_preview)
        self.browse_button.clicked.connect(self.browse)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.refresh_preview()

    # -------------------------------------------------------------------------------------- input

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def set_file(self, path: str | os.PathLike[str]) -> None:
        self.file_edit.setText(str(path))
        self.refresh_preview()

    def browse(self) -> None:
        path = file_dialogs.open_file(
            self, _t("Choose a file to import"), _t("Spreadsheets (*.csv *.xlsx)"), self.file_edit.text()
        )
        if path:
            self.set_file(path)

    def refresh_preview(self) -> None:
        columns = imports.columns_of(self.kind)
        self.columns_label.setText(
            _t("Columns: {columns}. Required: {required}.").format(
                columns=", ".join(c.label for c in columns),
                required=", ".join(c.label for c in columns if c.required),
            )
            + "\n"
            + imports.RULES[self.kind]
        )
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.status_label.clear()
        path = self.file_edit.text().strip()
        ready = bool(path) and os.path.isfile(path)
        self.check_button.setEnabled(ready and not self.busy)
        self.import_button.setEnabled(ready and not self.busy)
        if not ready:
            return
        try:
            shown = imports.preview(path, self.kind, PREVIEW_ROWS)
        except errors.ImportRejected as exc:
            self.status_label.setText("\n".join(f"«{c}»: {m}" for _, c, m in exc.problems))
            self.import_button.setEnabled(False)
            self.check_button.setEnabled(False)
            return
        except errors.CalError as exc:
            self.status_label.setText(exc.message)
            self.import_button.setEnabled(False)
            self.check_button.setEnabled(False)
            return
        self.preview.setColumnCount(len(shown.headers))
        self.preview.setHorizontalHeaderLabels(shown.headers)
        self.preview.setRowCount(len(shown.rows))
        # rows numbered as the spreadsheet numbers them, as the list of errors does
        self.preview.setVerticalHeaderLabels([str(n) for n in shown.row_numbers])
        for r, values in enumerate(shown.rows):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.status_label.setText("\n".join(shown.warnings))

    # ------------------------------------------------------------------------------------- actions

    def run(self, dry_run: bool) -> None:
        path = self.file_edit.text().strip()
        if not path:
            messages.warning(self, _t("Choose a .csv or .xlsx file."))
            return
        kind, ctx = self.kind, self.ctx

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            try:
                return imports.import_file(
                    ctx, kind, path, dry_run=dry_run, progress=progress, cancel=cancelled
                )
            except errors.Cancelled as exc:
                return exc  # the helper drops a Cancelled error silently; the dialog must still hear of it

        self._set_busy(True)
        self.status_label.setText(_t("Checking the file…") if dry_run else _t("Importing…"))
        run_in_background(
            self,
            job,
            self._done,
            _t("Checking the file…") if dry_run else _t("Importing…"),
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.check_button, self.import_button, self.kind_combo, self.browse_button):
            widget.setEnabled(not busy)

    def _done(self, result: imports.ImportResult | errors.Cancelled) -> None:
        self._set_busy(False)
        if isinstance(result, errors.Cancelled):
            self.status_label.setText(result.message)
            return
        self.last_result = result
        head = _t("The file is fine.") if result.dry_run else _t("Imported.")
        lines = [head, *result.summary_lines(), *result.warnings]
        self.status_label.setText("\n".join(lines))
        if not result.dry_run:
            messages.info(self, "\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, errors.ImportRejected):
            self.status_label.setText(_t("The file was not imported: nothing was written."))
            self.show_problems(exc.problems)
        else:
            self.status_label.clear()
            show_error(self, exc)

    def show_problems(self, problems: list[tuple[int, str, str]]) -> None:
        if self.problems_dialog is not None:
            self.problems_dialog.close()
        self.problems_dialog = ProblemsDialog(problems, self)
        self.problems_dialog.setModal(True)
        self.problems_dialog.show()


def open_import_dialog(first: Any, second: Any = None) -> None:
    ctx, parent = _ctx_and_parent(first, second)
    ImportDialog(ctx, parent).exec()


def open_export_dialog(first: Any, second: Any = None) -> None:
    from cal_desktop.gui.dialogs.export_dialog import open_export_dialog as opener

    opener(first, second)
