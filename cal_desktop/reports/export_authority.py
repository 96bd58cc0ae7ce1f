"""«Ответы органов власти» (issue 18) in the XLSX, PDF and DOCX reports: one table, one row per
organisation, the same columns and texts in every format (the exporters call these with one line)."""

from __future__ import annotations

from typing import Any

from cal_desktop.reports.authority import BY_AUTHORITY, COLUMNS, TITLES
from cal_desktop.reports.authority_officials import BY_OFFICIAL
from cal_desktop.reports.model import ReportData, format_number

SECTION_TITLE = "Ответы органов власти на обращения, отправленные за период"
SHEET_NAME = "Органы власти"
NOTE = (
    "Состояние на последний день периода. Просрочено — срок ответа истёк, ответа нет; "
    "медиана и 90-й процентиль — дни от отправки до ответа."
)
# short headings for the printed (portrait A4) table
SHORT = {
    "authority": "Орган",
    "sent": "Отпр.",
    "answered_on_time": "В срок",
    "answered_late": "С опозд.",
    "overdue": "Просроч.",
    "waiting": "Ждут",
    "extended": "Продл.",
    "forwarded": "Переадр.",
    "median_answer_days": "Медиана, дн.",
    "p90_answer_days": "P90, дн.",
    "positive": "Положит.",
    "positive_share": "Положит., %",
}
PRINTED = tuple(k for k in COLUMNS if k != "positive")


def rows_of(data: ReportData) -> list[dict[str, Any]]:
    return list(data.figures.values.get(BY_AUTHORITY) or [])


def text_table(data: ReportData, *, short: bool = True) -> list[list[str]]:
    """Heading and rows as text (numbers formatted the Russian way; a dash for an unknown median)."""
    keys = PRINTED if short else COLUMNS
    heads = [(SHORT if short else TITLES)[k] for k in keys]
    body = [
        [r["authority"] if k == "authority" else format_number(r.get(k)) for k in keys] for r in rows_of(data)
    ]
    return [heads, *body]


def xlsx_sheet(wb: Any, data: ReportData) -> None:
    """A sheet with every column (numbers as numbers, so that Excel sorts and sums them)."""
    from cal_desktop.reports.export_xlsx import cell, fit_columns, header, title_rows  # noqa: PLC0415 (cycle)

    ws = wb.create_sheet(SHEET_NAME)
    title_rows(ws, f"{SECTION_TITLE}: {data.period.label}", NOTE)
    header(ws, 4, [TITLES[k] for k in COLUMNS])
    for r, row in enumerate(rows_of(data), start=5):
        for col, key in enumerate(COLUMNS, start=1):
            cell(ws, r, col, row.get(key))
    fit_columns(ws, 4)
    _officials_sheet(wb, data)


OFFICIALS_SHEET = "Должностные лица"
OFFICIAL_COLUMNS = ("official", *COLUMNS)
OFFICIALS_TITLE = "Ответы должностных лиц на обращения, отправленные за период"


def _officials_sheet(wb: Any, data: ReportData) -> None:
    """The same figures per official: the centre's own working sheet (the network's package and the
    printed report name organisations only)."""
    from cal_desktop.reports.export_xlsx import cell, fit_columns, header, title_rows  # noqa: PLC0415 (cycle)

    rows = list(data.figures.values.get(BY_OFFICIAL) or [])
    if not rows:
        return
    ws = wb.create_sheet(OFFICIALS_SHEET)
    title_rows(ws, f"{OFFICIALS_TITLE}: {data.period.label}", NOTE)
    header(ws, 4, [{"official": "Должностное лицо"}.get(k) or TITLES[k] for k in OFFICIAL_COLUMNS])
    for r, row in enumerate(rows, start=5):
        for col, key in enumerate(OFFICIAL_COLUMNS, start=1):
            cell(ws, r, col, row.get(key))
    fit_columns(ws, 4)


def pdf_story(data: ReportData, st: dict[str, Any], width: float) -> list[Any]:
    """The section for the PDF: a heading, the note and the table (nothing when no appeal was sent)."""
    if not rows_of(data):
        return []
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: PLC0415

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    table = text_table(data)
    body = [
        [Paragraph(esc(t), st["cellb"] if n == 0 else st["cell"]) for t in row] for n, row in enumerate(table)
    ]
    number_w = (width * 0.62) / (len(PRINTED) - 1)
    t = Table(
        body,
        colWidths=[width - number_w * (len(PRINTED) - 1)] + [number_w] * (len(PRINTED) - 1),
        repeatRows=1,
    )
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),  # else Helvetica, unembedded
            ]
        )
    )
    return [Paragraph(esc(SECTION_TITLE), st["h2"]), Paragraph(esc(NOTE), st["small"]), t]


def docx_section(doc: Any, data: ReportData) -> None:
    """The section for the DOCX (nothing when no appeal was sent)."""
    if not rows_of(data):
        return
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415
    from docx.shared import Mm, Pt  # noqa: PLC0415

    head = doc.add_paragraph()
    head.paragraph_format.keep_with_next = True
    run = head.add_run(SECTION_TITLE)
    run.bold = True
    run.font.size = Pt(12)
    doc.add_paragraph(NOTE).runs[0].font.size = Pt(9)
    table_text = text_table(data)
    table = doc.add_table(rows=len(table_text), cols=len(PRINTED))
    table.style = "Table Grid"
    widths = [Mm(70)] + [Mm(11)] * (len(PRINTED) - 1)
    table.autofit = False
    for i, col in enumerate(table.columns):  # the grid (LibreOffice); the cells below (Word)
        col.width = widths[i]
    for r, values in enumerate(table_text):
        for i, text in enumerate(values):
            c = table.rows[r].cells[i]
            c.width = widths[i]
            c.text = ""
            para = c.paragraphs[0]
            piece = para.add_run(text)
            piece.font.size = Pt(8)
            piece.bold = r == 0
            if i and r:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
