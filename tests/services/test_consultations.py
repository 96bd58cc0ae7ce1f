from datetime import date, datetime, timedelta

import pytest

from cal_desktop.db.models import Initiative
from cal_desktop.errors import ValidationError
from cal_desktop.services import consultations as cs
from cal_desktop.services import visitors
from cal_desktop.services.consultations import ConsultationFilter, ConsultationInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def visitor(ctx):
    return visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79121112233"))


def test_quick_consultation_saved_with_staff_at_desk(ctx, visitor):
    row = cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="очно",
            topics=["drafting", "Поиск информации"],
            outcome="advised",
            summary="Скамейки во дворе",
            visitor_id=visitor.id,
            duration_min=20,
        ),
    )
    assert row.staff_id == ctx.actor.staff_id
    assert row.staff_name == "Иванова Мария Петровна"
    assert row.visitor_name == "Петрова Анна Сергеевна"
    assert {t.value for t in row.topics} == {"drafting", "info_search"}
    assert row.occurred_at.date() == date.today()
    assert [r.id for r in cs.todays_consultations(ctx)] == [row.id]


def test_declined_without_reason_is_refused_and_nothing_saved(ctx):
    with pytest.raises(ValidationError) as err:
        cs.create_consultation(ctx, ConsultationInput(channel="phone", topics=["other"], outcome="declined"))
    assert err.value.for_field("out_of_scope_reason") == "при отказе причина обязательна"
    assert cs.count_consultations(ctx) == 0
    ok = cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="phone",
            topics=["other"],
            outcome="declined",
            out_of_scope_reason="выборы, кандидаты, партии",
        ),
    )
    assert ok.out_of_scope_reason is not None and ok.out_of_scope_reason.value == "elections_politics"
    assert ok.visitor_id is None  # anonymous


def test_every_problem_is_named(ctx):
    with pytest.raises(ValidationError) as err:
        cs.create_consultation(
            ctx,
            ConsultationInput(
                channel="телеграф",
                topics=[],
                outcome="advised",
                duration_min=0,
                occurred_at=datetime.now() + timedelta(days=2),
                visitor_id=999,
            ),
        )
    fields = {e.field for e in err.value.errors}
    assert {"channel", "topics", "duration_min", "occurred_at", "visitor_id"} <= fields


def test_filters_narrow_the_list(ctx, visitor):
    base = datetime.now().replace(microsecond=0) - timedelta(days=40)
    for i, (channel, topic, outcome) in enumerate(
        [
            ("in_person", "drafting", "advised"),
            ("phone", "informing", "referred"),
            ("online", "drafting", "follow_up"),
        ]
    ):
        cs.create_consultation(
            ctx,
            ConsultationInput(
                channel=channel,
                topics=[topic],
                outcome=outcome,
                occurred_at=base + timedelta(days=i * 20),
                summary=f"Вопрос про Детскую площадку {i}",
                visitor_id=visitor.id if i else None,
            ),
        )
    assert cs.count_consultations(ctx) == 3
    assert cs.count_consultations(ctx, ConsultationFilter(topic="drafting")) == 2
    assert cs.count_consultations(ctx, ConsultationFilter(channel="по телефону")) == 1
    assert cs.count_consultations(ctx, ConsultationFilter(outcome="follow_up")) == 1
    assert cs.count_consultations(ctx, ConsultationFilter(date_from=(base + timedelta(days=10)).date())) == 2
    assert cs.count_consultations(ctx, ConsultationFilter(text="петрова")) == 2
    assert cs.count_consultations(ctx, ConsultationFilter(text="площадку 2")) == 1
    assert cs.count_consultations(ctx, ConsultationFilter(text="детскую")) == 3
    page = cs.list_consultations(ctx, ConsultationFilter(topic="drafting"), limit=1)
    assert page.total == 2 and len(page.items) == 1
    ids = cs.consultation_ids(ctx)
    assert [r.id for r in cs.consultation_rows(ctx, ids)] == ids
    assert cs.consultation_rows(ctx, ids)[0].occurred_at > cs.consultation_rows(ctx, ids)[-1].occurred_at


def test_follow_ups_due_today_and_overdue(ctx, visitor, db):
    today = date.today()
    c1 = cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person",
            topics=["drafting"],
            outcome="follow_up",
            visitor_id=visitor.id,
            occurred_at=datetime.now() - timedelta(days=10),
            follow_up_date=today - timedelta(days=2),
        ),
    )
    cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person",
            topics=["drafting"],
            outcome="follow_up",
            follow_up_date=today + timedelta(days=3),
        ),
    )
    with db.session() as s:
        s.add(
            Initiative(
                title="Сквер",
                category="improvement",
                status="shaping",
                created_on=today,
                search_text="сквер",
                next_step="Собрать подписи",
                next_step_date=today,
            )
        )
    due = cs.follow_ups_due(ctx)
    # newest first: today's step, then the meeting overdue since the day before yesterday
    assert [(f.kind, f.overdue) for f in due] == [("initiative", False), ("consultation", True)]
    assert due[1].visitor_name == "Петрова Анна Сергеевна"
    assert cs.count_follow_ups_due(ctx) == 2
    cs.mark_follow_up_done(ctx, c1.id)
    assert [f.kind for f in cs.follow_ups_due(ctx)] == ["initiative"]


def test_follow_ups_newest_first_and_the_limit_drops_the_oldest(ctx, visitor):
    today = date.today()
    for days in (30, 1, 12, 0, 5):
        cs.create_consultation(
            ctx,
            ConsultationInput(
                channel="in_person",
                topics=["drafting"],
                outcome="follow_up",
                visitor_id=visitor.id,
                occurred_at=datetime.now() - timedelta(days=40),
                follow_up_date=today - timedelta(days=days),
            ),
        )
    due = cs.follow_ups_due(ctx, limit=3)
    assert [f.due for f in due] == [today, today - timedelta(days=1), today - timedelta(days=5)]
    assert cs.count_follow_ups_due(ctx) == 5  # the desk says how many there are, not how many fit
