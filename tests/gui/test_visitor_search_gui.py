"""Finding people at the desk and in «Посетители»: the best match first at every keystroke with no
wait, the chosen person shown surname first, nobody's card opened by itself; ↓ from a search field
moves into its list."""

from __future__ import annotations

from gui_keys import press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ranking_people import add_people

from cal_desktop.gui.views.initiatives import InitiativesView
from cal_desktop.gui.views.visitors import VisitorsView
from cal_desktop.gui.widgets import visitor_picker
from cal_desktop.gui.widgets.consultation_form import ConsultationForm
from cal_desktop.services import audit, initiatives, visitors
from cal_desktop.services.audit import AuditFilter
from cal_desktop.services.visitors import VisitorInput


def _people(ctx) -> None:  # type: ignore[no-untyped-def]
    add_people(ctx, visitors, VisitorInput)


def _form(qtbot, ctx) -> ConsultationForm:  # type: ignore[no-untyped-def]
    form = ConsultationForm(ctx)
    form.resize(520, 700)  # a narrow desk: the chosen person's line is longer than the field
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def _views_of_people(ctx) -> int:  # type: ignore[no-untyped-def]
    return audit.list_audit(ctx, AuditFilter(action="view", entity="visitor")).total


def test_desk_picker_ranks_at_each_keystroke_and_shows_the_choice_surname_first(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    _people(ctx)
    form = _form(qtbot, ctx)
    picker = form.picker
    assert visitor_picker.DEBOUNCE_MS < 40  # no fixed wait before a search
    form.ui.visitorEdit.setFocus()
    type_text("Жуков Ти", form.ui.visitorEdit)
    QApplication.processEvents()  # the zero timer: one search of the latest text
    assert [r.split(",")[0] for r in picker.results()] == [
        "Жуков Тимур Русланович",
        "Жуков Антон Тимофеевич",
        "Жуков Иван Константинович",
    ]
    form.ui.visitorEdit.clear()
    type_text("Щербакова Е", form.ui.visitorEdit)
    QApplication.processEvents()
    assert picker.results()[0].startswith("Щербакова Елена Геннадьевна, +7 964 100-00-02")
    assert picker.completer.popup().isVisible()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.visitor_id is not None, timeout=1000)
    QApplication.processEvents()
    edit = form.ui.visitorEdit
    chosen = edit.text()
    assert chosen.startswith("Щербакова Елена Геннадьевна, +7 964 100-00-02")
    # the start of the line (the surname) is what the field shows; the whole line is in the tooltip
    assert edit.cursorPosition() == 0
    assert edit.fontMetrics().horizontalAdvance(chosen) > edit.width()  # it really is cut
    assert edit.toolTip() == chosen
    # typing again forgets the person and brings the field's own help back
    type_text("x", edit)
    assert picker.visitor_id is None and "Щербакова" not in edit.toolTip()


def test_initials_find_her_in_the_picker(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    _people(ctx)
    form = _form(qtbot, ctx)
    for typed in ("Щербакова Е.Г.", "Щербакова Е Г"):
        form.ui.visitorEdit.clear()
        form.ui.visitorEdit.setFocus()
        type_text(typed, form.ui.visitorEdit)
        QApplication.processEvents()
        assert [r.split(",")[0] for r in form.picker.results()] == ["Щербакова Елена Геннадьевна"], typed


def test_opening_visitors_opens_nobody_and_logs_no_look(qtbot, window, ctx):  # type: ignore[no-untyped-def]
    _people(ctx)
    before = _views_of_people(ctx)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view: VisitorsView = window.pages["visitors"]
    QApplication.processEvents()
    assert view.model.total == 14
    assert view.current_id is None and view.card.title.text() == "Выберите посетителя в списке"
    # searching opens nobody either: the list is ranked, the card waits for a choice
    view.search.setFocus()
    type_text("Щербакова Е", view.search)
    QApplication.processEvents()
    assert view.model.data(view.model.index(0, 0)) == "Щербакова Елена Геннадьевна"
    qtbot.wait(200)  # longer than the card ever waited
    assert view.current_id is None and _views_of_people(ctx) == before
    # ↓ is the user's choice: into the list, on the first person, whose card opens (and is logged)
    press(Qt.Key.Key_Down)
    assert view.table.hasFocus()
    qtbot.waitUntil(lambda: view.card.title.text() == "Щербакова Елена Геннадьевна", timeout=2000)
    assert _views_of_people(ctx) == before + 1
    # a narrower search keeps the open person (no second look); one without her closes the card
    elena = view.current_id
    view.search.setFocus()
    view.search.end(False)
    type_text(" Г", view.search)
    QApplication.processEvents()
    assert view.current_id == elena and view.table.currentIndex().row() == 0
    view.search.clear()
    type_text("Жуков", view.search)
    QApplication.processEvents()
    assert view.current_id is None and view.card.title.text() == "Выберите посетителя в списке"
    assert _views_of_people(ctx) == before + 1


def test_down_from_the_initiatives_search_moves_into_the_list(qtbot, ctx, russian):  # type: ignore[no-untyped-def]
    author = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна")).id
    for title in ("Скамейки у подъезда", "Свет во дворе", "Скейт-парк"):
        initiatives.create_initiative(ctx, initiatives.InitiativeInput(title, "improvement"), author)
    view = InitiativesView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.search.setFocus()
    type_text("ск", view.search)
    press(Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.model.total == 2  # what was typed is applied at once, not after the pause
    assert view.table.currentIndex().row() == 0
    assert view.card.card is not None and view.card.card.title == view.model.row(0).title
