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


# ------------------------------------------------------------------------ issue 11 (items 7, 9, 11)


def _register(ctx, initiative_id):  # type: ignore[no-untyped-def]
    page = appeals.list_appeals(ctx, AppealFilter(initiative_id=initiative_id))
    return list(page.items if hasattr(page, "items") else page)


def test_filing_happens_once_and_names_the_number_and_the_due_date(qtbot, ctx, db, shown):
    from PySide6.QtCore import Qt

    case = make_case(db)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal", case.officials["shulga"])
    qtbot.addWidget(editor)
    editor.show()
    states = []
    real = editor._file

    def filing():  # type: ignore[no-untyped-def]
        states.append(editor.file_button.isEnabled())  # while filing
        return real()

    editor._file = filing
    qtbot.mouseClick(editor.file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.file_button, Qt.MouseButton.LeftButton)  # the impatient second click
    assert editor.file_with_case() is None  # and a call: refused, already filed
    assert states == [False]
    assert not editor.file_button.isEnabled()
    rows = _register(ctx, case.initiative_id)
    assert len(rows) == 1
    appeal = appeals.get_appeal(ctx, rows[0].id)
    note = shown.shown[-1]
    assert note[0] == "info" and appeal.number in note[2] and f"{appeal.due_date:%d.%m.%Y}" in note[2]
    # editing afterwards does not make the same letter fileable again
    editor.set_field("substance", "Дополнение после подшивки.")
    assert not editor.file_button.isEnabled()


def test_closing_a_changed_letter_asks_first_esc_included(qtbot, ctx, db, shown):
    from PySide6.QtCore import Qt

    from cal_desktop.gui.dialogs.document_dialogs import DocumentEditorDialog

    case = make_case(db)
    dialog = DocumentEditorDialog(ctx, case.initiative_id, "appeal", case.officials["shulga"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.has_unsaved_work()  # a letter only opened closes at once
    dialog.editor.text_edits["substance"].setFocus()
    type_text("Во дворе нет освещения.", dialog.editor.text_edits["substance"])
    assert dialog.has_unsaved_work() and dialog.editor.has_unsaved_work()
    shown.answers.append(-1)  # Esc: cancel, the letter stays
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and shown.shown[-1][0] == "ask"
    assert "освещения" in dialog.editor.text_edits["substance"].toPlainText()
    shown.answers.append(-1)  # the window's close button asks too
    dialog.close()
    assert dialog.isVisible()
    shown.answers.append(0)  # save a draft and close
    dialog.close()
    assert not dialog.isVisible() and dialog.changed
    card = initiatives.get_initiative(ctx, case.initiative_id)
    assert len(card.documents) == 1
    # filed: nothing left to lose, it closes without a question
    again = DocumentEditorDialog(ctx, case.initiative_id, "appeal", case.officials["shulga"])
    qtbot.addWidget(again)
    again.show()
    again.editor.set_field("substance", "Другое обращение.")
    assert again.has_unsaved_work()
    assert again.editor.file_with_case() is not None
    asked = len([s for s in shown.shown if s[0] == "ask"])
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible() and len([s for s in shown.shown if s[0] == "ask"]) == asked


def test_field_table_lists_only_what_the_template_shows_and_each_edit_shows(qtbot, ctx, db, shown):
    case = make_case(db)
    editor = DocumentEditor(ctx, case.initiative_id, "repeat_appeal", case.officials["shulga"])
    qtbot.addWidget(editor)
    listed = {editor.fields.item(r, 0).data(0x0100) for r in range(editor.fields.rowCount())}
    assert "appeal_title" in listed and "person_full" not in listed and "centre_inn" not in listed
    assert not editor.text_edits["request_text"].isVisibleTo(editor)  # the repeat appeal's request is fixed
    row = next(r for r in range(editor.fields.rowCount()) if editor.fields.item(r, 0).data(0x0100) == "appeal_title")
    editor.fields.item(row, 1).setText("ПОВТОРНАЯ ЖАЛОБА")  # typed into the table
    editor.refresh()
    assert "ПОВТОРНАЯ ЖАЛОБА" in pdf_text(editor.pdf_bytes)
    for n, name in enumerate(sorted(listed)):
        if name == "author_full" or name not in editor.shown:  # read by the 59-FZ check only; or an
            continue  # earlier edit took the branch that printed it (the heading cites the first appeal)
        before = pdf_text(editor.pdf_bytes)
        editor.set_field(name, f"ПРАВКА {n}")
        assert pdf_text(editor.pdf_bytes) != before, name


def test_save_suggests_a_russian_file_name(qtbot, ctx, db, shown, monkeypatch):
    from cal_desktop.gui.views import document_editor

    case = make_case(db)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal", case.officials["shulga"])
    qtbot.addWidget(editor)
    asked = []
    monkeypatch.setattr(document_editor.file_dialogs, "save_file",
                        lambda *a, **k: (asked.append(a[2]), "")[1])  # fmt: skip
    editor.save_dialog("pdf")
    assert asked == [f"Обращение_Шульге_{date.today():%Y-%m-%d}.pdf"]
