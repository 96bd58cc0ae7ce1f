"""Import of officials, initiatives and the appeals journal (DOMAIN A4), with the due dates of A2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from cal_desktop.db.models import Appeal, Initiative, Official, Organisation
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import ImportRejected, PermissionDenied
from cal_desktop.services import appeals, directory, initiatives, visitors
from cal_desktop.services.appeals import AppealFilter
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.imports import import_file
from cal_desktop.services.visitors import VisitorInput


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def csv_file(path: Path, lines: list[str]) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    return path


# ----------------------------------------------------------------------------------------- officials


def test_officials_with_new_bodies_categories_and_territories(ctx, db, tmp_path):
    existing = directory.create_organisation(ctx, OrganisationInput(kind="authority", name="Дума города"))
    path = csv_file(
        tmp_path / "o.csv",
        [
            "Орган;Должность;Фамилия;Имя;Отчество;Пол;Адрес;Email;Телефон;Категории;Территории",
            "Администрация района;Глава;Петров;Олег;Викторович;;ул. Советская, 1;glava@adm.ru;"
            '8 3452 00-00-00;"благоустройство; ЖКХ";"мкр. Северный; Заречье"',
            "администрация  района;Заместитель главы;Сидорова;Анна;Ивановна;;;;;roads_transport, ecology;",
            "ДУМА ГОРОДА;Председатель;;;;;;;;;",
        ],
    )
    result = import_file(ctx, "officials", path)
    assert (result.created, result.organisations_created, result.territories_created) == (3, 1, 2)
    assert count(db, Organisation) == 2
    glava = directory.get_official(ctx, directory.list_officials(ctx, "Петров").items[0].id)
    assert {c.value for c in glava.categories} == {"improvement", "housing"}
    assert sorted(t.name for t in glava.territories) == ["Заречье", "мкр. Северный"]
    assert glava.gender.value == "m"  # told by the patronymic
    assert glava.organisation == "Администрация района"
    body = directory.get_organisation(ctx, glava.organisation_id)
    assert (body.kind.value, body.address) == ("authority", "ул. Советская, 1")
    chair = directory.list_officials(ctx, "Председатель").items[0]
    assert chair.organisation_id == existing.id
    again = import_file(ctx, "officials", path)
    assert (again.created, again.skipped_duplicates) == (0, 3)


def test_bad_official_rows_are_named_and_nothing_is_written(ctx, db, tmp_path):
    path = csv_file(
        tmp_path / "o.csv",
        [
            "Орган;Должность;Фамилия;Имя;Email;Категории",
            "Администрация;Глава;Петров;Олег;не почта;благоустройство",
            ";Заместитель;;Анна;;космос",
        ],
    )
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "officials", path)
    problems = err.value.problems
    assert any(p[:2] == (2, "Email") for p in problems)
    assert (3, "Орган", "обязательное поле") in problems
    assert (3, "Категории", "неизвестная категория «космос»") in problems
    assert any(p[:2] == (3, "Фамилия") for p in problems)  # a first name without a surname
    assert count(db, Organisation) == 0 and count(db, Official) == 0


def test_officials_import_needs_a_coordinator(make_ctx, tmp_path):
    path = csv_file(tmp_path / "o.csv", ["Орган;Должность", "Администрация;Глава"])
    with pytest.raises(PermissionDenied):
        import_file(make_ctx(Role.STAFF), "officials", path)


# --------------------------------------------------------------------------------------- initiatives


def test_initiatives_need_a_known_author_and_keep_status_and_date(ctx, db, tmp_path):
    author = visitors.create_visitor(ctx, VisitorInput("Иванов", "Иван", "Иванович", phone="+79123456789"))
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["Название", "Описание", "Категория", "Территория", "Статус", "Автор", "Телефон автора", "Дата"]
    )
    sheet.append(["Скамейки", "Три скамейки", "благоустройство", "Северный", "обращение к властям",
                  "иванов иван иванович", 79123456789, date(2025, 4, 1)])  # fmt: skip
    sheet.append(["Каток", None, None, None, None, "Иванов Иван Иванович", None, "2025-12-01"])
    path = tmp_path / "i.xlsx"
    book.save(path)
    result = import_file(ctx, "initiatives", path)
    assert (result.created, result.territories_created) == (2, 1)
    assert any("категория" in w for w in result.warnings)
    items = {i.title: i for i in initiatives.list_initiatives(ctx).items}
    bench = initiatives.get_initiative(ctx, items["Скамейки"].id)
    assert (bench.status.value, bench.created_on, bench.territory) == (
        "appealing",
        date(2025, 4, 1),
        "Северный",
    )
    assert [(t.to_status.value, t.changed_on) for t in bench.timeline] == [("appealing", date(2025, 4, 1))]
    assert [m.visitor_id for m in bench.members] == [author.id]
    rink = initiatives.get_initiative(ctx, items["Каток"].id)
    assert (rink.status.value, rink.category.value) == ("idea", "other")
    again = import_file(ctx, "initiatives", path)
    assert (again.created, again.skipped_duplicates) == (0, 2)


def test_initiative_with_unknown_or_ambiguous_author_rejects_the_file(ctx, db, tmp_path):
    visitors.create_visitor(ctx, VisitorInput("Попов", "Юрий", phone="+79120000001"))
    visitors.create_visitor(ctx, VisitorInput("Попов", "Юрий", phone="+79120000002"), allow_duplicate=True)
    path = csv_file(
        tmp_path / "i.csv",
        [
            "Название,Категория,Статус,Автор,Телефон автора",
            "Сквер,экология,идея,Неизвестный Человек,",
            "Двор,экология,идея,Попов Юрий,",
            "Парк,экология,готово,Попов Юрий,+79120000002",
            ",экология,идея,,",
        ],
    )
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "initiatives", path)
    problems = err.value.problems
    assert any(p[:2] == (2, "Автор") and "не найден" in p[2] for p in problems)
    assert any(p[:2] == (3, "Автор") and "телефон" in p[2] for p in problems)
    assert (4, "Статус", "неизвестный статус «готово»") in problems
    assert not any(p[:2] == (4, "Автор") for p in problems)  # the phone told the namesakes apart
    assert (5, "Название", "обязательное поле") in problems
    assert (5, "Автор", "обязательное поле") in problems
    assert count(db, Initiative) == 0


# ------------------------------------------------------------------------------------------- appeals


def test_appeals_journal_gives_the_due_dates_of_the_rule(ctx, db, tmp_path):
    org = directory.create_organisation(ctx, OrganisationInput(kind="authority", name="Администрация"))
    official = directory.create_official(
        ctx, OfficialInput(organisation_id=org.id, position="Глава", last_name="Петров", first_name="Олег")
    )
    path = csv_file(
        tmp_path / "journal.csv",
        [
            "Номер;Дата отправки;Канал;Орган;Должность;Адресат;Рег. номер;Дата регистрации;Продлено до;"
            "Дата ответа;Итог",
            # R known 13.05.2026 -> 12.06.2026 is a holiday -> 15.06.2026 (DOMAIN A2)
            "1/26;12.05.2026;эл. почта;Администрация;Глава;Петров О.;А-7;13.05.2026;;;",
            # e-mail, R unknown: sent 29.04 + 0 + 3 = 02.05 -> 01.06.2026
            "2/26;29.04.2026;email;Администрация;;;;;;;",
            # answered, with the outcome as a label
            "3/26;2026-05-02;портал;Новый орган;Начальник;Сидоров С.С.;;2026-05-02;;20.05.2026;разъяснение",
            # extended to a named date
            "4/26;01.04.2026;почта;;;;;02.04.2026;15.06.2026;;",
        ],
    )
    result = import_file(ctx, "appeals", path)
    assert (result.created, result.organisations_created) == (4, 1)
    rows = {
        a.number: a for a in appeals.list_appeals(ctx, AppealFilter(as_of=date(2026, 6, 20)), limit=10).items
    }
    assert rows["1/26"].due_date == date(2026, 6, 15)
    assert rows["1/26"].state.value == "overdue"
    assert rows["1/26"].registration_number == "А-7"
    assert rows["2/26"].due_date == date(2026, 6, 1)
    assert rows["3/26"].state.value == "answered"
    assert rows["3/26"].answer_outcome.value == "explanation"
    assert rows["4/26"].due_date == date(2026, 6, 15) and rows["4/26"].extended
    with db.read() as s:
        first = s.scalars(select(Appeal).where(Appeal.number == "1/26")).one()
        assert first.official_id == official.id  # «Глава» + «Петров О.» found in the directory
        third = s.scalars(select(Appeal).where(Appeal.number == "3/26")).one()
        assert third.official_id is None and third.addressee_text == "Начальник Сидоров С.С."
    again = import_file(ctx, "appeals", path)
    assert (again.created, again.skipped_duplicates) == (0, 4)


def test_bad_journal_rows_are_named_and_nothing_is_written(ctx, db, tmp_path):
    path = csv_file(
        tmp_path / "journal.csv",
        [
            "Номер;Дата отправки;Канал;Инициатива;Дата регистрации;Дата ответа;Итог",
            "1;12.05.2026;голубь;;;;",
            "1;13.05.2026;email;;10.05.2026;;",
            "2;;email;Несуществующая;;;",
            "3;99.99.2026;email;;;;решено положительно",
        ],
    )
    with pytest.raises(ImportRejected) as err:
        import_file(ctx, "appeals", path)
    problems = err.value.problems
    assert (2, "Канал", "неизвестное значение «голубь»") in problems
    assert any(p[:2] == (3, "Номер") and "строке 2" in p[2] for p in problems)
    assert any(p[:2] == (3, "Дата регистрации") for p in problems)  # before the sent date
    assert (4, "Дата отправки", "обязательное поле") in problems
    assert any(p[:2] == (4, "Инициатива") for p in problems)
    assert any(p[:2] == (5, "Дата отправки") and "ДД.ММ.ГГГГ" in p[2] for p in problems)
    assert not any(p[:2] == (5, "Дата отправки") and p[2] == "обязательное поле" for p in problems)
    assert any(p[:2] == (5, "Дата ответа") for p in problems)  # an outcome without an answer date
    assert count(db, Appeal) == 0 and count(db, Organisation) == 0
