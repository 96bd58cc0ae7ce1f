"""The widgets of the template editor's form (ui/template_editor.ui promotes its placeholders to these):
the text editor with line numbers, and the fields reference that inserts at the cursor."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from cal_desktop.gui.dialogs.template_fields import FieldsReference


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


class InsertingFieldsReference(FieldsReference):
    """The fields reference of the editor: a double-click inserts ``{{ field }}`` at the cursor (the
    editor connects ``field_chosen``) instead of copying it to the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, copy_to_clipboard=False)
