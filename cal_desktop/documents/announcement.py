"""An announcement of a meeting or event for a notice board (issue 16): one A4 page in large type that
can be read from a few steps away: ОБЪЯВЛЕНИЕ, whom it invites, when (the weekday too), where, what
about, and who to ask. A long text is shrunk to keep the page one sheet, never split.

Pure rendering: the service gives the texts (``Announcement``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer

from cal_desktop.documents.context import long_date
from cal_desktop.documents.letter import clean_text, typographic
from cal_desktop.documents.render_pdf import FONT, FONT_BOLD, register_fonts

# «во вторник», «в среду»: the weekday in the accusative with its preposition
_WEEKDAYS = ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье")
MARGIN_MM = 15.0
TITLE_SIZE = 54  # the least of these is 18 pt: large type for a notice board
HEAD_SIZE = 34
TEXT_SIZE = 26
SMALL_SIZE = 20


@dataclass(frozen=True)
class Announcement:
    what: str  # «собрание жителей» (nominative: «состоится собрание жителей»)
    held_on: date
    start_time: time | None = None
    place: str = ""
    subject: str = ""  # «Об инициативе „Сквер у школы“» or the event's title
    audience: str = "Уважаемые жители!"
    details: list[str] = field(default_factory=list)  # further lines (the initiative, what to bring)
    contact: str = ""  # «ЦАЛ Центрального района, тел. +7 342 200-00-00»


def when_text(held_on: date, start_time: time | None) -> str:
    """«во вторник, 10 марта 2026 г.,» and, on a line of its own, «в 18:30»."""
    text = f"{_WEEKDAYS[held_on.weekday()]}, {long_date(held_on)}"
    return text + (f",\nв\u00a0{start_time:%H:%M}" if start_time else "")


def _p(text: str, font: str, size: float, after: float = 0, align: int = TA_CENTER) -> Paragraph:
    style = ParagraphStyle(
        f"a{size}{font}", fontName=font, fontSize=size, leading=size * 1.2, alignment=align, spaceAfter=after
    )
    return Paragraph(escape(typographic(clean_text(text))).replace("\n", "<br/>"), style)


def announcement_story(a: Announcement) -> list[object]:
    story: list[object] = [
        _p("ОБЪЯВЛЕНИЕ", FONT_BOLD, TITLE_SIZE, 10 * mm),
        _p(a.audience, FONT_BOLD, HEAD_SIZE, 8 * mm),
        _p(f"{when_text(a.held_on, a.start_time)[:1].upper()}{when_text(a.held_on, a.start_time)[1:]}",
           FONT_BOLD, HEAD_SIZE, 4 * mm),  # fmt: skip
        _p(f"состоится {a.what}", FONT, HEAD_SIZE, 8 * mm),
    ]
    if a.place:
        story.append(_p(f"Место: {a.place}", FONT, TEXT_SIZE, 6 * mm))
    if a.subject:
        story.append(_p(f"Повестка: {a.subject}", FONT, TEXT_SIZE, 6 * mm))
    story += [_p(line, FONT, TEXT_SIZE, 4 * mm) for line in a.details if line]
    story.append(Spacer(1, 6 * mm))
    story.append(_p("Приглашаем всех, кому не безразлично, что происходит рядом с домом!", FONT_BOLD,
                    TEXT_SIZE, 8 * mm))  # fmt: skip
    if a.contact:
        story.append(_p(a.contact, FONT, SMALL_SIZE))
    return story


def write_announcement_pdf(a: Announcement, target: str | Path | IO[bytes]) -> None:
    register_fonts()
    width, height = A4[0] - 2 * MARGIN_MM * mm, A4[1] - 2 * MARGIN_MM * mm
    # one sheet whatever the texts: a long subject shrinks the whole page rather than spill onto a second
    frame = KeepInFrame(width, height - 2 * mm, announcement_story(a), mode="shrink")
    doc = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=A4,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm,
        bottomMargin=MARGIN_MM * mm,
        title="Объявление",
    )
    doc.build([frame])
