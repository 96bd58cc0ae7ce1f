"""Typing a whole date into a QDateEdit gives exactly that date.

QDateEdit edits section by section and checks each section against the others as they are *now*:
typing «31.01.2026» over 15.02.2026 reaches «31» while the month is still February, and Qt quietly
keeps another day; in practice whole typed dates came out as 02.01.2026 or 15.01.2026. Every date
field of the program is a QDateEdit, so the fix is made once for all of them: while a QDateEdit has
the keyboard focus, the digits and separators typed into it are collected, and as soon as they make a
whole date (d.m.yyyy with separators, or ddmmyyyy) that date is set as it was typed. Typing into one
section (just the year, say) still works the usual way. A date that does not exist is refused with a
tooltip saying so, and the field goes back to the date it had before the typing.
"""

from __future__ import annotations

import calendar
import re

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QToolTip, QWidget

from cal_desktop.gui.i18n import tr

_SEPARATORS = ".,/- "
_WITH_SEPARATORS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_WATCHED = "calWholeDateTyping"


def whole_date(typed: str) -> tuple[int, int, int] | None:
    """(day, month, year) when ``typed`` is a complete date as people type it, else None."""
    match = _WITH_SEPARATORS.match(typed) or _DIGITS_ONLY.match(typed)
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    return day, month, year


class _Typing(QObject):
    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.typed = ""
        self.before = edit.date()  # the date when the typing began: kept if the typed one is refused

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.typed = ""
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched is self.edit:
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.typed = ""
            return False
        if text.isdigit() and text.isascii():
            if not self.typed:
                self.before = self.edit.date()
            self.typed += text
        elif text and text in _SEPARATORS and self.typed and not self.typed.endswith("."):
            self.typed += "."
        else:
            self.typed = ""  # arrows, Backspace, Tab...: the usual section editing
            return False
        parts = whole_date(self.typed)
        if parts is None:
            return False  # not whole yet: Qt edits the section meanwhile
        self.typed = ""
        self._set(*parts)
        return True  # the last key is used up: Qt must not apply it to a section as well

    def _set(self, day: int, month: int, year: int) -> None:
        text = f"{day:02d}.{month:02d}.{year}"
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
            self._tell(tr("there is no such date: %1").replace("%1", text))
            self.edit.setDate(self.before)  # not whatever the section editing made of it meanwhile
            return
        wanted = QDate(year, month, day)
        if not self.edit.minimumDate() <= wanted <= self.edit.maximumDate():
            self._tell(tr("%1 is outside the dates this field accepts").replace("%1", text))
            self.edit.setDate(self.before)
            return
        self.edit.setDate(wanted)

    def _tell(self, message: str) -> None:
        QApplication.beep()
        message = message[:1].upper() + message[1:]
        QToolTip.showText(self.edit.mapToGlobal(self.edit.rect().bottomLeft()), message, self.edit)


def watch(edit: QDateEdit) -> None:
    """Let ``edit`` take whole typed dates (idempotent)."""
    if edit.property(_WATCHED):
        return
    edit.setProperty(_WATCHED, True)
    typing = _Typing(edit)
    edit.installEventFilter(typing)
    edit.lineEdit().installEventFilter(typing)  # a click into the text starts a new date


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    if isinstance(new, QDateEdit):
        watch(new)


def install(app: QApplication) -> None:
    """Cover every QDateEdit of the program: each is watched from the moment it first gets the focus
    (keys only ever go to the focused widget), so no view has to remember it."""
    if not app.property(_WATCHED):
        app.setProperty(_WATCHED, True)
        app.focusChanged.connect(_focus_changed)
