"""Funding calls and contests (issue 21): the register, reminders before the deadline, applications."""

from datetime import date, timedelta

import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import Conflict, PermissionDenied, ValidationError
from cal_desktop.services import followups, initiatives, territories, visitors
from cal_desktop.services import funding_applications as apps
from cal_desktop.services import funding_calls as calls
from cal_desktop.services.funding_applications import ApplicationInput
from cal_desktop.services.funding_calls import CallFilter, CallInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def a_call(ctx, closes=TODAY + timedelta(days=30), title="Народный бюджет 2027", **kw):  # type: ignore[no-untyped-def]
    return calls.create_call(ctx, CallInput(title=title, kind="инициативное бюджетирование", closes_on=closes, **kw))


def test_a_call_gets_reminders_14_and_3_days_before_it_closes(ctx):  # type: ignore[no-untyped-def]
    call = a_call(ctx, organiser="Администрация района", link="https://example.ru/ib")
    due = sorted(f.due_on for f in followups.between(ctx) if f.kind == "call_deadline")
    assert due == [call.closes_on - timedelta(days=14), call.closes_on - timedelta(days=3)]
    first = next(f for f in followups.between(ctx) if f.kind == "call_deadline")
    assert first.owner_id == ctx.actor.staff_id and "Народный бюджет 2027" in first.title
    assert first.kind_label == "срок конкурса"


def test_moving_the_closing_date_moves_the_reminders_and_deleting_drops_them(ctx):  # type: ignore[no-untyped-def]
    call = a_call(ctx)
    soon = TODAY + timedelta(days=5)
    calls.update_call(ctx, call.id, CallInput(title=call.title, kind="гранты", closes_on=soon))
    assert [f.due_on for f in followups.between(ctx) if f.kind == "call_deadline"] == [soon - timedelta(days=3)]
    assert calls.get_call(ctx, call.id).kind.label == "гранты"
    calls.delete_call(ctx, call.id)
    assert [f for f in followups.between(ctx) if f.kind == "call_deadline"] == []


def test_a_call_closing_tomorrow_reminds_today_and_a_closed_one_not_at_all(ctx):  # type: ignore[no-untyped-def]
    a_call(ctx, closes=TODAY + timedelta(days=1))
    a_call(ctx, closes=TODAY - timedelta(days=1), title="Прошлогодний конкурс")
    assert [f.due_on for f in followups.between(ctx) if f.kind == "call_deadline"] == [TODAY]


def test_validation_names_the_fields(ctx):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as e:
        calls.create_call(ctx, CallInput(title=" ", kind="лотерея", closes_on=None, link="x\x00"))
    assert {err.field for err in e.value.errors} == {"title", "kind", "closes_on", "link"}
    with pytest.raises(ValidationError) as e:
        a_call(ctx, opens_on=TODAY + timedelta(days=40))
    assert e.value.errors[0].message == "позже окончания приёма"


def test_the_list_shows_open_calls_soonest_first_and_filters(ctx):  # type: ignore[no-untyped-def]
    place_id = territories.create_territory(ctx, "Заречный", "district")
    a_call(ctx, closes=TODAY + timedelta(days=60), title="Конкурс ТОС", territory_id=place_id)
    a_call(ctx, closes=TODAY + timedelta(days=10), title="Гранты молодёжи", organiser="Росмолодёжь")
    a_call(ctx, closes=TODAY - timedelta(days=10), title="Закрытый")
    assert [c.title for c in calls.list_calls(ctx).items] == ["Гранты молодёжи", "Конкурс ТОС"]
    everything = calls.list_calls(ctx, CallFilter(open_only=False)).items
    assert [c.title for c in everything] == ["Гранты молодёжи", "Конкурс ТОС", "Закрытый"]
    assert [c.title for c in calls.list_calls(ctx, CallFilter(text="росмол")).items] == ["Гранты молодёжи"]
    assert calls.list_calls(ctx, CallFilter(text="тос")).items[0].territory == "Заречный"


def test_document_is_stored_and_limited(ctx):  # type: ignore[no-untyped-def]
    call = a_call(ctx)
    calls.set_document(ctx, call.id, "Положение.pdf", b"%PDF-1.4 rules")
    assert calls.document(ctx, call.id) == ("Положение.pdf", b"%PDF-1.4 rules")
    with pytest.raises(ValidationError, match="больше 20 МБ"):
        calls.set_document(ctx, call.id, "big.pdf", b"x" * (calls.MAX_DOCUMENT + 1))
    calls.set_document(ctx, call.id, "", None)
    assert calls.document(ctx, call.id) is None


def test_only_a_coordinator_deletes_a_call(ctx, make_ctx):  # type: ignore[no-untyped-def]
    call = a_call(ctx)
    with pytest.raises(PermissionDenied):
        calls.delete_call(make_ctx(Role.STAFF), call.id)


def test_an_initiative_applies_to_a_call(ctx):  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id
    call = a_call(ctx)
    with pytest.raises(ValidationError) as e:
        apps.save_application(ctx, ApplicationInput(call_id=None, initiative_id=idea, status="подана"))
    assert {err.field for err in e.value.errors} == {"call_id", "submitted_on"}
    saved = apps.save_application(
        ctx, ApplicationInput(call.id, idea, "submitted", TODAY, "Заявка\nПротокол собрания")
    )
    assert (saved.call_title, saved.status.label, saved.documents) == (call.title, "подана", "Заявка\nПротокол собрания")
    with pytest.raises(Conflict):
        apps.save_application(ctx, ApplicationInput(call.id, idea))
    apps.save_application(ctx, ApplicationInput(call.id, idea, "supported", TODAY, result="выделено 450 000 руб."), saved.id)
    [mine] = apps.of_initiative(ctx, idea)
    assert (mine.status.label, mine.result) == ("поддержана", "выделено 450 000 руб.")
    assert calls.get_call(ctx, call.id).applications == 1
    apps.delete_application(ctx, saved.id)
    assert apps.of_call(ctx, call.id) == []
