"""The import and export dialogs: preview, check, import with bad rows listing every error and writing
nothing, a good import, an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from cal_desktop.db.models import Consultation, Visitor
from cal_desktop.gui.dialogs.export_dialog import ExportDialog
from cal_desktop.gui.dialogs.import_dialog import ImportDialog

DATA = Path(__file__).parent.parent / "data"


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def dialog(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    d = ImportDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def test_preview_shows_the_first_rows_and_unknown_columns(dialog):
    dialog.set_kind("visitors")
    dialog.set_file(DATA / "visitors_excel.csv")
    table = dialog.preview
    assert table.rowCount() == 4
    assert table.horizontalHeaderItem(0).text() == "Фамилия"
    assert table.item(0, 0).text() == "Иванов"
    assert table.verticalHeaderItem(0).text() == "2"  # the spreadsheet's row number
    assert "Примечание" in dialog.status_label.text()
    assert dialog.import_button.isEnabled()
    assert dialog.windowTitle() == "Загрузка из таблицы"


def test_missing_required_column_is_said_before_anything_is_tried(dialog, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("Фамилия;Телефон\nИванов;+79123456789\n", encoding="utf-8")
    dialog.set_kind("visitors")
    dialog.set_file(path)
    assert "«Имя»: нет обязательного столбца" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_import_with_bad_rows_lists_every_error_and_writes_nothing(qtbot, dialog, db, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "Дата;Посетитель;Канал;Результат\n"
        "01.03.2025;Иванов Иван;очно;консультация дана\n"
        "32.01.2025;Петров Пётр;очно;консультация дана\n"
        "02.03.2025;Сидоров;ракета;отказано\n",
        encoding="utf-8-sig",
    )
    dialog.set_kind("consultations")
    dialog.set_file(path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.problems_dialog is not None and dialog.problems_dialog.isVisible(), timeout=10_000
    )
    table = dialog.problems_dialog.table
    listed = [
        (int(table.item(r, 0).text()), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    ]
    assert (3, "Дата", "такой даты нет: 32.01.2025 (последний день этого месяца — 31.01.2025)") in listed
    assert (4, "Канал", "неизвестное значение «ракета»") in listed
    assert (4, "Причина", "при отказе причина обязательна") in listed
    assert any(r == 4 and c == "Посетитель" for r, c, _ in listed)
    assert "ничего не записано" in dialog.problems_dialog.summary.text()
    assert "Ошибок: 4" in dialog.problems_dialog.summary.text()
    assert count(db, Consultation) == 0 and count(db, Visitor) == 0
    assert dialog.import_button.isEnabled()  # the user can fix the file and try again


def test_check_then_import_a_good_file(qtbot, dialog, db, shown):
    dialog.set_kind("visitors")
    dialog.set_file(DATA / "visitors_excel.csv")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.last_result.dry_run and "Записей будет создано: 4" in dialog.status_label.text()
    assert count(db, Visitor) == 0
    dialog.last_result = None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert "Записей создано: 4" in dialog.status_label.text()
    assert count(db, Visitor) == 4
    assert "Записей создано: 4" in shown.texts()


def test_export_dialog_writes_the_file(qtbot, ctx, shown, russian, tmp_path):
    d = ExportDialog(ctx)
    qtbot.addWidget(d)
    d.set_kind("visitors")
    target = tmp_path / "out.xlsx"
    d.file_edit.setText(str(target))
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.last_result is not None, timeout=10_000)
    assert target.exists() and d.last_result.rows == 0
    assert d.kind_combo.accessibleName() == "Что выгружать:"
    assert "Выгружено строк: 0" in shown.texts()


def test_the_file_menu_finds_the_dialogs():
    from cal_desktop.gui.dialogs import import_dialog

    assert callable(import_dialog.open_import_dialog)
    assert callable(import_dialog.open_export_dialog)


def test_cancelling_an_import_says_so_and_leaves_the_dialog_usable(qtbot, dialog, db, tmp_path, monkeypatch):
    from cal_desktop.services.imports import base

    path = tmp_path / "v.csv"
    path.write_text("Фамилия;Имя\n" + "".join(f"Житель{i};Иван\n" for i in range(300)), encoding="utf-8")
    dialog.set_kind("visitors")
    dialog.set_file(path)

    def user_pressed_cancel(self):  # type: ignore[no-untyped-def]
        raise base.Cancelled("Загрузка отменена: в базу ничего не записано.")

    monkeypatch.setattr(base.Ticker, "check", user_pressed_cancel)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.status_label.text() == "Загрузка отменена: в базу ничего не записано."
    assert count(db, Visitor) == 0


def test_the_file_menu_opens_the_real_dialogs(qtbot, window):
    """The main window calls open_import_dialog(ctx, parent) / open_export_dialog(ctx, parent)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []

    def close_the_modal() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog is not None else "")
        if dialog is not None:
            dialog.reject()

    for action, expected in (("actionImport", "importDialog"), ("actionExport", "exportDialog")):
        QTimer.singleShot(200, close_the_modal)
        window.findChild(QAction, action).trigger()
        assert seen[-1] == expected


def test_enter_in_the_file_field_previews_and_checks_but_writes_nothing(qtbot, dialog, db):
    dialog.set_kind("visitors")
    dialog.file_edit.setText(str(DATA / "visitors_excel.csv"))
    dialog.file_edit.setFocus()
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.preview.rowCount() > 0  # the first rows are shown
    assert dialog.last_result.dry_run and "Записей будет создано: 4" in dialog.status_label.text()
    assert count(db, Visitor) == 0


def test_staff_is_not_offered_what_the_service_refuses_them(qtbot, make_ctx, shown, russian):
    from cal_desktop.domain.vocab import Role

    kinds = {}
    for role in (Role.STAFF, Role.COORDINATOR):
        d = ImportDialog(make_ctx(role))
        qtbot.addWidget(d)
        kinds[role] = [d.kind_combo.itemData(i) for i in range(d.kind_combo.count())]
    assert "officials" in kinds[Role.COORDINATOR] and "officials" not in kinds[Role.STAFF]
    assert "visitors" in kinds[Role.STAFF] and "consultations" in kinds[Role.STAFF]
