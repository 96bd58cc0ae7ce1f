"""A ``Letter`` as DOCX (python-docx), the same GOST R 7.0.97 layout as the PDF (see ``letter.py``).

The font is Times New Roman: what Word users have and what the 2016 edition of the standard names.
Liberation Serif (used in the PDF) is metric-compatible with it, so lines break at the same words,
and LibreOffice substitutes one for the other. python-docx writes text nodes through lxml, which
escapes ``&``, ``<`` and quotes, so text from the model always prints literally.

- page numbers: a PAGE field centred in the header, the first page's header empty ("different first
  page"), like the PDF;
- the executor mark: a paragraph in a frame anchored to the bottom-left of the text area, so it lands
  at the bottom of the last page whatever the length of the letter.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from cal_desktop.documents import watermark
from cal_desktop.documents.docx_xml import insert_ordered, set_cell_margins, set_row_height, typeset_line
from cal_desktop.documents.letter import (
    CELL_PADDING_PT,
    EXECUTOR_GAP_MM,
    NBSP,
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

FONT = "Times New Roman"
ADDRESSEE_WIDTH_MM = 85

_ALIGN = {
    "body": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "item": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "plain": WD_ALIGN_PARAGRAPH.LEFT,
    "bold": WD_ALIGN_PARAGRAPH.LEFT,
    "small": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _set_text(paragraph: DocxParagraph, text: str, *, bold: bool = False, size: float | None = None) -> None:
    """Plain text with its line breaks as Word line breaks; typography as in the PDF (non-breaking
    spaces, hyphens inside words that do not break a line, like the PDF's)."""
    for i, line in enumerate(typographic(clean_text(text)).split("\n")):
        run = paragraph.add_run()
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if i:
            run.add_break()
        typeset_line(run, line)


def _format(
    paragraph: DocxParagraph,
    *,
    size: float,
    align=WD_ALIGN_PARAGRAPH.LEFT,  # type: ignore[no-untyped-def]
    first_indent: float = 0,
    left_mm: float = 0,
    space_after_mm: float = 0,
    pitch: float | None = None,
) -> None:
    """Exact line pitch from the letter model, so LibreOffice and Word break pages where the PDF does."""
    pf = paragraph.paragraph_format
    pf.alignment = align
    pf.first_line_indent = Cm(first_indent) if first_indent else None
    pf.left_indent = Mm(left_mm) if left_mm else None
    pf.space_before = Pt(0)
    pf.space_after = Mm(space_after_mm) if space_after_mm else Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(pitch if pitch is not None else line_pitch(size))


class _Writer:
    def __init__(self, doc, letter: Letter) -> None:  # type: ignore[no-untyped-def]
        self.doc = doc
        self.letter = letter
        top, left, right, bottom = letter.margins_mm
        self.text_width_mm = 210 - left - right

    def para(
        self,
        text: str,
        style: str = "body",
        *,
        left_mm: float = 0,
        bold: bool = False,
        size: float | None = None,
    ) -> DocxParagraph:
        p = self.doc.add_paragraph()
        indent = 1.25 if style in ("body", "item") else 0
        size = size or (self.letter.font_size - 4 if style == "small" else self.letter.font_size)
        _format(
            p,
            size=size,
            align=_ALIGN.get(style, WD_ALIGN_PARAGRAPH.JUSTIFY),
            first_indent=indent,
            left_mm=left_mm,
        )
        _set_text(p, text, bold=bold or style == "bold", size=size if size != self.letter.font_size else None)
        return p

    def space(self, height_pt: float) -> DocxParagraph:
        """An empty paragraph exactly ``height_pt`` high: the PDF's Spacer."""
        p = self.doc.add_paragraph()
        _format(p, size=self.letter.font_size, pitch=height_pt)
        return p

    def gap(self) -> DocxParagraph:
        """One empty line of body text."""
        return self.space(line_pitch(self.letter.font_size))

    def small_gap(self, mm: float = SMALL_GAP_MM) -> DocxParagraph:
        return self.space(Mm(mm).pt)

    def blocks(self, blocks: Iterable[Block]) -> None:
        for b in blocks:
            if isinstance(b, Paragraph):
                self.para(b.text, b.style)
            else:
                self.table(b)

    def table(self, table: Table) -> None:
        fractions = table.column_fractions()
        rows = table.normalised_rows()
        n_rows = len(rows) + (1 if table.header else 0)
        if not n_rows:
            return
        if table.title:
            self.para(table.title, "center").paragraph_format.keep_with_next = True
            self.small_gap(TABLE_TITLE_GAP_MM).paragraph_format.keep_with_next = True
        t: DocxTable = self.doc.add_table(rows=n_rows, cols=len(fractions))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        vertical, horizontal = CELL_PADDING_PT
        set_cell_margins(t._tbl, top=vertical, bottom=vertical, left=horizontal, right=horizontal)
        widths = [Mm(f * self.text_width_mm) for f in fractions]
        for col, width in zip(t.columns, widths, strict=True):
            col.width = width  # the grid (what LibreOffice reads); the cells below are what Word reads
        data = []
        if table.header:
            data.append([*table.header[: len(fractions)], *([""] * (len(fractions) - len(table.header)))])
        data.extend(rows)
        min_row = table.min_row_mm()
        for r, values in enumerate(data):
            row = t.rows[r]
            header = bool(table.header) and r == 0
            # a row never splits across pages (the PDF never splits one either); signature rows are tall
            set_row_height(row._tr, 0 if header else min_row, cant_split=True, header=header)
            for c, value in enumerate(values):
                cell = row.cells[c]
                cell.width = widths[c]
                p = cell.paragraphs[0]
                _format(
                    p,
                    size=table.font_size,
                    align=WD_ALIGN_PARAGRAPH.CENTER if header else WD_ALIGN_PARAGRAPH.LEFT,
                )
                _set_text(p, value, bold=header, size=table.font_size)
                if header and table.title:
                    p.paragraph_format.keep_with_next = True  # the title goes with the first row
        self.small_gap()

    def signature(self) -> None:
        sig = self.letter.signature
        left_lines = [x for x in (sig.position if sig else "", self.letter.date_text) if x]
        if not left_lines and not sig:
            return
        t = self.doc.add_table(rows=1, cols=2)
        t.autofit = False
        _no_borders(t)
        half = Mm(self.text_width_mm / 2)
        set_row_height(t.rows[0]._tr, 0, cant_split=True)
        left, right = t.rows[0].cells
        left.width = right.width = half
        size = self.letter.font_size
        _format(left.paragraphs[0], size=size)
        _set_text(left.paragraphs[0], "\n".join(left_lines))
        _format(right.paragraphs[0], size=size, align=WD_ALIGN_PARAGRAPH.RIGHT)
        if sig:
            _set_text(right.paragraphs[0], f"____________ {sig.decoding}".rstrip())
        for cell in (left, right):
            _valign_bottom(cell)

    def executor(self) -> None:
        ex = self.letter.executor
        if not ex or not ex.lines():
            return
        lines = ex.lines()
        size = self.letter.font_size - 4
        # the frame takes no room in the text flow: this empty paragraph holds the room the PDF keeps
        # for the mark, so that both move it to a new page at the same point
        self.space(
            Mm(EXECUTOR_GAP_MM).pt + len(lines) * line_pitch(size)
        ).paragraph_format.keep_with_next = True
        p = self.para("\n".join(lines), "small")
        _bottom_frame(p)


def _no_borders(table: DocxTable) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    insert_ordered(tbl_pr, borders)
    set_cell_margins(table._tbl, top=0, bottom=0, left=0, right=0)


def _valign_bottom(cell) -> None:  # type: ignore[no-untyped-def]
    el = OxmlElement("w:vAlign")
    el.set(qn("w:val"), "bottom")
    insert_ordered(cell._tc.get_or_add_tcPr(), el)


def _bottom_frame(paragraph: DocxParagraph) -> None:
    """Put the paragraph in a frame at the bottom-left of the text area of the page it falls on."""
    frame = OxmlElement("w:framePr")
    frame.set(qn("w:wrap"), "around")
    frame.set(qn("w:vAnchor"), "margin")
    frame.set(qn("w:hAnchor"), "margin")
    frame.set(qn("w:xAlign"), "left")
    frame.set(qn("w:yAlign"), "bottom")
    insert_ordered(paragraph._p.get_or_add_pPr(), frame)


def _page_number_header(section, size: float) -> None:  # type: ignore[no-untyped-def]
    """A centred PAGE field in the header of pages 2+, none on page 1 (different first page)."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    _format(p, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
    run = p.add_run()
    run.font.size = Pt(size)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        run._r.append(el)
    num = p.add_run("2")
    num.font.size = Pt(size)
    end_run = p.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)
    first = section.first_page_header
    first.is_linked_to_previous = False


def _setup_section(section, letter: Letter) -> None:  # type: ignore[no-untyped-def]
    top, left, right, bottom = letter.margins_mm
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(top)
    section.left_margin = Mm(left)
    section.right_margin = Mm(right)
    section.bottom_margin = Mm(bottom)
    section.header_distance = Mm(top / 2 - 3)
    if letter.page_numbers:
        _page_number_header(section, PAGE_NUMBER_SIZE)


def _write_letter(w: _Writer) -> None:
    """The same sequence of blocks and spaces as ``render_pdf.story``."""
    letter = w.letter
    block_left = max(0.0, w.text_width_mm - ADDRESSEE_WIDTH_MM)
    for line in letter.addressee:
        w.para(line, "plain", left_mm=block_left)
    if letter.sender:
        if letter.addressee:
            w.small_gap()
        for line in letter.sender:
            w.para(line, "plain", left_mm=block_left)
    if letter.addressee or letter.sender:
        w.gap()
    if letter.number_date:
        w.para(letter.number_date, "plain")
        w.gap()
    if letter.title:
        w.para(letter.title, "center", bold=True)
        w.small_gap()
    if letter.heading:
        w.para(letter.heading, "center" if letter.title else "plain", bold=not letter.title)
        w.gap()
    if letter.salutation:
        w.para(letter.salutation, "center")
        w.small_gap()
    w.blocks(letter.body)
    for text in letter.request:
        w.para(text, "body")
    attachments = letter.attachment_lines()
    if attachments:
        w.gap()
        for line in attachments:
            w.para(line, "plain")
    # the closing and the signature stay together on one page, as in the PDF
    if letter.closing:
        w.gap().paragraph_format.keep_with_next = True
        w.para(letter.closing, "plain").paragraph_format.keep_with_next = True
    if letter.signature or letter.date_text:
        w.gap().paragraph_format.keep_with_next = True
        w.signature()
    if letter.after_signature:
        w.gap()
        w.blocks(letter.after_signature)
    w.executor()


def render_docx(letters: Letter | Iterable[Letter]) -> bytes:
    """One letter, or several (each in its own section: new page, page numbers restart), as DOCX."""
    items = [letters] if isinstance(letters, Letter) else list(letters)
    if not items:
        raise ValueError("no letters to render")
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(items[0].font_size)
    normal.paragraph_format.widow_control = True  # as the PDF: no lone first or last line on a page
    r_pr = normal.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    doc.core_properties.title = items[0].document_title or items[0].title or "Документ"
    doc.core_properties.author = "CAL Desktop"
    body = doc.element.body
    # python-docx's default template starts with one empty paragraph: drop it
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    for i, letter in enumerate(items):
        if i:
            section = doc.add_section(WD_SECTION.NEW_PAGE)
            _restart_numbering(section)
        else:
            section = doc.sections[0]
        _setup_section(section, letter)
        if letter.watermark:
            watermark.add_to_docx(section, letter.watermark, i)
        _write_letter(_Writer(doc, letter))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _restart_numbering(section) -> None:  # type: ignore[no-untyped-def]
    sect_pr = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    insert_ordered(sect_pr, pg)


def docx_text(data: bytes) -> str:
    """All text of a DOCX (paragraphs, tables), for tests, checks and previews; non-breaking spaces
    read as spaces (what a reader sees, and what a search for «ул. Мира» should find)."""
    doc = Document(io.BytesIO(data))
    out: list[str] = []
    body = doc.element.body
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            out.append(DocxParagraph(el, doc).text)
        elif el.tag == qn("w:tbl"):
            for row in DocxTable(el, doc).rows:
                out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out).replace(NBSP, " ")


__all__ = ["docx_text", "render_docx"]
