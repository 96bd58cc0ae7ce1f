"""The report as an Excel workbook: a summary sheet with native charts, then a sheet per breakdown.

Numbers are stored as numbers (so the coordinator can add and chart them), headers are bold and frozen,
columns sized to their text, and every sheet names the centre and the period in its title row.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cal_desktop.domain.hostile import put
from cal_desktop.reports import export_authority, export_referrals
from cal_desktop.reports.model import Breakdown, ReportData, Row, breakdowns, summary_rows

SHEET_NAMES = {
    "consultations.by_channel": "Каналы",
    "consultations.by_topic": "Темы",
    "consultations.by_outcome": "Результаты",
    "consultations.by_staff": "Сотрудники",
    "consultations.out_of_scope": "Вне профиля",
    "consultations.by_territory": "Территории",
    "initiatives.by_status": "Статусы инициатив",
    "documents.by_template": "Документы",
    "initiatives.by_territory": "Инициативы по территориям",  # issue 18
    "events.by_kind": "Мероприятия",
}
SUMMARY_SHEET = "Сводка"
HEADER_ROW = 4  # title, subtitle, blank, header
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
THIN = Side(style="thin", color="999999")
GRID = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)


def write_xlsx(data: ReportData, target: str | Path | IO[bytes]) -> None:
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = SUMMARY_SHEET
    parts = breakdowns(data)
    _summary_sheet(summary, data)
    sheets = {}
    for part in parts:
        ws = wb.create_sheet(SHEET_NAMES[part.key])
        _breakdown_sheet(ws, data, part)
        sheets[part.key] = (ws, part)
    _charts(summary, sheets)
    export_authority.xlsx_sheet(wb, data)  # issue 18
    export_referrals.xlsx_sheet(wb, data)  # issue 21
    wb.properties.title = f"{data.centre.report_title} за {data.period.label}"
    wb.properties.creator = "CAL Desktop"
    wb.save(target)


def title_rows(ws: Worksheet, title: str, subtitle: str) -> None:
    cell(ws, 1, 1, title).font = TITLE
    cell(ws, 2, 1, subtitle)


def cell(ws: Worksheet, row: int, column: int, value: Any) -> Any:
    """A cell with its value; text is always a string cell, never a formula (a centre or territory
    named «=HYPERLINK(...)» must not become a live link in the coordinator's Excel)."""
    return put(ws.cell(row=row, column=column), value)


def header(ws: Worksheet, row: int, names: Sequence[str]) -> None:
    for col, name in enumerate(names, start=1):
        head = cell(ws, row, col, name)
        head.font = BOLD
        head.fill = HEAD_FILL
        head.border = GRID
        head.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = ws.cell(row=row + 1, column=2 if len(names) > 2 else 1)


def fit_columns(ws: Worksheet, first_row: int, min_width: int = 8, max_width: int = 60) -> None:
    """Column widths from the longest text below the title rows (titles may overflow to the right)."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None:
                continue
            text = str(cell.value)
            widths[cell.column] = max(widths.get(cell.column, 0), len(text))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(min_width, min(max_width, width + 2))


def _subtitle(data: ReportData) -> str:
    return f"{data.centre.name}. Период: {data.period.dates_label}"


def _comparison_headers(data: ReportData) -> list[str]:
    return [
        data.period.label,
        data.period.previous().label,
        "Изменение",
        data.period.year_before().label,
        "Изменение к году",
    ]


def _comparison_values(row: Row) -> list[Any]:
    return [row.value, row.previous, row.change, row.year_ago, row.change_year]


def _summary_sheet(ws: Worksheet, data: ReportData) -> None:
    title_rows(ws, f"{data.centre.report_title} за {data.period.label}", _subtitle(data))
    header(ws, HEADER_ROW, ["Показатель", *_comparison_headers(data)])
    r = HEADER_ROW
    for r, row in enumerate(summary_rows(data), start=HEADER_ROW + 1):
        cell(ws, r, 1, row.title).border = GRID
        for col, value in enumerate(_comparison_values(row), start=2):
            figure = cell(ws, r, col, value)
            figure.border = GRID
            if isinstance(value, float):
                figure.number_format = "0.0"
    note = r + 2
    cell(ws, note, 1, "Разбивки по каналам, темам, результатам и др. — на следующих листах.")
    fit_columns(ws, HEADER_ROW)
    ws.column_dimensions["A"].width = 46


def _breakdown_sheet(ws: Worksheet, data: ReportData, part: Breakdown) -> None:
    title_rows(ws, f"{part.title}: {data.period.label}", _subtitle(data))
    header(ws, HEADER_ROW, [part.header, "Код", *_comparison_headers(data)])
    r = HEADER_ROW
    for r, row in enumerate(part.rows, start=HEADER_ROW + 1):
        cell(ws, r, 1, row.title).border = GRID
        cell(ws, r, 2, row.key).border = GRID
        for col, value in enumerate(_comparison_values(row), start=3):
            cell(ws, r, col, value).border = GRID
    total = r + 1
    cell(ws, total, 1, "Итого").font = BOLD
    # plain numbers rather than SUM formulas: a reader without a calculation engine would show nothing
    sums = {3: part.total}
    if data.previous is not None:
        sums[4] = sum(int(row.previous or 0) for row in part.rows)
    if data.year_ago is not None:
        sums[6] = sum(int(row.year_ago or 0) for row in part.rows)
    for col, value in sums.items():
        cell(ws, total, col, value).font = BOLD
    fit_columns(ws, HEADER_ROW)
    ws.column_dimensions["A"].width = min(60, max([24, *(len(row.title) + 2 for row in part.rows)]))


def _charts(summary: Worksheet, sheets: dict[str, tuple[Worksheet, Breakdown]]) -> None:
    """Native Excel charts on the summary sheet, reading the breakdown sheets' numbers."""
    specs = [
        ("consultations.by_channel", "bar", "Консультации по каналам"),
        ("consultations.by_topic", "pie", "Консультации по темам"),
        ("consultations.by_outcome", "bar", "Консультации по результатам"),
        ("initiatives.by_status", "bar", "Инициативы по статусам"),
    ]
    anchors = ["H4", "H21", "H38", "H55"]
    for (key, kind, title), anchor in zip(specs, anchors, strict=True):
        ws, part = sheets[key]
        if not part.rows:
            continue
        first, last = HEADER_ROW + 1, HEADER_ROW + len(part.rows)
        values = Reference(ws, min_col=3, min_row=HEADER_ROW, max_row=last)
        labels = Reference(ws, min_col=1, min_row=first, max_row=last)
        chart: BarChart | PieChart
        if kind == "pie":
            chart = PieChart()
            chart.dataLabels = DataLabelList()
            chart.dataLabels.showVal = True
        else:
            chart = BarChart()
            chart.type = "bar"
            chart.y_axis.title = "Количество"
            chart.legend = None
            chart.y_axis.majorGridlines = None
            chart.x_axis.delete = False  # openpyxl 3.1 hides the axes by default
            chart.y_axis.delete = False
        chart.add_data(values, titles_from_data=True)
        chart.set_categories(labels)
        chart.title = title
        chart.width, chart.height = 18, 8
        summary.add_chart(chart, anchor)
