"""One letter to many addressees in the document editor (issue 13 item 11): the list of further
addressees («Также адресатам»), each previewed by choosing it, and «Каждому адресату ▾»: file one
document per addressee (each declined and registered separately) and save them in a folder; or, without
filing, save them all (PDF or DOCX) or print them all in one go. Each runs in the background with
progress and Cancel; an incomplete appeal goes out only as a draft (document_draft, the CLI's rule).
Also the consent forms of every member in one PDF. Split from document_editor.py, which only places
these."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.views import document_draft
from cal_desktop.gui.views.pdf_preview import HAVE_QTPDF, print_pdf
from cal_desktop.gui.worker import Task, run_in_background
from cal_desktop.services import document_batches, document_output, documents, files

if TYPE_CHECKING:
    from cal_desktop.gui.views.document_editor import DocumentEditor


class AddresseeList(QWidget):
    """Further addressees of the same letter; choosing one previews the letter to it."""

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.list = QListWidget(self)
        self.list.setObjectName("moreAddressees")
        self.list.setAccessibleName(tr("More addressees"))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 8)
        self.list.itemActivated.connect(self._preview)
        self.list.itemClicked.connect(self._preview)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setObjectName("addAddresseeButton")
        self.add_button.setToolTip(tr("Add the addressee chosen above to the list"))
        self.add_button.clicked.connect(self.add_current)
        self.remove_button = QPushButton(tr("Remove from the list"), self)
        self.remove_button.setObjectName("removeAddresseeButton")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def add_current(self) -> None:
        combo = self.editor.official_combo
        official_id = combo.currentData()
        if official_id is None or official_id in self.ids():
            return
        item = QListWidgetItem(combo.currentText())
        item.setData(Qt.ItemDataRole.UserRole, official_id)
        self.list.addItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _preview(self, item: QListWidgetItem) -> None:
        """The letter to this addressee, shown in the preview (one by one)."""
        combo = self.editor.official_combo
        official_id = item.data(Qt.ItemDataRole.UserRole)
        index = combo.findData(official_id)
        if index < 0:  # the combo now holds other search results: bring this addressee back
            combo.addItem(item.text(), official_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)


def addressees(editor: DocumentEditor) -> list[int]:
    """The addressee chosen above and those in the list, each once."""
    chosen = [editor.official_combo.currentData(), *editor.more_addressees.ids()]
    return list(dict.fromkeys(i for i in chosen if i is not None))


def file_each(editor: DocumentEditor, folder: str | None = None) -> None:
    ids = addressees(editor)
    if len(ids) < 2:
        messages.info(editor, tr("Add the other addressees to the list first (button «Add»)."))
        return
    question = tr("File %1 documents, one per addressee, and save them in a folder?").replace(
        "%1", str(len(ids))
    )
    if messages.ask(editor, question, [tr("File them")]) != 0:
        return
    folder = folder or file_dialogs.choose_folder(editor, tr("Folder for the documents"))
    if not folder:
        return
    args = (editor.ctx, editor.template_id, editor.initiative_id, ids, editor.overrides(), editor._fmt(),
            editor.channel_combo.currentData(), editor.sent_date.date().toPython())  # fmt: skip
    visitor_id = editor.visitor_id

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        made = document_output.file_per_addressee(
            *args, visitor_id=visitor_id, progress=progress, cancel=cancelled
        )
        for m in made:
            files.save_bytes(Path(folder) / m.filename, m.content)
        return made

    def done(made) -> None:  # type: ignore[no-untyped-def]
        names = "\n".join(m.filename for m in made)
        text = tr("Filed and saved: %1 documents in %2.").replace("%1", str(len(made))).replace("%2", folder)
        messages.info(editor, f"{text}\n{names}", tr("Filed"))
        editor.saved.emit(0)

    editor.each_task = run_in_background(editor, job, done, tr("Filing the documents…"))


# ------------------------------------------------------------------------- saving or printing them all


def add_menu(editor: DocumentEditor, button: QPushButton) -> QMenu:
    """«Каждому адресату ▾»: file and save each, save each as PDF or DOCX, print each."""
    menu = QMenu(button)
    menu.setObjectName("eachAddresseeMenu")
    for name, text, slot in (
        ("eachFileAction", tr("File and save each…"), lambda: file_each(editor)),
        ("eachPdfAction", tr("Save each as PDF…"), lambda: save_each(editor, "pdf")),
        ("eachDocxAction", tr("Save each as DOCX…"), lambda: save_each(editor, "docx")),
        ("eachPrintAction", tr("Print each…"), lambda: print_each(editor)),
    ):
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        action.setEnabled(name != "eachPrintAction" or HAVE_QTPDF)  # printing needs QtPdf
    button.setMenu(menu)
    return menu


def _ready(editor: DocumentEditor) -> list[int] | None:
    """The addressees, once there are several and an incomplete appeal is accepted as a draft."""
    ids = addressees(editor)
    if len(ids) < 2:
        messages.info(editor, tr("Add the other addressees to the list first (button «Add»)."))
        return None
    if not document_draft.confirm(editor, _problems(editor, ids)):
        return None
    return ids


def _problems(editor: DocumentEditor, ids: list[int]) -> list[str]:
    """What 59-FZ finds missing in the letter to each addressee («Р.М. Алиеву: почтовый адрес …»)."""
    out = []
    shared = document_output.common_overrides(editor.overrides())
    for official_id in ids:
        built = documents.build_letter(editor.ctx, editor.template_id, editor.initiative_id, official_id, None,
                                       shared, visitor_id=editor.visitor_id)  # fmt: skip
        if built.template.is_appeal:
            missing = documents.appeal_problems(built, editor.channel_combo.currentData())
            whom = built.values.get("addressee_short_dat") or built.values.get("organisation_name") or ""
            out += [f"{whom}: {p}" if whom else p for p in missing]
    return out


def _render_all(editor: DocumentEditor, ids: list[int], fmt: str):  # type: ignore[no-untyped-def]
    """The job that renders one document per addressee (no filing), for run_in_background."""
    args = (editor.ctx, editor.template_id, editor.initiative_id, ids, editor.overrides(), fmt)
    visitor_id, draft = editor.visitor_id, editor.draft_box.isChecked()

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        return document_output.render_per_addressee(
            *args, visitor_id=visitor_id, draft=draft, progress=progress, cancel=cancelled
        )

    return job


def save_each(editor: DocumentEditor, fmt: str, folder: str | None = None) -> Task | None:
    """One file per addressee in a folder, nothing filed; all written only when all are made (Cancel
    leaves the folder as it was)."""
    ids = _ready(editor)
    if ids is None:
        return None
    folder = folder or file_dialogs.choose_folder(editor, tr("Folder for the documents"))
    if not folder:
        return None
    render = _render_all(editor, ids, fmt)

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        made = render(progress, cancelled)
        return [files.save_bytes(Path(folder) / m.filename, m.content) for m in made]

    def done(paths) -> None:  # type: ignore[no-untyped-def]
        text = tr("Saved: %1 documents in %2.").replace("%1", str(len(paths))).replace("%2", folder)
        messages.info(editor, text + "\n" + "\n".join(p.name for p in paths), tr("Saved"))

    editor.each_task = run_in_background(editor, job, done, tr("Preparing the documents…"))
    return editor.each_task


def print_each(editor: DocumentEditor, printer: object | None = None) -> Task | None:
    """Every addressee's letter on one printer, one after another (made in the background first)."""
    ids = _ready(editor)
    if ids is None:
        return None
    if printer is None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not QPrintDialog(printer, editor).exec():
            return None

    def done(made) -> None:  # type: ignore[no-untyped-def]
        try:
            pages = sum(print_pdf(m.content, printer) for m in made)
        except BaseException as exc:
            show_error(editor, exc)
            return
        text = tr("Sent to the printer: %1 letters, %2 pages.").replace("%1", str(len(made)))
        messages.info(editor, text.replace("%2", str(pages)), tr("Printed"))

    job = _render_all(editor, ids, "pdf")
    editor.each_task = run_in_background(editor, job, done, tr("Preparing the documents…"))
    return editor.each_task


# ------------------------------------------------------------------------------- consent forms of all


def consent_batch_to(editor: DocumentEditor, path: str | Path, on_done: Any = None) -> Task:
    """Consent forms of every member as one PDF, in the background with a progress bar and Cancel."""
    target = Path(path)
    ctx, initiative_id = editor.ctx, editor.initiative_id

    def job(progress, cancelled) -> Path:  # type: ignore[no-untyped-def]
        data = document_batches.consent_batch(ctx, initiative_id, progress=progress, cancel=cancelled)  # type: ignore[arg-type]
        return files.save_bytes(target, data)

    return run_in_background(editor, job, on_done or (lambda _p: None), tr("Preparing consent forms…"))


def consent_batch_dialog(editor: DocumentEditor) -> None:
    suggested = f"Согласия_{date.today():%Y-%m-%d}.pdf"
    path = file_dialogs.save_file(editor, tr("Save the document"), suggested, tr("PDF document (*.pdf)"))
    if path:
        consent_batch_to(editor, path if path.lower().endswith(".pdf") else path + ".pdf")
