"""Issue 15 point 5: the list of likely duplicates."""

from datetime import date

import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import PermissionDenied
from cal_desktop.services import followups_duplicates, visitors
from cal_desktop.services.visitors import VisitorInput


def test_same_surname_and_phone_or_birth_date_or_email(ctx, make_ctx) -> None:  # type: ignore[no-untyped-def]
    a = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна", phone="+79121112233", birth_date=date(1980, 5, 1)))
    b = visitors.create_visitor(  # the staff member saw the warning and saved anyway: it happens
        ctx, VisitorInput("Елкина", "Алена", phone="+7 912 111-22-33", birth_date=date(1980, 5, 1)), allow_duplicate=True
    )
    c = visitors.create_visitor(ctx, VisitorInput("Петров", "Иван", email="Ivan@Mail.ru"))
    d = visitors.create_visitor(ctx, VisitorInput("Петров", "Иван Сергеевич", email="ivan@mail.ru"), allow_duplicate=True)
    visitors.create_visitor(ctx, VisitorInput("Сидорова", "Анна", phone="+79121112233"))  # another surname
    pairs = followups_duplicates.likely_duplicates(ctx)
    assert [(p.first_id, p.second_id, p.reasons) for p in pairs] == [
        (a.id, b.id, ("дата рождения", "телефон")),  # the strongest evidence first
        (c.id, d.id, ("e-mail",)),
    ]
    assert pairs[0].first_name == "Ёлкина Алёна"
    with pytest.raises(PermissionDenied):
        followups_duplicates.likely_duplicates(make_ctx(Role.STAFF))


def test_an_erased_record_is_never_offered_for_merging(ctx, db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from cal_desktop.db.models import Visitor

    a = visitors.create_visitor(ctx, VisitorInput("Орлова", "Нина", phone="+79120000002", email="n@x.ru"))
    b = visitors.create_visitor(
        ctx, VisitorInput("Орлова", "Нина", phone="+79120000002", email="n@x.ru"), allow_duplicate=True
    )
    assert [(p.first_id, p.second_id) for p in followups_duplicates.likely_duplicates(ctx)] == [(a.id, b.id)]
    with db.session() as s:  # erased, but (say) the phone left in place by an older program
        s.execute(update(Visitor).where(Visitor.id == b.id).values(anonymised_at=date(2026, 1, 1)))
    assert followups_duplicates.likely_duplicates(ctx) == []
