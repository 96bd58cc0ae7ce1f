"""A draft in the document editor (issue 13.4): an appeal that lacks what 59-FZ art. 7 requires may
still be printed or saved, but only as a draft marked «ЧЕРНОВИК» — by the command line's rule,
``services.document_output.for_output``. When the check fails, printing or saving asks first; going on
ticks «Черновик», and the preview, the printout and the saved file all carry the mark.
``document_editor`` places the box and calls these functions; filing stays refused meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QWidget

from cal_desktop.errors import CalError
from cal_desktop.gui import messages
from cal_desktop.gui.i18n import tr
from cal_desktop.services import document_output, documents

if TYPE_CHECKING:
    from cal_desktop.gui.views.document_editor import DocumentEditor


class DraftSwitch(QCheckBox):
    """«Черновик (с пометкой «ЧЕРНОВИК»)»: shown while the appeal's check fails."""

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None) -> None:
        super().__init__(tr("Print and save as a &draft marked «ЧЕРНОВИК»"), parent)
        self.setObjectName("draftSwitch")
        self.setAccessibleName(tr("Draft marked «ЧЕРНОВИК»"))
        self.setVisible(False)
        self.toggled.connect(lambda _on: editor.refresh())


def shown(editor: DocumentEditor) -> documents.BuiltLetter:
    """The letter the preview shows: marked when the editor is in draft mode."""
    assert editor.built is not None
    return document_output.mark_draft(editor.built) if editor.draft_box.isChecked() else editor.built


def update(editor: DocumentEditor) -> None:
    """The box is offered while something is missing; a complete letter needs no mark (and loses it)."""
    editor.draft_box.setVisible(bool(editor.problems))
    if not editor.problems and editor.draft_box.isChecked():
        editor.draft_box.setChecked(False)


def confirm(editor: DocumentEditor, problems: list[str] | None = None) -> bool:
    """Before printing or saving: an incomplete appeal goes out only as a draft, if the user says so.
    ``problems``: those of several letters (one per addressee); by default the shown letter's."""
    problems = editor.problems if problems is None else problems
    if not problems or editor.draft_box.isChecked():
        return True
    lacks = tr("The appeal lacks what the law requires: %1.").replace("%1", "; ".join(problems))
    go_on = tr("It cannot be sent like this. Print or save it as a draft marked «ЧЕРНОВИК»?")
    question = f"{lacks}\n{go_on}"
    if messages.ask(editor, question, [tr("As a draft")], tr("The appeal is incomplete")) != 0:
        return False
    editor.draft_box.setChecked(True)  # the preview shows the mark before anything leaves
    return True


def filename(editor: DocumentEditor, fmt: str) -> str:
    """The suggested file name; a draft's starts with «ЧЕРНОВИК_», as the command line's does."""
    if editor.built is None:
        return f"Документ.{fmt}"
    name = documents.suggested_filename(editor.built, fmt)
    return f"ЧЕРНОВИК_{name}" if editor.draft_box.isChecked() else name


def output_bytes(editor: DocumentEditor, fmt: str) -> bytes:
    """The bytes to print or save, by the command line's rule (refused unless complete or a draft)."""
    if editor.built is None:
        raise CalError(tr("The document is not ready."))
    built = document_output.for_output(
        editor.built, draft=editor.draft_box.isChecked(), channel=editor.channel_combo.currentData()
    )
    if fmt == "pdf" and editor.pdf_bytes:
        return editor.pdf_bytes  # exactly what the preview shows (marked the same way)
    return documents.render_built(editor.ctx, built, fmt)


__all__ = ["DraftSwitch", "confirm", "filename", "output_bytes", "shown", "update"]
