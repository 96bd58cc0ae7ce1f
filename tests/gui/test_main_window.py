"""The main window: areas by Ctrl+1..7, calm placeholders, menus, status bar, remembered layout,
the import/export hook, and errors that leave the window usable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cal_desktop.gui import areas
from cal_desktop.gui.main_window import MainWindow
from cal_desktop.gui.widgets.placeholder import Placeholder


def test_ctrl_digits_switch_areas_and_missing_ones_say_what_will_come(qtbot, window, monkeypatch):  # type: ignore[no-untyped-def]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8,
            Qt.Key.Key_9]  # fmt: skip
    for number, key in enumerate(keys):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == number
        assert window.nav.currentRow() == number
    assert set(window.pages) == {a.key for a in window.areas}
    # a view that is not built yet shows a placeholder
    factory = areas.view("cal_desktop.gui.views.not_there", "Nothing", lambda: "Здесь будет что-то.")
    page = factory(window.ctx)
    assert isinstance(page, Placeholder)
    assert page.findChild(type(page.children()[1]), "placeholderText").text() == "Здесь будет что-то."


def test_status_bar_shows_staff_and_database(window, db_path):  # type: ignore[no-untyped-def]
    assert window.staff_label.text() == "За стойкой: Иванова М.П."
    assert window.db_status.text() == f"База данных: {db_path}"
    assert window.pages["desk"].staff_label.text() == "За стойкой: Иванова М.П."


def test_import_and_export_menu_entries_are_wired(qtbot, window, shown, monkeypatch):  # type: ignore[no-untyped-def]
    import importlib

    calls = []

    class FakeModule:
        @staticmethod
        def open_import_dialog(ctx, parent):  # type: ignore[no-untyped-def]
            calls.append("import")

        @staticmethod
        def open_export_dialog(ctx, parent):  # type: ignore[no-untyped-def]
            calls.append("export")

    real = importlib.import_module

    def fake_import(name, *a):  # type: ignore[no-untyped-def]
        if name == "cal_desktop.gui.dialogs.import_dialog":
            if not calls and not shown.shown:
                raise ImportError(name)
            return FakeModule
        return real(name, *a)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    window.findChild(type(window.actions()[0]), "actionImport").trigger()
    assert "Импорт и экспорт таблиц появятся позже" in shown.texts()
    window.findChild(type(window.actions()[0]), "actionImport").trigger()
    window.findChild(type(window.actions()[0]), "actionExport").trigger()
    assert calls == ["import", "export"]


def test_an_area_that_fails_is_reported_and_the_window_stays_usable(qtbot, ctx, db_path, shown, russian):  # type: ignore[no-untyped-def]
    def broken(_ctx):  # type: ignore[no-untyped-def]
        raise RuntimeError("поломка")

    table = [areas.AREAS[0], areas.Area("broken", lambda: "Сломано", areas.SP.SP_FileIcon, broken)]
    win = MainWindow(ctx, str(db_path), table)
    qtbot.addWidget(win)
    win.nav.setCurrentRow(1)
    assert "В программе произошла ошибка" in shown.texts()
    assert "RuntimeError: поломка" in shown.texts()
    win.nav.setCurrentRow(0)
    assert win.stack.currentIndex() == 0


def test_size_and_layout_are_remembered(qtbot, ctx, db_path, shown, russian):  # type: ignore[no-untyped-def]
    first = MainWindow(ctx, str(db_path))
    qtbot.addWidget(first)
    first.resize(760, 560)
    first.show()
    first.pages["desk"].split.setSizes([1, 1000])  # the right-hand column as wide as it goes
    chosen = first.pages["desk"].split.sizes()
    assert chosen[1] > chosen[0]  # not the default 3:2
    first.close()
    second = MainWindow(ctx, str(db_path))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    assert second.pages["desk"].split.sizes() == chosen


def test_f1_lists_the_shortcuts(qtbot, window, shown):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert "Ctrl+1 — Приём" in shown.texts()
    assert "Ctrl+N — Новая консультация" in shown.texts()  # the menu item's own text


def test_bug_in_a_slot_is_logged_and_shown_once(qtbot, window, shown, caplog):  # type: ignore[no-untyped-def]
    from cal_desktop.gui import errors as gui_errors

    try:
        raise ValueError("неожиданно")
    except ValueError as exc:
        gui_errors.excepthook(ValueError, exc, exc.__traceback__)
        gui_errors.excepthook(ValueError, exc, exc.__traceback__)
    assert shown.texts().count("ValueError: неожиданно") == 1
    assert "unexpected error" in caplog.text
    assert window.isVisible()
