"""The F1 list of keyboard shortcuts, read from the window itself.

Every QAction with a shortcut (the menus: Ctrl+N, Ctrl+I, Ctrl+E, Ctrl+L, Ctrl+Q, Ctrl+1…9, F5, F1…),
every QShortcut and every button with a Ctrl/F-key shortcut of the views built so far: a shortcut
added anywhere appears here without anyone remembering to list it. The form conventions (Enter, Esc,
Space), which are key handling rather than shortcuts, follow as fixed lines.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

from cal_desktop.gui.i18n import tr

_COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _plain(text: str) -> str:
    """A menu text as a phrase: without the mnemonic's «&» and the trailing «…»."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def _is_command(sequence: QKeySequence) -> bool:
    """Ctrl/Meta combinations and function keys; a button's Alt+letter is only its mnemonic."""
    if sequence.isEmpty():
        return False
    combo = sequence[0]  # type: ignore[index]  # PySide6's stubs lack QKeySequence.__getitem__ (operator[])
    key = combo.key()
    return bool(combo.keyboardModifiers() & _COMMAND_KEYS) or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35


def shortcut_lines(window: QWidget) -> list[str]:
    """«keys — what they do» for every shortcut the window has now, menu order first."""
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()

    def add(keys: str, what: str) -> None:
        if keys and what and (keys, what) not in seen:
            seen.add((keys, what))
            lines.append(f"{keys} — {what}")

    for action in window.findChildren(QAction):
        add(_keys(action.shortcuts()), _plain(action.text()))
    for shortcut in window.findChildren(QShortcut):
        where = shortcut.parent()
        area = where.accessibleName() if isinstance(where, QWidget) else ""
        what = shortcut.whatsThis() or (tr("in «%1»").replace("%1", area) if area else "")
        add(_keys([shortcut.key()]), _plain(what))
    for button in window.findChildren(QAbstractButton):
        if _is_command(button.shortcut()):
            add(_keys([button.shortcut()]), _plain(button.accessibleName() or button.text()))
    return lines


def help_text(window: QWidget) -> str:
    conventions = [
        tr("Enter — save the form (Ctrl+Enter in a multi-line field)"),
        tr("Esc — clear the form or close the dialog"),
        tr("Space — tick the highlighted topic"),
    ]
    return "\n".join([*shortcut_lines(window), "", *conventions])
