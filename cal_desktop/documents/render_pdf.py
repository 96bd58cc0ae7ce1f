"""A ``Letter`` as PDF (reportlab platypus), GOST R 7.0.97 layout (see ``letter.py``).

The text is set in Liberation Serif, shipped in resources/fonts (SIL OFL) and embedded in the file:
reportlab's built-in Type 1 fonts have no Cyrillic. Every string from the model is escaped before it
goes into a platypus ``Paragraph`` (whose text is a small XML markup language), so ``&``, ``<`` and
quotes print as written.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from cal_desktop.documents import watermark
from cal_desktop.documents.letter import (
    CELL_PADDING_PT,
    EXECUTOR_GAP_MM,
    PAGE_NUMBER_SIZE,
    SMALL_GAP_MM,
    TABLE_TITLE_GAP_MM,
    Block,
    Letter,
    Paragraph,
    Table,
    clean_text,
    line_pitch,
    typographic,
)
from cal_desktop.paths import resource

FONT = "LiberationSerif"
FONT_BOLD = "LiberationSerif-Bold"
FONT_ITALIC = "LiberationSerif-Italic"
FONT_BOLD_ITALIC = "LiberationSerif-BoldItalic"
_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
INDENT = 1.25 * cm  # paragraph indent (GOST)
ADDRESSEE_WIDTH = 85 * mm  # the addressee block sits in the right part of the page
_registered = False
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the TrueType family once per process (reportlab keeps a global registry)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.exists():
                raise FileNotFoundError(f"Не найден шрифт {path}: переустановите программу.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered = True


def text_markup(text: str) -> str:
    """Plain text as platypus markup: escaped, line breaks kept, non-breaking spaces where typography
    needs them (the DOCX prints through the same ``typographic``)."""
    return "<br/>".join(escape(line, {'"': "&quot;"}) for line in typographic(clean_text(text)).split("\n"))


class _Styles:
    def __init__(self, size: float) -> None:
        base = ParagraphStyle(
            "base",
            fontName=FONT,
            fontSize=size,
            leading=line_pitch(size),
            alignment=TA_LEFT,
            allowWidows=0,  # as Word's and LibreOffice's widow/orphan control in the DOCX
            allowOrphans=0,
        )
        self.size = size
        self.body = ParagraphStyle("body", parent=base, alignment=TA_JUSTIFY, firstLineIndent=INDENT)
        self.plain = ParagraphStyle("plain", parent=base)
        self.center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
        self.bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD)
        self.item = ParagraphStyle("item", parent=base, alignment=TA_JUSTIFY, firstLineIndent=INDENT)
        self.small = ParagraphStyle("small", parent=base, fontSize=size - 4, leading=line_pitch(size - 4))
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER)
        self.heading = ParagraphStyle("heading", parent=base, fontName=FONT_BOLD)
        self.block = ParagraphStyle("block", parent=base)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=12, leading=line_pitch(12))
        self.cell_head = ParagraphStyle(
            "cell_head", parent=self.cell, fontName=FONT_BOLD, alignment=TA_CENTER
        )

    def by_name(self, name: str) -> ParagraphStyle:
        return getattr(self, name, self.body)


class _BottomNote(Flowable):
    """The executor mark: takes the rest of the last page's frame and draws itself at its bottom left."""

    def __init__(self, paragraph: RLParagraph) -> None:
        super().__init__()
        self.paragraph = paragraph
        self._h = 0.0
        self._avail = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._h = self.paragraph.wrap(avail_width, avail_height)
        self._avail = max(avail_height, self._h)
        self.width = avail_width
        return avail_width, self._avail

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)


class _LetterStart(Flowable):
    """Zero-size marker: a new letter starts on this page (page numbers restart in a batch)."""

    def __init__(self, page_numbers: bool, watermark: str = "") -> None:
        super().__init__()
        self.page_numbers = page_numbers
        self.watermark = watermark

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._cal_letter = (self.canv.getPageNumber(), self.page_numbers, self.watermark)  # type: ignore[attr-defined]


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    """At the end of each page: a draft's watermark; from the letter's second page, its number centred
    in the top margin."""
    start, enabled, mark = getattr(canvas, "_cal_letter", (1, True, ""))
    if mark:
        watermark.draw_pdf(canvas, mark, FONT_BOLD, *A4)
    number = canvas.getPageNumber() - start + 1
    if number < 2 or not enabled:
        return
    canvas.saveState()
    canvas.setFont(FONT, PAGE_NUMBER_SIZE)
    width, height = A4
    canvas.drawCentredString(
        doc.leftMargin + (width - doc.leftMargin - doc.rightMargin) / 2,
        height - doc.topMargin / 2 - 4,
        str(number),
    )
    canvas.restoreState()


def _paragraphs(lines: Iterable[str], style: ParagraphStyle) -> list[Flowable]:
    return [RLParagraph(text_markup(line), style) for line in lines if line is not None]


