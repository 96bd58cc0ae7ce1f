"""Every message box the program shows goes through here, so tests can replace them.

Tests monkeypatch :data:`backend` (see tests/gui/conftest.py) and read what was asked; nothing ever
blocks a test on ``exec()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox, QWidget

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
        self, parent: QWidget | None, title: str, text: str, buttons: list[str], safe_default: bool = False
    ) -> int:
        """Buttons by label; returns the index of the one pressed, -1 when closed with Esc.
        ``safe_default``: Enter presses Cancel (the buttons would lose something)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("questionBox")
        pushed = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in buttons]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        box.setDefaultButton(cancel if safe_default else pushed[0])
        box.exec()
        clicked = box.clickedButton()
        return pushed.index(clicked) if clicked in pushed else -1


@dataclass
class Recorder:
    """A test backend: records every message and answers ``ask`` from a queue (default: -1, cancel)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    safe_defaults: list[bool] = field(default_factory=list)  # per question: was Cancel the default?

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def warning(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.shown.append(("warning", title, text))

    def ask(
        self, parent: QWidget | None, title: str, text: str, buttons: list[str], safe_default: bool = False
    ) -> int:
        self.shown.append(("ask", title, text))
        self.safe_defaults.append(safe_default)
        return self.answers.pop(0) if self.answers else -1

    def texts(self) -> str:
        return "\n".join(t for _, _, t in self.shown)


backend: _QtBackend | Recorder = _QtBackend()


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    backend.info(parent, title or tr("CAL Desktop"), text)


def warning(parent: QWidget | None, text: str, title: str = "", details: str = "") -> None:
    backend.warning(parent, title or tr("CAL Desktop"), text, details)


def ask(
    parent: QWidget | None, text: str, buttons: list[str], title: str = "", *, safe_default: bool = False
) -> int:
    """``safe_default``: Cancel is the default button (for buttons that discard work)."""
    if safe_default:
        return backend.ask(parent, title or tr("CAL Desktop"), text, buttons, safe_default=True)
    return backend.ask(parent, title or tr("CAL Desktop"), text, buttons)
