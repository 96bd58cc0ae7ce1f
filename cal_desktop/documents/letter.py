"""One document model for every letter and form (DESIGN.md section 5).

A ``Letter`` holds plain text only (never markup): the renderers escape it for their format, so a name
like «ООО "Рога & Копыта" <бис>» prints literally. Both renderers (``render_pdf``, ``render_docx``)
lay it out the same way, following GOST R 7.0.97 (DOMAIN.md B4):

    addressee block (top right, dative)         e.g. «Главе администрации ... / О.В. Шульге»
    sender block (below it, right)              «от Петровой Анны Сергеевны», address, phone, e-mail
    number and date (left)                      «от 05.05.2026 № ЦАЛ-2026-0001» (letters of the centre)
    TITLE (centred, no full stop)               ОБРАЩЕНИЕ
    heading (left, "about what")                «О благоустройстве двора по ул. Ленина, 5»
    salutation (centred)                        «Уважаемый Олег Викторович!»
    body: paragraphs and tables                 1.25 cm first-line indent, justified
    request paragraphs                          «Прошу ...»
    attachments (left margin)                   «Приложение: ... на 2 л. в 1 экз.»
    closing                                     «С уважением,»
    date / position at left, signature and decoding at right
    executor mark, bottom-left of the last page, smaller type
    page numbers from page 2, centred in the top margin
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))  # not allowed in XML (DOCX, PDF markup)

# ------------------------------------------------------------------------------------------ measures
# Both renderers take every vertical measure from here, so that a letter breaks into the same pages
# as PDF and as DOCX (LibreOffice and Word lay the DOCX out themselves).
LINE_HEIGHT = 1.15  # line pitch / font size: a word processor's "single" spacing for Times/Liberation
SMALL_GAP_MM = 3.0  # after the title, the salutation, a table; between the addressee and sender blocks
TABLE_TITLE_GAP_MM = 2.0
CELL_PADDING_PT = (1.0, 3.0)  # (top and bottom, left and right) inside a table cell
SIGNATURE_ROW_MM = 10.0  # a row people sign by hand (GOST practice: room for a signature)
PAGE_NUMBER_SIZE = 12
EXECUTOR_GAP_MM = 6.0  # the least space between the text and the executor mark at the page's foot
NBSP = "\u00a0"


def line_pitch(font_size: float) -> float:
    """The distance between two baselines, in points, for text of ``font_size`` points."""
    return font_size * LINE_HEIGHT


def clean_text(text: str | None) -> str:
    """Text fit for any output: control characters (pasted from other programs) removed, \r\n -> \n."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


# ---------------------------------------------------------------------------------------- typography
_UP = "А-ЯЁ"
_LOW = "а-яё"
# «2026 г.», «2025–2026 гг.»: the year and «г.» stay on one line
_YEAR = re.compile(r"(\d{4}) +(?=гг?\.)")
# «д. 5», «ул. Мира», «г. Казань» (the town, not a year's «г.»), «кв. 7», «№ 12»
_ABBR = re.compile(
    r"(?<![\w.-])(?<!\d\u00a0)((?:д|ул|г|кв|пер|пр|корп|стр|пл|обл|им|тел)\.|№) +(?=[\w«\"+(])"
)
# «А.С. Петрова», «А. С. Петрова», «Петрова А.С.»: the initials and the surname stay together
# «ул. Мира, 5.», «(25 чел.), 3.»: a short number that ends a phrase stays with the word before it; alone
# at the start of a line, «5.» reads as a new item of a numbered list (issue 13, the project form)
_TRAILING_NUMBER = re.compile(r"(?<=\S) +(?=\d{1,4}[а-я]?[.,;:)](?:\s|$))")
_INITIAL_PAIR = re.compile(rf"(?<![\w.])([{_UP}]\.) +(?=[{_UP}]\.)")
_INITIALS_BEFORE = re.compile(rf"(?<!\w)([{_UP}]\.) +(?=[{_UP}][{_LOW}])")
_INITIALS_AFTER = re.compile(
    rf"(?<![\w.])([{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?) +(?=[{_UP}]\.(?:\s?[{_UP}]\.)?(?!\w))"
)


def typographic(text: str) -> str:
    """Non-breaking spaces where Russian typography needs them (issue 13.8): after «д.», «ул.», «г.»,
    «№», between initials and the surname, before «г.» after a year. Both renderers print through this."""
    if not text:
        return text
    text = _YEAR.sub(lambda m: m.group(1) + NBSP, text)
    text = _ABBR.sub(lambda m: m.group(1) + NBSP, text)
    text = _TRAILING_NUMBER.sub(NBSP, text)
    text = _INITIAL_PAIR.sub(lambda m: m.group(1) + NBSP, text)
    text = _INITIALS_BEFORE.sub(lambda m: m.group(1) + NBSP, text)
    return _INITIALS_AFTER.sub(lambda m: m.group(1) + NBSP, text)


ParagraphStyle = Literal["body", "plain", "center", "bold", "right", "item", "small"]


@dataclass
class Paragraph:
    """A paragraph of plain text. ``body``: justified with a 1.25 cm indent; ``plain``: left, no indent;
    ``item``: a numbered/list item (hanging); ``bold``: a bold sub-heading at the left margin."""

    text: str
    style: ParagraphStyle = "body"
    kind: Literal["paragraph"] = "paragraph"


