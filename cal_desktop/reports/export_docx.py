"""The report as an editable Word document: the same content as the PDF (tables, charts, signature)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from cal_desktop.reports import export_authority, export_referrals
from cal_desktop.reports.chart_png import bar_png
from cal_desktop.reports.model import (
    Breakdown,
    ReportData,
    Row,
    breakdowns,
    comparison_sentence,
    format_change,
    format_number,
    summary_rows,
)

FONT = "Liberation Serif"
CHARTS = (
    "consultations.by_channel",
    "consultations.by_topic",
    "consultations.by_outcome",
    "initiatives.by_status",
)


def write_docx(data: ReportData, target: str | Path | IO[bytes]) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(20), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    doc.core_properties.title = f"{data.centre.report_title} за {data.period.label}"
    doc.core_properties.author = "CAL Desktop"

    p = doc.add_paragraph()
    p.add_run(data.centre.name).bold = True
    p.runs[0].font.size = Pt(13)
    for line in data.centre.requisites:
        small = doc.add_paragraph(line)
        small.paragraph_format.space_after = Pt(0)
        small.runs[0].font.size = Pt(9)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(18)
    run = title.add_run(data.centre.report_title)
    run.bold = True
    run.font.size = Pt(15)
    sub = doc.add_paragraph(f"за {data.period.label} ({data.period.dates_label})")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(comparison_sentence(data))

    _heading(doc, "Основные показатели")
    rows = summary_rows(data)
    _table(doc, data, "Показатель", rows)

    parts = {b.key: b for b in breakdowns(data)}
    _heading(doc, "Диаграммы")
    for key in CHARTS:
        part = parts[key]
        png = bar_png(part.title, [r.title for r in part.rows], [int(r.value or 0) for r in part.rows])
        doc.add_picture(io.BytesIO(png), width=Mm(170))

    for part in parts.values():
        _heading(doc, part.title)
        _table(doc, data, part.header, part.rows, total=part)

    export_authority.docx_section(doc, data)  # issue 18
    export_referrals.docx_section(doc, data)  # issue 21
    _signature(doc, data)
    doc.save(target if not isinstance(target, Path) else str(target))


def _heading(doc: Any, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(12)


def _table(doc, data: ReportData, first: str, rows: Sequence[Row], total: Breakdown | None = None) -> None:  # type: ignore[no-untyped-def]
    heads = [
        first,
        data.period.label,
        data.period.previous().label,
        "Изм.",
        data.period.year_before().label,
        "Изм. к году",
    ]
    body = [
        [r.title, format_number(r.value), format_number(r.previous), format_change(r.change),
         format_number(r.year_ago), format_change(r.change_year)]
        for r in rows
    ]  # fmt: skip
    if total is not None:
        prev = sum(int(r.previous or 0) for r in total.rows) if data.previous else None
        year = sum(int(r.year_ago or 0) for r in total.rows) if data.year_ago else None
        body.append(
            ["Итого", str(total.total), format_number(prev),
             format_change(None if prev is None else total.total - prev),
             format_number(year), format_change(None if year is None else total.total - year)]
        )  # fmt: skip
    table = doc.add_table(rows=1 + len(body), cols=len(heads))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(80)] + [Mm(18)] * 5
    for i, text in enumerate(heads):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(9.5)
    for r, values in enumerate(body, start=1):
        for i, text in enumerate(values):
            cell = table.rows[r].cells[i]
            cell.text = ""
            para = cell.paragraphs[0]
            run = para.add_run(text)
            run.font.size = Pt(9.5)
            if total is not None and r == len(body):
                run.bold = True
            if i:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table.autofit = False
    for i, column in enumerate(table.columns):  # the grid: what LibreOffice lays the table out by
        column.width = widths[i]
    for row in table.rows:  # the cells: what Word lays it out by
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]
    _repeat_header(table)


def _repeat_header(table) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _signature(doc, data: ReportData) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph().paragraph_format.space_before = Pt(18)
    table = doc.add_table(rows=2, cols=3)
    cells = table.rows[0].cells
    cells[0].text = data.centre.head_position or "Координатор"
    cells[1].text = "_______________________"
    cells[2].text = data.centre.head_name or ""
    cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    hint = table.rows[1].cells[1]
    hint.text = ""
    run = hint.paragraphs[0].add_run("(подпись)")
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    hint.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("«____» ______________ 20___ г.")
