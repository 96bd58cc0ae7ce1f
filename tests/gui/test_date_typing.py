"""Issue 11 point 8: typing a whole date into any date field gives exactly that date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QToolTip, QVBoxLayout, QWidget

from cal_desktop.gui.widgets.date_typing import whole_date

_KEEP: list[QWidget] = []


def _field(qtbot, start: QDate) -> QDateEdit:  # type: ignore[no-untyped-def]
    holder = QWidget()
    _KEEP[:] = [holder]  # alive until the next test
    layout = QVBoxLayout(holder)
    before = QLineEdit(holder)
    edit = QDateEdit(start, holder)
    edit.setDisplayFormat("dd.MM.yyyy")
    layout.addWidget(before)
    layout.addWidget(edit)
    qtbot.addWidget(holder)
    with qtbot.waitActive(holder):
        holder.show()
        holder.activateWindow()
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)  # into the date field the way people get there
    assert QApplication.focusWidget() is edit
    return edit


@pytest.mark.parametrize(
    ("start", "typed", "expected"),
    [
        (QDate(2026, 2, 15), "31.01.2026", QDate(2026, 1, 31)),  # day 31 while the month is February
        (QDate(2026, 12, 2), "31.01.2026", QDate(2026, 1, 31)),
        (QDate(2026, 2, 15), "31012026", QDate(2026, 1, 31)),
        (QDate(2026, 2, 15), "29.02.2024", QDate(2024, 2, 29)),
        (QDate(2026, 12, 2), "5.3.2026", QDate(2026, 3, 5)),
        (QDate(2026, 4, 10), "31.03.2026", QDate(2026, 3, 31)),
    ],
)
def test_a_whole_typed_date_is_exactly_that_date(qtbot, russian, start, typed, expected) -> None:  # type: ignore[no-untyped-def]
    edit = _field(qtbot, start)
    QTest.keyClicks(edit, typed)
    assert edit.date() == expected


def test_a_date_that_does_not_exist_is_refused(qtbot, russian) -> None:  # type: ignore[no-untyped-def]
    edit = _field(qtbot, QDate(2026, 3, 10))
    QTest.keyClicks(edit, "31.02.1954")
    assert edit.date() == QDate(2026, 3, 10)  # the date it had, never silently another one
    assert QToolTip.text() == "Такой даты нет: 31.02.1954"


def test_typing_one_section_still_works(qtbot, russian) -> None:  # type: ignore[no-untyped-def]
    edit = _field(qtbot, QDate(2026, 3, 10))
    edit.setSelectedSection(QDateEdit.Section.YearSection)
    QTest.keyClicks(edit, "2025")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == QDate(2025, 3, 10)


def test_every_date_field_of_the_audit_and_the_consultations_list(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    audit = window.show_area("settings").show_tab("audit")
    desk = window.show_area("desk")
    desk.setCurrentIndex(1)
    filters = desk.list_view.ui
    filters.periodCombo.setCurrentIndex(filters.periodCombo.findData("custom"))
    for area, edits in (
        ("settings", (audit.date_from, audit.date_to)),
        ("desk", (filters.dateFromEdit, filters.dateToEdit)),
    ):
        window.show_area(area)
        for edit in edits:
            edit.setDate(QDate(2026, 2, 15))
            edit.setFocus()
            qtbot.waitUntil(edit.hasFocus)
            QTest.keyClicks(edit, "31.01.2026")
            assert edit.date() == QDate(2026, 1, 31), edit.objectName()


def test_whole_date_shapes() -> None:
    assert whole_date("31.01.2026") == (31, 1, 2026)
    assert whole_date("31012026") == (31, 1, 2026)
    assert whole_date("31.01.202") is None and whole_date("3101") is None
