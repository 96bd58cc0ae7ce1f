"""«Как писали другие» in the document editor: two centres' practice packages, loaded with ``import
practice``, show their letters for the letter being written; a search narrows them; «Вставить текст»
puts a paragraph into the letter (issue 18, point 4)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import make_case  # noqa: E402

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")

from gui_keys import type_text  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from cal_desktop.cli import main  # noqa: E402
from cal_desktop.gui.views.document_editor import DocumentEditor  # noqa: E402

CENTRES = {
    "north": ("ЦАЛ «Северный»", "Жители двора просят установить освещение детской площадки.",
              "administration"),
    "south": ("ЦАЛ «Южный»", "На площадке нет ни одного фонаря, дети гуляют в темноте.", "department"),
}  # fmt: skip


def _package(tmp_path: Path, key: str, template: str = "appeal") -> Path:
    name, paragraph, kind = CENTRES[key]
    case = {
        "category": "improvement",
        "territory_kind": "microdistrict",
        "path": [{"status": "idea", "days": 10}, {"status": "appealing", "days": 30}, {"status": "done", "days": 0}],
        "total_days": 40,
        "authority_kinds": [kind],
        "summary": "Фонари установлены.",
        "letters": [{"template_id": template, "appeal_kind": "proposal", "authority_kind": kind,
                     "text": f"{paragraph}\n\nПросим включить работы в план на [дата рождения] год."}],
    }  # fmt: skip
    path = tmp_path / f"{key}.json"
    package = {"format": "cal-desktop.practice", "format_version": 1, "centre": {"id": key, "name": name},
               "cases": [case]}  # fmt: skip
    path.write_text(json.dumps(package, ensure_ascii=False), "utf-8")
    return path


def test_two_centres_letters_in_the_editor_panel_and_a_paragraph_goes_into_the_letter(
    qtbot, ctx, db, db_path, shown, tmp_path, capsys
):  # type: ignore[no-untyped-def]
    case = make_case(db)
    files = [str(_package(tmp_path, "north")), str(_package(tmp_path, "south"))]
    assert main(["--db", str(db_path), "import", "practice", *files]) == 0
    assert "добавлено практик: 2" in capsys.readouterr().out
    editor = DocumentEditor(ctx, case.initiative_id, "appeal", case.officials["shulga"])
    qtbot.addWidget(editor)
    editor.show()
    panel = editor.practice_panel
    editor.preview_tabs.setCurrentWidget(panel)  # the tab shows the library
    titles = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(titles) == 2
    assert any("Северный" in t for t in titles) and any("Южный" in t for t in titles)
    # the addressee is an administration: the northern centre's letter to an administration comes first
    assert "Северный" in titles[0] and "администрация" in titles[0]
    # a search narrows the list
    type_text("фонаря", panel.search)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert "Южный" in panel.list.item(0).text()
    # the first paragraph into the letter, at the end of its text
    substance = editor.text_edits["substance"]
    substance.moveCursor(substance.textCursor().MoveOperation.End)
    panel.paragraphs.setCurrentRow(0)
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    assert substance.toPlainText().endswith("На площадке нет ни одного фонаря, дети гуляют в темноте.")
    qtbot.waitUntil(
        lambda: "ни одного фонаря" in (editor.built.values.get("substance") if editor.built else "")
    )
    assert editor.has_unsaved_work()
    # Esc in the search clears it: both letters again
    panel.search.setFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.list.count() == 2)


def test_an_empty_library_says_how_to_fill_it(qtbot, ctx, db, shown):  # type: ignore[no-untyped-def]
    case = make_case(db)
    editor = DocumentEditor(ctx, case.initiative_id, "appeal")
    qtbot.addWidget(editor)
    editor.show()
    editor.preview_tabs.setCurrentWidget(editor.practice_panel)
    assert editor.practice_panel.list.count() == 0
    assert "export practice" in editor.practice_panel.status.text()
    assert not editor.practice_panel.insert_button.isEnabled()


def test_packages_loaded_from_the_panel(qtbot, ctx, db, shown, tmp_path, monkeypatch, make_ctx):  # type: ignore[no-untyped-def]
    from cal_desktop.domain.vocab import Role
    from cal_desktop.gui import file_dialogs

    case = make_case(db)
    files = [str(_package(tmp_path, "north")), str(_package(tmp_path, "south"))]
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: files)
    staff_editor = DocumentEditor(make_ctx(Role.STAFF), case.initiative_id, "appeal")
    qtbot.addWidget(staff_editor)
    staff_editor.practice_panel.load_button.click()  # a staff member may read the library, not fill it
    assert staff_editor.practice_panel.list.count() == 0 and shown.shown
    editor = DocumentEditor(ctx, case.initiative_id, "appeal")
    qtbot.addWidget(editor)
    editor.show()
    editor.preview_tabs.setCurrentWidget(editor.practice_panel)
    qtbot.mouseClick(editor.practice_panel.load_button, Qt.MouseButton.LeftButton)
    assert "добавлено практик: 2" in shown.shown[-1][2]
    assert editor.practice_panel.list.count() == 2


def test_the_initiative_card_suggests_finished_initiatives_of_other_centres(qtbot, ctx, db, shown, tmp_path):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.views.initiatives import InitiativeCardWidget
    from cal_desktop.services.practice import import_practice

    case = make_case(db)  # an improvement initiative in a microdistrict
    import_practice(ctx, [_package(tmp_path, "north"), _package(tmp_path, "south", "collective_appeal")])
    card = InitiativeCardWidget(ctx)
    qtbot.addWidget(card)
    card.show()
    card.open(case.initiative_id)
    page = card.practice_cases
    assert page.table.rowCount() == 0  # read only when the tab is opened
    card.tabs.setCurrentWidget(page)
    assert page.table.rowCount() == 2
    assert {page.table.item(r, 0).text() for r in range(2)} == {"ЦАЛ «Северный»", "ЦАЛ «Южный»"}
    assert page.table.item(0, 1).text() == "микрорайон"
    assert (
        "реализована: 0" in page.details.toPlainText() and "Фонари установлены." in page.details.toPlainText()
    )
    assert "2" in page.note.text()
