"""The demo generator on PostgreSQL: its bulk insert path (explicit ids through the driver), and the
desk's everyday work on top of the demo data (new rows must get ids after the demo's)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Appeal, Consultation, Initiative, Visitor
from cal_desktop.domain.vocab import InitiativeStatus
from cal_desktop.services import appeals, consultations, directory, initiatives, reports, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo
from cal_desktop.services.search import find_visitors

ANCHOR = date(2026, 6, 15)


@pytest.fixture
def demo(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    return generate_demo(ctx, seed=5, visitors=300, months=3, today=ANCHOR)


def test_demo_writes_consistent_data(ctx: ServiceContext, db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    assert demo.visitors == 300 and demo.consultations >= 300
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visitor)) == 300
        assert s.scalar(select(func.count()).select_from(Consultation)) == demo.consultations
        assert set(s.scalars(select(Initiative.status).distinct())) == {st.value for st in InitiativeStatus}
        first, last = s.execute(
            select(func.min(Consultation.occurred_on), func.max(Consultation.occurred_on))
        ).one()
        # dates arrive as dates (not text), inside the three months
        assert isinstance(first, date) and date(2026, 3, 15) <= first <= last <= ANCHOR
        some = s.execute(select(Visitor.last_name, Visitor.phone).where(Visitor.phone.is_not(None))).first()
    assert some is not None
    assert find_visitors(ctx, some.last_name.upper(), limit=500)
    assert find_visitors(ctx, "8" + some.phone[2:])


def test_the_desk_keeps_working_after_the_demo(ctx: ServiceContext, db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    """The demo writes explicit ids; PostgreSQL's id sequences must continue after them, else the first
    visitor a desk registers after the demo fails with a duplicate key."""
    person = visitors.create_visitor(ctx, visitors.VisitorInput("Щукина", "Вера", "Павловна"))
    c = consultations.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person", topics=["info_search"], outcome="advised", visitor_id=person.id,
            occurred_at=datetime(2026, 6, 15, 11, 0),
        ),
    )  # fmt: skip
    card = initiatives.create_initiative(
        ctx, initiatives.InitiativeInput("Скамейки у школы", "improvement"), author_id=person.id
    )
    initiatives.change_status(ctx, card.id, "shaping", comment="после демо")
    org = directory.create_organisation(ctx, directory.OrganisationInput("authority", "Дума города"))
    official = directory.create_official(
        ctx, directory.OfficialInput(org.id, "председатель", "Орлов", "Иван", "Петрович")
    )
    filed = appeals.register_appeal(
        ctx, appeals.AppealInput(sent_date=date(2026, 6, 15), channel="post", official_id=official.id,
                                 initiative_id=card.id, subject="О скамейках"),
    )  # fmt: skip
    with db.read() as s:
        max_visitor = s.scalar(select(func.max(Visitor.id)))
        assert person.id == max_visitor and person.id > 300
        assert c.id == s.scalar(select(func.max(Consultation.id)))
        assert card.id == s.scalar(select(func.max(Initiative.id)))
        numbers = list(s.scalars(select(Appeal.number).where(Appeal.sent_date >= date(2026, 1, 1))))
    # the register continues the demo's numbering
    assert numbers.count(filed.number) == 1 and len(numbers) > 1
    assert [h.id for h in find_visitors(ctx, "щукина")] == [person.id]


def test_monthly_report_over_the_demo_matches_the_rows(ctx: ServiceContext, db: Database, demo) -> None:  # type: ignore[no-untyped-def]
    data = reports.monthly_report(ctx, 2026, 5)
    with db.read() as s:
        may = s.scalar(
            select(func.count())
            .select_from(Consultation)
            .where(Consultation.occurred_on >= date(2026, 5, 1), Consultation.occurred_on < date(2026, 6, 1))
        )
    assert may and data.figures["consultations.total"] == may
