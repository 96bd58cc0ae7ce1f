"""The templates screen (issue 5, item 7): a coordinator duplicates a built-in letter, breaks it in the
editor (the check names the line, Save is refused), fixes it (saved, listed, previewed); a .docx form
with a field Word split across runs and an unknown field is refused with both problems named; a sound
form is added, checked and switched off and on; staff see the list without the buttons."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document as Docx
from pypdf import PdfReader

pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from cal_desktop.domain.vocab import Role  # noqa: E402
from cal_desktop.gui.dialogs.template_editor import TemplateEditorDialog  # noqa: E402
from cal_desktop.gui.views import templates as view_module  # noqa: E402
from cal_desktop.gui.views.templates import TemplatesView  # noqa: E402
from cal_desktop.services import documents, templates  # noqa: E402


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def make_form(path: Path, *paragraphs: str | tuple[str, ...]) -> Path:
    """A .docx whose paragraphs are strings, or tuples of runs: a field typed in pieces, the second
    piece bold, as Word leaves it after a correction."""
    doc = Docx()
    for p in paragraphs:
        para = doc.add_paragraph()
        for i, run in enumerate((p,) if isinstance(p, str) else p):
            para.add_run(run).bold = i > 0
    doc.save(str(path))
    return path


def open_view(qtbot, ctx) -> TemplatesView:  # type: ignore[no-untyped-def]
    view = TemplatesView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def column_texts(view: TemplatesView, template_id: str) -> list[str]:
    row = [r.id for r in view.rows].index(template_id)
    return [view.table.item(row, c).text() for c in range(view.table.columnCount())]


def test_duplicate_break_check_refuse_fix_and_save(qtbot, ctx, shown, monkeypatch):
    view = open_view(qtbot, ctx)
    assert {"appeal", "pd_consent", "repeat_appeal"} <= {r.id for r in view.rows}
    assert view.select_template("appeal")
    qtbot.waitUntil(lambda: view.preview.page_count() >= 1, timeout=5000)
    # the preview is the letter filled with the fields' examples
    assert "О.В. Шульге" in pdf_text(view.pdf_bytes)
    assert view.results.problems == [] and view.results.count() == 1  # «no problems»
    assert not view.edit_button.isEnabled()  # a built-in template is copied, never edited

    asked: list[str] = []
    monkeypatch.setattr(
        view_module, "ask_text", lambda _p, _t, _l, default: asked.append(default) or "Обращение о площадке"
    )
    new_id = view.duplicate_selected()
    assert new_id == "appeal_1" and asked and "Обращение к должностному лицу" in asked[0]
    row = view.row_of(new_id)
    assert row is not None and not row.builtin and row.based_on == "appeal" and row.active
    assert view.selected_id() == new_id
    cells = column_texts(view, new_id)
    assert cells[0] == "Обращение о площадке"
    assert cells[3].startswith("Обращение к должностному лицу")  # based on: the built-in's title
    assert view.edit_button.isEnabled()

    source = templates.template_source(ctx, new_id)
    broken = source.replace('"{{ subject }}"', '"{{ subject }"')
    line = broken[: broken.index('"{{ subject }"')].count("\n") + 1
    seen: dict[str, object] = {}

    def edit(dialog: TemplateEditorDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.source_edit.setPlainText(broken)
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        seen["checked"] = list(dialog.results.problems)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.saved is None and not dialog.result()
        seen["warning"] = shown.texts()
        # a double-click on the problem puts the cursor on its line
        problem_row = next(
            i for i in range(dialog.results.count()) if "синтаксическая" in dialog.results.item(i).text()
        )
        dialog.results.itemActivated.emit(dialog.results.item(problem_row))
        seen["cursor_line"] = dialog.source_edit.current_line()
        # fixed, with a filter: the subject in capitals; a field inserted from the reference
        dialog.source_edit.setPlainText(source.replace('"{{ subject }}"', '"{{ subject | upper }}"'))
        dialog.source_edit.go_to_line(2)
        dialog.fields.choose("author_full")
        seen["inserted"] = "{{ author_full }}" in dialog.source_edit.toPlainText()
        dialog.source_edit.setPlainText(source.replace('"{{ subject }}"', '"{{ subject | upper }}"'))
        dialog.title_edit.setText("Обращение о площадке (исправлено)")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(view_module, "exec_dialog", edit)
    assert view.edit_selected() is True
    checked = seen["checked"]
    assert isinstance(checked, list) and checked
    assert checked[0].startswith(f"строка {line}:") and "синтаксическая ошибка" in checked[0]
    assert seen["refused"] is True
    assert f"строка {line}" in str(seen["warning"])  # Save says why it refused
    assert seen["cursor_line"] == line
    assert seen["inserted"] is True
    # saved and listed; the preview shows the change
    assert column_texts(view, new_id)[0] == "Обращение о площадке (исправлено)"
    assert "{{ subject | upper }}" in templates.template_source(ctx, new_id)
    assert view.selected_id() == new_id
    assert "О БЛАГОУСТРОЙСТВЕ ДВОРА" in pdf_text(view.pdf_bytes)
    assert new_id in [t.id for t in documents.templates(ctx)]  # the editor of documents offers it


def test_editor_keeps_a_broken_template_unsaved_in_the_database(qtbot, ctx, shown):
    copy = templates.duplicate_template(ctx, "info_request")
    dialog = TemplateEditorDialog(ctx, copy.template_id)
    qtbot.addWidget(dialog)
    dialog.source_edit.setPlainText(copy.source.replace("{{ today }}", "{{ todai }}"))
    assert dialog.save() is False
    assert any("неизвестное поле «todai»" in p for p in dialog.results.problems)
    assert templates.template_source(ctx, copy.template_id) == copy.source
    # closing with changes asks first; the answer «cancel» keeps the window open
    dialog.show()
    dialog.reject()
    assert dialog.isVisible() and shown.shown[-1][0] == "ask"
    shown.answers.append(0)
    dialog.reject()
    assert not dialog.isVisible()


def test_docx_form_with_split_and_unknown_fields_is_refused_then_a_sound_one_is_added(
    qtbot, ctx, shown, monkeypatch, tmp_path
):
    view = open_view(qtbot, ctx)
    bad = make_form(
        tmp_path / "bad_form.docx",
        "Кому: {{ addressee_position_dat }}",
        ("От: {{ auth", "or_gen }}"),
        "Подпись: {{ nonsense_field }}",
    )
    monkeypatch.setattr(view_module, "open_file", lambda _p, _t, _f: str(bad))
    monkeypatch.setattr(view_module, "ask_text", lambda _p, _t, _l, _d: "Заявление по форме района")
    assert view.add_docx() is None
    problems = view.results.problems
    assert any("абзац 2" in p and "разбито Word на 2 части" in p for p in problems), problems
    assert any("абзац 3" in p and "неизвестное поле «nonsense_field»" in p for p in problems), problems
    assert "bad_form.docx" in view.results.text()  # which file was checked
    kind, _title, text = shown.shown[-1]
    assert kind == "warning" and "разбито Word" in text and "nonsense_field" in text
    assert [r for r in view.rows if r.kind == "docx"] == []  # nothing stored

    good = make_form(
        tmp_path / "good_form.docx", "Кому: {{ addressee_position_dat }}", "От: {{ author_gen }}"
    )
    monkeypatch.setattr(view_module, "open_file", lambda _p, _t, _f: str(good))
    new_id = view.add_docx()
    assert new_id is not None
    row = view.row_of(new_id)
    assert row is not None and row.kind == "docx" and row.title == "Заявление по форме района" and row.active
    assert view.selected_id() == new_id
    assert view.results.problems == [] and "good_form.docx" in view.results.text()
    assert shown.shown[-1][0] == "info"
    # a .docx form is not laid out as PDF: its text filled with the examples is shown
    assert view.preview_stack.currentWidget() is view.note
    assert "Кому: главе администрации Центрального района" in view.note.toPlainText()
    assert view.replace_button.isEnabled() and not view.edit_button.isEnabled()

    # a new version of the same form replaces the file, keeps its id and (by default) its title
    newer = make_form(tmp_path / "good_v2.docx", "Главе: {{ addressee_short_dat }}")
    monkeypatch.setattr(view_module, "open_file", lambda _p, _t, _f: str(newer))
    monkeypatch.setattr(view_module, "ask_text", lambda _p, _t, _l, default: default)
    assert view.add_docx(replace=True) == new_id
    assert [r.id for r in view.rows if r.kind == "docx"] == [new_id]
    assert "Главе: О.В. Шульге" in view.note.toPlainText()

    # switched off: no longer offered for documents, still listed here (greyed); and on again
    view.toggle_active()
    row = view.row_of(new_id)
    assert row is not None and not row.active
    assert new_id not in [t.id for t in documents.templates(ctx)]
    view.toggle_active()
    assert new_id in [t.id for t in documents.templates(ctx)]


def test_staff_see_the_list_read_only(qtbot, make_ctx, shown):
    staff = make_ctx(Role.STAFF)
    view = open_view(qtbot, staff)
    assert len(view.rows) >= 9
    for button in view.edit_buttons:
        assert button.isHidden(), button.objectName()
    assert view.read_only_label.isVisibleTo(view)
    # the preview, the check and the fields reference still work for them
    qtbot.waitUntil(lambda: view.preview.page_count() >= 1, timeout=5000)
    assert view.results.problems == []
    coordinator = open_view(qtbot, make_ctx(Role.COORDINATOR))
    assert all(not b.isHidden() for b in coordinator.edit_buttons)
    assert not coordinator.read_only_label.isVisibleTo(coordinator)


def test_fields_reference_filters_and_copies_a_field(qtbot, ctx, shown):
    view = open_view(qtbot, ctx)
    total = len(view.fields.visible_fields())
    assert total == len(documents.fields())
    view.fields.filter_edit.setText("Дательный")
    visible = view.fields.visible_fields()
    assert "addressee_full_dat" in visible and "today" not in visible and len(visible) < total
    row = [f.name for f in view.fields.fields].index("addressee_full_dat")
    assert view.fields.table.item(row, 2).text() == "Шульге Олегу Викторовичу"  # the example
    view.fields.table.itemActivated.emit(view.fields.table.item(row, 1))
    assert QGuiApplication.clipboard().text() == "{{ addressee_full_dat }}"
    view.fields.filter_edit.clear()
    assert len(view.fields.visible_fields()) == total
