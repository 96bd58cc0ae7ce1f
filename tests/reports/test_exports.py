"""Every export format shows the same numbers as the JSON package; an empty month exports as zeros."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from march_data import CENTRE, EXPECTED_MARCH
from openpyxl import load_workbook

from cal_desktop.reports import package
from cal_desktop.reports.export_xlsx import HEADER_ROW, SHEET_NAMES, SUMMARY_SHEET
from cal_desktop.reports.model import FIGURE_KEYS, SPLIT_KEYS, format_number, summary_rows
from cal_desktop.reports.period import Period
from cal_desktop.services import reports
from cal_desktop.services.settings import save_settings

MARCH = Period.month(2026, 3)
EMPTY = Period.month(2031, 7)


@pytest.fixture
def centre(ctx):  # type: ignore[no-untyped-def]
    save_settings(ctx, CENTRE)
    return ctx


def _export(ctx, period: Period, fmt: str, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    return reports.export_report(ctx, period, fmt, tmp_path / f"report.{fmt}")


# -------------------------------------------------------------------------------------------- JSON


def test_json_package_holds_every_a3_key_with_the_built_figures(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _export(centre, MARCH, "json", tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == package.FORMAT and data["format_version"] == package.FORMAT_VERSION
    assert data["centre"]["name"] == "ЦАЛ «Северный»"
    assert data["month"] == "2026-03"
    for key in FIGURE_KEYS:
        assert package.get(data, key) == EXPECTED_MARCH[key], key
    assert data["consultations"]["total"] == 5  # the dotted key is the path from the root


def test_json_package_holds_no_personal_data(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = _export(centre, MARCH, "json", tmp_path).read_text(encoding="utf-8")
    for secret in (
        "Первова",
        "Вторая",
        "Анна",
        "+7912",
        "ул. Ленина",
        "разговор",
        "Скамейки",
        "О.В. Смирнова",
    ):
        assert secret not in text


def test_json_package_reads_back(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_export(centre, MARCH, "json", tmp_path).read_text(encoding="utf-8"))
    back = package.from_package(data)
    assert back.period == MARCH
    assert {k: back.figures[k] for k in FIGURE_KEYS} == EXPECTED_MARCH
    # the additive network keys (issue 18) read back too
    assert back.figures["appeals.answer_days"] == {"28": 1, "64": 1}


# -------------------------------------------------------------------------------------------- XLSX


def _sheet_figures(path: Path) -> dict[str, object]:
    """The A3 figures as an XLSX reader sees them: summary values and each breakdown sheet by code."""
    wb = load_workbook(path)
    found: dict[str, object] = {}
    titles = {r.title: r.key for r in summary_rows(_dummy_data())}
    for row in wb[SUMMARY_SHEET].iter_rows(min_row=HEADER_ROW + 1, values_only=True):
        if row[0] in titles:
            found[titles[row[0]]] = row[1]
    for key in SPLIT_KEYS:
        ws = wb[SHEET_NAMES[key]]
        split = {}
        for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
            if row[0] == "Итого":
                break
            split[row[1]] = row[2]
        found["split:" + key] = split
    return found


def _dummy_data():  # type: ignore[no-untyped-def]
    from cal_desktop.reports.model import CentreInfo, Figures, ReportData

    return ReportData(CentreInfo("x"), MARCH, Figures.empty())


def test_xlsx_shows_the_json_numbers_as_numbers(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_export(centre, MARCH, "json", tmp_path).read_text(encoding="utf-8"))
    found = _sheet_figures(_export(centre, MARCH, "xlsx", tmp_path))
    for key in FIGURE_KEYS:
        if key in SPLIT_KEYS:
            assert found["split:" + key] == package.get(data, key), key
        else:
            value = found[key]
            assert value == package.get(data, key), key
            assert isinstance(value, int)  # stored as a number, not text
    assert found["consultations.out_of_scope"] == 2  # the summary also totals the splits


def test_xlsx_layout_title_frozen_bold_headers_charts(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(_export(centre, MARCH, "xlsx", tmp_path))
    summary = wb[SUMMARY_SHEET]
    assert "ЦАЛ «Северный»" in summary["A1"].value and "март 2026" in summary["A1"].value
    assert summary.freeze_panes == f"B{HEADER_ROW + 1}"
    assert summary.cell(row=HEADER_ROW, column=1).font.bold
    assert [summary.cell(row=HEADER_ROW, column=c).value for c in (2, 3, 5)] == [
        "март 2026",
        "февраль 2026",
        "март 2025",
    ]
    assert len(summary._charts) == 4  # native charts, not pictures
    assert summary.column_dimensions["A"].width >= 30
    assert set(wb.sheetnames) == {SUMMARY_SHEET, *SHEET_NAMES.values(), "Органы власти", "Перенаправления"}  # issue 18 adds two, 21 one
    channels = wb[SHEET_NAMES["consultations.by_channel"]]
    assert channels.cell(row=HEADER_ROW + 1, column=1).value == "очно"
    assert channels.freeze_panes is not None


def _libreoffice_calc() -> str | None:
    """soffice when LibreOffice Calc is installed (Writer alone cannot open an .xlsx)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    program = Path(os.path.realpath(soffice)).parent
    return soffice if (program / "libsclo.so").exists() or (program / "sclo.dll").exists() else None


