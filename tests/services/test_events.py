from datetime import date, time

import pytest
from sqlalchemy import select

from cal_desktop.db.models import AuditEntry
from cal_desktop.domain.vocab import EventKind, Role
from cal_desktop.errors import PermissionDenied, ValidationError
from cal_desktop.services import events, initiatives, territories, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.events_query import EventFilter, event_ids, event_rows, list_events
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def people(ctx):
    return [
        visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79120000001")).id,
        visitors.create_visitor(ctx, VisitorInput("Сидоров", "Пётр", None, phone="+79120000002")).id,
    ]


@pytest.fixture
def initiative(ctx, people):
    return initiatives.create_initiative(
        ctx, InitiativeInput("Детская площадка", "благоустройство"), people[0]
    ).id


def _meeting(initiative_ids=(), participant_ids=(), **kw):
    values = dict(
        kind="собрание жителей",
        held_on=date(2026, 3, 10),
        start_time=time(18, 30),
        title="Площадка во дворе",
        place="ул. Ленина, 5, во дворе",
        unnamed_count=10,
        guests="Глава администрации района",
        decisions="Подать обращение в администрацию\nСобрать подписи",
        initiative_ids=tuple(initiative_ids),
        participant_ids=tuple(participant_ids),
    )
    values.update(kw)
    return EventInput(**values)


def test_a_meeting_is_recorded_with_people_headcount_and_initiative(ctx, people, initiative):
    card = events.create_event(ctx, _meeting([initiative], people))
    assert card.kind == EventKind.RESIDENTS_MEETING
    assert card.start_time == time(18, 30)
    assert [p.full_name for p in card.participants] == ["Петрова Анна Сергеевна", "Сидоров Пётр"]
    assert card.participants_total == 12
    assert [i.title for i in card.initiatives] == ["Детская площадка"]
    assert card.organiser == "Иванова Мария Петровна"  # whoever records it, unless another is chosen
    assert "Собрать подписи" in card.decisions
    with ctx.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "event")).one()
    assert entry.action == "create" and entry.entity_id == card.id


def test_the_meeting_appears_in_the_initiatives_history(ctx, people, initiative):
    events.create_event(ctx, _meeting([initiative], people[:1]))
    card = initiatives.get_initiative(ctx, initiative)
    assert [(e.kind, e.participants, e.held_on) for e in card.events] == [
        (EventKind.RESIDENTS_MEETING, 11, date(2026, 3, 10))
    ]


def test_bad_input_names_every_field_in_russian_and_saves_nothing(ctx, people):
    with pytest.raises(ValidationError) as err:
        events.create_event(
            ctx,
            EventInput(
                kind="пикник",
                held_on=None,
                unnamed_count="много",
                territory_id=999,
                initiative_ids=(12345,),
                participant_ids=(people[0], 777),
                place="двор\x00",
            ),
        )
    e = err.value
    assert "пикник" in e.for_field("kind")
    assert e.for_field("held_on") == "обязательное поле"
    assert "целое число" in e.for_field("unnamed_count")
    assert e.for_field("territory_id") == "нет такой территории"
    assert e.for_field("initiative_ids") == "нет такой инициативы"
    assert e.for_field("participant_ids") == "выберите посетителей из базы"
    assert e.for_field("place")
    assert list_events(ctx).total == 0
    with pytest.raises(ValidationError) as err:
        events.create_event(ctx, _meeting(unnamed_count=-1))
    assert "от 0" in err.value.for_field("unnamed_count")


def test_update_replaces_people_and_links(ctx, people, initiative):
    card = events.create_event(ctx, _meeting([initiative], people))
    changed = events.update_event(ctx, card.id, _meeting((), people[1:], unnamed_count=0, kind="action"))
    assert [p.full_name for p in changed.participants] == ["Сидоров Пётр"]
    assert changed.initiatives == [] and changed.kind == EventKind.ACTION
    assert initiatives.get_initiative(ctx, initiative).events == []


def test_filters_and_rows(ctx, people, initiative):
    north = territories.create_territory(ctx, "Северный район")
    yard = territories.create_territory(ctx, "Двор на Ленина", parent_id=north)
    first = events.create_event(ctx, _meeting([initiative], people, territory_id=yard)).id
    second = events.create_event(
        ctx,
        _meeting(kind="обучение", held_on=date(2026, 4, 2), title="Как писать обращения", unnamed_count=3),
    ).id
    assert event_ids(ctx) == [second, first]  # newest first
    assert event_ids(ctx, EventFilter(kind="training")) == [second]
    assert event_ids(ctx, EventFilter(territory_id=north)) == [first]  # the district covers its yards
    assert event_ids(ctx, EventFilter(initiative_id=initiative)) == [first]
    assert event_ids(ctx, EventFilter(date_from=date(2026, 4, 1))) == [second]
    assert event_ids(ctx, EventFilter(text="обращения")) == [second]
    row = event_rows(ctx, [first])[0]
    assert (row.named_count, row.unnamed_count, row.participants) == (2, 10, 12)
    assert row.territory == "Двор на Ленина" and row.initiatives == "Детская площадка"


def test_delete_is_for_the_author_or_a_coordinator(ctx, make_ctx, people):
    staff_ctx = make_ctx(Role.STAFF)
    other_ctx = make_ctx(Role.STAFF)
    mine = events.create_event(staff_ctx, _meeting()).id
    with pytest.raises(PermissionDenied):
        events.delete_event(other_ctx, mine)
    events.delete_event(staff_ctx, mine)
    theirs = events.create_event(other_ctx, _meeting()).id
    events.delete_event(make_ctx(Role.COORDINATOR), theirs)
    assert list_events(ctx).total == 0


def test_an_event_stays_editable_after_a_present_persons_data_is_erased(ctx, people) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import personal_data

    card = events.create_event(ctx, _meeting((), people))
    personal_data.anonymise_visitor(ctx, people[1])
    changed = events.update_event(ctx, card.id, _meeting((), people, decisions="Уточнены решения"))
    assert changed.decisions == "Уточнены решения" and len(changed.participants) == 2
    with pytest.raises(ValidationError):  # but an erased person cannot be added to another event
        events.create_event(ctx, _meeting((), people[1:]))
