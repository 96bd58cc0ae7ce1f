"""Details of the desk at 1024×768 that a user reads as defects: a half row in the visitor popup that
looks like a person cut off, a templates list whose titles are three words wide, a consultation dialog
a third empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from cal_desktop.gui import screen_fit
from tests.gui.test_screen_fit import ANCHOR, TASK_BAR, open_window, settle

SMALL = QSize(1024, 768 - TASK_BAR)


@pytest.fixture
def base(ctx):  # type: ignore[no-untyped-def]
    from cal_desktop.services.demo import generate_demo

    generate_demo(ctx, seed=3, visitors=80, months=2, today=ANCHOR)
    return ctx


def small_screen(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, SMALL.width(), SMALL.height()))


def test_the_visitor_popup_shows_whole_rows_only(base, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.widgets.visitor_picker import VisitorPicker

    small_screen(monkeypatch)
    window = open_window(base, qtbot, SMALL)
    desk = window.show_area("desk")
    settle()
    picker = desk.findChildren(VisitorPicker)[0]
    picker.edit.setFocus()
    picker.edit.setText("к")
    picker.search_now()
    settle()
    popup = picker.popup()
    assert popup.isVisible() and picker.model.rowCount() > picker.completer.maxVisibleItems()
    row = popup.sizeHintForRow(0)
    visible = popup.viewport().height()
    assert visible == picker.completer.maxVisibleItems() * row, (visible, row)


def test_template_titles_are_readable_at_1024(base, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    small_screen(monkeypatch)
    window = open_window(base, qtbot, SMALL)
    view = window.show_area("documents").show_tab("templates")
    settle()
    assert view.table.horizontalHeader().sectionSize(0) >= 150


def test_the_consultation_dialog_is_as_tall_as_its_form(base, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.consultation_dialog import ConsultationDialog
    from cal_desktop.services import consultations

    small_screen(monkeypatch)
    consultation_id = consultations.list_consultations(base).items[0].id
    dialog = ConsultationDialog(base, consultation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.height() <= dialog.sizeHint().height() + 10, (dialog.height(), dialog.sizeHint())
    assert dialog.height() <= SMALL.height()
    save = dialog.form.ui.saveButton
    bottom = save.mapTo(dialog, save.rect().bottomLeft()).y()
    assert bottom <= dialog.height()


def test_the_initiatives_status_is_in_view_beside_the_card_at_1024(base, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    small_screen(monkeypatch)
    window = open_window(base, qtbot, SMALL)
    view = window.show_area("initiatives")
    settle()
    header = view.table.horizontalHeader()
    right = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert right <= view.table.viewport().width(), (right, view.table.viewport().width())
    assert header.sectionSize(1) >= 150  # the title still reads
