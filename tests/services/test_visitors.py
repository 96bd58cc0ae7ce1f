from datetime import date, timedelta

import pytest

from cal_desktop.errors import PossibleDuplicate, ValidationError
from cal_desktop.services import visitor_search, visitors
from cal_desktop.services.visitors import VisitorInput


def test_create_and_find_by_name_phone_email(ctx):
    v = visitors.create_visitor(
        ctx,
        VisitorInput("Ёлкина", "Алёна", "Игоревна", gender="ж", phone="8 (912) 345-67-89", email="a@b.ru"),
    )
    assert v.phone == "+79123456789"
    assert v.gender is not None and v.gender.value == "f"
    for query in ("елкина", "ЁЛКИНА ал", "9123456", "+7 912 345", "a@b"):
        assert [s.id for s in visitors.search_visitors(ctx, query)] == [v.id], query
    assert visitors.search_visitors(ctx, "петров") == []


def test_invalid_fields_are_named_in_russian_and_nothing_is_saved(ctx):
    with pytest.raises(ValidationError) as err:
        visitors.create_visitor(
            ctx,
            VisitorInput("", "Иван", phone="12", email="нет", birth_date=date.today() + timedelta(days=1)),
        )
    e = err.value
    assert e.for_field("last_name") == "обязательное поле"
    assert "телефон" in (e.for_field("phone") or "")
    assert "почты" in (e.for_field("email") or "")
    assert "будущем" in (e.for_field("birth_date") or "")
    assert visitors.list_visitors(ctx).total == 0


def test_duplicate_warning_then_explicit_create(ctx):
    data = VisitorInput("Иванов", "Иван", "Иванович", phone="+7 912 000 11 22")
    first = visitors.create_visitor(ctx, data)
    with pytest.raises(PossibleDuplicate) as err:
        visitors.create_visitor(ctx, VisitorInput("иванов ", "ИВАН", "Иванович", phone="89120001122"))
    assert err.value.existing_ids == [first.id]
    visitors.create_visitor(ctx, data, allow_duplicate=True)
    assert visitors.list_visitors(ctx, "иванов").total == 2


def test_update_records_audit(ctx, db):
    from sqlalchemy import select

    from cal_desktop.db.models import AuditEntry

    v = visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр"))
    visitors.update_visitor(ctx, v.id, VisitorInput("Петров", "Пётр", address="ул. Ленина, 5"))
    assert visitors.get_visitor(ctx, v.id).address == "ул. Ленина, 5"
    with db.read() as s:
        actions = [
            (a.action, a.staff_id)
            for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "visitor"))
        ]
    assert actions == [("create", ctx.actor.staff_id), ("update", ctx.actor.staff_id)]


def _people(ctx, *names: str) -> dict[str, int]:
    ids = {}
    for n, full in enumerate(names):
        last, first = full.split()
        ids[full] = visitors.create_visitor(ctx, VisitorInput(last, first, phone=f"+7912000{n:04d}")).id
    return ids


def test_one_or_two_letters_find_surnames_starting_with_them(ctx):
    ids = _people(ctx, "Иванов Пётр", "Ивлева Анна", "Сиваков Иван", "Петров Иван", "Ёжиков Павел")
    # a few letters at the desk: surnames starting with them, not every name containing "ив"
    assert [s.id for s in visitors.search_visitors(ctx, "ив")] == [ids["Иванов Пётр"], ids["Ивлева Анна"]]
    assert [s.id for s in visitors.search_visitors(ctx, "И")] == [ids["Иванов Пётр"], ids["Ивлева Анна"]]
    assert [s.id for s in visitors.search_visitors(ctx, "ив п")] == [ids["Иванов Пётр"]]
    assert [s.id for s in visitors.search_visitors(ctx, "е")] == [ids["Ёжиков Павел"]]  # ё is е
    assert visitors.search_visitors(ctx, "ю") == []
    assert visitors.search_ready("и") and visitors.search_ready("ив")
    assert (
        not visitors.search_ready("9") and not visitors.search_ready("91") and not visitors.search_ready(" ")
    )
    assert visitors.search_ready("912")


def test_lists_sort_yo_with_ye_not_before_a(ctx):
    _people(ctx, "Жуков Иван", "Ёлкин Олег", "Абрамов Иван", "Егоров Пётр")
    names = [s.full_name for s in visitors.list_visitors(ctx).items]
    assert names == ["Абрамов Иван", "Егоров Пётр", "Ёлкин Олег", "Жуков Иван"]
    assert [s.full_name for s in visitors.search_visitors(ctx, "ов")] == []
    assert [s.full_name for s in visitors.search_visitors(ctx, "иван")] == ["Абрамов Иван", "Жуков Иван"]


def test_short_prefix_is_literal_and_works_without_the_sqlite_range(ctx):
    from sqlalchemy import select

    from cal_desktop.db.models import Visitor

    ids = _people(ctx, "Иванов Пётр", "Сидоров Иван")
    assert visitors.search_visitors(ctx, "%") == [] and visitors.search_visitors(ctx, "_") == []
    # the server form (LIKE only, no U+FFFF range) finds the same rows
    with ctx.db.read() as s:
        found = s.scalars(select(Visitor.id).where(visitor_search._surname_starts("ив", sqlite=False))).all()
    assert found == [ids["Иванов Пётр"]]
