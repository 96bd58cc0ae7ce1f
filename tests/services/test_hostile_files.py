"""Hostile and odd files: zip bombs, absurd sheets, formulas without values, broken or foreign CSV, and
control characters. Each refusal is a Russian message naming the row, line or column, and fast."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from cal_desktop.errors import CalError, Cancelled, ImportRejected
from cal_desktop.services import csv_reading, xlsx_reading
from cal_desktop.services.imports import import_file, preview
from cal_desktop.services.imports.people import VISITOR_COLUMNS
from cal_desktop.services.tabular import read_table
from cal_desktop.services.visitors import list_visitors

SHEET = "xl/worksheets/sheet1.xml"
HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _with_sheet(path: Path, write_sheet) -> Path:  # type: ignore[no-untyped-def]
    """A real workbook whose first sheet's XML is replaced by what ``write_sheet(file)`` writes."""
    buffer = io.BytesIO()
    _xlsx(buffer, [["Фамилия", "Имя"]])  # type: ignore[arg-type]
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for item in source.infolist():
            if item.filename == SHEET:
                with out.open(SHEET, "w", force_zip64=True) as fh:
                    write_sheet(fh)
            else:
                out.writestr(item, source.read(item))
    return path


# --------------------------------------------------------------------------------------------- XLSX


def test_a_small_xlsx_unpacking_to_hundreds_of_megabytes_is_refused_in_seconds(ctx, tmp_path):
    row = b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 20 + b"</row>"
    block = row * 1000

    def bomb(fh):  # type: ignore[no-untyped-def]
        fh.write(HEAD + b"<sheetData>")
        for _ in range(364 * 1024 * 1024 // len(block)):
            fh.write(block)
        fh.write(b"</sheetData></worksheet>")

    path = _with_sheet(tmp_path / "bomb.xlsx", bomb)
    assert path.stat().st_size < 3 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(CalError) as err:
        import_file(ctx, "visitors", path)
    assert time.monotonic() - started < 5
    assert "Файл Excel слишком велик для загрузки: в распакованном виде 364 МБ" in err.value.message
    with pytest.raises(CalError):
        preview(path, "visitors")  # the dialog's preview too


def test_a_sheet_packed_hundreds_of_times_is_refused_even_when_small_enough(tmp_path):
    row = b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 20 + b"</row>"

    def packed(fh):  # type: ignore[no-untyped-def]
        fh.write(HEAD + b"<sheetData>" + row * 40_000 + b"</sheetData></worksheet>")  # about 30 MB

    path = _with_sheet(tmp_path / "packed.xlsx", packed)
    started = time.monotonic()
    with pytest.raises(CalError) as err:
        read_table(path, VISITOR_COLUMNS)
    assert time.monotonic() - started < 2
    assert "сжата в" in err.value.message and "xl/worksheets/sheet1.xml" in err.value.message


def test_too_many_rows_are_refused_whether_the_sheet_states_them_or_not(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reading, "MAX_ROWS", 100)
    stated = _xlsx(tmp_path / "stated.xlsx", [["Фамилия", "Имя"]] + [[f"Ф{i}", "И"] for i in range(150)])
    with pytest.raises(CalError) as err:
        read_table(stated, VISITOR_COLUMNS)
    assert "В файле Excel 151 строк" in err.value.message and "не больше 100" in err.value.message

    def lying(fh):  # type: ignore[no-untyped-def]
        cells = '<c r="A{0}" t="inlineStr"><is><t>{1}</t></is></c><c r="B{0}" t="inlineStr"><is><t>{2}</t></is></c>'
        rows = "".join(
            f'<row r="{i}">'
            + (cells.format(i, "Фамилия", "Имя") if i == 1 else cells.format(i, f"Ф{i}", "И"))
            + "</row>"
            for i in range(1, 200)
        ).encode()
        fh.write(HEAD + b'<dimension ref="A1:A1"/><sheetData>' + rows + b"</sheetData></worksheet>")

    with pytest.raises(CalError) as err:
        read_table(_with_sheet(tmp_path / "lying.xlsx", lying), VISITOR_COLUMNS)
    assert "не больше 100" in err.value.message


def test_entity_expansion_in_the_sheet_xml_is_refused_at_once(tmp_path):
    entities = '<!ENTITY a0 "xxxxxxxxxx">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )

    def laughs(fh):  # type: ignore[no-untyped-def]
        fh.write(
            f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'.encode()
            + HEAD[HEAD.index(b"<worksheet") :]
            + '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Фамилия &a9;</t></is></c></row>'.encode()
            + b"</sheetData></worksheet>"
        )

    started = time.monotonic()
    with pytest.raises(CalError) as err:
        read_table(_with_sheet(tmp_path / "laughs.xlsx", laughs), VISITOR_COLUMNS)
    assert time.monotonic() - started < 2
    assert "Файл Excel повреждён" in err.value.message


def test_a_formula_without_a_saved_value_is_refused_with_row_and_column(ctx, tmp_path):
    # openpyxl, like many generators, saves formulas without computing them
    path = _xlsx(
        tmp_path / "f.xlsx", [["Фамилия", "Имя"], ["Иванов", "Иван"], ["Петров", '=CONCAT("Пё","тр")']]
    )
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "visitors", path)
    assert len(err.value.problems) == 1
    row, column, reason = err.value.problems[0]
    assert (row, column) == (3, "Имя")
    assert 'формула =CONCAT("Пё","тр") без сохранённого значения' in reason
    assert list_visitors(ctx, "Иванов").total == 0  # nothing stored, not even the good row


