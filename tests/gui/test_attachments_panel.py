"""The files of a case in the initiative card and the consultation dialog (issue 21.1): drop, dialog,
thumbnails, refusals by name, open through a private copy, delete with confirmation, the editor's pick."""

from __future__ import annotations

import io
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QDialog

from cal_desktop.gui import file_dialogs
from cal_desktop.gui.dialogs.consultation_dialog import ConsultationDialog
from cal_desktop.gui.views.initiatives import InitiativesView
from cal_desktop.gui.widgets import attachments_pick
from cal_desktop.services import attachments, consultations, initiatives, visitors
from cal_desktop.services.attachments import Owner
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput


def _photo(path: Path, size: tuple[int, int] = (800, 600)) -> Path:
    Image.new("RGB", size, (40, 160, 60)).save(path, "JPEG")
    return path


@pytest.fixture(autouse=True)
def _private_temp(tmp_path, monkeypatch):
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))


@pytest.fixture
def card_view(qtbot, ctx):
    author = visitors.create_visitor(ctx, VisitorInput("Гусь", "Анна", "Павловна")).id
    card = initiatives.create_initiative(
        ctx, InitiativeInput(title="Скамейки", category="improvement"), author
    )
    view = InitiativesView(ctx)
    qtbot.addWidget(view)
    view.card.show_card(card)
    view.card.tabs.setCurrentWidget(view.card.files_panel)
    view.show()
    qtbot.waitExposed(view)
    return view, card.id


def _drop(widget, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    widget.dropEvent(event)


def _wait(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.task is None, timeout=10000)


def test_dropped_files_show_as_thumbnails_and_refusals_name_the_file(
    qtbot, ctx, card_view, tmp_path, shown
) -> None:
    view, initiative_id = card_view
    panel = view.card.files_panel
    tabs = view.card.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Файлы"
    bad = tmp_path / "программа.exe"
    bad.write_bytes(b"MZ" + b"\x00" * 100)
    (tmp_path / "ответ.pdf").write_bytes(b"%PDF-1.4 x")
    _drop(panel.list, [_photo(tmp_path / "двор.jpg"), tmp_path / "ответ.pdf", bad])
    _wait(qtbot, panel)
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == ["двор", "ответ"]
    assert tabs.tabText(tabs.indexOf(panel)) == "Файлы (2)"
    photo_icon = panel.list.item(0).icon().pixmap(96, 96).toImage()
    assert photo_icon.pixelColor(48, 48).green() > 120  # the photo's own green, not a file icon
    assert "«программа.exe»: такие файлы не прикладываются" in shown.texts()
    assert [f.filename for f in attachments.list_files(ctx, Owner(initiative_id=initiative_id))] == [
        "двор.jpg", "ответ.pdf"]  # fmt: skip


def test_attach_dialog_goes_through_file_dialogs(qtbot, card_view, tmp_path, monkeypatch) -> None:
    view, _ = card_view
    panel = view.card.files_panel
    asked = []
    monkeypatch.setattr(
        file_dialogs, "open_files", lambda *a, **k: asked.append(a) or [str(_photo(tmp_path / "a.jpg"))]
    )
    panel.add_button.click()
    _wait(qtbot, panel)
    assert asked and panel.list.count() == 1


def test_open_uses_a_private_copy_outside_the_database_folder(
    qtbot, ctx, card_view, db_path, tmp_path, monkeypatch
) -> None:
    view, initiative_id = card_view
    panel = view.card.files_panel
    attachments.add_path(ctx, Owner(initiative_id=initiative_id), _photo(tmp_path / "двор.jpg"))
    panel.reload()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True)
    )
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert len(opened) == 1
    copy = Path(opened[0])
    assert copy.read_bytes() == (tmp_path / "двор.jpg").read_bytes()
    assert copy.parent != db_path.parent and str(copy).startswith(str(tmp_path / "tmp"))


