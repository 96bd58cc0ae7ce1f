"""Inline validation: the service's field errors shown under the fields, in red, in Russian.

A form maps each service field code to its error label (and the widget to focus); ``show`` displays a
``ValidationError`` and focuses the first bad field; ``clear`` hides every message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

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
        label.hide()

    def bind(self, field: str, label: QLabel, widget: QWidget | None = None) -> None:
        self._prepare(label)
        self.slots[field] = _Slot(label, widget)

    def clear(self) -> None:
        for slot in self.slots.values():
            slot.label.clear()
            slot.label.hide()
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
            slot.label.show()
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
        if year < 100:
            year += 2000
        return date(year, month, day)
    except ValueError:
        problems.append(FieldError(field, label, tr("enter the date as dd.mm.yyyy, e.g. 05.03.2026")))
        return None