def test_a_formula_with_its_saved_value_reads_as_the_value(ctx, tmp_path):
    def computed(fh):  # type: ignore[no-untyped-def]
        rows = (
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Фамилия</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>Имя</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Петров</t></is></c>'
            '<c r="B2" t="str"><f>CONCAT("Пё","тр")</f><v>Пётр</v></c></row>'
        )
        fh.write(HEAD + b"<sheetData>" + rows.encode() + b"</sheetData></worksheet>")

    result = import_file(ctx, "visitors", _with_sheet(tmp_path / "v.xlsx", computed))
    assert result.created == 1
    assert list_visitors(ctx, "Петров Пётр").total == 1


def _cancel_after(calls: int):  # type: ignore[no-untyped-def]
    seen = []

    def cancel() -> bool:
        seen.append(1)
        return len(seen) >= calls

    return cancel


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_reading_a_large_file_stops_when_the_user_cancels(ctx, tmp_path, suffix):
    rows = [["Фамилия", "Имя"]] + [[f"Житель{i}", "Иван"] for i in range(3000)]
    path = tmp_path / f"many{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8")
    else:
        _xlsx(path, rows)  # type: ignore[arg-type]
    progress: list[tuple[int, int]] = []
    with pytest.raises(Cancelled) as err:
        import_file(
            ctx, "visitors", path, progress=lambda d, t: progress.append((d, t)), cancel=_cancel_after(2)
        )
    assert err.value.message == "Загрузка отменена: в базу ничего не записано."
    assert progress == []  # stopped while reading, before any row was written
    assert list_visitors(ctx, "Житель").total == 0


# ---------------------------------------------------------------------------------------------- CSV


def test_utf16_csv_as_excel_saves_unicode_text_is_read(ctx, tmp_path):
    path = tmp_path / "u16.csv"
    path.write_bytes("Фамилия\tИмя\r\nЁлкина\tМария\r\n".encode("utf-16"))  # BOM, tab-separated
    assert import_file(ctx, "visitors", path).created == 1
    assert list_visitors(ctx, "Ёлкина").total == 1


