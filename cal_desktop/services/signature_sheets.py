"""Signature sheets printed from a campaign (issue 16.3, issue 13.8): the ``signature_sheet`` template,
one page per sheet, each with the campaign's sheet number, the initiative's text, the 16+ note and as
many empty numbered rows (10 mm and more, with the date of birth) as fit on that one page — a sheet
that ran onto a second page would carry signatures without the text they support.

Numbers go on from the campaign's ``sheets_printed`` (the highest printed so far), which a print run
raises, so two runs never give two sheets one number. Nothing personal is printed or stored: the
sheets are blank; only the numbers are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from cal_desktop.db.models import SignatureCampaign, Territory
from cal_desktop.documents.letter import Letter, Table
from cal_desktop.documents.render_docx import render_docx
from cal_desktop.documents.render_pdf import render_pdf
from cal_desktop.domain.clock import today
from cal_desktop.errors import Cancelled, ValidationError
from cal_desktop.services import audit, documents
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext

MAX_SHEETS = 500  # one print run; a campaign may have many
MIN_ROWS, MAX_ROWS = 5, 30
_MARK = "\u2063"  # stands for the sheet number in the built letter; no text holds it by itself
TEMPLATE = "signature_sheet"


@dataclass(frozen=True)
class PrintedSheets:
    content: bytes
    first: int
    last: int
    rows_per_sheet: int
    filename: str


@dataclass(frozen=True)
class CampaignNumbers:
    initiative_id: int
    sheets_printed: int  # the highest number printed so far (0: none)
    next_number: int  # where the next print run starts


def numbers(ctx: ServiceContext, campaign_id: int) -> CampaignNumbers:
    """The next sheet number: after the highest printed or returned one."""
    with ctx.db.read() as s:
        c = get_or_404(s, SignatureCampaign, campaign_id, "Сбор подписей")
        returned = max((sheet.number for sheet in c.sheets), default=0)
        return CampaignNumbers(c.initiative_id, c.sheets_printed, max(c.sheets_printed, returned) + 1)


def _blank(rows: int) -> list[list[str]]:
    return [[str(n), "", "", "", "", ""] for n in range(1, rows + 1)]


_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def _one_page(letter: Letter) -> bool:
    """Whether the letter is one page as PDF (reportlab writes each page object plainly; the DOCX
    breaks where the PDF does, tests/documents/test_render_parity.py)."""
    return len(_PAGE.findall(render_pdf(letter))) == 1


def _with_rows(letter: Letter, rows: int) -> Letter:
    """The sheet with exactly ``rows`` empty numbered rows (the template's own minimum set aside)."""
    body = [replace(b, rows=_blank(rows)) if isinstance(b, Table) and b.is_signature_sheet() else b
            for b in letter.body]  # fmt: skip
    return replace(letter, body=body)


def _fitting(letter: Letter) -> tuple[Letter, int]:
    """The sheet with the most empty rows that still leave it one page (the text of a long initiative
    leaves fewer); never fewer than MIN_ROWS."""
    low, high = MIN_ROWS, MAX_ROWS
    if not _one_page(_with_rows(letter, low)):
        return _with_rows(letter, low), low
    while low < high:  # the largest row count that fits: a few renders, not thirty
        mid = (low + high + 1) // 2
        if _one_page(_with_rows(letter, mid)):
            low = mid
        else:
            high = mid - 1
    return _with_rows(letter, low), low


def print_sheets(
    ctx: ServiceContext,
    campaign_id: int,
    count: int | None,
    fmt: str = "pdf",
    *,
    first: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PrintedSheets:
    """``count`` numbered sheets of the campaign as one PDF or DOCX (one page each), numbered from
    ``first`` (default: the next number); the campaign remembers the highest number printed."""
    if count is None or not 1 <= count <= MAX_SHEETS:
        raise ValidationError.single("count", "Сколько листов", f"целое число от 1 до {MAX_SHEETS}")
    if fmt not in ("pdf", "docx"):
        raise ValidationError.single("format", "Формат", "допустимы PDF и DOCX")
    with ctx.db.read() as s:
        c = get_or_404(s, SignatureCampaign, campaign_id, "Сбор подписей")
        territory = s.get(Territory, c.territory_id) if c.territory_id else None
        initiative_id = c.initiative_id
    start = first if first is not None else numbers(ctx, campaign_id).next_number
    if start < 1:
        raise ValidationError.single("first", "Первый номер", "целое число от 1")
    # whoever collects the sheet writes their name: not the initiative's author
    values = {"sheet_number": _MARK, "author_short": "______________________"}
    if territory is not None:  # the campaign's territory, where it differs from the initiative's
        values["initiative_territory"] = territory.name
    built = documents.build_letter(ctx, TEMPLATE, initiative_id, overrides=values)
    if built.letter is None or not any(isinstance(b, Table) and b.is_signature_sheet() for b in built.letter.body):
        raise ValidationError.single("template", "Шаблон", "в подписном листе нет таблицы для подписей")
    base, rows = _fitting(built.letter)
    letters: list[Letter] = []
    for n in range(start, start + count):
        if cancel is not None and cancel():
            raise Cancelled("Печать подписных листов отменена.")
        letters.append(replace(base, title=base.title.replace(_MARK, str(n))))
        if progress is not None:
            progress(n - start + 1, count)
    content = render_pdf(letters) if fmt == "pdf" else render_docx(letters)
    last = start + count - 1
    with ctx.db.session() as s:  # only the number is written, after the slow part
        c = get_or_404(s, SignatureCampaign, campaign_id, "Сбор подписей")
        c.sheets_printed = max(c.sheets_printed, last)
        audit.record(s, ctx, "export", "signature_sheets", campaign_id, first=start, last=last)
    name = f"Подписные_листы_{start}-{last}_{today():%Y-%m-%d}.{fmt}"
    return PrintedSheets(content, start, last, rows, name)


__all__ = ["MAX_SHEETS", "CampaignNumbers", "PrintedSheets", "numbers", "print_sheets"]
