"""The PDF preview of the document editor and the stored-document window, and printing of PDF bytes.

Why the scroll bars are fixed (issue 11, item 1): in fit-to-width mode QPdfView derives the zoom from
the viewport's width, and with the default "as needed" policy the vertical scroll bar's presence
changes that width. At some window sizes (1366×749 maximised on a 1366×768 screen, 1340×740) a page
fitted to the wide viewport is just taller than the view, so the bar appears; the narrower viewport
gives a smaller page that fits, so the bar hides; the wider viewport gives a taller page again… The
view relayouts forever, the window stops answering and the unsaved letter is lost. With the vertical
bar always on (and the horizontal one off: a page fitted to the width never needs it) the viewport's
width no longer depends on the zoom, so one resize gives one zoom.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cal_desktop.errors import CalError
from cal_desktop.gui.i18n import tr

try:  # QtPdf ships in its own wheel (PySide6-Pdf); without it the editor still saves, files and prints DOCX
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False


class PdfPreview(QWidget):
    """The pages of a PDF (bytes) in a QPdfView, or a note when QtPdf is not installed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setAccessibleName(tr("Preview of the document pages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buffer: QBuffer | None = None
        self.data = QByteArray()
        if HAVE_QTPDF:
            self.document: QPdfDocument | None = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setObjectName("documentPdfView")
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            # fixed bars before the zoom mode: the width the zoom is fitted to never depends on the zoom
            self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
            # the pages come with a transparent background: the view's backdrop is grey, the page white
            self.view.setStyleSheet("QPdfView { background: #808080; }")
            layout.addWidget(self.view)
        else:
            self.document = None
            note = QLabel(
                tr("Preview needs the QtPdf module (PySide6-Pdf). Printing and saving still work."), self
            )
            note.setWordWrap(True)
            layout.addWidget(note)

    def show_pdf(self, pdf: bytes) -> None:
        if self.document is None:
            return
        self.document.close()
        self.data = QByteArray(pdf)
        buffer = QBuffer(self)
        buffer.setData(self.data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.buffer is not None:
            self.buffer.deleteLater()
        self.buffer = buffer

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0


def render_page_image(document: Any, page: int, size: QSize) -> QImage:
    """One page as an opaque image: QtPdf renders on transparent, so paint it over white."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_pdf(pdf: bytes, printer: Any) -> int:
    """Print the PDF bytes on a QPrinter, page by page at the printer's resolution; the page count."""
    if not HAVE_QTPDF:
        raise CalError(tr("Printing needs the QtPdf module (PySide6-Pdf): save the PDF and print it."))
    doc = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    pages = doc.pageCount()
    if pages <= 0:
        raise CalError(tr("The document could not be prepared for printing."))
    painter = QPainter()
    if not painter.begin(printer):
        raise CalError(tr("The printer could not be started."))
    try:
        dpi = min(printer.resolution(), 300)
        for page in range(pages):
            if page:
                printer.newPage()
            points = doc.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = render_page_image(doc, page, size)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, image)
    finally:
        painter.end()
        doc.close()
    return pages


__all__ = ["HAVE_QTPDF", "PdfPreview", "print_pdf", "render_page_image"]
