"""Follow-ups with an owner and a due date (issue 15): the desk's buckets and the one-key actions."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from cal_desktop.db.models import Consultation, FollowUp, Initiative
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import NotFound, ValidationError
from cal_desktop.services import appeals, followups, initiatives, visitors
from cal_desktop.services import consultations as cs
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


@pytest.fixture
def visitor(ctx):
    return visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79121112233"))


def meeting(ctx, due, visitor_id=None, days_ago=10):
    return cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person", topics=["drafting"], outcome="follow_up", visitor_id=visitor_id,
            occurred_at=datetime.now() - timedelta(days=days_ago), follow_up_date=due,
        ),
    )  # fmt: skip


def test_a_repeat_meeting_becomes_a_follow_up_owned_by_its_writer(ctx, visitor, make_ctx):
    colleague = make_ctx(Role.STAFF)
    meeting(ctx, TODAY, visitor.id)
    meeting(colleague, TODAY)
    mine = followups.desk_list(ctx, "today")
    assert [(f.kind, f.owner_id, f.visitor_name, f.visitor_phone) for f in mine] == [
        ("consultation", ctx.actor.staff_id, "Петрова Анна Сергеевна", "+79121112233")
    ]
    assert followups.desk_counts(ctx) == {"today": 1, "overdue": 0, "week": 0, "all": 2}
    assert followups.desk_counts(colleague)["today"] == 1


def test_buckets_split_today_overdue_and_the_coming_week(ctx, visitor):
    for days in (-30, -1, 0, 3, 7, 8):
        meeting(ctx, TODAY + timedelta(days=days), visitor.id, days_ago=40)
    counts = followups.desk_counts(ctx)
    assert counts == {"today": 1, "overdue": 2, "week": 2, "all": 6}
    overdue = followups.desk_list(ctx, "overdue")
    assert [f.due_on for f in overdue] == [TODAY - timedelta(days=1), TODAY - timedelta(days=30)]  # newest first
    assert all(f.overdue for f in overdue)
    assert [f.due_on for f in followups.desk_list(ctx, "week")] == [TODAY + timedelta(days=3), TODAY + timedelta(7)]


def test_done_leaves_the_list_marks_the_meeting_held_and_stays_in_history(ctx, visitor, db):
    row = meeting(ctx, TODAY, visitor.id)
    (item,) = followups.desk_list(ctx, "today")
    followups.mark_done(ctx, item.id)
    assert followups.desk_list(ctx, "today") == [] and followups.desk_counts(ctx)["all"] == 0
    assert cs.get_consultation(ctx, row.id).follow_up_done
    assert cs.follow_ups_due(ctx) == []  # the old reminders agree
    (kept,) = followups.history(ctx, visitor_id=visitor.id)
    assert kept.id == item.id and kept.done_at is not None
    with pytest.raises(NotFound):
        followups.mark_done(ctx, item.id)
    # editing the consultation later does not bring a done reminder back
    cs.update_consultation(
        ctx, row.id,
        ConsultationInput(channel="in_person", topics=["drafting"], outcome="follow_up", visitor_id=visitor.id,
                          occurred_at=row.occurred_at, follow_up_date=TODAY, summary="уточнено"),
    )  # fmt: skip
    assert followups.desk_counts(ctx)["all"] == 0


def test_postpone_moves_the_record_date_too(ctx, visitor):
    row = meeting(ctx, TODAY - timedelta(days=5), visitor.id)
    (item,) = followups.desk_list(ctx, "overdue")
    assert followups.postpone(ctx, item.id, 1) == TODAY + timedelta(days=1)  # from today, not from the old date
    assert cs.get_consultation(ctx, row.id).follow_up_date == TODAY + timedelta(days=1)
    assert [f.id for f in followups.desk_list(ctx, "week")] == [item.id]
    followups.postpone(ctx, item.id, 7)
    assert followups.get(ctx, item.id).due_on == TODAY + timedelta(days=8)
    with pytest.raises(ValidationError) as err:
        followups.reschedule(ctx, item.id, TODAY - timedelta(days=1))
    assert err.value.for_field("due_on") == "дата уже прошла"
    assert followups.desk_counts(ctx)["all"] == 1  # not duplicated by the sync


def test_hand_over_to_a_colleague(ctx, visitor, make_ctx, db):
    colleague = make_ctx(Role.STAFF)
    meeting(ctx, TODAY, visitor.id)
    (item,) = followups.desk_list(ctx, "today")
    followups.hand_over(ctx, item.id, colleague.actor.staff_id)
    assert followups.desk_list(ctx, "today") == []
    assert [f.id for f in followups.desk_list(colleague, "today")] == [item.id]
    with pytest.raises(ValidationError) as err:
        followups.hand_over(colleague, item.id, 99999)
    assert err.value.for_field("owner_id")


def test_initiative_next_step_and_appeal_due_date_are_follow_ups(ctx, visitor, db):
    card = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), visitor.id)
    initiatives.set_next_step(ctx, card.id, "Собрать подписи", TODAY)
    (step,) = followups.desk_list(ctx, "today")
    assert step.kind == "initiative" and step.title == "Сквер у школы: Собрать подписи"
    assert step.visitor_id == visitor.id and step.initiative_id == card.id  # the author is who to call
    initiatives.set_next_step(ctx, card.id, "Собрать подписи", TODAY + timedelta(days=2))
    assert [f.due_on for f in followups.desk_list(ctx, "week")] == [TODAY + timedelta(days=2)]
    followups.mark_done(ctx, followups.desk_list(ctx, "week")[0].id)
    assert initiatives.get_initiative(ctx, card.id).next_step_date is None

    appeal = appeals.register_appeal(
        ctx, AppealInput(sent_date=TODAY - timedelta(days=3), channel="email", initiative_id=card.id)
    )
    (due,) = [f for f in followups.between(ctx) if f.kind == "appeal"]
    assert due.due_on == appeal.due_date and due.source_id == appeal.id and due.owner_id == ctx.actor.staff_id
    appeals.record_answer(ctx, appeal.id, TODAY, "Ответ получен", "positive")
    assert [f for f in followups.between(ctx) if f.kind == "appeal"] == []
    assert {f.kind for f in followups.history(ctx, initiative_id=card.id)} == {"initiative", "appeal"}


def test_a_hand_written_follow_up_defaults_to_its_writer(ctx, make_ctx):
    item = followups.create(ctx, "Позвонить в управу", TODAY + timedelta(days=1))
    assert item.owner_id == ctx.actor.staff_id and item.kind == "other"
    with pytest.raises(ValidationError) as err:
        followups.create(ctx, " ", None)
    assert err.value.for_field("title") and err.value.for_field("due_on")


def test_backfill_gives_bulk_written_records_their_follow_ups_once(ctx, db):
    from cal_desktop.services import followups_sync

    with db.session() as s:
        s.add(Consultation(occurred_at=datetime.now(), occurred_on=TODAY, channel="phone", outcome="follow_up",
                           follow_up_date=TODAY, staff_id=ctx.actor.staff_id))  # fmt: skip
        s.add(Initiative(title="Сквер", category="improvement", status="shaping", created_on=TODAY,
                         search_text="сквер", next_step="Подписи", next_step_date=TODAY,
                         staff_id=ctx.actor.staff_id))  # fmt: skip
    for _ in range(2):
        with db.session() as s:
            followups_sync.backfill(s.connection())
    with db.read() as s:
        rows = s.execute(select(FollowUp.kind, FollowUp.owner_id, FollowUp.title)).all()
    assert sorted(rows) == [
        ("consultation", ctx.actor.staff_id, "Повторная встреча"),
        ("initiative", ctx.actor.staff_id, "Сквер: Подписи"),
    ]


def test_demo_desk_shows_a_screenful_of_mine_for_today(ctx, make_ctx):
    from cal_desktop.services import demo, staff

    demo.generate_demo(ctx, seed=3, visitors=400, months=6)
    people = [p for p in staff.list_staff(ctx) if p.id != ctx.actor.staff_id]
    assert len(people) >= 3
    totals = 0
    for person in people:
        counts = followups.desk_counts(ctx, person.id)
        assert counts["today"] <= 15, counts  # a screenful at the desk, not the whole pile
        totals += counts["today"] + counts["overdue"] + counts["week"]
    assert totals > 0 and totals <= followups.desk_counts(ctx)["all"]
    assert all(f.owner_id is not None for f in followups.between(ctx))  # nothing without an owner


def test_consent_renewals_and_destruction_deadlines_are_follow_ups(ctx, db):
    from cal_desktop.db.models import Visitor
    from cal_desktop.services import followups_sync

    old = visitors.create_visitor(ctx, VisitorInput("Старова", "Анна", phone="+79121112234"))
    fresh = visitors.create_visitor(ctx, VisitorInput("Новикова", "Вера"))
    gone = visitors.create_visitor(ctx, VisitorInput("Ушедшая", "Ольга"))
    with db.session() as s:
        s.get(Visitor, old.id).consent_date = TODAY.replace(year=TODAY.year - 3) + timedelta(days=10)
        s.get(Visitor, fresh.id).consent_date = TODAY - timedelta(days=100)
        s.get(Visitor, gone.id).consent_withdrawn_date = TODAY - timedelta(days=5)
    assert followups_sync.sync_duties(ctx) == 2
    assert followups_sync.sync_duties(ctx) == 0  # idempotent
    duties = {f.kind: f for f in followups.between(ctx)}
    assert duties["consent"].visitor_id == old.id and duties["consent"].due_on > TODAY
    assert duties["destruction"].visitor_id == gone.id
    assert duties["destruction"].due_on == TODAY - timedelta(days=5) + timedelta(days=30)
    assert duties["destruction"].owner_id == ctx.actor.staff_id  # the administrator
    assert duties["destruction"].visitor_phone is None  # withdrawn: not called
    # consent renewed: its follow-up closes by itself
    with db.session() as s:
        s.get(Visitor, old.id).consent_date = TODAY
    assert followups_sync.sync_duties(ctx) == 1
    assert {f.kind for f in followups.between(ctx)} == {"destruction"}
