"""Reading spreadsheets as centres save them (tabular.py) and splitting lists of labels."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cal_desktop.domain.vocab import Category, Topic
from cal_desktop.errors import CalError, ImportRejected
from cal_desktop.services.imports.base import parse_codes
from cal_desktop.services.tabular import (
    Column,
    cell_date,
    cell_datetime,
    cell_text,
    detect_delimiter,
    read_table,
    write_table,
)

SPEC = (Column("last_name", "Фамилия", required=True), Column("birth_date", "Дата рождения"))


def test_windows_1251_csv_from_old_excel_is_still_read(tmp_path: Path):
    path = tmp_path / "old.csv"
    path.write_bytes("Фамилия;Дата рождения\r\nЁлкина;01.02.1980\r\n".encode("cp1251"))
    table = read_table(path, SPEC)
    assert table.rows == [(2, {"last_name": "Ёлкина", "birth_date": "01.02.1980"})]


def test_header_after_blank_lines_rows_keep_spreadsheet_numbers(tmp_path: Path):
    path = tmp_path / "v.csv"
    path.write_text("\n;\nФамилия;Дата рождения\nИванов;\n;\nПетров;01.01.1990\n", encoding="utf-8")
    table = read_table(path, SPEC)
    assert table.header_row == 3
    assert [n for n, _ in table.rows] == [4, 6]


def test_a_column_named_twice_is_refused(tmp_path: Path):
    path = tmp_path / "v.csv"
    path.write_text("Фамилия;last_name\nИванов;Петров\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        read_table(path, SPEC)
    assert err.value.problems == [(1, "last_name", "столбец «Фамилия» указан дважды")]


def test_empty_file_is_refused_in_words(tmp_path: Path):
    path = tmp_path / "v.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(CalError, match="Файл пуст"):
        read_table(path, SPEC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Фамилия;Имя;Телефон", ";"), ("Фамилия,Имя,Телефон", ","), ("Фамилия\tИмя", "\t"), ("Фамилия", ";")],
)
def test_delimiter_detected_from_the_header(line, expected):
    assert detect_delimiter(line) == expected


def test_cells_as_excel_gives_them():
    assert cell_text(89123456789.0) == "89123456789"  # a phone stored as a number
    assert cell_text(9123456789) == "9123456789"
    assert cell_text("  Иванов \n Иван ") == "Иванов Иван"
    assert cell_date(datetime(1980, 2, 1)) == date(1980, 2, 1)
    assert cell_date(29252) == date(1980, 2, 1)  # a date cell formatted as a number
    assert cell_date("1.2.1980") == date(1980, 2, 1)
    assert cell_datetime("01.03.2025 10:30") == datetime(2025, 3, 1, 10, 30)
    assert cell_datetime("2025-03-01 10:30:15") == datetime(2025, 3, 1, 10, 30, 15)
    assert cell_date("") is None and cell_date(None) is None
    for bad in ("31.02.2025", "2025/03/01", "01.03.2025 25:00", "вчера", True):
        with pytest.raises(ValueError):
            cell_datetime(bad)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_any_date_written_to_csv_reads_back(day: date):
    assert cell_date(day.strftime("%d.%m.%Y")) == day
    assert cell_date(day.isoformat()) == day


@given(
    st.lists(st.sampled_from(list(Topic)), min_size=1, max_size=5), st.sampled_from(["; ", ", ", ";", ","])
)
def test_topics_joined_by_either_separator_parse_back(topics, separator):
    """Labels holding commas («поиск информации, должностного лица, инстанции») survive a ``,`` join."""
    joined = separator.join(t.label for t in topics)
    found, unknown = parse_codes(joined, Topic.parse, Topic.labels().values())
    assert unknown == []
    assert set(found) == set(topics)


def test_codes_and_labels_mixed_and_unknown_pieces_named():
    found, unknown = parse_codes("ЖКХ; ecology, Космос", Category.parse, Category.labels().values())
    assert found == [Category.HOUSING, Category.ECOLOGY]
    assert unknown == ["космос"]


def test_xlsx_written_then_read_back(tmp_path: Path):
    path = tmp_path / "t.xlsx"
    write_table(path, ["Фамилия", "Дата рождения"], [["=Иванов", date(1980, 2, 1)], ["+7 912", None]])
    table = read_table(path, SPEC)
    assert table.rows == [
        (2, {"last_name": "=Иванов", "birth_date": datetime(1980, 2, 1)}),  # text, never run as a formula
        (3, {"last_name": "+7 912", "birth_date": None}),
    ]
