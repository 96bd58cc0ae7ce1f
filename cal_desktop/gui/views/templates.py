"""Document templates by the centre (issue 5, item 7): the list, a preview, the check and the fields.

``TemplatesView(ctx, parent=None)`` shows every template — the built-in ones and the centre's own (copies
of letters and uploaded .docx forms) with their kind, what they are based on and whether they are in use
— and for the selected one:

- a preview of the real pages filled with sample data (the fields' examples), rendered by the same
  services that print, in the document editor's PDF preview; a .docx form is filled only in Word format,
  so for it the screen says so and shows the check;
- the template check: unknown fields, fields Word split across runs, syntax errors with their line;
- the fields reference (field, description, example; filter; double-click copies ``{{ field }}``).

Coordinators and administrators also duplicate a letter template into the centre's own (asking for a
title), edit the copy (``TemplateEditorDialog``: Check, and Save refused while the check finds problems),
add a .docx form or a new version of one (checked first: a broken form is refused with its problems
listed), and switch the centre's templates on and off. Staff see the list read-only: the buttons are
hidden, and the services refuse the same actions anyway.

File and text dialogs go through module-level functions (``open_file``, ``ask_text``, ``exec_dialog``)
that tests replace. Only services are used; the list is small (a few dozen templates), so it is one call.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError
from cal_desktop.gui import file_dialogs, messages, screen_fit
from cal_desktop.gui.dialogs.template_check import CheckResults
from cal_desktop.gui.dialogs.template_editor import TemplateEditorDialog
from cal_desktop.gui.dialogs.template_fields import FieldsReference
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.views.document_editor import PdfPreview
from cal_desktop.services import documents, templates
from cal_desktop.services.context import ServiceContext

INACTIVE = QColor("#888888")
MAX_FORM_BYTES = 10 * 1024 * 1024  # the service's limit; checked before reading a huge file into memory


def _ask_text(parent: QWidget | None, title: str, label: str, default: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
    return text if ok else None


def _open(parent: QWidget | None, title: str, filters: str) -> str:
    return file_dialogs.open_file(parent, title, filters)


# replaced by tests
ask_text: Callable[[QWidget | None, str, str, str], str | None] = _ask_text
open_file: Callable[[QWidget | None, str, str], str] = _open
exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # noqa: E731


@dataclass(frozen=True)
class TemplateRow:
    """One row of the list: a built-in template or one of the centre's own (active or not)."""

    id: str
    title: str
    kind: str  # "letter" or "docx"
    builtin: bool
    based_on: str | None
    active: bool
    description: str = ""


def can_edit(ctx: ServiceContext) -> bool:
    """Coordinators and administrators manage templates (the services check the same)."""
    try:
        ctx.require(Role.COORDINATOR)
    except errors.PermissionDenied:
        return False
    return True


def sample_overrides() -> dict[str, Any]:
    """Every field's example value, and two sample rows for each table: a preview without real data."""
    ex = {f.name: f.example for f in documents.fields()}
    people = [
        (ex["person_full"], ex["person_address"], ex["person_role"], ex["person_phone"]),
        (ex["author_full"], ex["author_address"], ex["person_role"], ex["author_phone"]),
    ]
    return {
        **ex,
        "signature_table": [[str(i), n, a, ""] for i, (n, a, _r, _p) in enumerate(people, 1)],
        "signature_sheet_table": [[str(i), n, "", a, "", ""] for i, (n, a, _r, _p) in enumerate(people, 1)],
        "members_table": [[str(i), n, r, p] for i, (n, _a, r, p) in enumerate(people, 1)],
        "group_table": [[str(i), n, r] for i, (n, _a, r, _p) in enumerate(people, 1)],
    }


def list_rows(ctx: ServiceContext) -> list[TemplateRow]:
    """Built-in templates first (in the order of DOMAIN A5), then the centre's own, inactive ones too."""
    rows = [
        TemplateRow(t.id, t.title, t.kind, True, None, True, t.description)
        for t in documents.templates(ctx)
        if t.builtin
    ]
    rows += [
        TemplateRow(c.template_id, c.title, c.kind, False, c.based_on, c.active)
        for c in templates.list_custom_templates(ctx, include_inactive=True)
    ]
    return rows


