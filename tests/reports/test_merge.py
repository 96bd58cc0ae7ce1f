"""Network consolidation of centres' JSON packages, and reading packages back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from march_data import EXPECTED_MARCH
from openpyxl import load_workbook

from cal_desktop.reports import package
from cal_desktop.reports.merge import MergeRefused, merge, write_json, write_xlsx
from cal_desktop.reports.model import CentreInfo, Figures, ReportData
from cal_desktop.reports.period import Period

MARCH = Period.month(2026, 3)


def _package(name: str, figures: dict, period: Period = MARCH) -> dict:  # type: ignore[type-arg]
    return package.to_package(ReportData(CentreInfo(name, city="Киров"), period, Figures(figures)))


def _write(tmp_path: Path, filename: str, content: object) -> Path:
    path = tmp_path / filename
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def _empty() -> dict:  # type: ignore[type-arg]
    return dict(Figures.empty().values)


def test_two_centres_add_up_per_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = _empty()
    other["consultations.total"] = 10
    other["consultations.by_channel"] = {"in_person": 4, "phone": 6, "online": 0, "outreach": 0}
    other["consultations.by_staff"] = {"Сидорова А.А.": 10}
    other["appeals.median_answer_days"] = 20
    a = _write(tmp_path, "north.json", _package("ЦАЛ «Северный»", EXPECTED_MARCH))
    b = _write(tmp_path, "south.json", _package("ЦАЛ «Южный»", other))
    merged = merge([a, b])
    assert [e.data.centre.name for e in merged.entries] == ["ЦАЛ «Северный»", "ЦАЛ «Южный»"]
    assert merged.total["consultations.total"] == 15
    assert merged.total["consultations.by_channel"] == {
        "in_person": 6,
        "phone": 7,
        "online": 1,
        "outreach": 1,
    }
    assert merged.total["consultations.by_staff"]["Сидорова А.А."] == 10
    assert merged.total["documents.by_template"]["my_form"] == 1
    assert merged.total["appeals.median_answer_days"] is None  # not derivable from medians

    out = tmp_path / "network.xlsx"
    write_xlsx(merged, out)
    wb = load_workbook(out)
    summary = {
        row[0]: row[1:] for row in wb["Сводка по сети"].iter_rows(min_row=5, values_only=True) if row[0]
    }
    assert summary["Консультаций всего"] == (5, 10, 15)
    assert summary["Медианный срок ответа, дней"] == (46, 20, None)
    channels = {row[1]: row[2:] for row in wb["Каналы"].iter_rows(min_row=5, values_only=True)}
    assert channels["phone"] == (1, 6, 7)
    assert channels[None] == (5, 10, 15)  # the «Итого» row

    out_json = tmp_path / "network.json"
    write_json(merged, out_json)
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert doc["total"]["consultations"]["total"] == 15
    assert [c["name"] for c in doc["centres"]] == ["ЦАЛ «Северный»", "ЦАЛ «Южный»"]


def test_the_same_centre_and_month_twice_is_refused_naming_both_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = _write(tmp_path, "first.json", _package("ЦАЛ «Северный»", EXPECTED_MARCH))
    b = _write(tmp_path, "again.json", _package("цал «северный» ", _empty()))
    with pytest.raises(MergeRefused) as err:
        merge([a, b])
    assert "first.json" in str(err.value) and "again.json" in str(err.value)
    assert "март 2026" in str(err.value)


def test_the_same_centre_in_two_months_is_fine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = _write(tmp_path, "mar.json", _package("ЦАЛ «Северный»", EXPECTED_MARCH))
    b = _write(tmp_path, "feb.json", _package("ЦАЛ «Северный»", _empty(), Period.month(2026, 2)))
    merged = merge([a, b])
    assert merged.periods == ["февраль 2026", "март 2026"]
    assert merged.column(merged.entries[0]) == "ЦАЛ «Северный» (февраль 2026)"


def test_an_unknown_format_version_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    newer = _package("ЦАЛ «Северный»", EXPECTED_MARCH)
    newer["format_version"] = 99
    path = _write(tmp_path, "newer.json", newer)
    with pytest.raises(MergeRefused, match="newer.json: версия формата 99 не поддерживается"):
        merge([path])


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda p: p.pop("format"), "не пакет отчёта"),
        (lambda p: p["consultations"].pop("total"), "нет показателя consultations.total"),
        (lambda p: p["consultations"].__setitem__("total", "пять"), "consultations.total"),
        (lambda p: p["consultations"]["by_channel"].__setitem__("phone", -1), "consultations.by_channel"),
        (lambda p: p["centre"].__setitem__("name", " "), "не указано название центра"),
    ],
)
def test_a_damaged_package_is_refused_with_the_reason(tmp_path, mutate, message) -> None:  # type: ignore[no-untyped-def]
    content = _package("ЦАЛ «Северный»", EXPECTED_MARCH)
    mutate(content)
    path = _write(tmp_path, "bad.json", content)
    with pytest.raises(MergeRefused, match=message):
        merge([path])


def test_a_file_that_is_not_json_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.json"
    path.write_text("это не json", encoding="utf-8")
    with pytest.raises(MergeRefused, match="notes.json: это не JSON"):
        merge([path])


@pytest.mark.parametrize("content", [b"PK\x03\x04\x14\x00\x84\x9c binary", "отчёт".encode("cp1251")])
def test_a_binary_or_non_utf8_file_is_refused_not_a_crash(tmp_path, content: bytes) -> None:  # type: ignore[no-untyped-def]
    """An Excel file or a text saved in Windows-1251, chosen by mistake, is named; nothing crashes."""
    path = tmp_path / "report.xlsx"
    path.write_bytes(content)
    with pytest.raises(MergeRefused, match="report.xlsx: это не пакет отчёта в JSON"):
        merge([path])
