"""«Перенаправления» (issue 21) in the XLSX, PDF and DOCX reports and in the network's merged XLSX: one
table, one row per organisation (how many were sent there, how many it helped), the same texts in every
format; the exporters call these with one line each."""

from __future__ import annotations

from typing import Any

from cal_desktop.reports.model import ReportData, format_number
from cal_desktop.reports.referrals import BY_ORGANISATION, HELPED

SECTION_TITLE = "Перенаправления в другие организации"
SHEET_NAME = "Перенаправления"
NOTE = (
    "Консультации периода с результатом «перенаправлен в другую организацию»; «помогло» — по ответу "
    "на вопрос «помогло ли?», известному на день отчёта."
)
HEADINGS = ("Организация", "Перенаправлено", "Помогло")
KEYS = ("organisation", "count", "helped")


def rows_of(values: Any) -> list[dict[str, Any]]:
    return list(values.get(BY_ORGANISATION) or [])


def text_table(data: ReportData) -> list[list[str]]:
    rows = rows_of(data.figures.values)
    body = [[str(r["organisation"]), format_number(r["count"]), format_number(r["helped"])] for r in rows]
    total = ["Итого", format_number(sum(r["count"] for r in rows)), format_number(data.figures.values.get(HELPED, 0))]
    return [list(HEADINGS), *body, total]


def xlsx_sheet(wb: Any, data: ReportData) -> None:
    """A sheet with the table (numbers as numbers); none for a report without referrals."""
    if not rows_of(data.figures.values):
        return
    fill_sheet(wb.create_sheet(SHEET_NAME), f"{SECTION_TITLE}: {data.period.label}", NOTE, rows_of(data.figures.values))


def fill_sheet(ws: Any, title: str, note: str, rows: list[dict[str, Any]]) -> None:
    from cal_desktop.reports.export_xlsx import BOLD, cell, fit_columns, header, title_rows  # noqa: PLC0415 (cycle)

    title_rows(ws, title, note)
    header(ws, 4, list(HEADINGS))
    r = 5
    for r, row in enumerate(rows, start=5):
        for col, key in enumerate(KEYS, start=1):
            cell(ws, r, col, row.get(key))
    last = r + 1 if rows else 5
    cell(ws, last, 1, "Итого").font = BOLD
    cell(ws, last, 2, sum(int(x["count"]) for x in rows)).font = BOLD
    cell(ws, last, 3, sum(int(x["helped"]) for x in rows)).font = BOLD
    fit_columns(ws, 4)


def merged_sheet(wb: Any, total_values: Any, subtitle: str) -> None:
    """The network's referrals: the centres' rows combined by organisation name."""
    if BY_ORGANISATION in total_values:
        fill_sheet(wb.create_sheet(SHEET_NAME), f"{SECTION_TITLE} по сети", subtitle, rows_of(total_values))


def pdf_story(data: ReportData, st: dict[str, Any], width: float) -> list[Any]:
    if not rows_of(data.figures.values):
        return []
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle  # noqa: PLC0415

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    from reportlab.lib.enums import TA_RIGHT  # noqa: PLC0415
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415

    table = text_table(data)
    last = len(table) - 1

    def style(n: int, col: int) -> Any:
        base = st["cellb"] if n in (0, last) else st["cell"]
        return ParagraphStyle(f"{base.name}-r", parent=base, alignment=TA_RIGHT) if col and n else base

    body = [[Paragraph(esc(t), style(n, col)) for col, t in enumerate(row)] for n, row in enumerate(table)]
    number_w = width * 0.18
    t = Table(body, colWidths=[width - 2 * number_w, number_w, number_w], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),  # else Helvetica, unembedded
            ]
        )
    )
    return [KeepTogether([Paragraph(esc(SECTION_TITLE), st["h2"]), Paragraph(esc(NOTE), st["small"]), t])]


def docx_section(doc: Any, data: ReportData) -> None:
    if not rows_of(data.figures.values):
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
    table = doc.add_table(rows=len(table_text), cols=len(HEADINGS))
    table.style = "Table Grid"
    widths = [Mm(120), Mm(25), Mm(25)]
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = widths[i]
    last = len(table_text) - 1
    for r, values in enumerate(table_text):
        for i, text in enumerate(values):
            c = table.rows[r].cells[i]
            c.width = widths[i]
            c.text = ""
            para = c.paragraphs[0]
            piece = para.add_run(text)
            piece.font.size = Pt(10)
            piece.bold = r in (0, last)
            if i and r:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
