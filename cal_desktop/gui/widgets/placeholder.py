"""A calm page for an area of the program that is not built yet: what will come there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Placeholder(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholder")
        self.setAccessibleName(title)
        heading = QLabel(title, self)
        heading.setObjectName("placeholderTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600; color: #444;")
        body = QLabel(text, self)
        body.setObjectName("placeholderText")
        body.setWordWrap(True)
        body.setStyleSheet("font-size: 11pt; color: #555;")
        body.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
