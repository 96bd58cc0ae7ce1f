"""The desk's visitor ranking on PostgreSQL: the last visit is computed there (no triggers keep it), the
surname range is a LIKE, and the early stop still gives the full-text order."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select

from cal_desktop.db.models import Visitor
from cal_desktop.services import consultations, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo
from cal_desktop.services.visitor_search import ranked_visitor_ids
from cal_desktop.services.visitors import VisitorInput


def test_ranking_on_postgres(ctx: ServiceContext) -> None:
    people = {}
    for first, middle in (("Анна", "Евгеньевна"), ("Елена", "Геннадьевна"), ("Ирина", "Петровна")):
        people[first] = visitors.create_visitor(ctx, VisitorInput("Щербакова", first, middle)).id
    for first, middle in (("Иван", "Константинович"), ("Антон", "Тимофеевич"), ("Тимур", "Русланович")):
        people[first] = visitors.create_visitor(ctx, VisitorInput("Жуков", first, middle)).id
    assert [v.id for v in visitors.search_visitors(ctx, "Щербакова Е.Г.")] == [people["Елена"]]
    assert [v.id for v in visitors.search_visitors(ctx, "Щербакова Е")] == [people["Елена"], people["Анна"]]
    assert [v.id for v in visitors.search_visitors(ctx, "Жуков Ти")] == [
        people["Тимур"],
        people["Антон"],
        people["Иван"],
    ]
    when = datetime.now().replace(microsecond=0) - timedelta(days=3)
    consultations.create_consultation(
        ctx,
        consultations.ConsultationInput(
            "in_person", ["informing"], "advised", visitor_id=people["Ирина"], occurred_at=when
        ),
    )
    assert visitors.search_visitors(ctx, "Щербакова")[0].id == people["Ирина"]  # the last visit first


def test_early_stop_gives_the_full_text_order_on_postgres(ctx: ServiceContext) -> None:
    generate_demo(ctx, seed=5, visitors=300, months=2)
    with ctx.db.read() as s:
        names = [tuple(r) for r in s.execute(select(Visitor.last_name, Visitor.first_name))]
        rnd = random.Random(3)
        for _ in range(60):
            last, first = rnd.choice(names)
            query = rnd.choice([last[: rnd.randint(1, len(last))], f"{last} {first[:2]}", first[:4]])
            assert ranked_visitor_ids(s, query, 10) == ranked_visitor_ids(s, query, 10, early_stop=False), (
                query
            )
