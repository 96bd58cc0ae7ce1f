"""Documents from a meeting's form (issue 16.2): «Документы» → the minutes open in the document editor
filled from the record (chair, secretary and representative chosen among those present), and the
announcement for a notice board is saved as PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time

import pytest

from cal_desktop.gui.dialogs import document_dialogs, event_documents
from cal_desktop.gui.dialogs.event_form import EventDialog
from cal_desktop.services import events, initiatives, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.events_documents import MinutesRoles
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler needed")


def _text(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return " ".join(out.split())


@pytest.fixture
def meeting(ctx):  # type: ignore[no-untyped-def]
    """12 present (2 named) of an initiative's 30 members."""
    people = [visitors.create_visitor(ctx, VisitorInput(f"Житель{i}", "Пётр")).id for i in range(28)]
    kristina = visitors.create_visitor(ctx, VisitorInput("Прохорова", "Кристина", "Валерьевна", "f")).id
    eldar = visitors.create_visitor(ctx, VisitorInput("Мамедов", "Эльдар", "Рашид оглы", "m")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), people[0]).id
    for p in [*people[1:], kristina, eldar]:
        initiatives.add_member(ctx, idea, p, "supporter")
    event = events.create_event(
        ctx,
        EventInput("residents_meeting", date(2026, 3, 10), time(18, 30), place="школа № 5", unnamed_count=10,
                   initiative_ids=(idea,), participant_ids=(kristina, eldar)),
    )  # fmt: skip
    return event.id, kristina, eldar


def test_minutes_open_in_the_editor_filled_from_the_meeting(qtbot, ctx, shown, monkeypatch, meeting, russian):
    event_id, kristina, eldar = meeting
    offered: list = []

    def choose(_parent, present):  # type: ignore[no-untyped-def]
        offered.extend(present)
        return MinutesRoles(chair_id=eldar, representative_id=kristina)

    opened: list = []
    monkeypatch.setattr(event_documents, "choose_roles", choose)
    monkeypatch.setattr(document_dialogs.DocumentEditorDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = EventDialog(ctx, event_id)
    qtbot.addWidget(dialog)
    assert dialog.documents_button.isVisibleTo(dialog)
    [minutes, _notice] = dialog.documents_button.menu().actions()
    minutes.trigger()
    assert sorted(name for _, name in offered) == ["Мамедов Эльдар Рашид оглы", "Прохорова Кристина Валерьевна"]
    editor = opened[0].editor
    qtbot.addWidget(opened[0])
    assert editor.template_id == "meeting_minutes"
    text = _text(editor.pdf_bytes)
    assert "Присутствовали: 12 чел." in text
    assert "Председатель собрания: Мамедов Эльдар Рашид оглы." in text
    assert "Избрать представителем инициативной группы Прохорову Кристину Валерьевну." in text
    assert not editor.edited and not editor.has_unsaved_work()  # the record's values are not «corrections»
    editor.set_field("present_count", "13")  # the staff member may still correct the count
    assert "Присутствовали: 13 чел." in _text(editor.pdf_bytes)
    assert "Избрать представителем инициативной группы Прохорову Кристину Валерьевну." in _text(editor.pdf_bytes)
    new = EventDialog(ctx)
    qtbot.addWidget(new)
    assert not new.documents_button.isVisibleTo(new)  # only for a saved meeting


def test_cancelling_the_roles_opens_nothing(qtbot, ctx, shown, monkeypatch, meeting):
    monkeypatch.setattr(event_documents, "choose_roles", lambda _p, _present: None)
    opened: list = []
    monkeypatch.setattr(document_dialogs.DocumentEditorDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = EventDialog(ctx, meeting[0])
    qtbot.addWidget(dialog)
    assert event_documents.open_minutes(dialog, ctx, meeting[0]) is False and not opened


def test_the_roles_dialog_offers_only_those_present(qtbot, meeting):
    dialog = event_documents.MinutesRolesDialog([(5, "Мамедов Эльдар Рашид оглы"), (7, "Прохорова К.В.")])
    qtbot.addWidget(dialog)
    chair = dialog.combos["chair"]
    assert [chair.itemText(i) for i in range(chair.count())][1:] == ["Мамедов Эльдар Рашид оглы", "Прохорова К.В."]
    dialog.combos["representative"].setCurrentIndex(2)
    assert dialog.roles() == MinutesRoles(chair_id=5, secretary_id=None, representative_id=7)


def test_announcement_is_saved_and_a_bad_folder_is_said(qtbot, ctx, shown, meeting, tmp_path, russian):
    dialog = EventDialog(ctx, meeting[0])
    qtbot.addWidget(dialog)
    assert event_documents.save_announcement(dialog, ctx, meeting[0], str(tmp_path / "объявление.pdf"))
    text = _text((tmp_path / "объявление.pdf").read_bytes())
    assert "ОБЪЯВЛЕНИЕ" in text and "состоится собрание жителей" in text and "школа № 5" in text
    assert not event_documents.save_announcement(dialog, ctx, meeting[0], str(tmp_path / "нет" / "a.pdf"))
    assert shown.shown and "Не удалось записать файл" in shown.shown[-1][2]


def test_changes_not_saved_yet_are_saved_first(qtbot, ctx, shown, monkeypatch, meeting, russian):
    opened: list = []
    monkeypatch.setattr(event_documents, "open_minutes", lambda *a: opened.append(a) or True)
    dialog = EventDialog(ctx, meeting[0])
    qtbot.addWidget(dialog)
    dialog.place.setText("клуб «Ветеран»")  # typed, not saved
    [minutes, _notice] = dialog.documents_button.menu().actions()
    minutes.trigger()
    assert not opened and "сохраните изменения" in shown.texts().lower()


def test_the_events_list_offers_a_rows_documents(qtbot, ctx, shown, monkeypatch, meeting, tmp_path, russian):
    from cal_desktop.gui.views.events import EventsView

    view = EventsView(ctx)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    assert view.model.row(-1) is None and view.model.row(0).id == meeting[0]
    menu = event_documents.row_menu(view, meeting[0])
    names = [a.text() for a in menu.actions()]
    assert names == ["Протокол собрания…", "Лист регистрации…", "Объявление для доски объявлений…"]
    monkeypatch.setattr(event_documents.file_dialogs, "save_file", lambda *a, **k: str(tmp_path / "лист.pdf"))
    menu.actions()[1].trigger()
    assert (tmp_path / "лист.pdf").read_bytes().startswith(b"%PDF")
    opened: list = []
    monkeypatch.setattr(event_documents, "open_minutes", lambda *a: opened.append(a[2]) or True)
    event_documents.row_menu(view, meeting[0]).actions()[0].trigger()
    assert opened == [meeting[0]]