def _table(table: Table, st: _Styles, width: float) -> list[Flowable]:
    fractions = table.column_fractions()
    cell = ParagraphStyle("c", parent=st.cell, fontSize=table.font_size, leading=line_pitch(table.font_size))
    head = ParagraphStyle("h", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER)
    data = []
    if table.header:
        n = len(fractions)
        header = [*table.header[:n], *([""] * (n - len(table.header)))]
        data.append([RLParagraph(text_markup(h), head) for h in header])
    for row in table.normalised_rows():
        data.append([RLParagraph(text_markup(c), cell) for c in row])
    if not data:
        return []
    body_min = table.min_row_mm() * mm
    min_heights = [0.0 if table.header and i == 0 else body_min for i in range(len(data))]
    vertical, horizontal = CELL_PADDING_PT
    t = RLTable(
        data,
        colWidths=[f * width for f in fractions],
        repeatRows=1 if table.header else 0,
        minRowHeights=min_heights,
    )
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), horizontal),
                ("RIGHTPADDING", (0, 0), (-1, -1), horizontal),
                ("TOPPADDING", (0, 0), (-1, -1), vertical),
                ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
            ]
        )
    )
    out: list[Flowable] = []
    if table.title:
        title = RLParagraph(text_markup(table.title), st.center)
        widths = [f * width - 2 * horizontal for f in fractions]
        first_rows = sum(
            max(max(p.wrap(w, 10**6)[1] for p, w in zip(row, widths, strict=True)) + 2 * vertical, low)
            for row, low in zip(data[:2], min_heights, strict=False)
        )
        # the title never stays alone at the bottom of a page: it goes with the header and first row
        # (the DOCX: «keep with next» on the title and the header row)
        out.append(CondPageBreak(title.wrap(width, 10**6)[1] + TABLE_TITLE_GAP_MM * mm + first_rows))
        out.extend([title, Spacer(1, TABLE_TITLE_GAP_MM * mm)])
    out.append(t)
    out.append(Spacer(1, SMALL_GAP_MM * mm))
    return out


def _blocks(blocks: Iterable[Block], st: _Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            out.append(RLParagraph(text_markup(b.text), st.by_name(b.style)))
        else:
            out.extend(_table(b, st, width))
    return out


def _signature_row(letter: Letter, st: _Styles, width: float) -> list[Flowable]:
    sig = letter.signature
    left_lines = [x for x in (sig.position if sig else "", letter.date_text) if x]
    if not left_lines and not sig:
        return []
    left = _paragraphs(left_lines, st.plain)
    right = []
    if sig:
        right = [RLParagraph(text_markup(f"____________ {sig.decoding}".rstrip()), st.right)]
    t = RLTable([[left, right]], colWidths=[width * 0.5, width * 0.5])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [t]


def story(letter: Letter, width: float) -> list[Flowable]:
    st = _Styles(letter.font_size)
    gap = Spacer(1, line_pitch(letter.font_size))
    out: list[Flowable] = []
    block_style = ParagraphStyle("addr", parent=st.block, leftIndent=max(0, width - ADDRESSEE_WIDTH))
    if letter.addressee:
        out.extend(_paragraphs(letter.addressee, block_style))
    if letter.sender:
        if letter.addressee:
            out.append(Spacer(1, SMALL_GAP_MM * mm))
        out.extend(_paragraphs(letter.sender, block_style))
    if letter.addressee or letter.sender:
        out.append(gap)
    if letter.number_date:
        out.extend(_paragraphs([letter.number_date], st.plain))
        out.append(gap)
    if letter.title:
        out.extend(_paragraphs([letter.title], st.title))
        out.append(Spacer(1, SMALL_GAP_MM * mm))
    if letter.heading:
        out.extend(_paragraphs([letter.heading], st.center if letter.title else st.heading))
        out.append(gap)
    if letter.salutation:
        out.extend(_paragraphs([letter.salutation], st.center))
        out.append(Spacer(1, SMALL_GAP_MM * mm))
    out.extend(_blocks(letter.body, st, width))
    out.extend(_paragraphs(letter.request, st.body))
    attachments = letter.attachment_lines()
    if attachments:
        out.append(gap)
        out.extend(_paragraphs(attachments, st.plain))
    closing: list[Flowable] = []
    if letter.closing:
        closing.append(gap)
        closing.extend(_paragraphs([letter.closing], st.plain))
    sig = _signature_row(letter, st, width)
    if sig:
        closing.append(gap)
        closing.extend(sig)
    if closing:
        out.append(KeepTogether(closing))  # never leave the signature alone on a page
    if letter.after_signature:
        out.append(gap)
        out.extend(_blocks(letter.after_signature, st, width))
    if letter.executor and letter.executor.lines():
        note = RLParagraph(text_markup("\n".join(letter.executor.lines())), st.small)
        out.append(Spacer(1, EXECUTOR_GAP_MM * mm))
        out.append(_BottomNote(note))
    return out


def render_pdf(letters: Letter | Iterable[Letter]) -> bytes:
    """One letter, or several one after another (each from a new page, numbered on its own), as PDF."""
    register_fonts()
    items = [letters] if isinstance(letters, Letter) else list(letters)
    if not items:
        raise ValueError("no letters to render")
    first = items[0]
    top, left, right, bottom = (v * mm for v in first.margins_mm)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=first.document_title or first.title or "Документ",
        author="CAL Desktop",
        creator="CAL Desktop",
        initialFontName=FONT,  # else every page references an unembedded Helvetica
        initialFontSize=first.font_size,
    )
    frame = Frame(
        left,
        bottom,
        A4[0] - left - right,
        A4[1] - top - bottom,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=_page_number)])
    width = frame._width
    flow: list[Flowable] = []
    for i, letter in enumerate(items):
        if i:
            flow.append(PageBreak())
        flow.append(_LetterStart(letter.page_numbers, letter.watermark))
        flow.extend(story(letter, width))
    doc.build(flow)
    return buf.getvalue()


__all__ = ["register_fonts", "render_pdf", "text_markup"]
