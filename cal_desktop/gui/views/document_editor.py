"""The document editor (issue 5, item 4): template, addressee, editable fields, live preview, output.

``DocumentEditor(ctx, initiative_id, template_id=None, official_id=None, appeal_id=None)`` is a
self-contained widget:

- left: the template, the addressee (searched in the directory), the text of the appeal and every
  field of the template context (declined forms included) — whatever the staff member changes wins;
- right: a live preview of the real pages. It shows the very PDF bytes that printing, saving and
  filing use (``self.pdf_bytes``), rendered by QtPdf; pages are drawn on white, because QtPdf renders
  a transparent background;
- actions: print (print dialog), save PDF, save DOCX, save a draft, file with the case (stores the
  document and enters the appeal in the register; refused while a 59-FZ item is missing — the missing
  items are listed above the buttons).

Only services are used (``services.documents``, ``services.directory``); no ORM, no queries.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain.vocab import AppealChannel
from cal_desktop.errors import CalError, ValidationError
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.views import document_addressees, document_draft
from cal_desktop.gui.views.pdf_preview import HAVE_QTPDF, PdfPreview, print_pdf, render_page_image
from cal_desktop.gui.widgets import attachments_pick, practice_library
from cal_desktop.gui.worker import Task
from cal_desktop.services import appeals, consent_withdrawn, directory, document_output, documents, files
from cal_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

# Fields edited in their own boxes above the table (long texts); the table holds all the others.
TEXT_FIELDS = ("substance", "request_text", "attachments_text")
PREVIEW_DELAY_MS = 400


def _named(widget: Any, name: str, accessible: str) -> Any:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class DocumentEditor(QWidget):
    """Compose, preview, print, save and file one document of an initiative."""

    filed = Signal(int, int)  # document_id, appeal_id (0 when the document is not an appeal)
    saved = Signal(int)  # document_id of a draft or a filed non-appeal document

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
        _named(self, "documentEditor", tr("Document editor"))
        # a record's values the document starts from (a meeting's minutes), not shown as corrections
        self.preset: dict[str, Any] = dict(preset or {})
        self.ctx = ctx
        self.initiative_id = initiative_id
        self.visitor_id = visitor_id
        self.appeal_id = appeal_id
        self.official_id = official_id
        self.built: documents.BuiltLetter | None = None
        self.base_values: dict[str, str] = {}
        self.edited: dict[str, str] = {}
        self.edited_tables: dict[str, list[list[str]]] = {}
        self.pdf_bytes = b""
        self.each_task: Task | None = None  # «Каждому адресату…» running in the background
        self.problems: list[str] = []
        self.shown: list[str] = []  # the fields the current template shows (the table lists only these)
        self._loading = False
        self._dirty = False  # the staff member changed something since it was last saved or filed
        self._filing = False
        self.filed_id: int | None = None  # the document once filed: it is filed once
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self._build()
        self._fill_templates(template_id)
        if official_id is not None:
            self._add_official_item(official_id)
        self.refresh()

    # ------------------------------------------------------------------------------------ building

    def _build(self) -> None:
        left = QWidget(self)
        form = QFormLayout()
        self.template_combo = _named(QComboBox(left), "templateCombo", tr("Template"))
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        form.addRow(tr("&Template:"), self.template_combo)
        self.official_search = _named(
            QLineEdit(left), "officialSearch", tr("Search the addressee in the directory")
        )
        self.official_search.setPlaceholderText(tr("Name, position or body…"))
        self.official_search.textChanged.connect(self._search_officials)
        self.official_combo = _named(QComboBox(left), "officialCombo", tr("Addressee"))
        self.official_combo.addItem(tr("— no addressee —"), None)
        self.official_combo.currentIndexChanged.connect(self._official_changed)
        form.addRow(tr("&Find addressee:"), self.official_search)
        form.addRow(tr("&Addressee:"), self.official_combo)
        self.more_addressees = document_addressees.AddresseeList(self, left)  # one letter to many
        form.addRow(tr("Also to:"), self.more_addressees)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for name, caption in (
            ("substance", tr("&Text of the appeal:")),
            ("request_text", tr("&Request («Прошу…»):")),
            ("attachments_text", tr("Attach&ments (one per line):")),
        ):
            edit = _named(QPlainTextEdit(left), f"field_{name}", caption.replace("&", ""))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(110 if name == "substance" else 56)
            edit.textChanged.connect(lambda n=name, e=edit: self._field_edited(n, e.toPlainText()))
            self.text_edits[name] = edit
            form.addRow(caption, edit)
        self.enclosures_button = attachments_pick.add_button(self, left)  # files of the case (issue 21.1)
        form.addRow("", self.enclosures_button)
        self.fields = _named(QTableWidget(0, 2, left), "fieldsTable", tr("All fields of the document"))
        self.fields.setHorizontalHeaderLabels([tr("Field"), tr("Value")])
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().resizeSection(0, 220)
        self.fields.verticalHeader().hide()
        self.fields.itemChanged.connect(self._table_edited)
        self.cofinancing = _named(
            QTableWidget(0, 3, left), "cofinancingTable", tr("Co-financing of the project")
        )
        self.cofinancing.setHorizontalHeaderLabels([tr("Source"), tr("Sum, roubles"), tr("Share, %")])
        self.cofinancing.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cofinancing.verticalHeader().hide()
        self.cofinancing.setFixedHeight(150)
        self.cofinancing.itemChanged.connect(self._cofinancing_edited)
        self.cofinancing_label = QLabel(tr("Co-financing (initiative project):"), left)
        self.channel_combo = _named(QComboBox(left), "channelCombo", tr("How the appeal is sent"))
        for ch in AppealChannel:
            self.channel_combo.addItem(ch.label, ch.value)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._show_check())
        self.sent_date = _named(QDateEdit(left), "sentDate", tr("Date sent"))
        self.sent_date.setCalendarPopup(True)
        self.sent_date.setDisplayFormat("dd.MM.yyyy")
        self.sent_date.setDate(QDate.currentDate())
        send_row = QHBoxLayout()
        send_row.addWidget(self.channel_combo)
        send_row.addWidget(self.sent_date)
        self.check_label = _named(QLabel(left), "checkLabel", tr("What the appeal still lacks"))
        self.check_label.setWordWrap(True)
        self.check_label.setStyleSheet("color: #b00020;")
        buttons = QGridLayout()
        self.print_button = self._button(
            left, tr("&Print…"), "printButton", tr("Print the document"), self.print_dialog
        )
        self.pdf_button = self._button(left, tr("Save P&DF…"), "savePdfButton", tr("Save as PDF"),
                                       lambda: self.save_dialog("pdf"))  # fmt: skip
        self.docx_button = self._button(left, tr("Save DO&CX…"), "saveDocxButton", tr("Save as DOCX"),
                                        lambda: self.save_dialog("docx"))  # fmt: skip
        self.draft_button = self._button(left, tr("Save d&raft"), "saveDraftButton",
                                         tr("Keep a draft with the initiative"), self.save_draft)  # fmt: skip
        self.file_button = self._button(left, tr("&File with the case"), "fileButton",
                                        tr("Store the document and enter the appeal in the register"),
                                        self.file_with_case)  # fmt: skip
        self.batch_button = self._button(left, tr("Consent &forms of all members…"), "consentBatchButton",
                                         tr("Consent forms for every member of the initiative in one PDF"),
                                         self.consent_batch_dialog)  # fmt: skip
        self.batch_button.setEnabled(self.initiative_id is not None)
        self.each_button = self._button(left, tr("For &each addressee…"), "eachAddresseeButton",
                                        tr("File, save or print one document per addressee"),
                                        lambda: document_addressees.file_each(self))  # fmt: skip
        document_addressees.add_menu(self, self.each_button)  # file / save / print them all
        # rows of three: at 1024×768 one row of six would squeeze every label; the longest label, the
        # members' consent forms, spans the last row so that no column is as wide as it
        for n, b in enumerate((self.print_button, self.pdf_button, self.docx_button, self.draft_button,
                               self.file_button, self.each_button)):  # fmt: skip
            buttons.addWidget(b, n // 3, n % 3)
        buttons.addWidget(self.batch_button, 2, 0, 1, 3)
        self.form = form
        self.fields.setMinimumHeight(180)
        layout = QVBoxLayout(left)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Fields (correct any declined form here):"), left))
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.cofinancing_label)
        layout.addWidget(self.cofinancing)
        sent_label = QLabel(tr("Sent by, on:"), left)
        layout.addWidget(sent_label)
        layout.addLayout(send_row)
        # the form scrolls rather than clips on a small screen; what is missing and the buttons stay in view
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("documentFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(left)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.form_scroll, 1)
        pane_layout.addWidget(self.check_label)
        self.draft_box = document_draft.DraftSwitch(self, pane)  # an incomplete appeal goes out as a draft
        pane_layout.addWidget(self.draft_box)
        pane_layout.addLayout(buttons)
        pane.setMinimumWidth(buttons.minimumSize().width())
        left.setMinimumHeight(layout.minimumSize().height())
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(pane)
        splitter.addWidget(practice_library.attach(self, self.preview))  # preview | «Как писали другие»
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    @staticmethod
    def _button(parent: QWidget, text: str, name: str, accessible: str, slot: Any) -> QPushButton:
        b = _named(QPushButton(text, parent), name, accessible)
        b.clicked.connect(slot)
        return b

    def _fill_templates(self, template_id: str | None) -> None:
        self._loading = True
        try:
            for t in documents.templates(self.ctx):
                self.template_combo.addItem(t.title, t.id)
            index = self.template_combo.findData(template_id or "appeal")
            self.template_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def _add_official_item(self, official_id: int) -> None:
        try:
            o = directory.get_official(self.ctx, official_id)
        except CalError as exc:
            show_error(self, exc)
            return
        self._loading = True
        try:
            self.official_combo.addItem(f"{o.full_name}, {o.position} ({o.organisation})", official_id)
            self.official_combo.setCurrentIndex(self.official_combo.count() - 1)
        finally:
            self._loading = False

    # -------------------------------------------------------------------------------- interaction

    @property
    def template_id(self) -> str:
        return str(self.template_combo.currentData())

    def select_template(self, template_id: str) -> None:
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(template_id), 0))

    def select_official(self, official_id: int | None) -> None:
        if official_id is None:
            self.official_combo.setCurrentIndex(0)
            return
        index = self.official_combo.findData(official_id)
        if index < 0:
            self._add_official_item(official_id)
            index = self.official_combo.findData(official_id)
        self.official_combo.setCurrentIndex(index)
        self.official_id = official_id
        self.refresh()

    def _search_officials(self, query: str) -> None:
        if len(query.strip()) < 2:
            return
        current = self.official_combo.currentData()
        page = directory.list_officials(self.ctx, query, active_only=True, limit=30)
        self._loading = True
        try:
            self.official_combo.clear()
            self.official_combo.addItem(tr("— no addressee —"), None)
            for o in page.items:
                self.official_combo.addItem(f"{o.full_name}, {o.position} ({o.organisation})", o.id)
            index = self.official_combo.findData(current) if current is not None else -1
            self.official_combo.setCurrentIndex(index if index > 0 else (1 if page.items else 0))
        finally:
            self._loading = False
        self._official_changed()

    def _template_changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.refresh()

    def _official_changed(self) -> None:
        if self._loading:
            return
        self.official_id = self.official_combo.currentData()
        self._dirty = True
        # declined forms of the previous addressee must not stick to the new one
        for key in [k for k in self.edited if k.startswith(("addressee_", "organisation_"))]:
            del self.edited[key]
        self.refresh()

    def _field_edited(self, name: str, value: str) -> None:
        if self._loading:
            return
        self._set_edited(name, value)
        self.timer.start()

    def _table_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 1:
            return
        name = self.fields.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        self._set_edited(name, item.text())
        self.timer.start()

    def _set_edited(self, name: str, value: str) -> None:
        self._dirty = True
        if self.base_values.get(name, "") == value:
            self.edited.pop(name, None)
        else:
            self.edited[name] = value

    def set_field(self, name: str, value: str) -> None:
        """Change one field as the staff member would (tests and other views use it)."""
        if name in self.text_edits:
            self.text_edits[name].setPlainText(value)
        else:
            self._set_edited(name, value)
        self.refresh()

    def overrides(self) -> dict[str, Any]:
        return {**self.preset, **self.edited, **self.edited_tables}

    def _cofinancing_edited(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        rows = []
        for r in range(self.cofinancing.rowCount()):
            rows.append([(self.cofinancing.item(r, c).text() if self.cofinancing.item(r, c) else "")
                         for c in range(self.cofinancing.columnCount())])  # fmt: skip
        self.edited_tables["cofinancing_table"] = rows
        self._dirty = True
        self.timer.start()

    # ----------------------------------------------------------------------------------- building

    def refresh(self) -> None:
        """Rebuild the letter from the services with the staff member's corrections; update the preview."""
        self.timer.stop()
        try:
            base = documents.build_letter(self.ctx, self.template_id, self.initiative_id, self.official_id,
                                          self.appeal_id, self.preset or None, visitor_id=self.visitor_id)  # fmt: skip
            self.base_values = dict(base.values)
            self.edited = {k: v for k, v in self.edited.items() if self.base_values.get(k) != v}
            self.built = documents.build_letter(self.ctx, self.template_id, self.initiative_id, self.official_id,
                                                self.appeal_id, self.overrides(), visitor_id=self.visitor_id)  # fmt: skip
            self.appeal_id = self.built.appeal_id
            self.shown = documents.shown_fields(self.ctx, self.built)
            self._show_values()
            if self.built.letter is not None:
                self.pdf_bytes = documents.render_built(self.ctx, document_draft.shown(self), "pdf")
                self.preview.show_pdf(self.pdf_bytes)
            else:
                self.pdf_bytes = b""
        except CalError as exc:
            self.pdf_bytes = b""
            self.check_label.setText(exc.message)
            return
        self._show_check()
        self._update_buttons()

    def _show_values(self) -> None:
        assert self.built is not None
        values = self.built.values
        self._loading = True
        try:
            for name, edit in self.text_edits.items():
                if edit.toPlainText() != values.get(name, ""):
                    edit.setPlainText(values.get(name, ""))
                self.form.setRowVisible(edit, name in self.shown)
            # only what this template shows: every value in the table changes the preview when edited
            rows = [f for f in documents.fields() if f.name in self.shown and f.name not in TEXT_FIELDS]
            self.fields.setRowCount(len(rows))
            for row, f in enumerate(rows):
                label = QTableWidgetItem(f.label)
                label.setData(Qt.ItemDataRole.UserRole, f.name)
                label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                label.setToolTip(f"{{{{ {f.name} }}}} — «{f.example}»")
                self.fields.setItem(row, 0, label)
                value = QTableWidgetItem(values.get(f.name, ""))
                if f.name in self.edited:
                    font = value.font()
                    font.setBold(True)  # the staff member's correction stands out
                    value.setFont(font)
                self.fields.setItem(row, 1, value)
            cofinancing = self.built.tables.get("cofinancing_table", [])
            shown = self.template_id == "initiative_project"
            self.cofinancing.setVisible(shown)
            self.cofinancing_label.setVisible(shown)
            self.cofinancing.setRowCount(len(cofinancing))
            for r, cells in enumerate(cofinancing):
                for c, cell in enumerate(cells[:3]):
                    self.cofinancing.setItem(r, c, QTableWidgetItem(cell))
        finally:
            self._loading = False

    def _show_check(self) -> None:
        if self.built is None:
            return
        if self.built.template.is_appeal:
            self.problems = documents.appeal_problems(self.built, self.channel_combo.currentData())
        else:
            self.problems = []
        # a consent form that names no operator (152-FZ art. 9): said before anyone prints it
        warnings = document_output.operator_warnings(self.ctx, self.template_id or "")
        if self.problems:
            self.check_label.setText(
                tr("Cannot be filed yet, missing: %1").replace("%1", "; ".join(self.problems))
            )
        elif warnings:
            self.check_label.setText(tr("Check before printing: %1").replace("%1", "; ".join(warnings)))
        else:
            self.check_label.setText("")
        # an author who withdrew consent: the desk's warning here too, above anything else (issue 15.3)
        withdrawn = consent_withdrawn.document_warnings(self.ctx, self.initiative_id, self.visitor_id)
        if withdrawn:
            self.check_label.setText("\n".join([*withdrawn, self.check_label.text()]).strip())
        document_draft.update(self)
        self._update_buttons()

    def _update_buttons(self) -> None:
        is_letter = self.built is not None and self.built.letter is not None
        self.print_button.setEnabled(is_letter and HAVE_QTPDF)
        self.pdf_button.setEnabled(is_letter)
        # filed once: not again while filing (a double click) nor after it (a second register row)
        self.file_button.setEnabled(self.filed_id is None and not self._filing)
        if self.filed_id is not None:
            self.file_button.setToolTip(tr("This document is already filed with the case."))

    def has_unsaved_work(self) -> bool:
        """True when the staff member changed the document and neither saved a draft nor filed it since:
        closing the editor, the main window or signing out asks first."""
        return self._dirty

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll the form to ``widget`` (the form scrolls on small screens)."""
        form = self.form_scroll.widget()
        if form is not None and form.isAncestorOf(widget):
            self.form_scroll.ensureWidgetVisible(widget)

    # ------------------------------------------------------------------------------------- output

    def document_bytes(self, fmt: str) -> bytes:
        """What printing and saving give: the preview's bytes; an incomplete appeal only as a draft."""
        return document_draft.output_bytes(self, fmt)

    def print_to(self, printer: Any) -> int:
        """Print the previewed PDF on ``printer`` (a QPrinter); returns the number of pages."""
        self.refresh() if self.timer.isActive() else None
        return print_pdf(self.document_bytes("pdf"), printer)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not document_draft.confirm(self):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        if dialog.exec():
            try:
                self.print_to(printer)
            except BaseException as exc:
                show_error(self, exc)

    def save_as(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the document to a file (format from the extension unless given)."""
        target = Path(path)
        kind = (fmt or target.suffix.lstrip(".")).lower()
        return files.save_bytes(target, self.document_bytes(kind))

    def save_dialog(self, fmt: str) -> None:
        if not document_draft.confirm(self):
            return
        suggested = document_draft.filename(self, fmt)
        filters = tr("PDF document (*.pdf)") if fmt == "pdf" else tr("Word document (*.docx)")
        path = file_dialogs.save_file(self, tr("Save the document"), suggested, filters)
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        try:
            self.save_as(path, fmt)
        except BaseException as exc:
            show_error(self, exc)

    def save_draft(self) -> int | None:
        try:
            document_id = document_output.save_draft(self.ctx, self.template_id, self.initiative_id, self.official_id,
                                               self.appeal_id, self.overrides(), self._fmt(),
                                               visitor_id=self.visitor_id)  # fmt: skip
        except BaseException as exc:
            show_error(self, exc)
            return None
        self._dirty = False
        messages.info(self, tr("The draft is kept with the initiative."), tr("Draft saved"))
        self.saved.emit(document_id)
        return document_id

    def consent_batch_to(self, path: str | Path, on_done: Any = None) -> Any:
        return document_addressees.consent_batch_to(self, path, on_done)

    def consent_batch_dialog(self) -> None:
        document_addressees.consent_batch_dialog(self)

    def _fmt(self) -> str:
        return "pdf" if self.built is None or self.built.letter is not None else "docx"

    def file_with_case(self) -> tuple[int, int | None] | None:
        """Store the document with the case; an appeal also enters the register. None when refused.
        Files once: the button is off while filing and afterwards."""
        if self._filing or self.filed_id is not None:
            return None
        self._filing = True
        self._update_buttons()
        try:
            result = self._file()
        finally:
            self._filing = False
            self._update_buttons()
        return result

    def _file(self) -> tuple[int, int | None] | None:
        self.refresh() if self.timer.isActive() else None
        sent = self.sent_date.date().toPython()
        try:
            document_id, appeal_id = documents.file_document(
                self.ctx, self.template_id, self.initiative_id, self.official_id, self.appeal_id, self.overrides(),
                self._fmt(), self.channel_combo.currentData(), sent, visitor_id=self.visitor_id,
            )  # fmt: skip
        except ValidationError as exc:
            messages.warning(self, exc.message, tr("The appeal cannot be filed"))
            return None
        except BaseException as exc:
            show_error(self, exc)
            return None
        self.filed_id = document_id
        self._dirty = False
        self._update_buttons()
        if appeal_id is not None:
            messages.info(self, self._register_note(appeal_id), tr("Filed"))
            self.filed.emit(document_id, appeal_id)
        else:
            messages.info(self, tr("The document is kept with the initiative."), tr("Filed"))
            self.saved.emit(document_id)
        return document_id, appeal_id

    def _register_note(self, appeal_id: int) -> str:
        """«Entered in the register as № …; the answer is due by …» (what the staff member writes down)."""
        try:
            appeal = appeals.get_appeal(self.ctx, appeal_id)
        except CalError:
            log.exception("the filed appeal %s could not be read back", appeal_id)
            return tr("The appeal is entered in the register.")
        return (
            tr("The appeal is entered in the register under № %1. The answer is due by %2.")
            .replace("%1", appeal.number or "—")
            .replace("%2", f"{appeal.due_date:%d.%m.%Y}")
        )


__all__ = ["HAVE_QTPDF", "DocumentEditor", "PdfPreview", "print_pdf", "render_page_image"]
