"""Issue 11 point 9: F1 lists every shortcut, read from the window's actions so it cannot drift."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from cal_desktop.gui.shortcuts import shortcut_lines


def test_f1_lists_every_shortcut_of_the_window(window, shown) -> None:  # type: ignore[no-untyped-def]
    window.findChild(QAction, "actionShortcuts").trigger()
    text = shown.texts()
    for keys in ("Ctrl+L", "Ctrl+I", "Ctrl+E", "Ctrl+Q", "Ctrl+N", "Ctrl+Shift+N", "Ctrl+F", "F5", "F1"):
        assert f"\n{keys} — " in "\n" + text, keys
    assert "Ctrl+1 — Приём" in text
    # each action with a shortcut is listed, with its own menu text
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            name = action.text().replace("&", "").rstrip("…")
            assert f"{keys} — {name}" in text, (keys, name)
    assert "Esc — " in text and "Enter — " in text


def test_a_new_shortcut_appears_without_editing_the_list(window) -> None:  # type: ignore[no-untyped-def]
    action = QAction("Проверить почту", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    window.addAction(action)
    assert "Ctrl+Shift+M — Проверить почту" in shortcut_lines(window)


def test_views_shortcuts_are_listed_once_built(window) -> None:  # type: ignore[no-untyped-def]
    window.show_area("documents")  # the register of appeals: its Ctrl+N is a new appeal
    lines = shortcut_lines(window)
    assert any(line.startswith("Ctrl+N — ") and "обращени" in line.lower() for line in lines), lines
