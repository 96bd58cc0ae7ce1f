"""Referrals that are followed up (issue 21): where to, «помогло ли?» as a follow-up, and the answer."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from cal_desktop.db.models_referrals import Referral
from cal_desktop.errors import ValidationError
from cal_desktop.services import consultations as cs
from cal_desktop.services import directory, followups, referrals, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.directory import OrganisationInput
from cal_desktop.services.referrals import ReferralInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


@pytest.fixture
def visitor(ctx):
    return visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79121112233"))


@pytest.fixture
def org(ctx):
    return directory.create_organisation(ctx, OrganisationInput(kind="partner", name="Фонд «Добрый двор»"))


def referred(ctx, referral, visitor_id=None, outcome="referred", days_ago=5):
    return cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person", topics=["info_search"], outcome=outcome, visitor_id=visitor_id,
            occurred_at=datetime.now() - timedelta(days=days_ago), referral=referral,
        ),
    )  # fmt: skip


def test_a_referral_with_a_check_back_date_asks_whether_it_helped(ctx, visitor, org):
    row = referred(ctx, ReferralInput(organisation_id=org.id, check_on=TODAY), visitor.id)
    item = referrals.for_consultation(ctx, row.id)
    assert item is not None and item.organisation_name == "Фонд «Добрый двор»" and item.result is None
    mine = followups.desk_list(ctx, "today")
    assert [(f.kind, f.title, f.visitor_name) for f in mine] == [
        ("referral", "Узнать, помогло ли обращение в «Фонд «Добрый двор»»", "Петрова Анна Сергеевна")
    ]
    answered = referrals.answer_follow_up(ctx, mine[0].id, "не помогло")
    assert answered.result_label == "не помогло" and answered.result_on == TODAY
    assert followups.desk_list(ctx, "today") == []  # done, kept as history
    assert [f.done_at is not None for f in followups.history(ctx, visitor_id=visitor.id)] == [True]


def test_free_text_organisation_without_a_date_makes_no_follow_up(ctx):
    row = referred(ctx, ReferralInput(organisation_name="  МФЦ Центрального района "))
    assert referrals.for_consultation(ctx, row.id).organisation_name == "МФЦ Центрального района"
    assert followups.desk_counts(ctx)["all"] == 0


def test_where_to_is_required_and_the_date_not_before_the_consultation(ctx):
    with pytest.raises(ValidationError) as e:
        referred(ctx, ReferralInput(organisation_name=" ", check_on=TODAY - timedelta(days=30)))
    assert {err.field for err in e.value.errors} == {"referral_organisation", "referral_check_on"}
    with pytest.raises(ValidationError) as e:
        referred(ctx, ReferralInput(organisation_name="Ок\x00"))
    assert e.value.errors[0].field == "referral_organisation"


def test_answer_in_the_form_closes_the_follow_up_and_a_changed_outcome_drops_the_referral(ctx, visitor, db):
    row = referred(ctx, ReferralInput(organisation_name="Соцзащита", check_on=TODAY + timedelta(days=7)), visitor.id)
    assert followups.desk_counts(ctx)["week"] == 1
    data = ConsultationInput(
        channel="in_person", topics=["info_search"], outcome="referred", visitor_id=visitor.id,
        occurred_at=row.occurred_at,
        referral=ReferralInput(organisation_name="Соцзащита", check_on=TODAY + timedelta(days=7), result="помогло"),
    )  # fmt: skip
    cs.update_consultation(ctx, row.id, data)
    assert referrals.for_consultation(ctx, row.id).result_label == "помогло"
    assert followups.desk_counts(ctx)["all"] == 0
    cs.update_consultation(ctx, row.id, ConsultationInput(
        channel="in_person", topics=["info_search"], outcome="advised", visitor_id=visitor.id,
        occurred_at=row.occurred_at,
    ))  # fmt: skip
    assert referrals.for_consultation(ctx, row.id) is None
    with db.read() as s:
        assert s.scalars(select(Referral)).all() == []


def test_an_update_that_knows_nothing_of_referrals_keeps_it(ctx):
    row = referred(ctx, ReferralInput(organisation_name="Соцзащита"))
    cs.update_consultation(ctx, row.id, ConsultationInput(
        channel="phone", topics=["info_search"], outcome="referred", occurred_at=row.occurred_at,
    ))  # fmt: skip
    assert referrals.for_consultation(ctx, row.id).organisation_name == "Соцзащита"


def test_a_deleted_directory_entry_keeps_the_name(ctx, org):
    row = referred(ctx, ReferralInput(organisation_id=org.id))
    directory.delete_organisation(ctx, org.id)
    item = referrals.for_consultation(ctx, row.id)
    assert item.organisation_id is None and item.organisation_name == "Фонд «Добрый двор»"
