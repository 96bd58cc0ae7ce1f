"""The reference list of template fields: field, description, example, with a filter box.

Activating a row (double-click or Enter) emits ``field_chosen("{{ name }}")``. Left alone (the templates
screen), the panel copies that text to the clipboard so it can be pasted into Word; the template editor
connects the signal and inserts the text at the cursor instead (``copy_to_clipboard=False``).
The list is small (about a hundred fields, from ``services.documents.fields()``), so it is filtered here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.domain.text import normalize
from cal_desktop.gui.i18n import tr
from cal_desktop.services import documents

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def placeholder(name: str) -> str:
    """What a template holds for a field: ``{{ name }}``."""
    return "{{ " + name + " }}"


class FieldsReference(QWidget):
    """Every field a template may use, with its meaning and an example value."""

    field_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, copy_to_clipboard: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("templateFieldsReference")
        self.setAccessibleName(tr("Template fields reference"))
        self.copy_to_clipboard = copy_to_clipboard
        self.fields = documents.fields()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("fieldsFilter")
        self.filter_edit.setAccessibleName(tr("Filter the fields"))
        self.filter_edit.setPlaceholderText(tr("Filter: name, description or example…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("fieldsReferenceTable")
        self.table.setAccessibleName(tr("Template fields"))
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Description"), tr("Example")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 220)
        header.resizeSection(1, 230)
        self.table.itemActivated.connect(self._activated)
        self.hint = QLabel(self)
        self.hint.setObjectName("fieldsHint")
        self.hint.setWordWrap(True)
        self._default_hint = (
            tr("Double-click a field to copy {{ field }} to the clipboard.")
            if copy_to_clipboard
            else tr("Double-click a field to insert {{ field }} at the cursor.")
        )
        self.hint.setText(self._default_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.fields))
        for row, f in enumerate(self.fields):
            name = QTableWidgetItem(placeholder(f.name))
            name.setData(NAME_ROLE, f.name)
            name.setToolTip(f.group)
            self.table.setItem(row, 0, name)
            label = QTableWidgetItem(f.label)
            label.setToolTip(f"{f.group}: {f.label}")
            self.table.setItem(row, 1, label)
            example = QTableWidgetItem(f.example)
            example.setToolTip(f.example)
            self.table.setItem(row, 2, example)

    def apply_filter(self, text: str) -> None:
        """Show the fields whose name, description, group or example holds the text (any case, ё = е)."""
        needle = normalize(text)
        for row, f in enumerate(self.fields):
            hay = normalize(f"{f.name} {f.label} {f.group} {f.example}")
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def visible_fields(self) -> list[str]:
        return [f.name for row, f in enumerate(self.fields) if not self.table.isRowHidden(row)]

    def choose(self, name: str) -> str:
        """What activating the field's row does (tests call it by name)."""
        text = placeholder(name)
        self.field_chosen.emit(text)
        if self.copy_to_clipboard:
            QGuiApplication.clipboard().setText(text)
            self.hint.setText(tr("Copied to the clipboard: %1").replace("%1", text))
        return text

    def _activated(self, item: QTableWidgetItem) -> None:
        if 0 <= item.row() < len(self.fields):  # rows are never sorted: row i is field i
            self.choose(self.fields[item.row()].name)


__all__ = ["FieldsReference", "placeholder"]
