"""«Как писали другие» (issue 18, point 4): other centres' letters beside the document editor's preview.

``attach(editor, preview)`` puts the preview and this panel in two tabs (one line in the editor). The
panel lists the library's letters for the editor's template, the initiative's category and the
addressee's kind of authority (best matches first, searchable); a letter's paragraphs are listed below
it, and «Вставить текст» (or Enter, or a double-click) puts the chosen paragraph into the letter's text
at the cursor. The library is read-only: loaded by ``import practice``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.errors import CalError
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services import practice, practice_library
from cal_desktop.services.practice_library import LetterContext, LibraryLetter

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 300
TEXT_FIELDS = ("substance", "request_text")  # where a paragraph can go, in this order


def attach(editor: Any, preview: QWidget) -> QTabWidget:
    """The editor's right side: its preview and the library panel as tabs (the preview first)."""
    tabs = QTabWidget(editor)
    tabs.setObjectName("previewTabs")
    tabs.addTab(preview, tr("Preview"))
    panel = PracticePanel(editor, tabs)
    tabs.addTab(panel, tr("How others wrote"))
    tabs.currentChanged.connect(lambda i: panel.reload() if tabs.widget(i) is panel else None)
    editor.practice_panel = panel
    editor.preview_tabs = tabs
    return tabs


class PracticePanel(QWidget):
    """Letters of other centres for the letter in ``editor`` (a DocumentEditor)."""

    def __init__(self, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePanel")
        self.editor = editor
        self.letters: list[LibraryLetter] = []
        self._about: LetterContext | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("practiceSearch")
        self.search.setAccessibleName(tr("Search the library of letters"))
        self.search.setPlaceholderText(tr("Search in other centres' letters…"))
        self.search.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("practiceStatus")
        self.status.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("practiceLetters")
        self.list.setAccessibleName(tr("Letters of other centres"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)  # letters apart: each item is two lines
        self.paragraphs = QListWidget(self)
        self.paragraphs.setObjectName("practiceParagraphs")
        self.paragraphs.setAccessibleName(tr("Paragraphs of the chosen letter"))
        self.paragraphs.setWordWrap(True)
        self.paragraphs.setToolTip(tr("Double-click or press Enter to put the paragraph into your letter"))
        self.insert_button = QPushButton(tr("&Insert text"), self)
        self.insert_button.setObjectName("practiceInsert")
        self.insert_button.setToolTip(
            tr("Put the chosen paragraph into the text of the letter at the cursor")
        )
        self.insert_button.setEnabled(False)
        self.load_button = QPushButton(tr("&Load packages…"), self)
        self.load_button.setObjectName("practiceLoad")
        self.load_button.setToolTip(tr("Load other centres' practice packages (.json) into the library"))
        self.load_button.clicked.connect(self.load_dialog)
        self.note = QLabel(self)
        self.note.setObjectName("practiceNote")
        self.note.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.paragraphs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addWidget(self.note, 1)
        row.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self.reload)
        self.list.currentRowChanged.connect(self._show_letter)
        self.paragraphs.currentRowChanged.connect(lambda r: self.insert_button.setEnabled(r >= 0))
        self.paragraphs.itemActivated.connect(lambda _i: self.insert_paragraph())
        self.insert_button.clicked.connect(self.insert_paragraph)
        self.search.installEventFilter(self)  # Esc clears a search; on an empty one it closes the window
        # a new template or addressee changes what fits: reload when the panel is on screen
        editor.template_combo.currentIndexChanged.connect(lambda _i: self._changed())
        editor.official_combo.currentIndexChanged.connect(lambda _i: self._changed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            return True
        return super().eventFilter(watched, event)

    # -------------------------------------------------------------------------------------- reading

    def _changed(self) -> None:
        if self.isVisible():
            self.timer.start()

    def about(self) -> LetterContext:
        built = getattr(self.editor, "built", None)
        appeal_kind = built.template.appeal_kind if built is not None else None
        return practice_library.letter_context(self.editor.ctx, self.editor.template_id or "", appeal_kind,
                                               self.editor.initiative_id, self.editor.official_id)  # fmt: skip

    def reload(self) -> None:
        self.timer.stop()
        try:
            self._about = self.about()
            self.letters = practice_library.letters_for(self.editor.ctx, self._about, self.search.text())
            total = practice_library.library_size(self.editor.ctx)
        except CalError as exc:
            self.status.setText(exc.message)
            return
        self.list.clear()
        for letter in self.letters:
            item = QListWidgetItem(_title(letter), self.list)
            item.setToolTip(letter.text[:1000])
        self.status.setText(self._status_text(total))
        if self.letters:
            self.list.setCurrentRow(0)
        else:
            self._show_letter(-1)

    def _status_text(self, total: int) -> str:
        if total == 0:
            return tr("The library is empty. Load other centres' practice packages (a centre makes "
                      "one with cal-desktop export practice FILE.json).")  # fmt: skip
        if not self.letters:
            if self.search.text().strip():
                return tr("No letter of the library holds these words.")
            return tr("The library has no letters of this kind yet.")
        return tr("Letters of other centres for this template: %1 (the same category and kind of authority first)."
                  ).replace("%1", str(len(self.letters)))  # fmt: skip

    def _show_letter(self, row: int) -> None:
        self.paragraphs.clear()
        if 0 <= row < len(self.letters):
            for text in self.letters[row].paragraphs:
                QListWidgetItem(text, self.paragraphs)
            self.paragraphs.setCurrentRow(0)
        self.insert_button.setEnabled(self.paragraphs.currentRow() >= 0)
        self.note.setText("")

    def load_dialog(self) -> None:
        paths = file_dialogs.open_files(
            self, tr("Practice packages of other centres"), tr("Practice packages (*.json)")
        )
        if paths:
            self.load(paths)

    def load(self, paths: list[str]) -> bool:
        """``import practice`` of the chosen files; what was added is said, the list reloads."""
        try:
            result = practice.import_practice(self.editor.ctx, paths)
        except CalError as exc:
            show_error(self, exc)
            return False
        messages.info(self, "\n".join(result.summary_lines()), tr("Practice library"))
        self.reload()
        return True

    # ------------------------------------------------------------------------------------ inserting

    def insert_paragraph(self) -> bool:
        """Put the chosen paragraph into the letter's text at its cursor; False when nothing was put."""
        item = self.paragraphs.currentItem()
        if item is None:
            return False
        target = self._target()
        if target is None:
            self.note.setText(tr("This template has no free text to put a paragraph into."))
            return False
        cursor = target.textCursor()
        before = target.toPlainText()[: cursor.position()]
        gap = "" if not before or before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")
        cursor.insertText(gap + item.text())
        target.setTextCursor(cursor)
        self.note.setText(tr("Put into the letter. Check the placeholders like [ФИО] and [адрес]."))
        return True

    def _target(self) -> QPlainTextEdit | None:
        edits = getattr(self.editor, "text_edits", {})
        shown = getattr(self.editor, "shown", [])
        for name in TEXT_FIELDS:
            if name in edits and name in shown:
                edit: QPlainTextEdit = edits[name]
                return edit
        return None


def _title(letter: LibraryLetter) -> str:
    marks = " · ".join(x for x in (letter.centre, letter.category, letter.authority_kind) if x)
    first = letter.paragraphs[0] if letter.paragraphs else ""
    return f"{marks}\n{first[:160]}{'…' if len(first) > 160 else ''}"
