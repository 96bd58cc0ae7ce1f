"""A short question before an initiative is started from a consultation: its title and category."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from cal_desktop.domain.vocab import Category
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.services.initiatives import InitiativeInput


class NewInitiativeDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, category: str) -> None:
        super().__init__(parent)
        self.setObjectName("newInitiativeDialog")
        self.setWindowTitle(tr("New initiative"))
        self.setAccessibleName(tr("New initiative"))
        layout = QFormLayout(self)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("initiativeTitleEdit")
        self.title_edit.setAccessibleName(tr("Initiative title"))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("initiativeCategoryCombo")
        self.category_combo.setAccessibleName(tr("Initiative category"))
        for member in Category:
            self.category_combo.addItem(label(member), member.value)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category)))
        self.error = QLabel(self)
        self.error.setObjectName("initiativeError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("initiativeButtons")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(tr("&Title:"), self.title_edit)
        layout.addRow(tr("&Category:"), self.category_combo)
        layout.addRow(self.error)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(tr("Enter the initiative's title"))
            self.error.show()
            self.title_edit.setFocus()
            return
        self.accept()

    def value(self) -> InitiativeInput:
        return InitiativeInput(
            title=self.title_edit.text().strip(), category=self.category_combo.currentData()
        )


def ask_new_initiative(parent: QWidget | None, title: str, category: str) -> InitiativeInput | None:
    """The title and category, or None when cancelled. Tests replace this function."""
    dialog = NewInitiativeDialog(parent, title, category)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()