def test_delete_asks_first_and_cancel_keeps_the_file(qtbot, ctx, card_view, tmp_path, shown) -> None:
    view, initiative_id = card_view
    panel = view.card.files_panel
    attachments.add_path(ctx, Owner(initiative_id=initiative_id), _photo(tmp_path / "двор.jpg"))
    panel.reload()
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert shown.destructive == [True] and "двор.jpg" in shown.texts()
    assert panel.list.count() == 1  # Cancel (the default)
    shown.answers.append(0)
    panel.delete_button.click()
    assert panel.list.count() == 0
    assert attachments.list_files(ctx, Owner(initiative_id=initiative_id)) == []


def test_consultation_dialog_has_a_files_tab(qtbot, ctx, tmp_path) -> None:
    v = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна")).id
    c = consultations.create_consultation(ctx, ConsultationInput(channel="in_person", topics=["drafting"],
                                          outcome="advised", occurred_at=datetime.now(), visitor_id=v)).id  # fmt: skip
    attachments.add_path(ctx, Owner(consultation_id=c), _photo(tmp_path / "заявление.jpg"))
    dialog = ConsultationDialog(ctx, c)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(1) == "Файлы (1)"
    assert dialog.files_panel.list.item(0).text() == "заявление"


def test_editor_picks_files_of_the_initiative_as_enclosures(
    qtbot, ctx, card_view, tmp_path, monkeypatch
) -> None:
    from cal_desktop.gui.views.document_editor import DocumentEditor

    _, initiative_id = card_view
    owner = Owner(initiative_id=initiative_id)
    a = attachments.add_path(ctx, owner, _photo(tmp_path / "двор.jpg"))
    b = attachments.add_path(ctx, owner, _photo(tmp_path / "качели.jpg", (600, 900)))
    editor = DocumentEditor(ctx, initiative_id, "appeal")
    qtbot.addWidget(editor)

    class Ticking(attachments_pick.EnclosurePicker):
        def exec(self) -> int:
            for r in range(self.list.count()):
                self.list.item(r).setCheckState(Qt.CheckState.Checked)
            return QDialog.DialogCode.Accepted

    attachments_pick.pick(editor, editor.enclosures_button, Ticking)
    assert editor.overrides()["enclosure_ids"] == f"{a.id}, {b.id}"
    assert editor.enclosures_button.text() == "Файлы дела (2)…"
    assert editor.built is not None and editor.built.letter is not None
    assert "Приложение: фото на 2 л. в 1 экз." in editor.built.letter.attachment_lines()
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(editor.pdf_bytes)).pages) >= 3


def test_a_file_marked_as_a_members_data_goes_with_that_person(qtbot, ctx, card_view, tmp_path) -> None:
    from cal_desktop.services import personal_data

    view, initiative_id = card_view
    panel = view.card.files_panel
    assert panel.person_button.isVisible()
    attachments.add_path(ctx, Owner(initiative_id=initiative_id), _photo(tmp_path / "подпись.jpg"))
    attachments.add_path(ctx, Owner(initiative_id=initiative_id), _photo(tmp_path / "двор.jpg"))
    panel.reload()
    asked = []

    def choose(_parent, _title, label, names, current, _editable):
        asked.append((label, names, current))
        return names[1], True  # the author, Гусь Анна Павловна

    panel.choose_item = choose
    panel.list.setCurrentRow(0)
    panel.person_button.click()
    assert "«подпись.jpg»" in asked[0][0] and asked[0][1][1].startswith("Гусь") and asked[0][2] == 0
    author = initiatives.get_initiative(ctx, initiative_id).members[0].visitor_id
    assert attachments.list_files(ctx, Owner(initiative_id=initiative_id))[0].visitor_id == author
    assert "удаляется при обезличивании" in panel.list.item(0).toolTip()
    personal_data.anonymise_visitor(ctx, author)
    panel.reload()
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == ["двор"]
