"""The editor of the centre's copy of a letter template (issue 5, item 7).

The template is a small JSON text whose strings hold ``{{ fields }}`` (see documents/templating.py). The
window shows it with line numbers, because every problem the check finds names its line: «Check» lists
unknown fields and syntax errors, a double-click on a problem puts the cursor on its line, and «Save»
refuses a template with problems (saying which) — nothing broken reaches a printer. The fields reference
on the right inserts ``{{ field }}`` at the cursor.

``TemplateEditorDialog(ctx, template_id, parent=None)``; ``saved`` holds the CustomTemplate after a save.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cal_desktop.errors import CalError, ValidationError
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs.template_check import CheckResults
from cal_desktop.gui.dialogs.template_fields import FieldsReference
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services import templates
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.templates import CustomTemplate


class _LineNumbers(QWidget):
    """The gutter of :class:`SourceEdit`: the number of every visible line."""

    def __init__(self, editor: SourceEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class SourceEdit(QPlainTextEdit):
    """A plain-text editor in a fixed-width font with line numbers on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.gutter = _LineNumbers(self)
        self.blockCountChanged.connect(lambda _n: self._update_margin())
        self.updateRequest.connect(self._scroll_gutter)
        self._update_margin()

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), QColor("#eeeeee"))
        painter.setPen(QColor("#777777"))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, self.gutter.width() - 5, height, Qt.AlignmentFlag.AlignRight,
                                 str(block.blockNumber() + 1))  # fmt: skip
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of a line (1-based) and show it."""
        block = self.document().findBlockByNumber(max(line, 1) - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1


class TemplateEditorDialog(QDialog):
    """Edit the title and the text of the centre's letter template; check; save only when it is sound."""

    def __init__(self, ctx: ServiceContext, template_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditorDialog")
        self.setAccessibleName(tr("Template editor"))
        self.ctx = ctx
        self.template_id = template_id
        self.saved: CustomTemplate | None = None
        current = next(
            (c for c in templates.list_custom_templates(ctx, True) if c.template_id == template_id), None
        )
        if current is None or current.kind != "letter":
            raise CalError(tr("Only the centre's own letter templates can be edited here."))
        self.original = current
        self.setWindowTitle(tr("Template: %1").replace("%1", current.title))
        screen_fit.resize_within(self, 1280, 780)
        self._build(current)

    def _build(self, current: CustomTemplate) -> None:
        self.title_edit = QLineEdit(current.title, self)
        self.title_edit.setObjectName("templateTitleEdit")
        self.title_edit.setAccessibleName(tr("Template title"))
        self.source_edit = SourceEdit(self)
        self.source_edit.setObjectName("templateSourceEdit")
        self.source_edit.setAccessibleName(tr("Template text"))
        self.source_edit.setPlainText(current.source or "")
        self.source_edit.cursorPositionChanged.connect(self._show_position)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("templatePosition")
        self.results = CheckResults(self)
        self.results.setMaximumHeight(150)
        self.results.line_activated.connect(self.source_edit.go_to_line)
        self.results.show_message(tr("Press «Check» to look for unknown fields and syntax errors."))
        self.fields = FieldsReference(self, copy_to_clipboard=False)
        self.fields.field_chosen.connect(self.insert_field)
        self.check_button = self._button(tr("Chec&k"), "templateCheckButton", tr("Check the template"),
                                         self.check)  # fmt: skip
        self.save_button = self._button(tr("&Save"), "templateSaveButton", tr("Save the template"),
                                        self.save)  # fmt: skip
        self.cancel_button = self._button(tr("Cancel"), "templateCancelButton", tr("Close without saving"),
                                          self.reject)  # fmt: skip
        self.save_button.setDefault(True)
        form = QFormLayout()
        form.addRow(tr("&Title:"), self.title_edit)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(
            QLabel(tr("Template text (JSON; the fields go in {{ }}, e.g. {{ author_full }}):"), left)
        )
        column.addWidget(self.source_edit, 1)
        column.addWidget(self.position_label)
        column.addWidget(QLabel(tr("Check:"), left))
        column.addWidget(self.results)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.fields)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 580])
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._show_position()

    def _button(self, text: str, name: str, accessible: str, slot: object) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAccessibleName(accessible)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def _show_position(self) -> None:
        self.position_label.setText(tr("Line %1").replace("%1", str(self.source_edit.current_line())))

    def insert_field(self, text: str) -> None:
        """Put ``{{ field }}`` at the cursor (from the fields reference)."""
        self.source_edit.insertPlainText(text)
        self.source_edit.setFocus()

    def is_modified(self) -> bool:
        return self.title_edit.text() != self.original.title or self.source_edit.toPlainText() != (
            self.original.source or ""
        )

    def check(self) -> list[str]:
        """Run the template check on the text as it is now and list the problems."""
        problems = templates.check_source("letter", self.source_edit.toPlainText())
        self.results.show_problems(problems)
        return problems

    def save(self) -> bool:
        """Save when the check finds nothing; otherwise list the problems and say why it is not saved."""
        problems = self.check()
        if problems:
            messages.warning(
                self,
                tr("The template has errors and is not saved. Fix them and save again:")
                + "\n"
                + "\n".join("• " + p for p in problems[:10]),
                tr("Template not saved"),
            )
            return False
        try:
            self.saved = templates.update_letter_template(
                self.ctx, self.template_id, self.title_edit.text(), self.source_edit.toPlainText()
            )
        except ValidationError as exc:
            self.results.show_problems([str(e) for e in exc.errors])
            messages.warning(self, exc.message, tr("Template not saved"))
            return False
        except CalError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True

    def reject(self) -> None:
        """Closing with unsaved changes asks first (a long edit must not vanish with one Esc)."""
        if self.saved is None and self.is_modified():
            answer = messages.ask(
                self,
                tr("The template has unsaved changes. Close without saving?"),
                [tr("Close without saving")],
                destructive=True,
            )
            if answer != 0:
                return
        super().reject()


__all__ = ["SourceEdit", "TemplateEditorDialog"]
