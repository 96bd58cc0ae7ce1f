"""The «ЧЕРНОВИК» watermark of a draft (issue 13.4): large light-grey text across every page, in the PDF
(drawn over the page, half transparent) and in the DOCX (a VML text shape in the page headers, which
Word and LibreOffice show behind the text of every page, as Word's own «Подложка» does). The letter's
text and layout stay exactly those of the final letter.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

FONT_SIZE = 110
GREY = 0.55
ALPHA = 0.3

_VML = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    "<w:pict>"
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="CalDraftWatermark{n}" o:spid="_x0000_s{spid}" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:115pt;rotation:315;'
    "z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
    'mso-position-vertical:center;mso-position-vertical-relative:margin" fillcolor="#c0c0c0" stroked="f">'
    '<v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Liberation Serif&quot;;font-size:1pt" string={text}/>'
    "</v:shape></w:pict></w:r>"
)


def draw_pdf(canvas: Any, text: str, font: str, page_width: float, page_height: float) -> None:
    """Across the middle of the page, at 45°, light grey and half transparent over the text."""
    canvas.saveState()
    canvas.setFillGray(GREY)
    canvas.setFillAlpha(ALPHA)
    canvas.setFont(font, FONT_SIZE)
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(45)
    size = FONT_SIZE
    while canvas.stringWidth(text, font, size) > page_height * 0.95 and size > 20:
        size -= 5  # a long mark still fits the diagonal
    canvas.setFont(font, size)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def add_to_docx(section: Any, text: str, number: int) -> None:
    """The mark in the section's headers (the first page has its own header: both get it)."""
    from docx.oxml import parse_xml

    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    for k, header in enumerate(headers):
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        n = number * 2 + k
        run = parse_xml(_VML.format(n=n, spid=2049 + n, text=quoteattr(text)))
        paragraph._p.append(run)


__all__ = ["add_to_docx", "draw_pdf"]
