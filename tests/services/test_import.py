"""Import of visitors and consultations (DOMAIN A4): formats, all-or-nothing, dry runs, duplicates."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from cal_desktop.db.models import AuditEntry, Consultation, Staff, Territory, Visitor
from cal_desktop.errors import CalError, Cancelled, ImportRejected
from cal_desktop.services import consultations as cs
from cal_desktop.services import visitors
from cal_desktop.services.imports import import_file, preview
from cal_desktop.services.visitors import VisitorInput

DATA = Path(__file__).parent.parent / "data"


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def write_csv(path: Path, lines: list[str], *, bom: bool = False, sep: str = ";") -> Path:
    content = "\r\n".join(line.replace("|", sep) for line in lines) + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + content.encode("utf-8"))
    return path


# ------------------------------------------------------------------------------------------ visitors


def test_visitors_from_russian_excel_csv_with_bom_and_semicolons(ctx, db):
    result = import_file(ctx, "visitors", DATA / "visitors_excel.csv")
    assert (result.rows, result.created, result.skipped_duplicates) == (4, 4, 0)
    assert result.territories_created == 2  # «мкр. Северный» once, «Заречье»
    assert any("Примечание" in w for w in result.warnings)  # an unknown column is named, not fatal
    found = visitors.search_visitors(ctx, "Иванов")
    assert [v.full_name for v in found] == ["Иванов Иван Иванович"]
    card = visitors.get_visitor(ctx, found[0].id)
    assert card.phone == "+79123456789"
    assert card.birth_date == date(1980, 2, 1)
    assert card.consent_date == date(2024, 1, 15)
    assert card.territory == "мкр. Северный"
    assert card.address == "ул. Ленина, 5"
    petrova = visitors.get_visitor(ctx, visitors.search_visitors(ctx, "Петрова")[0].id)
    assert petrova.address == "ул. Мира, д. 1; кв. 2"  # a quoted ; stays inside the cell
    assert petrova.birth_date == date(1990, 5, 6)
    assert count(db, Territory) == 2


def test_every_created_record_and_the_import_itself_are_audited(ctx, db):
    import_file(ctx, "visitors", DATA / "visitors_excel.csv")
    with db.read() as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.staff_id, AuditEntry.entity_id)
        ).all()
        visitor_ids = set(s.scalars(select(Visitor.id)))
    created = {e.entity_id for e in entries if (e.action, e.entity) == ("create", "visitor")}
    assert created == visitor_ids and len(created) == 4
    assert ("import", "visitors", ctx.actor.staff_id, None) in [tuple(e) for e in entries]
    assert all(e.staff_id == ctx.actor.staff_id for e in entries)


def test_same_visitors_file_twice_creates_no_duplicates(ctx, db):
    import_file(ctx, "visitors", DATA / "visitors_excel.csv")
    again = import_file(ctx, "visitors", DATA / "visitors_excel.csv")
    assert (again.created, again.skipped_duplicates) == (0, 4)
    assert count(db, Visitor) == 4
    assert count(db, Territory) == 2


def test_visitor_matching_one_already_entered_by_hand_is_skipped(ctx, db, tmp_path):
    visitors.create_visitor(ctx, VisitorInput("ИВАНОВ", "иван", "Иванович", phone="+7 912 345 67 89"))
    path = write_csv(
        tmp_path / "v.csv",
        [
            "Фамилия|Имя|Отчество|Телефон|Дата рождения",
            "Иванов|Иван|Иванович|8 912 345-67-89|",  # same phone, other spelling: the same person
            "Иванов|Иван|Иванович|+79120000002|",  # a namesake with another phone: a new person
            "Иванов|Иван|Иванович|+79120000002|",  # the same row twice in the file: once
        ],
    )
    result = import_file(ctx, "visitors", path)
    assert (result.created, result.skipped_duplicates) == (1, 2)
    assert count(db, Visitor) == 2


def test_bad_rows_are_all_listed_with_row_and_column_and_nothing_is_written(ctx, db, tmp_path):
    future = (date.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    path = write_csv(
        tmp_path / "v.csv",
        [
            "Фамилия|Имя|Телефон|Email|Дата рождения|Территория",
            "Иванов|Иван|+79123456789|ivan@mail.ru||Новая территория",
            "|Пётр|12|нет почты||",
            "Сидоров|Олег|||" + future + "|",
            "Кузнецов|Павел|||31.02.1990|",
        ],
    )
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "visitors", path)
    problems = err.value.problems
    assert (3, "Фамилия", "обязательное поле") in problems
    assert any(r == 3 and c == "Телефон" for r, c, _ in problems)
    assert any(r == 3 and c == "Email" for r, c, _ in problems)
    assert (4, "Дата рождения", "дата не может быть в будущем") in problems
    assert any(r == 5 and c == "Дата рождения" for r, c, _ in problems)
    assert count(db, Visitor) == 0
    assert count(db, Territory) == 0  # the good row's new territory was not kept either


def test_missing_required_column_is_named(ctx, tmp_path):
    path = write_csv(tmp_path / "v.csv", ["Фамилия|Телефон", "Иванов|+79123456789"])
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "visitors", path)
    assert err.value.problems == [(1, "Имя", "нет обязательного столбца")]


def test_headers_in_any_order_case_english_codes_and_yo(ctx, tmp_path):
    path = write_csv(
        tmp_path / "v.csv",
        [
            "  first_name |ФАМИЛИЯ|дата   рождения (birth_date)|Согласие на обработку ПД",
            "Анна|Петрова|06.05.1990|",
        ],
        sep=",",
    )
    result = import_file(ctx, "visitors", path)
    assert result.created == 1
    assert visitors.search_visitors(ctx, "петрова")[0].birth_date == date(1990, 5, 6)


def test_xlsx_with_date_cells_and_a_phone_stored_as_a_number(ctx, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Дата рождения", "Телефон", "Согласие на обработку ПД"])
    sheet.append(["Иванов", "Иван", datetime(1980, 2, 1), 89123456789, date(2024, 1, 15)])
    sheet.append([None, None, None, None, None])  # an empty row in the middle is skipped
    sheet.append(["Петрова", "Анна", "06.05.1990", 9121112233.0, None])
    book.create_sheet("Второй лист").append(["ignored"])
    path = tmp_path / "visitors.xlsx"
    book.save(path)
    result = import_file(ctx, "visitors", path)
    assert result.created == 2
    ivanov = visitors.get_visitor(ctx, visitors.search_visitors(ctx, "Иванов")[0].id)
    assert (ivanov.phone, ivanov.birth_date, ivanov.consent_date) == (
        "+79123456789",
        date(1980, 2, 1),
        date(2024, 1, 15),
    )
    assert visitors.search_visitors(ctx, "Петрова")[0].phone == "+79121112233"


def test_xlsx_bad_row_reports_the_spreadsheet_row_number(ctx, db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Телефон"])
    sheet.append(["Иванов", "Иван", 89123456789])
    sheet.append([None, None, None])
    sheet.append(["Петрова", None, None])
    path = tmp_path / "v.xlsx"
    book.save(path)
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "visitors", path)
    assert err.value.problems == [(4, "Имя", "обязательное поле")]
    assert count(db, Visitor) == 0


def test_dry_run_reports_the_counts_and_writes_nothing(ctx, db):
    result = import_file(ctx, "visitors", DATA / "visitors_excel.csv", dry_run=True)
    assert result.dry_run and result.created == 4 and result.territories_created == 2
    assert count(db, Visitor) == 0 and count(db, Territory) == 0 and count(db, AuditEntry) == 0


def test_not_a_spreadsheet_is_refused_in_words(ctx, tmp_path):
    junk = tmp_path / "v.xlsx"
    junk.write_bytes(b"not a zip file")
    with pytest.raises(CalError, match="Excel"):
        import_file(ctx, "visitors", junk)
    text_file = tmp_path / "v.txt"
    text_file.write_text("Фамилия;Имя")
    with pytest.raises(CalError, match="формат"):
        import_file(ctx, "visitors", text_file)
    with pytest.raises(CalError, match="не найден"):
        import_file(ctx, "visitors", tmp_path / "missing.csv")


def test_preview_shows_recognised_columns_and_first_rows():
    shown = preview(DATA / "visitors_excel.csv", "visitors", limit=2)
    assert shown.headers[:3] == ["Фамилия", "Имя", "Отчество"]
    assert shown.rows[0][:3] == ["Иванов", "Иван", "Иванович"]
    assert shown.row_numbers == [2, 3]  # as the spreadsheet numbers them
    assert any("Примечание" in w for w in shown.warnings)


# ------------------------------------------------------------------------------------- consultations


def test_consultations_with_comma_separator_labels_codes_and_topics_holding_commas(ctx, db, staff_id):
    import_file(ctx, "visitors", DATA / "visitors_excel.csv")
    result = import_file(ctx, "consultations", DATA / "consultations_comma.csv")
    assert result.created == 3
    assert result.visitors_created == 1  # «Кузнецов Олег» was not known
    assert result.staff_created == 1  # «Смирнова Ольга Ивановна»
    rows = sorted(cs.list_consultations(ctx).items, key=lambda r: r.occurred_at)
    first, second, third = rows
    assert first.visitor_name == "Иванов Иван Иванович"
    assert first.occurred_at == datetime(2025, 3, 1, 10, 30)
    assert {t.value for t in first.topics} == {"info_search", "drafting"}
    assert first.staff_id == staff_id  # matched by display name
    assert second.outcome.value == "declined"
    assert second.out_of_scope_reason.value == "elections_politics"
    assert {t.value for t in second.topics} == {"other", "informing"}
    assert second.staff_name == "Смирнова Ольга Ивановна"
    assert visitors.get_visitor(ctx, second.visitor_id).phone == "+79125556677"
    assert third.visitor_id is None  # anonymous
    assert third.channel.value == "online"
    with db.read() as s:
        assert s.scalars(select(Staff.login).where(Staff.display_name.like("Смирнова%"))).one()


def test_same_consultations_file_twice_counts_each_consultation_once(ctx, db, tmp_path):
    path = write_csv(
        tmp_path / "c.csv",
        [
            "Дата|Посетитель|Телефон посетителя|Канал|Описание",
            "01.03.2025 10:00|Новиков Илья|+79120000009|очно|Двор",
            "01.03.2025|||по телефону|",  # two anonymous calls alike in every column: both are kept
            "01.03.2025|||по телефону|",
        ],
    )
    first = import_file(ctx, "consultations", path)
    assert (first.created, first.skipped_duplicates, first.visitors_created) == (3, 0, 1)
    again = import_file(ctx, "consultations", path)
    assert (again.created, again.skipped_duplicates, again.visitors_created) == (0, 3, 0)
    assert count(db, Consultation) == 3 and count(db, Visitor) == 1
    longer = write_csv(
        tmp_path / "c2.csv", [*path.read_text(encoding="utf-8").splitlines(), "01.03.2025|||по телефону|"]
    )
    third = import_file(ctx, "consultations", longer)
    assert (third.created, third.skipped_duplicates) == (1, 3)  # only the third call is new


def test_namesakes_are_told_apart_by_phone_and_ambiguity_is_a_problem(ctx, db, tmp_path):
    a = visitors.create_visitor(ctx, VisitorInput("Попов", "Юрий", phone="+79120000001"))
    b = visitors.create_visitor(
        ctx, VisitorInput("Попов", "Юрий", phone="+79120000002"), allow_duplicate=True
    )
    good = write_csv(
        tmp_path / "c.csv",
        ["Дата|Посетитель|Телефон посетителя|Темы", "01.03.2025|Попов Юрий|8 912 000-00-02|другое"],
    )
    import_file(ctx, "consultations", good)
    assert cs.list_consultations(ctx).items[0].visitor_id == b.id != a.id
    bad = write_csv(tmp_path / "c2.csv", ["Дата|Посетитель", "01.03.2025|попов  юрий"])
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "consultations", bad)
    assert err.value.problems[0][:2] == (2, "Посетитель")
    assert "Телефон посетителя" in err.value.problems[0][2]
    assert count(db, Consultation) == 1


def test_only_a_date_column_gets_defaults_and_a_warning(ctx, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["Дата", "01.03.2025"])
    result = import_file(ctx, "consultations", path)
    row = cs.list_consultations(ctx).items[0]
    assert (row.channel.value, [t.value for t in row.topics], row.outcome.value) == (
        "in_person",
        ["other"],
        "advised",
    )
    assert any("подставлено" in w for w in result.warnings)


def test_bad_consultation_rows_name_row_and_column(ctx, db, tmp_path):
    tomorrow = (date.today() + timedelta(days=1)).strftime("%d.%m.%Y")
    path = write_csv(
        tmp_path / "c.csv",
        [
            "Дата|Посетитель|Канал|Темы|Результат|Причина|Сотрудник",
            "01.03.2025|Иванов Иван|очно|другое|отказано||",
            tomorrow + "|Иванов Иван|голубиная почта|погода, другое|консультация дана||",
            "|Иванов|очно|другое|консультация дана|выборы|Мадонна",
        ],
    )
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "consultations", path)
    problems = err.value.problems
    assert (2, "Причина", "при отказе причина обязательна") in problems
    assert (3, "Дата", "дата не может быть в будущем") in problems
    assert (3, "Канал", "неизвестное значение «голубиная почта»") in problems
    assert (3, "Темы", "неизвестная тема «погода»") in problems
    assert (4, "Дата", "обязательное поле") in problems
    assert any(r == 4 and c == "Посетитель" for r, c, _ in problems)
    assert any(r == 4 and c == "Причина" for r, c, _ in problems)  # a reason without a decline
    assert any(r == 4 and c == "Сотрудник" for r, c, _ in problems)  # one word is not a staff name
    assert count(db, Consultation) == 0 and count(db, Visitor) == 0 and count(db, Staff) == 1


def _big_file(path: Path, rows: int, bad_row: int | None = None) -> Path:
    lines = ["Дата;Посетитель;Телефон посетителя;Канал;Темы;Результат;Описание"]
    for i in range(rows):
        day = date(2025, 1, 1) + timedelta(days=i % 300)
        channel = "ракета" if bad_row is not None and i + 2 == bad_row else "очно"
        lines.append(
            f"{day:%d.%m.%Y} 10:{i % 60:02d};Житель{i % 700} Иван;+7912{i % 700:07d};{channel};"
            f"поиск информации, должностного лица, инстанции;консультация дана;вопрос {i}"
        )
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    return path


def test_ten_thousand_rows_with_one_bad_row_write_nothing_and_name_it(ctx, db, tmp_path):
    path = _big_file(tmp_path / "big.csv", 10_000, bad_row=7_777)
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "consultations", path)
    assert err.value.problems == [(7_777, "Канал", "неизвестное значение «ракета»")]
    assert count(db, Consultation) == 0 and count(db, Visitor) == 0


def test_ten_thousand_rows_import_with_progress(ctx, db, tmp_path):
    path = _big_file(tmp_path / "big.csv", 10_000)
    seen: list[tuple[int, int]] = []
    result = import_file(ctx, "consultations", path, progress=lambda d, t: seen.append((d, t)))
    assert result.created == 10_000 and result.visitors_created == 700
    assert count(db, Consultation) == 10_000 and count(db, Visitor) == 700
    assert seen[-1] == (10_000, 10_000) and len(seen) > 10


def test_cancel_in_the_middle_leaves_nothing(ctx, db, tmp_path):
    path = _big_file(tmp_path / "big.csv", 2_000)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 5

    with pytest.raises(Cancelled):
        import_file(ctx, "consultations", path, cancel=cancel)
    assert count(db, Consultation) == 0 and count(db, Visitor) == 0


def test_import_killed_in_the_middle_leaves_nothing(ctx, db, db_path, tmp_path):
    """A real process killed while writing: what it wrote is undone at the next open."""
    import os
    import signal
    import subprocess
    import sys
    import time

    path = _big_file(tmp_path / "big.csv", 10_000)
    marker = tmp_path / "started"
    script = (
        "import sys, pathlib\n"
        "from cal_desktop.db.engine import Database\n"
        "from cal_desktop.services.context import ServiceContext\n"
        "from cal_desktop.services.imports import import_file\n"
        "ctx = ServiceContext(Database('sqlite:///' + sys.argv[1]))\n"
        "def progress(done, total):\n"
        "    if done >= 3000: pathlib.Path(sys.argv[3]).touch()\n"
        "import_file(ctx, 'consultations', sys.argv[2], progress=progress)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(db_path), str(path), str(marker)])
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the import did not get going"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # the slices written before the kill are undone when the program next opens the database
    from cal_desktop.services.database import open_database

    open_database(str(db_path)).db.dispose()
    assert count(db, Consultation) == 0 and count(db, Visitor) == 0
    assert count(db, AuditEntry) == 0
