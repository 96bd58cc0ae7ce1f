"""Issue 13 item 11 in the editor: one letter to several officials, previewed one by one, filed and
saved as one document per addressee (each declined, each in the register)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import make_case  # noqa: E402

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")

from cal_desktop.db.models import Appeal  # noqa: E402
from cal_desktop.gui.views import document_addressees  # noqa: E402
from cal_desktop.gui.views.document_editor import DocumentEditor  # noqa: E402


def pdf_text(data: bytes) -> str:
    raw = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return " ".join(raw.split())


def test_three_addressees_three_declined_filed_documents(qtbot, ctx, db, shown, tmp_path):
    case = make_case(db)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal")
    qtbot.addWidget(editor)
    for key in ("shulga", "aliev"):
        editor._add_official_item(case.officials[key])
        editor.more_addressees.add_current()
    editor.more_addressees.add_current()  # the same one twice stays once
    assert editor.more_addressees.ids() == [case.officials["shulga"], case.officials["aliev"]]
    editor._add_official_item(case.officials["bondarenko"])
    editor.set_field("subject", "О детской площадке")
    # previewed one by one: choosing a listed addressee shows the letter to them
    editor.more_addressees._preview(editor.more_addressees.list.item(0))
    editor.refresh()
    assert "О.В. Шульге" in pdf_text(editor.pdf_bytes)
    editor._add_official_item(case.officials["bondarenko"])
    editor.refresh()
    shown.answers = [0]
    document_addressees.file_each(editor, folder=str(tmp_path))
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _, _ in shown.shown), timeout=30000)
    assert "по одному на каждого адресата" in shown.texts() or "3" in shown.texts()
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 3
    texts = [pdf_text(p.read_bytes()) for p in files]
    assert sum("О.В. Шульге" in t for t in texts) == 1 and sum("Р.М. Алиеву" in t for t in texts) == 1
    assert sum("Н.П. Бондаренко" in t for t in texts) == 1
    assert all("О детской площадке" in t for t in texts)
    with db.read() as s:
        assert sorted(a.official_id for a in s.query(Appeal)) == sorted(
            case.officials[k] for k in ("shulga", "aliev", "bondarenko")
        )


def test_one_incomplete_letter_files_none(qtbot, ctx, db, shown, tmp_path):
    case = make_case(db, author_address=None)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal")
    qtbot.addWidget(editor)
    editor._add_official_item(case.officials["shulga"])
    editor.more_addressees.add_current()
    editor._add_official_item(case.officials["tsoi"])
    shown.answers = [0]
    document_addressees.file_each(editor, folder=str(tmp_path))
    qtbot.waitUntil(lambda: len(shown.shown) >= 2, timeout=30000)
    assert "почтовый адрес для ответа" in shown.texts()
    assert not list(tmp_path.glob("*.pdf"))
    with db.read() as s:
        assert s.query(Appeal).count() == 0


def _three(qtbot, ctx, db, **kw):  # type: ignore[no-untyped-def]
    case = make_case(db, **kw)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal")
    qtbot.addWidget(editor)
    for key in ("shulga", "aliev"):
        editor._add_official_item(case.officials[key])
        editor.more_addressees.add_current()
    editor._add_official_item(case.officials["bondarenko"])
    editor.refresh()
    return case, editor


def test_save_each_writes_one_declined_file_per_addressee_and_files_nothing(qtbot, ctx, db, shown, tmp_path):
    case, editor = _three(qtbot, ctx, db)
    [action] = [a for a in editor.each_button.menu().actions() if a.objectName() == "eachDocxAction"]
    assert action.isEnabled()
    task = document_addressees.save_each(editor, "docx", folder=str(tmp_path))
    assert task is not None
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _, _ in shown.shown), timeout=30000)
    from cal_desktop.documents.render_docx import docx_text

    texts = sorted(docx_text(p.read_bytes()) for p in tmp_path.glob("*.docx"))
    assert len(texts) == 3
    assert sum("О.В. Шульге" in t for t in texts) == 1 and sum("Р.М. Алиеву" in t for t in texts) == 1
    assert sum("Н.П. Бондаренко" in t for t in texts) == 1
    with db.read() as s:
        assert s.query(Appeal).count() == 0  # saved, not filed


def test_print_each_prints_every_letter_and_cancel_writes_nothing(qtbot, ctx, db, shown, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    case, editor = _three(qtbot, ctx, db)
    printed: list[str] = []
    monkeypatch.setattr(document_addressees, "print_pdf",
                        lambda data, _printer: printed.append(pdf_text(data)) or 1)  # fmt: skip
    document_addressees.print_each(editor, QPrinter())
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _, _ in shown.shown), timeout=30000)
    assert len(printed) == 3 and sum("Р.М. Алиеву" in t for t in printed) == 1
    assert "3" in shown.texts()
    # Cancel: the job stops at its next check and nothing is written
    task = document_addressees.save_each(editor, "pdf", folder=str(tmp_path))
    task.cancel.set()
    qtbot.waitUntil(lambda: task.finished, timeout=30000)
    assert not list(tmp_path.glob("*.pdf"))
    assert len(shown.shown) == 1  # a cancelled run says nothing more


def test_an_incomplete_appeal_to_each_goes_out_only_as_a_draft(qtbot, ctx, db, shown, tmp_path):
    case, editor = _three(qtbot, ctx, db, author_address=None)
    shown.answers = [-1]
    assert document_addressees.save_each(editor, "pdf", folder=str(tmp_path)) is None  # refused: nothing
    shown.answers = [0]  # «Как черновик»
    document_addressees.save_each(editor, "pdf", folder=str(tmp_path))
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.pdf"))) == 3, timeout=30000)
    assert all("ЧЕРНОВИК" in pdf_text(p.read_bytes()) for p in tmp_path.glob("*.pdf"))
    assert all(p.name.startswith("ЧЕРНОВИК_") for p in tmp_path.glob("*.pdf"))
