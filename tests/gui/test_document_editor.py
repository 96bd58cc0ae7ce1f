"""The document editor: from an initiative an appeal is composed, previewed, printed to a PDF printer,
filed, and appears in the register and on the initiative card; filing is refused without a postal
address for the answer."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import make_case  # noqa: E402

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")

from gui_keys import type_text  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from cal_desktop.gui.views.document_editor import DocumentEditor  # noqa: E402
from cal_desktop.services import appeals, initiatives  # noqa: E402
from cal_desktop.services.appeals import AppealFilter  # noqa: E402


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_compose_preview_print_file_and_see_it_in_register_and_card(qtbot, ctx, db, shown, tmp_path):
    case = make_case(db)
    editor = DocumentEditor(ctx, case.initiative_id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.template_id == "appeal"
    # the addressee from the directory, found by typing
    type_text("Шульга", editor.official_search)
    assert editor.official_combo.currentData() == case.officials["shulga"]
    editor.set_field("substance", "Во дворе нет детской площадки. Дети играют на парковке.")
    editor.set_field("subject", "О детской площадке во дворе дома по ул. Мира, 5")
    text = pdf_text(editor.pdf_bytes)
    assert "Главе администрации Центрального района" in text and "О.В. Шульге" in text
    assert "Уважаемый Олег Викторович!" in text and "Дети играют на парковке." in text
    # the preview shows those very bytes
    qtbot.waitUntil(lambda: editor.preview.page_count() >= 1, timeout=5000)
    assert bytes(editor.preview.data.data()) == editor.pdf_bytes
    # a staff correction of a declined form goes into the document
    editor.set_field("addressee_short_dat", "Олегу Викторовичу Шульге")
    assert "Олегу Викторовичу Шульге" in pdf_text(editor.pdf_bytes)
    # printed to a PDF printer
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    pages = editor.print_to(printer)
    assert out.exists() and out.stat().st_size > 10_000
    assert len(PdfReader(str(out)).pages) == pages == len(PdfReader(io.BytesIO(editor.pdf_bytes)).pages)
    # saved as DOCX too
    saved = editor.save_as(tmp_path / "letter.docx")
    assert saved.read_bytes()[:2] == b"PK"
    # filed: the document with the case and the appeal in the register
    editor.sent_date.setDate(date(2026, 5, 4))
    result = editor.file_with_case()
    assert result is not None
    document_id, appeal_id = result
    assert appeal_id is not None
    register = appeals.list_appeals(ctx, AppealFilter(initiative_id=case.initiative_id))
    rows = register.items if hasattr(register, "items") else register
    assert [r.id for r in rows] == [appeal_id]
    assert rows[0].subject == "О детской площадке во дворе дома по ул. Мира, 5"
    card = initiatives.get_initiative(ctx, case.initiative_id)
    assert [d.id for d in card.documents] == [document_id]
    assert [a.id for a in card.appeals] == [appeal_id]
    assert shown.shown[-1][0] == "info"  # the staff member is told it is filed
    # the register opens the stored letter: exactly the filed bytes
    from cal_desktop.gui.dialogs.document_dialogs import StoredDocumentDialog

    stored = StoredDocumentDialog(ctx, document_id)
    qtbot.addWidget(stored)
    assert "О детской площадке во дворе дома по ул. Мира, 5" in pdf_text(stored.stored.content)
    qtbot.waitUntil(lambda: stored.preview.page_count() >= 1, timeout=5000)


def test_filing_refused_while_author_postal_address_missing(qtbot, ctx, db, shown):
    case = make_case(db, author_address=None)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal", case.officials["tsoi"])
    qtbot.addWidget(editor)
    assert "почтовый адрес для ответа" in editor.check_label.text()
    assert editor.file_with_case() is None
    assert "почтовый адрес для ответа" in shown.texts()
    register = appeals.list_appeals(ctx, AppealFilter(initiative_id=case.initiative_id))
    rows = register.items if hasattr(register, "items") else register
    assert list(rows) == []
    # the staff member types the address in the editor: now it can be filed
    editor.set_field("author_address", "614001, г. Пермь, ул. Мира, д. 5, кв. 7")
    assert editor.check_label.text() == ""
    assert editor.file_with_case() is not None


def test_cofinancing_sums_and_consent_batch_from_the_editor(qtbot, ctx, db, shown, tmp_path):
    case = make_case(db, extra_members=3)
    editor = DocumentEditor(ctx, case.initiative_id, "initiative_project", case.officials["shulga"])
    qtbot.addWidget(editor)
    assert editor.cofinancing.isVisibleTo(editor) and editor.cofinancing.rowCount() == 5
    editor.cofinancing.item(0, 1).setText("600 000")
    editor.refresh()
    assert "600 000" in pdf_text(editor.pdf_bytes)
    done = []
    editor.consent_batch_to(tmp_path / "consents.pdf", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    text = pdf_text((tmp_path / "consents.pdf").read_bytes())
    for name in (
        "Петрова Анна Сергеевна",
        "Гусь Анна Павловна",
        "Алиев Рашид Магомед оглы",
        "Сидорчук Оксана Тарасовна",
    ):
        assert name in text
