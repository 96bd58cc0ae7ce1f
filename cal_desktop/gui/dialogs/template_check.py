"""The result of a template check, shown as a list: one problem per row, or a green «no problems».

The problems come from ``services.templates.check_source`` / ``check_template`` in Russian, each naming
where it is («строка 12: …» in a letter template's text, «абзац 3: …» in a .docx form). A row naming a
line carries that line number, so the editor can jump to it when the row is activated.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from cal_desktop.gui.i18n import tr

PROBLEM = QColor("#b00020")
FINE = QColor("#1b6e20")
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
# the services name the line in Russian («строка 12: …», «… строка 3: …»)
_LINE = re.compile(r"строка (\d+)")


def problem_line(problem: str) -> int | None:
    """The line of the template text a problem names (None for a .docx paragraph or a whole-file one)."""
    m = _LINE.search(problem)
    return int(m.group(1)) if m else None


class CheckResults(QListWidget):
    """The last check's problems; ``line_activated(n)`` when a row naming line n is activated."""

    line_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateCheckResults")
        self.setAccessibleName(tr("Template check results"))
        self.setWordWrap(True)
        self.problems: list[str] = []
        self.itemActivated.connect(self._activated)

    def show_problems(self, problems: list[str], heading: str = "") -> None:
        """Show a check's result; ``heading`` says what was checked (a file name, a template)."""
        self.clear()
        self.problems = list(problems)
        if heading:
            head = QListWidgetItem(heading)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(head)
        if not problems:
            item = QListWidgetItem(tr("The check found no problems."))
            item.setForeground(QBrush(FINE))
            self.addItem(item)
            return
        count = QListWidgetItem(tr("Problems found: %1").replace("%1", str(len(problems))))
        count.setForeground(QBrush(PROBLEM))
        count.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addItem(count)
        for text in problems:
            item = QListWidgetItem("• " + text)
            item.setForeground(QBrush(PROBLEM))
            line = problem_line(text)
            if line is not None:
                item.setData(LINE_ROLE, line)
                item.setToolTip(tr("Double-click or press Enter to go to line %1").replace("%1", str(line)))
            self.addItem(item)

    def show_message(self, text: str) -> None:
        """Something other than a check result (no template selected, a form that could not be read)."""
        self.clear()
        self.problems = []
        self.addItem(QListWidgetItem(text))

    def text(self) -> str:
        """Everything the list shows, one row a line (tests and the screen reader read it)."""
        return "\n".join(self.item(i).text() for i in range(self.count()))

    def _activated(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if line is not None:
            self.line_activated.emit(int(line))


__all__ = ["CheckResults", "problem_line"]
