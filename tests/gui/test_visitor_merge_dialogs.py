"""Issue 15.5 in the window: the visitors area's «Дубликаты…», the side-by-side merge, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.dialogs import visitor_merge as merge_dialog
from cal_desktop.gui.dialogs.initiative_common import cells
from cal_desktop.gui.dialogs.visitor_duplicates import DuplicatesDialog
from cal_desktop.gui.views.visitors import VisitorsView
from cal_desktop.services import visitor_merge, visitors
from cal_desktop.services.visitors import VisitorInput


def _pair(ctx):  # type: ignore[no-untyped-def]
    a = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна", phone="+79121112233"))
    b = visitors.create_visitor(
        ctx, VisitorInput("Елкина", "Алена", "Игоревна", phone="+79121112233", birth_date=date(1980, 5, 1)),
        allow_duplicate=True,
    )  # fmt: skip
    return a, b


def test_only_coordinators_see_the_duplicates_button(qtbot, ctx, make_ctx) -> None:  # type: ignore[no-untyped-def]
    staff_view = VisitorsView(make_ctx(Role.STAFF))
    qtbot.addWidget(staff_view)
    assert staff_view.duplicates_button.isHidden()
    view = VisitorsView(make_ctx(Role.COORDINATOR))
    qtbot.addWidget(view)
    assert not view.duplicates_button.isHidden()


def test_merge_dialog_fills_gaps_from_the_other_record_and_merges(qtbot, ctx, shown) -> None:  # type: ignore[no-untyped-def]
    a, b = _pair(ctx)
    left, right = visitor_merge.compare(ctx, a.id, b.id)
    dialog = merge_dialog.MergeDialog(ctx, left, right)
    qtbot.addWidget(dialog)
    assert dialog.keep_left.isChecked()  # equal history: the left one
    # the kept record has no patronymic and no birth date: the other's are chosen; its own name stays
    assert dialog.from_removed() == frozenset({"middle_name", "birth_date"})
    dialog.findChild(type(dialog.keep_left), "merge_first_name_1").setChecked(True)
    shown.answers.append(-1)  # «Cancel» at the question: nothing happens
    dialog.accept()
    assert visitors.get_visitor(ctx, b.id).id == b.id and dialog.merge_id is None
    shown.answers.append(0)
    dialog.accept()
    assert shown.destructive[-1] is True
    merged = visitors.get_visitor(ctx, a.id)
    assert (merged.first_name, merged.middle_name, merged.birth_date) == ("Алена", "Игоревна", date(1980, 5, 1))
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.merge_id is not None


def test_duplicates_list_merges_the_chosen_pair_and_undoes_it(qtbot, ctx, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b = _pair(ctx)
    calls = []

    def fake_merge(ctx_, parent, first, second):  # type: ignore[no-untyped-def]
        calls.append((first, second))
        return visitor_merge.merge(ctx_, first, second)

    monkeypatch.setattr(merge_dialog, "merge_visitors", fake_merge)
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 1)
    assert cells(dialog.list)[0] == ["Ёлкина Алёна", "Елкина Алена Игоревна", "телефон"]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on the pair opens the merge
    assert calls == [(a.id, b.id)]
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 0)
    assert dialog.merged and dialog.merges.rowCount() == 1 and dialog.undo_button.isEnabled()
    shown.answers.append(0)
    dialog.merges.setCurrentCell(0, 0)
    dialog.undo_button.click()
    assert visitors.get_visitor(ctx, b.id).middle_name == "Игоревна"
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 1)
    assert dialog.merges.rowCount() == 0


def test_two_records_chosen_by_hand_are_merged(qtbot, ctx, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a = visitors.create_visitor(ctx, VisitorInput("Иванова", "Мария", phone="+79120000021"))
    b = visitors.create_visitor(ctx, VisitorInput("Иваноф", "Мария", phone="+79120000022"))  # not «likely»
    calls = []
    monkeypatch.setattr(merge_dialog, "merge_visitors", lambda c, p, x, y: calls.append((x, y)) or 7)
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "Поиск дубликатов…")
    assert dialog.list.rowCount() == 0 and not dialog.pick_button.isEnabled()
    dialog.first_pick.set_visitor(a.id, "Иванова Мария")
    dialog.second_pick.set_visitor(a.id, "Иванова Мария")
    assert not dialog.pick_button.isEnabled()  # the same record twice
    dialog.second_pick.set_visitor(b.id, "Иваноф Мария")
    assert dialog.pick_button.isEnabled()
    dialog.pick_button.click()
    assert calls == [(a.id, b.id)] and dialog.merged and dialog.first_pick.visitor_id is None
