"""Low-level WordprocessingML pieces python-docx has no API for, written in schema order.

Word refuses (or "repairs") a file whose property elements are out of the order ECMA-376 gives for
them, where LibreOffice reads anything; so every element added by hand goes through
``insert_ordered``, which places it by the sequence of its parent's type.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

# Child sequences of the property elements (ECMA-376 Part 1, 17.4 and 17.3.1), without revision marks.
SEQUENCES: dict[str, tuple[str, ...]] = {
    "w:tblPr": (
        "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
        "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
        "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    ),
    "w:trPr": (
        "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
        "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
    ),
    "w:tcPr": (
        "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
        "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    ),
    "w:pPr": (
        "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
        "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
        "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
        "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
    ),
    "w:sectPr": (
        "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz",
        "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt",
        "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
        "w:printerSettings",
    ),
    "w:tcMar": ("w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right"),
    "w:tblCellMar": ("w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right"),
}  # fmt: skip


def _name(el: Any) -> str:
    """``w:tag`` of an element (the sequences above are written with the prefix)."""
    return "w:" + el.tag.split("}", 1)[1] if "}" in el.tag else el.tag


def insert_ordered(parent: Any, child: Any) -> Any:
    """Add ``child`` to ``parent`` at its place in the schema sequence, replacing one of the same tag."""
    order = SEQUENCES[_name(parent)]
    tag = _name(child)
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    rank = order.index(tag)
    for i, existing in enumerate(parent):
        name = _name(existing)
        if name in order and order.index(name) > rank:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def set_cell_margins(tbl: Any, *, top: float, bottom: float, left: float, right: float) -> None:
    """Default cell margins of a table, in points."""
    mar = OxmlElement("w:tblCellMar")
    for edge, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(round(value * 20)))
        el.set(qn("w:type"), "dxa")
        insert_ordered(mar, el)
    insert_ordered(tbl.tblPr, mar)


def set_row_height(tr: Any, min_mm: float, *, cant_split: bool = True, header: bool = False) -> None:
    """A row that never splits across pages, at least ``min_mm`` high; a header row repeats."""
    tr_pr = tr.get_or_add_trPr()  # python-docx puts trPr before the cells
    if cant_split:
        insert_ordered(tr_pr, OxmlElement("w:cantSplit"))
    if min_mm:
        height = OxmlElement("w:trHeight")
        height.set(qn("w:val"), str(round(Mm(min_mm).twips)))
        height.set(qn("w:hRule"), "atLeast")
        insert_ordered(tr_pr, height)
    if header:
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        insert_ordered(tr_pr, el)


# A hyphen inside a word («59-ФЗ», «Гусейн-заде»): the PDF never breaks a line there, so neither may
# Word or LibreOffice (which otherwise would, and move words to other lines and pages).
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def typeset_line(run: Any, line: str) -> None:
    """Add one line of text to ``run``, inner hyphens as non-breaking hyphens."""
    pieces = _INNER_HYPHEN.split(line)
    for i, piece in enumerate(pieces):
        if i:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        if piece:
            run.add_text(piece)


__all__ = ["SEQUENCES", "insert_ordered", "set_cell_margins", "set_row_height", "typeset_line"]
