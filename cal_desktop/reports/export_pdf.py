"""The report as an A4 PDF: requisites, period, summary with comparisons, charts, breakdowns, signature.

Built with reportlab platypus; charts are reportlab.graphics drawings (vector, in the PDF itself);
text in Liberation Serif so that Cyrillic prints (``fonts.register_fonts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cal_desktop.reports import export_authority, export_referrals
from cal_desktop.reports.fonts import register_fonts
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

PALETTE = [
    colors.HexColor(x)
    for x in (
        "#2E6DB4",
        "#E07B39",
        "#4C9A2A",
        "#C0392B",
        "#8E44AD",
        "#16A085",
        "#D4AC0D",
        "#7F8C8D",
        "#34495E",
    )
]
CHARTS = (
    ("consultations.by_channel", "bar"),
    ("consultations.by_topic", "pie"),
    ("consultations.by_outcome", "bar"),
    ("initiatives.by_status", "bar"),
)
WIDTH = A4[0] - 30 * mm  # left 20 mm, right 10 mm (GOST R 7.0.97)


def write_pdf(data: ReportData, target: str | Path | IO[bytes]) -> None:
    regular, bold = register_fonts()
    st = _styles(regular, bold)
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=10 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{data.centre.report_title} за {data.period.label}",
        author="CAL Desktop",
        initialFontName=regular,  # else every page references an unembedded Helvetica
    )
    story: list[Any] = []
    story.append(Paragraph(_esc(data.centre.name), st["centre"]))
    for line in data.centre.requisites:
        story.append(Paragraph(_esc(line), st["small"]))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(_esc(data.centre.report_title), st["title"]))
    story.append(Paragraph(f"за {_esc(data.period.label)} ({data.period.dates_label})", st["subtitle"]))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(_esc(comparison_sentence(data)), st["body"]))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("Основные показатели", st["h2"]))
    story.append(
        _table(data, ["Показатель"], [[r.title] for r in summary_rows(data)], summary_rows(data), st)
    )
    parts = {b.key: b for b in breakdowns(data)}
    story.append(Paragraph("Диаграммы", st["h2"]))
    drawings = [_chart(parts[key], kind, regular, bold) for key, kind in CHARTS]
    grid = Table([drawings[0:2], drawings[2:4]], colWidths=[WIDTH / 2] * 2)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), regular)]))
    story.append(grid)
    for part in parts.values():
        rows = part.rows
        story.append(
            KeepTogether(
                [
                    Paragraph(_esc(part.title), st["h2"]),
                    _table(data, [part.header], [[r.title] for r in rows], rows, st, total=part),
                ]
            )
        )
    story.extend(export_authority.pdf_story(data, st, WIDTH))  # issue 18
    story.extend(export_referrals.pdf_story(data, st, WIDTH))  # issue 21
    story.append(Spacer(1, 12 * mm))
    story.append(_signature(data, st))
    doc.build(story, onLaterPages=_page_number(regular))


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=regular, fontSize=11, leading=14)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=11),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "centre": ParagraphStyle("centre", parent=base, fontName=bold, fontSize=13, leading=16),
        "title": ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=9.5, leading=11.5),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(
    data: ReportData,
    first_header: list[str],
    first_cols: list[list[str]],
    rows: Sequence[Row],
    st: dict[str, ParagraphStyle],
    total: Breakdown | None = None,
) -> Table:
    heads = [
        *first_header,
        data.period.label,
        data.period.previous().label,
        "Изм.",
        data.period.year_before().label,
        "Изм. к году",
    ]
    body: list[list[Any]] = [[Paragraph(_esc(h), st["cellb"]) for h in heads]]
    for first, row in zip(first_cols, rows, strict=True):
        body.append(
            [
                Paragraph(_esc(first[0]), st["cell"]),
                format_number(row.value),
                format_number(row.previous),
                format_change(row.change),
                format_number(row.year_ago),
                format_change(row.change_year),
            ]
        )
    if total is not None:
        prev = sum(int(r.previous or 0) for r in total.rows) if data.previous else None
        year = sum(int(r.year_ago or 0) for r in total.rows) if data.year_ago else None
        body.append(
            [
                Paragraph("Итого", st["cellb"]),
                str(total.total),
                format_number(prev),
                format_change(None if prev is None else total.total - prev),
                format_number(year),
                format_change(None if year is None else total.total - year),
            ]
        )
    num_w = 20 * mm
    table = Table(body, colWidths=[WIDTH - 5 * num_w] + [num_w] * 5, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if total is not None:
        style.append(("FONTNAME", (1, -1), (-1, -1), st["cellb"].fontName))
    table.setStyle(TableStyle(style))
    return table


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip(" ,") + "…"


def _chart(part: Breakdown, kind: str, regular: str, bold: str) -> Drawing:
    w, h = WIDTH / 2 - 4 * mm, 62 * mm
    drawing = Drawing(w, h)
    drawing.initialFontName = regular  # the renderer's default state is an unembedded Helvetica
    drawing.add(String(0, h - 10, _short(part.title, 48), fontName=bold, fontSize=9.5))
    values = [int(r.value or 0) for r in part.rows]
    labels = [_short(r.title) for r in part.rows]
    if not values or sum(values) == 0:
        drawing.add(
            String(w / 2, h / 2, "нет данных за период", fontName=regular, fontSize=9, textAnchor="middle")
        )
        return drawing
    if kind == "pie":
        pie = Pie()
        size = min(95.0, h - 40)
        pie.x, pie.y, pie.width, pie.height = 5, (h - 10 - size) / 2, size, size
        pie.data = values
        pie.labels = [str(v) if v else "" for v in values]
        pie.simpleLabels = 1
        pie.slices.fontName = regular
        pie.slices.fontSize = 8
        pie.slices.strokeColor = colors.white
        for i in range(len(values)):
            pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        drawing.add(pie)
        legend = Legend()
        legend.x, legend.y = size + 22, h - 25
        legend.fontName, legend.fontSize = regular, 7
        legend.dx, legend.dy, legend.deltay = 6, 6, 12
        legend.alignment = "right"
        legend.columnMaximum = 10
        legend.boxAnchor = "nw"
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], f"{_short(label, 24)} ({v})")
            for i, (label, v) in enumerate(zip(labels, values, strict=True))
        ]
        drawing.add(legend)
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 95, 12
    chart.width, chart.height = w - 105, h - 30
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    chart.valueAxis.valueStep = nice_step(max(values))
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def nice_step(biggest: int, ticks: int = 5) -> int:
    """A whole, round axis step (1, 2, 5, 10, 20, 50, ...) giving about ``ticks`` ticks: counts have no halves."""
    raw = max(1.0, biggest / ticks)
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def _signature(data: ReportData, st: dict[str, ParagraphStyle]) -> KeepTogether:
    position = data.centre.head_position or "Координатор"
    name = data.centre.head_name or ""
    rows = [
        [
            Paragraph(_esc(position), st["body"]),
            "_______________________",
            Paragraph(_esc(name) or "&nbsp;", st["body"]),
        ],
        ["", Paragraph("(подпись)", st["small"]), ""],
        [Paragraph("«____» ______________ 20___ г.", st["body"]), "", ""],
    ]
    table = Table(rows, colWidths=[WIDTH * 0.4, WIDTH * 0.3, WIDTH * 0.3])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st["body"].fontName),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("ALIGN", (1, 0), (1, 1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 2), (-1, 2), 8),
            ]
        )
    )
    return KeepTogether([table])


def _page_number(font: str):  # type: ignore[no-untyped-def]
    """Page numbers from page 2, centred in the top margin (GOST R 7.0.97)."""

    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.drawCentredString(20 * mm + WIDTH / 2, A4[1] - 12 * mm, str(doc.page))
        canvas.restoreState()

    return draw


__all__ = ["write_pdf"]