@dataclass
class Table:
    """A table with a header row; ``widths`` are relative (e.g. [1, 6, 6, 3]) or empty for equal columns."""

    header: list[str]
    rows: list[list[str]]
    widths: list[float] = field(default_factory=list)
    title: str = ""
    font_size: float = 12
    kind: Literal["table"] = "table"
    # the least height of a body row: a list whose one-line rows are set to a height both renderers
    # honour exactly (a word processor adds the grid lines to a row's natural height, reportlab does not,
    # so a long list of natural rows would end a page one row earlier as DOCX)
    row_mm: float = 0.0

    def column_fractions(self) -> list[float]:
        n = max(len(self.header), max((len(r) for r in self.rows), default=0), 1)
        widths = list(self.widths[:n]) + [1.0] * max(0, n - len(self.widths))
        total = sum(w for w in widths if w > 0) or 1.0
        return [max(w, 0.01) / total for w in widths]

    def normalised_rows(self) -> list[list[str]]:
        """Rows padded to the columns; under a «№» header an empty first cell gets the row's number."""
        n = len(self.column_fractions())
        rows = [[*(str(c) for c in row[:n]), *([""] * (n - len(row)))] for row in self.rows]
        if self.header and self.header[0].strip() == "№":
            for i, row in enumerate(rows, 1):
                if not row[0].strip():
                    row[0] = str(i)
        return rows

    def is_signature_sheet(self) -> bool:
        """A table people sign by hand: one with a «Подпись» column."""
        return any(h.strip().lower().startswith("подпись") for h in self.header)

    def min_row_mm(self) -> float:
        """The least height of a body row: room for a handwritten signature, else none."""
        return max(SIGNATURE_ROW_MM if self.is_signature_sheet() else 0.0, self.row_mm)


Block = Paragraph | Table


@dataclass
class Signature:
    """Left: the signer's position (or nothing); right: a line for the signature and the decoding."""

    position: str = ""
    decoding: str = ""  # «А.С. Петрова»


@dataclass
class Executor:
    """The executor mark (отметка об исполнителе): who prepared the letter and their phone."""

    name: str = ""
    phone: str = ""

    def lines(self) -> list[str]:
        return [line for line in (self.name, f"тел. {self.phone}" if self.phone else "") if line]


@dataclass
class Letter:
    title: str = ""  # ОБРАЩЕНИЕ (centred, upper case, no full stop)
    addressee: list[str] = field(default_factory=list)
    sender: list[str] = field(default_factory=list)
    number_date: str = ""
    heading: str = ""
    salutation: str = ""
    body: list[Block] = field(default_factory=list)
    request: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    closing: str = ""
    date_text: str = ""
    signature: Signature | None = None
    executor: Executor | None = None
    after_signature: list[Block] = field(
        default_factory=list
    )  # e.g. the signature table of a collective appeal
    page_numbers: bool = True
    font_size: float = 14
    margins_mm: tuple[float, float, float, float] = (20, 20, 10, 20)  # top, left, right, bottom
    document_title: str = ""  # for the file's metadata and the register
    watermark: str = ""  # «ЧЕРНОВИК» across every page of a draft (documents/watermark.py)

    def attachment_lines(self) -> list[str]:
        """«Приложение: ... на 2 л. в 1 экз.»; several attachments are numbered."""
        items = [a.strip() for a in self.attachments if a and a.strip()]
        if not items:
            return []
        if len(items) == 1:
            return [f"Приложение: {items[0]}"]
        return ["Приложение:", *(f"{i}. {a}" for i, a in enumerate(items, 1))]

    def all_text(self) -> str:
        """Every visible string, in reading order (for tests and searches)."""
        out: list[str] = [*self.addressee, *self.sender, self.number_date, self.title, self.heading]
        out.append(self.salutation)
        for b in [*self.body]:
            out.extend(_block_text(b))
        out.extend(self.request)
        out.extend(self.attachment_lines())
        out.append(self.closing)
        out.append(self.date_text)
        if self.signature:
            out.extend([self.signature.position, self.signature.decoding])
        for b in self.after_signature:
            out.extend(_block_text(b))
        if self.executor:
            out.extend(self.executor.lines())
        return "\n".join(s for s in out if s)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _block_text(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    return [block.title, *block.header, *(c for row in block.rows for c in row)]


def block_from_dict(data: dict[str, Any]) -> Block:
    if data.get("kind") == "table":
        return Table(
            header=[str(h) for h in data.get("header", [])],
            rows=[[str(c) for c in row] for row in data.get("rows", [])],
            widths=[float(w) for w in data.get("widths", [])],
            title=str(data.get("title", "")),
            font_size=float(data.get("font_size", 12)),
            row_mm=float(data.get("row_mm", 0)),
        )
    return Paragraph(text=str(data.get("text", "")), style=data.get("style", "body"))


__all__ = [
    "CELL_PADDING_PT",
    "EXECUTOR_GAP_MM",
    "LINE_HEIGHT",
    "NBSP",
    "PAGE_NUMBER_SIZE",
    "SIGNATURE_ROW_MM",
    "SMALL_GAP_MM",
    "TABLE_TITLE_GAP_MM",
    "line_pitch",
    "typographic",
    "clean_text",
    "Block",
    "Executor",
    "Letter",
    "Paragraph",
    "Signature",
    "Table",
    "block_from_dict",
]
