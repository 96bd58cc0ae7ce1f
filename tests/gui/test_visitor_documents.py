"""Issue 13 item 10: a document for a visitor without an initiative, from the visitors area."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import add_visitor, make_case  # noqa: E402

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")

from cal_desktop.gui.dialogs import document_dialogs  # noqa: E402
from cal_desktop.gui.views.document_editor import DocumentEditor  # noqa: E402
from cal_desktop.gui.views.visitors import VisitorsView  # noqa: E402


def test_visitor_document_button_opens_the_editor_for_that_visitor(qtbot, ctx, db, shown, monkeypatch):
    make_case(db)
    with db.session() as s:
        visitor_id = add_visitor(
            s, "Прохорова", "Кристина", "Валерьевна", "f", address="г. Пермь, ул. Мира, д. 1"
        ).id
    opened: list[tuple] = []
    monkeypatch.setattr(document_dialogs, "open_editor", lambda *a, **k: opened.append((a, k)) or False)
    view = VisitorsView(ctx)
    qtbot.addWidget(view)
    view.document_button.click()  # nobody chosen: nothing opens
    assert opened == []
    view.show_visitor(visitor_id)
    view.document_button.click()
    ((args, kwargs),) = opened
    assert args[2] is None and args[3] == "pd_consent" and kwargs == {"visitor_id": visitor_id}
    # and the editor so opened fills the consent with that person
    editor = DocumentEditor(ctx, None, "pd_consent", visitor_id=visitor_id)
    qtbot.addWidget(editor)
    editor.refresh()
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=editor.pdf_bytes, capture_output=True, check=True
    ).stdout
    assert "Прохорова Кристина Валерьевна" in " ".join(text.decode().split())
