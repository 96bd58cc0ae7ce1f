"""Inline validation: the service's field errors shown under the fields, in red, in Russian.

A form maps each service field code to its error label (and the widget to focus); ``show`` displays a
``ValidationError`` and focuses the first bad field; ``clear`` hides every message. A message goes away
as soon as its field is edited (a stale error next to a corrected field reads as a new one).
Forms that check some fields themselves (dates typed as text) use :func:`raise_together`, so that
the person sees every problem of the form in one round, not one batch after another.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from cal_desktop.errors import FieldError, ValidationError
from cal_desktop.gui.i18n import tr

ERROR_STYLE = "color: #b00020;"


@dataclass
class _Slot:
    label: QLabel
    widget: QWidget | None


class FieldErrors:
    def __init__(self, form_error: QLabel) -> None:
        self.form_error = form_error
        self.slots: dict[str, _Slot] = {}
        self._prepare(form_error)

    @staticmethod
    def _prepare(label: QLabel) -> None:
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.installEventFilter(_FIT_HEIGHT)
        _set_visible(label, False)

    def bind(self, field: str, label: QLabel, widget: QWidget | None = None) -> None:
        self._prepare(label)
        self.slots[field] = _Slot(label, widget)
        if widget is not None:
            _on_edit(widget, lambda *_args: self.hide(field))

    def hide(self, field: str) -> None:
        """Hide one field's message (its field was edited)."""
        slot = self.slots.get(field)
        if slot is not None and not slot.label.isHidden():
            slot.label.clear()
            _set_visible(slot.label, False)

    def clear(self) -> None:
        for slot in self.slots.values():
            slot.label.clear()
            _set_visible(slot.label, False)
        self.form_error.clear()
        self.form_error.hide()

    def show(self, error: ValidationError) -> None:
        """Each problem beside its field; problems of unbound fields in the form's own line."""
        self.clear()
        first: QWidget | None = None
        loose: list[FieldError] = []
        by_field: dict[str, list[str]] = {}
        for problem in error.errors:
            if problem.field in self.slots:
                by_field.setdefault(problem.field, []).append(problem.message)
            else:
                loose.append(problem)
        for field, texts in by_field.items():
            slot = self.slots[field]
            slot.label.setText("; ".join(_capitalise(t) for t in texts))
            _set_visible(slot.label, True)
            _fit(slot.label)
            if first is None and slot.widget is not None:
                first = slot.widget
        if loose:
            self.form_error.setText("\n".join(str(p) for p in loose))
            self.form_error.show()
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        slot = self.slots.get(field)
        return slot.label.text() if slot and not slot.label.isHidden() else ""


class _FitHeight(QObject):
    """Keeps an error line exactly as tall as its wrapped text at its current width.

    A word-wrapped QLabel asks its layout for the height of its text wrapped at a guessed narrow
    width (two lines for a one-line message), and forms inside a scroll area do not use
    height-for-width; the result was a blank band above and below every message.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _fit(watched)
        return False


def _fit(label: QLabel) -> None:
    width = label.width()
    if label.isHidden() or width <= 0 or not label.text():
        label.setMinimumHeight(0)
        label.setMaximumHeight(QWIDGETSIZE_MAX)
        return
    height = label.heightForWidth(width)
    if height > 0 and (label.minimumHeight(), label.maximumHeight()) != (height, height):
        label.setFixedHeight(height)


_FIT_HEIGHT = _FitHeight()
QWIDGETSIZE_MAX = 16_777_215


def _set_visible(label: QLabel, visible: bool) -> None:
    """Show or hide an error line; in a form layout the whole row, so that a hidden message leaves no
    blank gap (a hidden widget alone still keeps the row's spacing and its empty label cell)."""
    parent = label.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        if form.indexOf(label) >= 0:
            form.setRowVisible(label, visible)
            return
    label.setVisible(visible)


def _on_edit(widget: QWidget, callback: Callable[..., None]) -> None:
    """Call ``callback`` whenever the person changes the widget's value."""
    signal = None
    if isinstance(widget, QLineEdit):
        signal = widget.textEdited  # typed, not set by the program while filling the form
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        signal = widget.textChanged
    elif isinstance(widget, QComboBox):
        signal = widget.currentIndexChanged
    elif isinstance(widget, QDateTimeEdit):
        signal = widget.dateTimeChanged
    elif isinstance(widget, QSpinBox):
        signal = widget.valueChanged
    elif isinstance(widget, QListWidget):
        signal = widget.itemChanged
    elif isinstance(widget, QAbstractButton):
        signal = widget.toggled
    if signal is not None:
        signal.connect(callback)


def raise_together(problems: list[FieldError], check: Callable[[], object]) -> None:
    """Raise the form's own ``problems`` together with the service's (``check`` validates the rest of
    the input without saving); a field keeps the form's message when both find fault with it."""
    try:
        check()
    except ValidationError as exc:
        mine = {p.field for p in problems}
        problems = problems + [p for p in exc.errors if p.field not in mine]
    if problems:
        raise ValidationError(problems)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def parse_date(value: str, field: str, label: str, problems: list[FieldError]) -> date | None:
    """A typed dd.mm.yyyy date (also d.m.yy), ``None`` when empty; a bad one is added to ``problems``."""
    cleaned = value.strip()
    if not cleaned:
        return None
    parts = cleaned.replace("/", ".").replace("-", ".").split(".")
    try:
        day, month, year = (int(p) for p in parts)
    except ValueError:
        problems.append(FieldError(field, label, tr("enter the date as dd.mm.yyyy, e.g. 05.03.2026")))
        return None
    if year < 100:
        year += 2000
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        problems.append(FieldError(field, label, tr("there is no such date: %1").replace("%1", cleaned)))
        return None
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        # «31.02.1954» is a typo, not a format problem: say which date does not exist and why
        problems.append(
            FieldError(
                field,
                label,
                tr("there is no such date: %1 (the last day of that month is %2)")
                .replace("%1", cleaned)
                .replace("%2", f"{last:02d}.{month:02d}.{year}"),
            )
        )
        return None
    return date(year, month, day)
