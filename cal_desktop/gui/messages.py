"""Every message box the program shows goes through here, so tests can replace them.

Tests monkeypatch :data:`backend` (see tests/gui/conftest.py) and read what was asked; nothing ever
blocks a test on ``exec()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from cal_desktop.gui.i18n import tr


class _QtBackend:
    """The real message boxes."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("warningBox")
        if details:
            box.setDetailedText(details)
        box.exec()

    def ask(
        self, parent: QWidget | None, title: str, text: str, buttons: list[str], destructive: bool = False
    ) -> int:
        """Buttons by label; returns the index of the one pressed, -1 when closed with Esc."""
        box, pushed = question_box(parent, title, text, buttons, destructive)
        box.exec()
        clicked = box.clickedButton()
        return pushed.index(clicked) if clicked in pushed else -1


def question_box(
    parent: QWidget | None, title: str, text: str, buttons: list[str], destructive: bool = False
) -> tuple[QMessageBox, list[QPushButton]]:
    """The question box ``ask`` shows. A ``destructive`` question (anonymise, discard typed work)
    starts on Cancel, so that a reflexive Enter never destroys anything."""
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("questionBox")
    pushed = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in buttons]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    box.setDefaultButton(cancel if destructive else pushed[0])
    return box, pushed


@dataclass
class Recorder:
    """A test backend: records every message and answers ``ask`` from a queue (default: -1, cancel)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    destructive: list[bool] = field(default_factory=list)  # per question: did it start on Cancel

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def warning(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.shown.append(("warning", title, text))

    def ask(
        self, parent: QWidget | None, title: str, text: str, buttons: list[str], destructive: bool = False
    ) -> int:
        self.shown.append(("ask", title, text))
        self.destructive.append(destructive)
        return self.answers.pop(0) if self.answers else -1

    def texts(self) -> str:
        return "\n".join(t for _, _, t in self.shown)


backend: _QtBackend | Recorder = _QtBackend()


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    backend.info(parent, title or tr("CAL Desktop"), text)


def warning(parent: QWidget | None, text: str, title: str = "", details: str = "") -> None:
    backend.warning(parent, title or tr("CAL Desktop"), text, details)


def ask(
    parent: QWidget | None, text: str, buttons: list[str], title: str = "", destructive: bool = False
) -> int:
    """The index of the button pressed (-1: Cancel or Esc). ``destructive``: Cancel is the default."""
    return backend.ask(parent, title or tr("CAL Desktop"), text, buttons, destructive)