def _kind_label(row: TemplateRow) -> str:
    return tr("Letter") if row.kind == "letter" else tr(".docx form")


def _button(parent: QWidget, name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(accessible)
    return button


class TemplatesView(QWidget):
    """The templates area: list, preview with sample data, check, fields; actions for coordinators."""

    COLUMNS = 5

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesView")
        self.setAccessibleName(tr("Document templates"))
        self.ctx = ctx
        self.editable = can_edit(ctx)
        self.rows: list[TemplateRow] = []
        self.pdf_bytes = b""
        self.action_bar = self._build_actions()
        self.table = self._build_table()
        self.results = CheckResults(self)
        self.results.setMaximumHeight(170)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.table, 1)
        self.check_label = QLabel(tr("Template check:"), left)
        column.addWidget(self.check_label)
        column.addWidget(self.results)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("templateTabs")
        self.tabs.addTab(self._build_preview(), tr("Preview"))
        self.fields = FieldsReference(self)
        self.tabs.addTab(self.fields, tr("Fields"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.action_bar)
        layout.addWidget(splitter, 1)
        self.reload()

    # ---------------------------------------------------------------------------------- building

    def _build_actions(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 4, 4, 0)
        self.duplicate_button = _button(bar, "duplicateTemplateButton", tr("&Duplicate…"),
                                        tr("Make the centre's own copy of the letter template"))  # fmt: skip
        self.edit_button = _button(bar, "editTemplateButton", tr("&Edit…"),
                                   tr("Edit the centre's letter template"))  # fmt: skip
        self.add_button = _button(bar, "addDocxButton", tr("Add .docx &form…"),
                                  tr("Add a form in Word format with {{ fields }}"))  # fmt: skip
        self.replace_button = _button(bar, "replaceDocxButton", tr("New &version of the form…"),
                                      tr("Replace the selected .docx form with a corrected file"))  # fmt: skip
        self.active_button = _button(bar, "activeTemplateButton", tr("Deac&tivate"),
                                     tr("Hide the template from the list of documents, or show it again"))  # fmt: skip
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button.clicked.connect(lambda: self.add_docx())
        self.replace_button.clicked.connect(lambda: self.add_docx(replace=True))
        self.active_button.clicked.connect(self.toggle_active)
        self.edit_buttons = [
            self.duplicate_button,
            self.edit_button,
            self.add_button,
            self.replace_button,
            self.active_button,
        ]
        for b in self.edit_buttons:
            row.addWidget(b)
            b.setVisible(self.editable)
        self.read_only_label = QLabel(
            tr("Templates are changed by a coordinator or an administrator; you can view them."), bar
        )
        self.read_only_label.setObjectName("templatesReadOnly")
        self.read_only_label.setVisible(not self.editable)
        row.addWidget(self.read_only_label)
        row.addStretch(1)
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("templatesCount")
        row.addWidget(self.count_label)
        return bar

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, self.COLUMNS, self)
        table.setObjectName("templatesTable")
        table.setAccessibleName(tr("Templates"))
        table.setHorizontalHeaderLabels([tr("Title"), tr("Kind"), tr("Origin"), tr("Based on"), tr("Active")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the title stretches over what the others leave: «Основан на» is empty for the built-in forms
        for col, width in ((1, 80), (2, 105), (3, 110), (4, 80)):
            header.resizeSection(col, width)
        screen_fit.keep_headings(table)
        table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_selected(row))
        table.itemActivated.connect(lambda _item: self._activated())
        return table

    def _build_preview(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.preview_caption = QLabel(
            tr("The pages filled with sample data (the examples from the fields reference)."), page
        )
        self.preview_caption.setObjectName("templatePreviewCaption")
        self.preview_caption.setWordWrap(True)
        self.preview_stack = QStackedWidget(page)
        self.preview = PdfPreview(self.preview_stack)
        self.note = QTextBrowser(self.preview_stack)
        self.note.setObjectName("templateNote")
        self.note.setAccessibleName(tr("About the template"))
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.note)
        column.addWidget(self.preview_caption)
        column.addWidget(self.preview_stack, 1)
        return page

    # ---------------------------------------------------------------------------------- the list

    def reload(self, select_id: str | None = None) -> None:
        """Read the templates again and keep (or move to) the selection."""
        keep = select_id or self.selected_id()
        try:
            self.rows = list_rows(self.ctx)
        except CalError as exc:
            show_error(self, exc)
            return
        titles = {r.id: r.title for r in self.rows}
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self.rows))
            for i, r in enumerate(self.rows):
                based = titles.get(r.based_on, r.based_on) if r.based_on else ""
                cells = [
                    r.title,
                    _kind_label(r),
                    tr("Built-in") if r.builtin else tr("Centre's own"),
                    based or "",
                    tr("yes") if r.active else tr("no"),
                ]
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                    item.setToolTip(r.description or r.title if col == 0 else text)
                    if not r.active:
                        item.setForeground(QBrush(INACTIVE))
                    self.table.setItem(i, col, item)
        finally:
            self.table.blockSignals(False)
        own = sum(1 for r in self.rows if not r.builtin)
        self.count_label.setText(
            tr("Templates: %1, the centre's own: %2")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(own))
        )
        ids = [r.id for r in self.rows]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        self._show_selected(row)

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def selected_row(self) -> TemplateRow | None:
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def row_of(self, template_id: str) -> TemplateRow | None:
        return next((r for r in self.rows if r.id == template_id), None)

    def select_template(self, template_id: str) -> bool:
        ids = [r.id for r in self.rows]
        if template_id not in ids:
            return False
        self.table.setCurrentCell(ids.index(template_id), 0)
        return True

    def _activated(self) -> None:
        """Enter or a double-click: edit the centre's letter template, copy a built-in one."""
        row = self.selected_row()
        if row is None or not self.editable or row.kind != "letter":
            return
        self.duplicate_selected() if row.builtin else self.edit_selected()

    # ------------------------------------------------------------------------- preview and check

    def _show_selected(self, index: int) -> None:
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        self._update_actions(row)
        if row is None:
            self.pdf_bytes = b""
            self.results.show_message(tr("Choose a template in the list."))
            self._show_note("")
            return
        self._check(row)
        self._preview(row)

    def _check(self, row: TemplateRow) -> None:
        try:
            problems = templates.check_template(self.ctx, row.id)
        except CalError as exc:
            self.results.show_message(exc.message)
            return
        self.results.show_problems(problems)

    def _preview(self, row: TemplateRow) -> None:
        self.pdf_bytes = b""
        self.preview_caption.setText(
            tr("The pages filled with sample data (the examples from the fields reference).")
            if row.kind == "letter"
            else tr("The text of the form filled with sample data (the examples from the fields reference).")
        )
        if row.kind == "docx":
            self._show_docx(row)
            return
        try:
            built = documents.build_letter(self.ctx, row.id, None, overrides=sample_overrides())
            self.pdf_bytes = documents.render_built(self.ctx, built, "pdf")
        except CalError as exc:
            self._show_failure(exc)
            return
        self.preview.show_pdf(self.pdf_bytes)
        self.preview_stack.setCurrentWidget(self.preview)

    def _show_docx(self, row: TemplateRow) -> None:
        """A .docx form is filled in Word format only: its text, filled with the examples, is shown."""
        from cal_desktop.documents.render_docx import docx_text  # reads a DOCX; no database, no Qt

        try:
            data = documents.render(self.ctx, row.id, None, overrides=sample_overrides(), fmt="docx")
            text = docx_text(data)
        except CalError as exc:
            self._show_failure(exc)
            return
        e = html.escape
        about = tr(
            "A .docx form is filled in Word format only: choose it in the document editor of an "
            "initiative and save the DOCX. Its check is shown on the left."
        )
        body = "".join(f"<p>{e(line) or '&nbsp;'}</p>" for line in text.split("\n"))
        self._show_note(f"<p><b>{e(row.title)}</b></p><p><i>{e(about)}</i></p><hr>{body}")

    def _show_failure(self, exc: CalError) -> None:
        heading = html.escape(tr("The template cannot be filled:"))
        self._show_note(f"<p><b>{heading}</b></p><p>{html.escape(exc.message)}</p>")

    def _show_note(self, text: str) -> None:
        self.note.setHtml(text)
        self.preview_stack.setCurrentWidget(self.note)

    def _update_actions(self, row: TemplateRow | None) -> None:
        own = row is not None and not row.builtin
        letter = row is not None and row.kind == "letter"
        self.duplicate_button.setEnabled(letter)
        self.edit_button.setEnabled(own and letter)
        self.replace_button.setEnabled(own and row is not None and row.kind == "docx")
        self.active_button.setEnabled(own)
        active = row is None or row.active
        self.active_button.setText(tr("Deac&tivate") if active else tr("Ac&tivate"))

    # ----------------------------------------------------------------------------------- actions

    def duplicate_selected(self) -> str | None:
        """The centre's copy of the selected letter template, under a title the staff member gives."""
        row = self.selected_row()
        if row is None or row.kind != "letter":
            return None
        title = ask_text(
            self,
            tr("Duplicate the template"),
            tr("Title of the centre's copy:"),
            tr("%1 (copy)").replace("%1", row.title),
        )
        if title is None:
            return None
        if not title.strip():
            messages.warning(self, tr("The copy needs a title."))
            return None
        try:
            copy = templates.duplicate_template(self.ctx, row.id, title=title.strip())
        except CalError as exc:
            show_error(self, exc)
            return None
        self.reload(select_id=copy.template_id)
        return copy.template_id

    def edit_selected(self) -> bool:
        """Open the editor of the selected centre's letter template; True when it was saved."""
        row = self.selected_row()
        if row is None or row.builtin or row.kind != "letter":
            return False
        try:
            dialog = TemplateEditorDialog(self.ctx, row.id, self)
        except CalError as exc:
            show_error(self, exc)
            return False
        exec_dialog(dialog)
        saved = dialog.saved is not None
        dialog.deleteLater()
        if saved:
            self.reload(select_id=row.id)
        return saved

    def add_docx(self, replace: bool = False) -> str | None:
        """Add a .docx form (or a new version of the selected one): checked first, refused with its
        problems listed; after upload the check result stays on the screen."""
        current = self.selected_row() if replace else None
        if replace and (current is None or current.builtin or current.kind != "docx"):
            return None
        path = open_file(self, tr("Choose a .docx form"), tr("Word document (*.docx)"))
        if not path:
            return None
        data = self._read_form(Path(path))
        if data is None:
            return None
        default = current.title if current is not None else Path(path).stem
        title = ask_text(self, tr("Add a .docx form"), tr("Title of the form:"), default)
        if title is None:
            return None
        problems = templates.check_source("docx", data)
        heading = tr("Check of the file %1:").replace("%1", Path(path).name)
        if problems:
            self.results.show_problems(problems, heading)
            messages.warning(
                self,
                tr(
                    "The form is not added: the check found problems. Correct the file in Word and add it again:"
                )
                + "\n"
                + "\n".join("• " + p for p in problems[:10]),
                tr("Form not added"),
            )
            return None
        try:
            added = templates.upload_docx_template(
                self.ctx, title, data, current.id if current is not None else None
            )
        except CalError as exc:
            show_error(self, exc)
            return None
        self.reload(select_id=added.template_id)
        self.results.show_problems([], heading)
        messages.info(
            self, tr("The form «%1» is added. The check found no problems.").replace("%1", added.title)
        )
        return added.template_id

    def _read_form(self, path: Path) -> bytes | None:
        try:
            if path.stat().st_size > MAX_FORM_BYTES:
                messages.warning(self, tr("The file %1 is larger than 10 MB.").replace("%1", path.name))
                return None
            return path.read_bytes()
        except OSError as exc:
            messages.warning(
                self, tr("The file %1 cannot be read: %2").replace("%1", path.name).replace("%2", str(exc))
            )
            return None

    def toggle_active(self) -> None:
        """Switch the centre's template off (kept for the documents made from it) or on again."""
        row = self.selected_row()
        if row is None or row.builtin:
            return
        try:
            templates.set_template_active(self.ctx, row.id, not row.active)
        except CalError as exc:
            show_error(self, exc)
            return
        self.reload(select_id=row.id)


__all__ = ["TemplateRow", "TemplatesView", "list_rows", "sample_overrides"]
