"""The demo carries the network's data (issue 18): partners' kinds of help and hours, authorities' ИНН."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import InitiativePartner, Organisation
from cal_desktop.domain.requisites import inn_problem
from cal_desktop.services import reports
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo


def test_partners_have_kinds_and_hours_and_authorities_a_valid_inn(ctx: ServiceContext, db: Database) -> None:
    generate_demo(ctx, seed=11, visitors=1500, months=12, today=date(2026, 6, 15))
    with db.read() as s:
        partners = s.execute(select(InitiativePartner.kind, InitiativePartner.hours)).all()
        inns = s.scalars(select(Organisation.inn).where(Organisation.kind == "authority")).all()
    assert partners and all(kind for kind, _ in partners)
    assert all(hours for kind, hours in partners if kind == "volunteers")
    assert any(hours for _, hours in partners) and any(kind == "money" for kind, _ in partners)
    assert inns and all(inn and inn_problem(inn) is None for inn in inns) and len(set(inns)) == len(inns)
    year = reports.period_report(ctx, date(2025, 6, 16), date(2026, 6, 15))
    in_kind = sum(1 for kind, _ in partners if kind == "in_kind")
    assert year.figures["resources.in_kind_count"] == in_kind
    assert year.figures["effort.volunteer_hours"] == sum(h or 0 for _, h in partners)
