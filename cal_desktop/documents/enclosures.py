"""A letter's enclosures made of the files of its case (issue 21.1).

- the enclosure mark in the GOST form (DOMAIN B4): the photos together as one enclosure
  («фото на 2 л. в 1 экз.»), each PDF with its page count («ответ администрации на 3 л. в 1 экз.»),
  an office file by its caption («смета в 1 экз.»: its sheets are counted by whoever prints it);
  several enclosures are numbered by ``Letter.attachment_lines``;
- the pages appended to the letter's PDF, in the same order: each photo on its own A4 page, scaled to
  fit inside the letter's margins and turned upright, with a caption («Приложение 1. Фото 1 из 2: …»);
  then the pages of each PDF as they are. Office files are not turned into pages.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cal_desktop.documents.render_pdf import FONT, register_fonts

CAPTION_SIZE = 12
MARGINS_MM = (20, 20, 10, 20)  # top, left, right, bottom: the letter's (GOST R 7.0.97)
PRINT_PX = 2000  # the longer side of a photo on its page (about 200 dpi on A4)


@dataclass(frozen=True)
class EnclosureFile:
    title: str  # the caption staff gave the file (its name without the extension by default)
    mime_type: str
    content: bytes

    @property
    def is_photo(self) -> bool:
        return self.mime_type.startswith("image/")

    @property
    def is_pdf(self) -> bool:
        return self.mime_type == "application/pdf"


@dataclass(frozen=True)
class Enclosure:
    """One numbered enclosure: its line in the mark and the files it is made of."""

    text: str
    files: tuple[EnclosureFile, ...]


def group(files: list[EnclosureFile]) -> list[Enclosure]:
    """Photos become one enclosure where the first photo stands; every other file its own."""
    photos = tuple(f for f in files if f.is_photo)
    out: list[Enclosure] = []
    for f in files:
        if f.is_photo:
            if f is photos[0]:
                out.append(Enclosure(f"фото на {len(photos)} л. в 1 экз.", photos))
        elif f.is_pdf:
            out.append(Enclosure(f"{f.title} на {pdf_pages(f.content)} л. в 1 экз.", (f,)))
        else:
            out.append(Enclosure(f"{f.title} в 1 экз.", (f,)))
    return out


def pdf_pages(content: bytes) -> int:
    from pypdf import PdfReader

    try:
        return len(PdfReader(io.BytesIO(content)).pages)
    except Exception:  # noqa: BLE001 - any damage: counted as one sheet, still listed
        return 1


def append_pages(letter_pdf: bytes, enclosures: list[Enclosure], first_number: int | None) -> bytes:
    """The letter's PDF followed by the pages of its enclosures. ``first_number``: the number of the
    first of them in the mark (captions then say «Приложение 2»); None when the mark has one item."""
    from pypdf import PdfReader, PdfWriter

    if not any(f.is_photo or f.is_pdf for e in enclosures for f in e.files):
        return letter_pdf
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter_pdf)))
    for n, enclosure in enumerate(enclosures, first_number or 1):
        label = f"Приложение {n}" if first_number is not None else "Приложение"
        photos = [f for f in enclosure.files if f.is_photo]
        if photos:
            writer.append(PdfReader(io.BytesIO(photo_pages(photos, label))))
        for f in enclosure.files:
            if f.is_pdf:
                try:
                    writer.append(PdfReader(io.BytesIO(f.content)))
                except Exception:  # noqa: BLE001 - a damaged or encrypted PDF: a page saying so
                    writer.append(PdfReader(io.BytesIO(_note_page(f"{label}. {f.title}: файл не читается, "
                                                                  "приложите его на бумаге"))))  # fmt: skip
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def photo_pages(photos: list[EnclosureFile], label: str) -> bytes:
    """One A4 page per photo: the picture as large as the margins allow, the caption under it."""
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    top, left, right, bottom = (m * mm for m in MARGINS_MM)
    width, height = A4[0] - left - right, A4[1] - top - bottom
    style = ParagraphStyle("caption", fontName=FONT, fontSize=CAPTION_SIZE, leading=CAPTION_SIZE * 1.2,
                           alignment=TA_CENTER)  # fmt: skip
    for i, photo in enumerate(photos, 1):
        caption = (
            f"{label}. Фото {i} из {len(photos)}: {photo.title}"
            if len(photos) > 1
            else f"{label}. Фото: {photo.title}"
        )
        para = Paragraph(escape(caption), style)
        _w, cap_h = para.wrap(width, height)
        upright = _print_copy(photo.content)
        room_h = height - cap_h - 6 * mm
        scale = min(width / upright.width, room_h / upright.height)
        w, h = upright.width * scale, upright.height * scale
        x = left + (width - w) / 2
        y = bottom + cap_h + 6 * mm + (room_h - h)  # the photo at the top, the caption right below it
        canvas.drawImage(ImageReader(io.BytesIO(upright.jpeg)), x, y, w, h)
        para.drawOn(canvas, left, y - 4 * mm - cap_h)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


@dataclass(frozen=True)
class _Printable:
    width: int
    height: int
    jpeg: bytes


def _print_copy(content: bytes) -> _Printable:
    """The photo upright (EXIF orientation), at most ~200 dpi on A4, as JPEG: a 24-megapixel original
    would make a letter of tens of megabytes that no e-mail reception accepts."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(content)) as img:
        img.draft("RGB", (PRINT_PX, PRINT_PX))
        upright = ImageOps.exif_transpose(img).convert("RGB")
    upright.thumbnail((PRINT_PX, PRINT_PX))
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=85)
    return _Printable(upright.width, upright.height, out.getvalue())


def _note_page(text: str) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    canvas.setFont(FONT, CAPTION_SIZE)
    canvas.drawString(MARGINS_MM[1] * mm, A4[1] - MARGINS_MM[0] * mm - CAPTION_SIZE, text)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
