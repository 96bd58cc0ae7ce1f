"""An incomplete appeal leaves the editor only as a draft (issue 13.4): printing or saving asks; going
on marks the preview, the printout and the file «ЧЕРНОВИК» — the command line's rule (``--draft``)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from docdata import make_case

from cal_desktop.gui.views import document_editor
from cal_desktop.gui.views.document_editor import DocumentEditor
from cal_desktop.services import document_output

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler needed")


def _text(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def _editor(qtbot, ctx, db, address):  # type: ignore[no-untyped-def]
    case = make_case(db, author_address=address)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal", case.officials["shulga"])
    qtbot.addWidget(editor)
    return editor


@needs_poppler
def test_saving_an_incomplete_appeal_asks_and_marks_it_a_draft(qtbot, ctx, db, shown, monkeypatch, tmp_path, russian):
    editor = _editor(qtbot, ctx, db, None)
    assert editor.draft_box.isVisibleTo(editor) and not editor.draft_box.isChecked()
    assert "ЧЕРНОВИК" not in _text(editor.pdf_bytes)  # while being written, the preview is the letter
    asked: list[str] = []
    monkeypatch.setattr(document_editor.file_dialogs, "save_file",
                        lambda *a, **k: (asked.append(a[2]), str(tmp_path / "черновик.pdf"))[1])  # fmt: skip
    shown.answers = [-1]  # the user says no: nothing is saved
    editor.save_dialog("pdf")
    assert "почтовый адрес для ответа" in shown.shown[-1][2] and not asked
    assert not (tmp_path / "черновик.pdf").exists()
    shown.answers = [0]  # «Как черновик»
    editor.save_dialog("pdf")
    assert editor.draft_box.isChecked()
    assert asked == [f"ЧЕРНОВИК_Обращение_Шульге_{date.today():%Y-%m-%d}.pdf"]
    saved = (tmp_path / "черновик.pdf").read_bytes()
    assert saved == editor.pdf_bytes and "ЧЕРНОВИК" in _text(saved)  # the preview shows what is saved
    # the same bytes as the command line's --draft (one function)
    cli = document_output.render_document(ctx, "appeal", editor.initiative_id, editor.official_id, draft=True)
    assert _text(cli.content) == _text(saved)


def test_the_docx_of_a_draft_carries_the_watermark_on_every_page(qtbot, ctx, db, shown):
    editor = _editor(qtbot, ctx, db, None)
    editor.draft_box.setChecked(True)
    data = editor.document_bytes("docx")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        headers = [n for n in z.namelist() if n.startswith("word/header")]
        marked = [n for n in headers if 'string="ЧЕРНОВИК"' in z.read(n).decode()]
    assert len(marked) == 2  # the first page's header and the others'


def test_without_the_draft_box_an_incomplete_appeal_is_not_printed(qtbot, ctx, db, shown):
    editor = _editor(qtbot, ctx, db, None)
    with pytest.raises(document_output.AppealIncomplete):
        editor.document_bytes("pdf")


@needs_poppler
def test_a_complete_appeal_needs_no_mark_and_loses_it(qtbot, ctx, db, shown, monkeypatch, tmp_path):
    editor = _editor(qtbot, ctx, db, None)
    editor.draft_box.setChecked(True)
    assert "ЧЕРНОВИК" in _text(editor.pdf_bytes)
    editor.set_field("author_address", "614001, г. Пермь, ул. Мира, д. 5, кв. 7")
    assert not editor.draft_box.isVisibleTo(editor) and not editor.draft_box.isChecked()
    assert "ЧЕРНОВИК" not in _text(editor.pdf_bytes)
    monkeypatch.setattr(document_editor.file_dialogs, "save_file", lambda *a, **k: str(tmp_path / "a.pdf"))
    editor.save_dialog("pdf")
    assert not shown.shown  # nothing asked
    assert "ЧЕРНОВИК" not in _text((tmp_path / "a.pdf").read_bytes())


@needs_poppler
def test_a_stored_draft_of_an_incomplete_appeal_is_marked_and_a_complete_one_is_not(ctx, db):
    from cal_desktop.services import documents

    case = make_case(db, author_address=None)
    incomplete = document_output.save_draft(ctx, "appeal", case.initiative_id, case.officials["shulga"])
    assert "ЧЕРНОВИК" in _text(documents.get_document(ctx, incomplete).content)  # printed from the case
    complete = document_output.save_draft(ctx, "appeal", case.initiative_id, case.officials["shulga"],
                                    overrides={"author_address": "614001, г. Пермь, ул. Мира, д. 5"})  # fmt: skip
    assert "ЧЕРНОВИК" not in _text(documents.get_document(ctx, complete).content)
