"""The passphrase of encrypted backups: set by the administrator (typed twice), asked for a restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services.backup_crypto import PassphraseRequired, WrongPassphrase

T = TypeVar("T")


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, explanation: str, *, confirm: bool) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.first = self._field("passphraseEdit", tr("Passphrase"))
        form.addRow(tr("Passphrase:"), self.first)
        self.second: QLineEdit | None = None
        if confirm:
            self.second = self._field("passphraseRepeatEdit", tr("Repeat the passphrase"))
            form.addRow(tr("Repeat:"), self.second)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _field(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def accept(self) -> None:
        if not self.first.text():
            self.problem.setText(tr("Type the passphrase."))
            return
        if self.second is not None and self.second.text() != self.first.text():
            self.problem.setText(tr("The passphrases differ."))
            self.second.setFocus()
            return
        super().accept()


def _ask(parent: QWidget | None, title: str, explanation: str, confirm: bool) -> str | None:
    dialog = PassphraseDialog(parent, title, explanation, confirm=confirm)
    return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


# replaced by tests: (parent, title, explanation, confirm) -> the passphrase, or None when cancelled
ask_passphrase: Callable[[QWidget | None, str, str, bool], str | None] = _ask


def with_passphrase(parent: QWidget | None, source: Path, attempt: Callable[[str | None], T]) -> T | None:
    """Run ``attempt`` (a restore) without a passphrase, and while the backup turns out encrypted, ask
    for its passphrase and try again (after a wrong one, say so and ask again). None: cancelled.
    Other errors reach the caller."""
    passphrase: str | None = None
    while True:
        try:
            return attempt(passphrase)
        except PassphraseRequired:
            pass
        except WrongPassphrase as exc:
            show_error(parent, exc)
        passphrase = ask_passphrase(
            parent,
            tr("Encrypted backup"),
            tr("The backup {file} is encrypted. Type the backup passphrase.").format(file=source.name),
            False,
        )
        if passphrase is None:
            return None
