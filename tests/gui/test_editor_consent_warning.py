"""Issue 13 item 7: the editor says, before anyone prints a consent form, that it names no operator."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import make_case  # noqa: E402

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")

from cal_desktop.gui.views.document_editor import DocumentEditor  # noqa: E402
from cal_desktop.services.settings import get_settings, save_settings  # noqa: E402


def test_consent_without_operator_is_flagged_and_with_one_is_not(qtbot, ctx, db):
    case = make_case(db)  # the legal entity and the address are set
    editor = DocumentEditor(ctx, case.initiative_id, template_id="pd_consent")
    qtbot.addWidget(editor)
    assert editor.template_id == "pd_consent"
    editor.refresh()
    assert editor.pdf_bytes.startswith(b"%PDF")
    assert "оператор" not in editor.check_label.text()
    save_settings(ctx, dataclasses.replace(get_settings(ctx), organisation_name="", address=""))
    editor2 = DocumentEditor(ctx, case.initiative_id, template_id="pd_consent")
    qtbot.addWidget(editor2)
    editor2.refresh()
    text = editor2.check_label.text()
    assert "не указан оператор персональных данных" in text and "не указан адрес оператора" in text
