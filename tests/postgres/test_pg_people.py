"""Visitors, consultations, the audit log and signing in, on PostgreSQL.

Search runs on the portable LIKE fallback there (no FTS5): PostgreSQL's LIKE is case-sensitive, which is
right because ``search_text`` and the typed query are both normalised to lower case with ё = е.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Initiative
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import PermissionDenied, PossibleDuplicate
from cal_desktop.services import accounts, audit, visitors
from cal_desktop.services import consultations as cs
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.audit import AuditFilter
from cal_desktop.services.consultations import ConsultationFilter, ConsultationInput
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.search import find_visitors
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def people(ctx: ServiceContext) -> dict[str, int]:
    data = [
        VisitorInput("Ёлкина", "Алёна", "Сергеевна", phone="8 (912) 345-67-89"),
        VisitorInput("Иванов", "Пётр", "Ильич", phone="+7 903 000-11-22", email="petr_ivanov@mail.ru"),
        VisitorInput("Бондаренко", "Ольга", "Ивановна", email="petrXivanov@mail.ru"),
        VisitorInput("Ли", "Ян"),
    ]
    return {v.last_name: visitors.create_visitor(ctx, v).id for v in data}


def test_visitors_found_by_name_in_any_case_and_by_phone_digits(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    assert [h.full_name for h in find_visitors(ctx, "елкина")] == ["Ёлкина Алёна Сергеевна"]
    assert [h.full_name for h in find_visitors(ctx, "ЁЛКИНА ал")] == ["Ёлкина Алёна Сергеевна"]
    assert {h.id for h in find_visitors(ctx, "ИВАН")} == {people["Иванов"], people["Бондаренко"]}
    assert [h.id for h in find_visitors(ctx, "ли")] == [people["Ли"]]
    for typed in ("9123456", "+7 912 345", "8 (912) 345-67-89", "345-67"):
        assert [h.id for h in find_visitors(ctx, typed)] == [people["Ёлкина"]], typed
    assert visitors.list_visitors(ctx, "иванов").total == 2  # Иванов and Ивановна


def test_like_wildcards_typed_in_a_query_are_literal(ctx: ServiceContext, people: dict[str, int]) -> None:
    # "_" would match any one character ("petrXivanov") and "%" anything, if they were not escaped
    assert [h.id for h in find_visitors(ctx, "petr_ivanov")] == [people["Иванов"]]
    assert find_visitors(ctx, "petr%ivanov") == []
    assert find_visitors(ctx, "\\") == []


def test_duplicate_warning_and_update(ctx: ServiceContext, people: dict[str, int]) -> None:
    with pytest.raises(PossibleDuplicate) as err:
        visitors.create_visitor(ctx, VisitorInput("ёлкина ", "АЛЕНА", "Сергеевна", phone="89123456789"))
    assert err.value.existing_ids == [people["Ёлкина"]]
    visitors.update_visitor(ctx, people["Ли"], VisitorInput("Ли", "Ян", address="ул. Мира, 1"))
    assert visitors.get_visitor(ctx, people["Ли"]).address == "ул. Мира, 1"


def test_consultations_filters_and_follow_ups(
    ctx: ServiceContext, db: Database, people: dict[str, int]
) -> None:
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
                channel=channel, topics=[topic, "other"] if i == 0 else [topic], outcome=outcome,
                occurred_at=base + timedelta(days=i * 20), summary=f"Вопрос про Детскую площадку {i}",
                visitor_id=people["Ёлкина"] if i else None,
            ),
        )  # fmt: skip
    assert cs.count_consultations(ctx) == 3
    assert cs.count_consultations(ctx, ConsultationFilter(topic="drafting")) == 2
    assert cs.count_consultations(ctx, ConsultationFilter(channel="по телефону")) == 1
    assert cs.count_consultations(ctx, ConsultationFilter(outcome="follow_up")) == 1
    assert cs.count_consultations(ctx, ConsultationFilter(date_from=(base + timedelta(days=10)).date())) == 2
    assert cs.count_consultations(ctx, ConsultationFilter(date_to=base.date())) == 1
    assert cs.count_consultations(ctx, ConsultationFilter(text="елкина")) == 2
    assert cs.count_consultations(ctx, ConsultationFilter(text="площадку 2")) == 1
    page = cs.list_consultations(ctx, ConsultationFilter(topic="drafting"), limit=1)
    assert page.total == 2 and len(page.items) == 1
    rows = cs.consultation_rows(ctx, cs.consultation_ids(ctx))
    assert [r.occurred_at for r in rows] == sorted((r.occurred_at for r in rows), reverse=True)
    assert {t.value for t in rows[-1].topics} == {"drafting", "other"}

    today = date.today()
    late = cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person", topics=["drafting"], outcome="follow_up", visitor_id=people["Ли"],
            occurred_at=datetime.now() - timedelta(days=10), follow_up_date=today - timedelta(days=2),
        ),
    )  # fmt: skip
    cs.create_consultation(
        ctx,
        ConsultationInput(channel="in_person", topics=["drafting"], outcome="follow_up",
                          follow_up_date=today + timedelta(days=3)),
    )  # fmt: skip
    with db.session() as s:
        s.add(Initiative(title="Сквер", category="improvement", status="shaping", created_on=today,
                         search_text="сквер", next_step="Собрать подписи", next_step_date=today))  # fmt: skip
    due = cs.follow_ups_due(ctx)
    # newest first: today's step, then the meeting overdue since the day before yesterday
    assert [(f.kind, f.overdue) for f in due] == [("initiative", False), ("consultation", True)]
    assert due[1].visitor_name == "Ли Ян"
    assert cs.count_follow_ups_due(ctx) == 2
    cs.mark_follow_up_done(ctx, late.id)
    assert [f.kind for f in cs.follow_ups_due(ctx)] == ["initiative"]
    assert [r.id for r in cs.todays_consultations(ctx, (base + timedelta(days=20)).date())] != []


def test_audit_log_lists_who_did_what(ctx: ServiceContext, people: dict[str, int]) -> None:
    visitors.update_visitor(ctx, people["Ли"], VisitorInput("Ли", "Ян", notes="перезвонить"))
    audit.record_view(ctx, "visitor", people["Ли"])
    page = audit.list_audit(ctx, AuditFilter(entity="visitor", entity_id=people["Ли"]))
    assert [r.action for r in page.items] == ["view", "update", "create"]
    assert {r.staff_name for r in page.items} == {"Иванова Мария Петровна"}
    today = date.today()
    assert audit.list_audit(ctx, AuditFilter(date_from=today, date_to=today, action="create")).total == 4
    assert audit.list_audit(ctx, AuditFilter(date_to=today - timedelta(days=1))).total == 0


def test_sign_in_is_case_insensitive_and_locks_after_failures(db: Database) -> None:
    system = ServiceContext(db, SYSTEM)
    assert accounts.needs_first_admin(system)
    admin = accounts.create_first_admin(system, AccountInput("Admin", "Соколова Ольга Ивановна"), "secret123")
    actor = accounts.sign_in(system, "ADMIN", "secret123")
    assert actor.staff_id == admin.id and actor.role is Role.ADMIN
    for _ in range(accounts.MAX_FAILED):
        with pytest.raises(PermissionDenied, match="Неверное"):
            accounts.sign_in(system, "admin", "wrong-password1")
    with pytest.raises(PermissionDenied, match="заблокирована"):
        accounts.sign_in(system, "admin", "secret123")
    signed = audit.list_audit(system.acting_as(actor), AuditFilter(action="sign_in"))
    assert signed.total >= 1
