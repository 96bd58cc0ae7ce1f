"""The desk's visitor search puts the right person first (issue 11 point 3) and finds the first page the
fast way without changing it (issue 20 point 1)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from ranking_people import add_people
from sqlalchemy import delete, select

from cal_desktop.db.models import Consultation, Visitor
from cal_desktop.services import visitor_search, visitors
from cal_desktop.services.consultations import ConsultationInput, create_consultation, update_consultation
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo
from cal_desktop.services.search import find_visitors
from cal_desktop.services.visitor_search import ranked_visitor_ids
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def people(ctx: ServiceContext) -> dict[str, int]:
    return add_people(ctx, visitors, VisitorInput)


def _firsts(ctx: ServiceContext, query: str) -> list[str]:
    return [v.full_name.split()[1] for v in visitors.search_visitors(ctx, query)]


def test_an_initial_matches_the_start_of_the_first_name_then_the_patronymic(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    assert _firsts(ctx, "Щербакова Е") == ["Елена", "Анна"]
    assert _firsts(ctx, "щербакова е.г.") == ["Елена"]
    assert _firsts(ctx, "Щербакова Е Г") == ["Елена"]
    assert _firsts(ctx, "Щербакова Е.Г.") == ["Елена"]
    assert _firsts(ctx, "Щерб Ел") == ["Елена"]
    # the command line ranks the same way
    assert [h.id for h in find_visitors(ctx, "Щербакова Е")] == [people["Елена"], people["Анна"]]


def test_a_first_name_prefix_beats_the_patronymic_and_a_match_inside_it(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    assert _firsts(ctx, "Жуков Ти") == ["Тимур", "Антон", "Иван"]
    assert _firsts(ctx, "жук ти") == ["Тимур", "Антон", "Иван"]
    # one word: the surname first, then people whose first name starts with it, then patronymics
    other = visitors.create_visitor(ctx, VisitorInput("Абрамова", "Ирина", "Ивановна")).id
    longer = visitors.create_visitor(ctx, VisitorInput("Иванова", "Мария")).id
    exact = visitors.create_visitor(ctx, VisitorInput("Иван", "Ян")).id  # a surname that is the word
    found = [v.id for v in visitors.search_visitors(ctx, "иван")]
    assert found == [exact, longer, people["Иван"], other, people["Пётр"], people["Ольга"]]


def _visit(ctx: ServiceContext, visitor_id: int, days_ago: int) -> int:
    when = datetime.now().replace(microsecond=0) - timedelta(days=days_ago)
    data = ConsultationInput("in_person", ["informing"], "advised", visitor_id=visitor_id, occurred_at=when)
    return create_consultation(ctx, data).id


def test_equal_matches_are_ordered_by_the_last_visit_newest_first(
    ctx: ServiceContext, people: dict[str, int], db
) -> None:
    _visit(ctx, people["Ольга"], 30)
    _visit(ctx, people["Ирина"], 2)
    last_of_olga = _visit(ctx, people["Ольга"], 40)  # older than her first: changes nothing
    _visit(ctx, people["Юлия"], 10)
    never = ["Анна", "Валентина", "Елена", "Мария", "Наталья", "Татьяна"]  # in name order after them
    assert _firsts(ctx, "Щербакова") == ["Ирина", "Юлия", "Ольга", *never]
    # moving a consultation moves the person (kept by the database, whoever writes)
    moved = datetime.now().replace(microsecond=0) - timedelta(days=1)
    update_consultation(
        ctx,
        last_of_olga,
        ConsultationInput(
            "in_person", ["informing"], "advised", visitor_id=people["Ольга"], occurred_at=moved
        ),
    )
    assert _firsts(ctx, "Щербакова")[:3] == ["Ольга", "Ирина", "Юлия"]
    with db.session() as s:
        s.execute(delete(Consultation).where(Consultation.visitor_id == people["Ирина"]))
        assert s.scalar(select(Visitor.last_visit_at).where(Visitor.id == people["Ирина"])) is None
    assert _firsts(ctx, "Щербакова")[:3] == ["Ольга", "Юлия", "Анна"]
    # a first-name match still beats a later visit
    assert _firsts(ctx, "Щербакова и") == ["Ирина", "Ольга"]  # Ольга Ивановна: patronymic


def _random_queries(rnd: random.Random, people: list[tuple[str, str, str | None]], n: int) -> list[str]:
    queries = []
    for _ in range(n):
        last, first, middle = rnd.choice(people)
        k = rnd.randint(1, len(last))
        form = rnd.randrange(5)
        if form == 0:
            queries.append(last[:k])
        elif form == 1:
            queries.append(f"{last[:k]} {first[: rnd.randint(1, len(first))]}")
        elif form == 2:
            queries.append(f"{last} {first[0]}.{middle[0] + '.' if middle else ''}")
        elif form == 3:
            queries.append(first[: rnd.randint(min(3, len(first)), len(first))])  # infix: the full text
        else:
            queries.append(f"{last[:k]} {(middle or first)[: rnd.randint(1, 4)]}")
    return queries


@pytest.mark.parametrize("window", [visitor_search.RECENT_WINDOW, 25])
def test_early_stop_and_full_text_give_the_same_ranking(
    ctx: ServiceContext, window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a small window of recent visitors makes the early stop fall back to the index now and then
    monkeypatch.setattr(visitor_search, "RECENT_WINDOW", window)
    generate_demo(ctx, seed=5, visitors=400, months=2)
    with ctx.db.read() as s:
        demo = [
            tuple(r) for r in s.execute(select(Visitor.last_name, Visitor.first_name, Visitor.middle_name))
        ]
        rnd = random.Random(11)
        queries = _random_queries(rnd, demo, 150)
        spilled = 0  # queries whose surname range did not fill the page (both steps of the early stop)
        for query in queries:
            for limit in (5, 20):
                early = ranked_visitor_ids(s, query, limit)
                full = ranked_visitor_ids(s, query, limit, early_stop=False)
                assert early == full, (query, limit)
                assert full, query  # every query comes from a real name
            prefix = query.split()[0].lower().replace("ё", "е")
            spilled += any(
                not n.lower().replace("ё", "е").startswith(prefix)
                for n in s.scalars(select(Visitor.name_norm).where(Visitor.id.in_(early)))
            )
        assert spilled > 10