@pytest.mark.parametrize("header", ["Фамилия;Имя;Отчество;Адрес", "ФАМИЛИЯ;ИМЯ;ОТЧЕСТВО;АДРЕС"])
def test_koi8r_and_windows1251_are_told_apart(tmp_path, header):
    text = f"{header}\nЩукин;Пётр;Ильич;ул. Школьная, 5\n"
    for encoding, name in (("koi8_r", "KOI8-R"), ("cp1251", "Windows-1251")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        table = read_table(path, VISITOR_COLUMNS)
        assert table.rows[0][1]["last_name"] == "Щукин", encoding
        assert table.rows[0][1]["address"] == "ул. Школьная, 5"
        assert f"Файл прочитан в кодировке {name}." in table.warnings


def test_an_unclosed_quote_names_the_line_where_it_opens(tmp_path):
    lines = ["Фамилия;Имя", "Иванов;Иван", 'Петров;"Пётр', "Сидоров;Сидор", "Козлов;Пётр"]
    path = tmp_path / "q.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CalError) as err:
        read_table(path, VISITOR_COLUMNS)
    assert "кавычка, открытая в строке 3, не закрыта" in err.value.message
    # the same when the rest of the file is longer than csv's cell limit
    path.write_text("\n".join(lines + [f"Житель{i};Иван" for i in range(20_000)]), encoding="utf-8")
    with pytest.raises(CalError) as err:
        read_table(path, VISITOR_COLUMNS)
    assert "кавычка, открытая в строке 3, не закрыта" in err.value.message


def test_quoted_line_breaks_still_read_and_rows_keep_their_first_line(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(
        'Фамилия;Имя;Адрес\nИванов;Иван;"ул. Ленина,\nд. 5"\nПетров;"Пётр ""Петя"""\n', encoding="utf-8"
    )
    table = read_table(path, VISITOR_COLUMNS)
    assert [(n, r["last_name"], r["first_name"]) for n, r in table.rows] == [
        (2, "Иванов", "Иван"),
        (4, "Петров", 'Пётр "Петя"'),
    ]


def test_over_long_cells_get_a_russian_message(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(f'Фамилия;Имя\nИванов;"{"я" * (csv_reading.CELL_LIMIT + 10)}"\n', encoding="utf-8")
    with pytest.raises(CalError) as err:
        read_table(path, VISITOR_COLUMNS)
    assert (
        err.value.message
        == f"Файл CSV: ячейка в строке 2 длиннее {csv_reading.CELL_LIMIT} символов. Сократите её."
    )
    path.write_text(f"Фамилия;Имя\nИванов;{'я' * 40_000}\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as rejected:
        read_table(path, VISITOR_COLUMNS)
    assert rejected.value.problems == [(2, "Имя", "в ячейке 40000 символов, можно не больше 32767")]


def test_two_hundred_thousand_unknown_columns_give_one_line(tmp_path):
    path = tmp_path / "wide.csv"
    unknown = ";".join(f"x{i}" for i in range(200_000))
    path.write_text(f"Фамилия;Имя;{unknown}\nИванов;Иван\n", encoding="utf-8")
    shown = preview(path, "visitors")
    assert len(shown.warnings) == 1
    assert shown.warnings[0].startswith(
        "Столбцы не используются при загрузке и пропущены (200000): «x0», «x1»"
    )
    assert shown.warnings[0].endswith("и ещё 199990.")
    assert shown.rows == [["Иванов", "Иван"]]


def test_a_column_repeated_many_times_is_one_problem(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text(";".join(["Фамилия", "Имя"] + ["Имя"] * 5000) + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        read_table(path, VISITOR_COLUMNS)
    assert err.value.problems == [(1, "Имя", "столбец «Имя» указан дважды")]


def test_control_characters_in_a_file_are_refused_naming_row_and_column(ctx, tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes("Фамилия;Имя;Адрес\nИва\x00нов;Иван;ул. Мира\nПетров;Пётр;ул.\x07Мира\n".encode())
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "visitors", path)
    assert err.value.problems == [
        (2, "Фамилия", "недопустимый символ: нулевой символ (NUL)"),
        (3, "Адрес", "недопустимый символ: управляющий символ U+0007"),
    ]
    assert list_visitors(ctx, "Петров").total == 0


def test_formula_text_exported_to_csv_reads_back_as_it_was(ctx, tmp_path):
    path = tmp_path / "back.csv"
    path.write_text("Фамилия;Имя;Адрес\nИванов;Иван;'-5 км от города\n", encoding="utf-8")
    table = read_table(path, VISITOR_COLUMNS)
    assert table.rows[0][1]["address"] == "-5 км от города"


# ------------------------------------------------------------------------------ control characters

IMPORT_ROWS = {
    "visitors": {"Фамилия": "Иванов", "Имя": "Иван", "Адрес": "ул. Мира", "Территория": "Север"},
    "consultations": {
        "Дата": "01.03.2025",
        "Посетитель": "Петров Пётр",
        "Описание": "вопрос",
        "Сотрудник": "Сидоров Иван",
    },
    "officials": {"Орган": "Администрация", "Должность": "Глава", "Фамилия": "Петров", "Территории": "Север"},
    "initiatives": {"Название": "Скамейки", "Описание": "двор", "Автор": "Автор Иван"},
    "appeals": {
        "Номер": "N1",
        "Дата отправки": "01.03.2025",
        "Орган": "Администрация",
        "Адресат": "Петрову",
        "Тема": "т",
    },
}


@pytest.mark.parametrize(
    ("kind", "column"), [(kind, column) for kind, row in IMPORT_ROWS.items() for column in row]
)
def test_every_import_column_refuses_control_characters_by_its_own_name(ctx, tmp_path, kind, column):
    row = dict(IMPORT_ROWS[kind])
    row[column] += "\x1b[31m"  # an escape sequence: what a crafted file would carry
    path = tmp_path / "ctl.csv"
    path.write_text(";".join(row) + "\n" + ";".join(row.values()) + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, kind, path, dry_run=True)
    assert err.value.problems == [(2, column, "недопустимый символ: управляющий символ U+001B")]


def test_services_refuse_control_characters_naming_the_field_long_texts_keep_line_breaks(ctx):
    from dataclasses import replace

    from cal_desktop.errors import ValidationError
    from cal_desktop.services import settings, visitors
    from cal_desktop.services.visitors import VisitorInput

    with pytest.raises(ValidationError) as err:
        visitors.create_visitor(
            ctx, VisitorInput("Ива\x00нов", "Иван", address="ул.\nМира", notes="звонок\x07")
        )
    assert [(e.label, e.message) for e in err.value.errors] == [
        ("Фамилия", "недопустимый символ: нулевой символ (NUL)"),
        ("Адрес", "недопустимый символ: перевод строки"),
        ("Заметки", "недопустимый символ: управляющий символ U+0007"),
    ]
    saved = visitors.create_visitor(
        ctx, VisitorInput("Иванов", "Иван", notes="первая строка\n\tвторая\r\nтретья")
    )
    assert visitors.get_visitor(ctx, saved.id).notes == "первая строка\n\tвторая\r\nтретья"
    with pytest.raises(ValidationError) as err:
        settings.save_settings(ctx, replace(settings.get_settings(ctx), centre_name="ЦАЛ\x00"))
    assert err.value.errors[0].label == "Название центра"


# ------------------------------------------------------------------------------------------ writing


def test_only_text_is_neutralised_numbers_stay_numbers(tmp_path):
    from openpyxl import load_workbook

    from cal_desktop.services.tabular import write_table

    row = [-5, "-5 км", -2.5, "=1+1", "@x", "\tx", "Иванов", "ab\x00c"]
    write_table(tmp_path / "t.csv", ["a"] * len(row), [row])
    write_table(tmp_path / "t.xlsx", ["a"] * len(row), [row])
    lines = (tmp_path / "t.csv").read_text("utf-8-sig").splitlines()
    assert lines[1] == "-5;'-5 км;-2.5;'=1+1;'@x;'\tx;Иванов;ab\x00c"
    cells = list(load_workbook(tmp_path / "t.xlsx").active.iter_rows(min_row=2))[0]  # type: ignore[union-attr]
    assert [(c.value, c.data_type) for c in cells] == [
        (-5, "n"),
        ("-5 км", "s"),
        (-2.5, "n"),
        ("=1+1", "s"),
        ("@x", "s"),
        ("\tx", "s"),
        ("Иванов", "s"),
        ("abc", "s"),  # an XLSX cannot hold NUL: dropped rather than the whole export failing
    ]


def test_centre_settings_and_template_titles_refuse_control_characters(ctx):
    from dataclasses import replace

    from cal_desktop.errors import ValidationError
    from cal_desktop.services import settings, templates

    with pytest.raises(ValidationError) as err:
        settings.save_settings(
            ctx, replace(settings.get_settings(ctx), head_name="И.И.\x00Иванов", city="Тверь")
        )
    assert [(e.label, e.message) for e in err.value.errors] == [
        ("ФИО руководителя", "недопустимый символ: нулевой символ (NUL)")
    ]
    copy = templates.duplicate_template(ctx, "appeal")
    with pytest.raises(ValidationError) as err:
        templates.update_letter_template(ctx, copy.template_id, "Обращение\x1b", copy.source)
    assert err.value.errors[0].label == "Название"


def test_a_file_in_an_unexpected_encoding_says_which_was_guessed_and_what_is_expected(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes("Фамилия;Имя\nЩукин;Пётр\n".encode("mac_cyrillic"))  # neither UTF-8 nor 1251/KOI8-R
    with pytest.raises(ImportRejected) as err:
        read_table(path, VISITOR_COLUMNS)
    assert err.value.problems[-1][1] == "Кодировка"
    assert "Если названия столбцов искажены, сохраните файл как «CSV UTF-8»." in err.value.problems[-1][2]


def test_a_quote_closed_in_mid_cell_names_its_line_instead_of_gluing_lines_together(tmp_path):
    path = tmp_path / "glued.csv"
    path.write_text('Фамилия;Имя\nИванов;"Иван\nПетров;"Пётр" Петрович\nСидоров;Сидор\n', encoding="utf-8")
    with pytest.raises(CalError) as err:
        read_table(path, VISITOR_COLUMNS)
    assert "кавычка, открытая в строке 2, закрыта посреди ячейки (строка 3)" in err.value.message
    path.write_text('Фамилия;Имя\nИванов;Ив"ан\nПетров;"Пётр ""Петя"""\n', encoding="utf-8")
    assert [r["first_name"] for _, r in read_table(path, VISITOR_COLUMNS).rows] == ['Ив"ан', 'Пётр "Петя"']
