"""The attendance sheet of a meeting (issue 16): a heading with what, when and where, then a numbered
table «№, Фамилия, имя, отчество, Адрес, Подпись» whose rows are at least 10 mm high so that people can
sign by hand. The people already recorded as present come first; empty numbered rows follow.

Pure rendering: the service gives the texts and the rows (``AttendanceSheet``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cal_desktop.documents.render_pdf import FONT, FONT_BOLD, register_fonts

ROW_HEIGHT = 11 * mm  # «at least 10 mm per row»: room for a handwritten signature
HEADER = ["№", "Фамилия, имя, отчество", "Адрес", "Подпись"]
WIDTHS = [12 * mm, 70 * mm, 58 * mm, 40 * mm]


@dataclass(frozen=True)
class AttendanceSheet:
    title: str  # «Лист регистрации участников собрания жителей»
    lines: list[str]  # date and time, place, subject, initiative
    people: list[tuple[str, str]] = field(default_factory=list)  # (full name, address) already known
    empty_rows: int = 12


def write_attendance_pdf(sheet: AttendanceSheet, target: str | Path | IO[bytes]) -> None:
    register_fonts()
    title = ParagraphStyle(
        "title", fontName=FONT_BOLD, fontSize=14, leading=18, alignment=1, spaceAfter=4 * mm
    )
    body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=15)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=11, leading=13)
    story: list[object] = [Paragraph(escape(sheet.title), title)]
    story += [Paragraph(escape(line), body) for line in sheet.lines if line]
    story.append(Spacer(1, 5 * mm))
    rows: list[list[object]] = [list(HEADER)]
    for number, (name, address) in enumerate(sheet.people, 1):
        rows.append([str(number), Paragraph(escape(name), cell), Paragraph(escape(address), cell), ""])
    start = len(sheet.people) + 1
    rows += [[str(n), "", "", ""] for n in range(start, start + sheet.empty_rows)]
    table = Table(rows, colWidths=WIDTHS, rowHeights=[8 * mm] + [ROW_HEIGHT] * (len(rows) - 1), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 11),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ]
        )
    )
    story.append(table)
    doc = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=10 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=sheet.title,
    )
    doc.build(story)