@pytest.mark.skipif(_libreoffice_calc() is None, reason="LibreOffice Calc is not installed")
def test_xlsx_converted_to_csv_by_libreoffice_shows_the_json_numbers(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    xlsx = _export(centre, MARCH, "xlsx", tmp_path)
    data = json.loads(_export(centre, MARCH, "json", tmp_path).read_text(encoding="utf-8"))
    subprocess.run(
        [
            str(_libreoffice_calc()),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",  # no clash with another soffice
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",  # comma, quote, UTF-8; the first sheet: the summary
            "--outdir",
            str(tmp_path),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    rows = list(csv.reader((tmp_path / "report.csv").open(encoding="utf-8")))
    by_title = {r[0]: r[1] for r in rows if len(r) > 1}
    for row in summary_rows(reports.report(centre, MARCH)):
        expected = package.get(data, row.key)
        if isinstance(expected, dict):
            expected = sum(expected.values())
        cell = by_title[row.title]
        assert (cell == "") if expected is None else (float(cell) == expected), row.title


# --------------------------------------------------------------------------------------------- PDF


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return out.stdout


def test_pdf_text_holds_the_figures_requisites_and_signature(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = _pdf_text(_export(centre, MARCH, "pdf", tmp_path))
    assert "ЦАЛ «Северный»" in text
    assert "ИНН 4345000009" in text
    assert "март 2026" in text and "01.03.2026 — 31.03.2026" in text
    assert "февраль 2026" in text  # the comparison with the previous month
    data = reports.report(centre, MARCH)
    for row in summary_rows(data):
        assert re.search(re.escape(row.title) + r"\s+" + re.escape(format_number(row.value)) + r"\b", text), (
            row.title
        )
    assert re.search(r"очно\s+2\s+1\s+\+1", text)  # a breakdown row: March, February, change
    assert re.search(r"Кировский район\s+1", text)
    assert "Координатор" in text and "О.В. Смирнова" in text and "(подпись)" in text
    assert "Первова" not in text


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdf_embeds_every_font(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A report opened on another computer looks the same: no font is left to the viewer (reportlab
    starts every page in an unembedded Helvetica unless told otherwise)."""
    for period in (MARCH, EMPTY):
        path = _export(centre, period, "pdf", tmp_path)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
        rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
        assert rows, out
        assert all(row[-5] == "yes" for row in rows), out  # the «emb» column


def test_pdf_is_a4(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    reader = PdfReader(str(_export(centre, MARCH, "pdf", tmp_path)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


# -------------------------------------------------------------------------------------------- DOCX


def _docx_rows(path: Path) -> list[list[str]]:
    document = docx.Document(str(path))
    return [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]


def test_docx_tables_hold_the_figures(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _export(centre, MARCH, "docx", tmp_path)
    rows = _docx_rows(path)
    data = reports.report(centre, MARCH)
    for row in summary_rows(data):
        assert [row.title, format_number(row.value)] in [r[:2] for r in rows], row.title
    assert ["очно", "2", "1", "+1"] in [r[:4] for r in rows]
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "ЦАЛ «Северный»" in text and "Отчёт о работе ЦАЛ «Северный»" in text and "март 2026" in text
    assert len(docx.Document(str(path)).inline_shapes) == 4  # the charts


def test_docx_says_what_the_pdf_says_with_a_wide_first_column(march, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The comparison sentence of the PDF is in the Word file too, and the tables keep a wide first
    column in LibreOffice, which reads the table grid (not the cells' widths): with equal columns
    every figure's name wrapped over three lines."""
    from docx.shared import Mm

    pdf = " ".join(_pdf_text(_export(centre, MARCH, "pdf", tmp_path)).split())
    document = docx.Document(str(_export(centre, MARCH, "docx", tmp_path)))
    text = "\n".join(p.text for p in document.paragraphs)
    sentence = next(p.text for p in document.paragraphs if p.text.startswith("Консультаций за период:"))
    assert sentence in pdf and "февраль 2026" in sentence
    for table in document.tables[:-1]:  # the last one is the signature
        grid = [col.width for col in table.columns]
        assert grid[0] >= Mm(70) and all(w <= Mm(25) for w in grid[1:]), grid
    assert "Отчёт о работе ЦАЛ «Северный»" in text


# ------------------------------------------------------------------------------------- empty month


@pytest.mark.parametrize("fmt", ["json", "xlsx", "pdf", "docx"])
def test_an_empty_month_exports_zeros_in_every_format(ctx, tmp_path, fmt) -> None:  # type: ignore[no-untyped-def]
    path = _export(ctx, EMPTY, fmt, tmp_path)
    assert path.stat().st_size > 0
    if fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["consultations"]["total"] == 0
        assert data["consultations"]["by_channel"] == {"in_person": 0, "phone": 0, "online": 0, "outreach": 0}
        assert data["appeals"]["median_answer_days"] is None
    elif fmt == "xlsx":
        found = _sheet_figures(path)
        assert found["consultations.total"] == 0
        assert found["split:consultations.by_topic"] == dict.fromkeys(
            ["info_search", "people_search", "drafting", "informing", "other"], 0
        )
        assert found["appeals.median_answer_days"] is None
    elif fmt == "pdf":
        text = _pdf_text(path)
        assert re.search(r"Консультаций всего\s+0\b", text)
        assert "нет данных за период" in text
    else:
        assert ["Консультаций всего", "0"] in [r[:2] for r in _docx_rows(path)]


def test_report_title_names_the_centre_in_the_genitive_in_every_export(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """«Отчёт о работе Центра активных людей», not «Отчёт о работе Центр активных людей»."""
    from dataclasses import replace

    from cal_desktop.services.settings import get_settings

    save_settings(ctx, replace(get_settings(ctx), centre_name="Центр активных людей Заречного района"))
    title = "Отчёт о работе Центра активных людей Заречного района"
    pdf = _export(ctx, EMPTY, "pdf", tmp_path)
    assert title in " ".join(_pdf_text(pdf).split())
    document = docx.Document(str(_export(ctx, EMPTY, "docx", tmp_path)))
    assert title in [p.text for p in document.paragraphs]
    assert document.core_properties.title.startswith(title)
    wb = load_workbook(_export(ctx, EMPTY, "xlsx", tmp_path))
    assert wb[SUMMARY_SHEET]["A1"].value.startswith(title + " за ")
    assert reports.report(ctx, EMPTY).centre.report_title == title
