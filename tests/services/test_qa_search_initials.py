"""«Щербакова Е Г» means Е… Г…: the first name's initial first (found in the acceptance walk of issue 11).

Galina Eremeevna matched the same two initials the other way round and, the names being equally good
matches as a set of words, came first by the alphabet, above Elena Gennadyevna whom the staff member
meant.
"""

from __future__ import annotations

import pytest

from cal_desktop.services import search, visitors
from cal_desktop.services.visitor_search import ranked_visitor_ids
from cal_desktop.services.visitors import VisitorInput


@pytest.mark.parametrize("query", ["Щербакова Е Г", "Щербакова Е.Г.", "щербакова е г", "Щербакова Ел Г"])
def test_initials_in_the_order_typed_rank_first(ctx, query: str) -> None:  # type: ignore[no-untyped-def]
    for first, middle, phone in [
        ("Галина", "Еремеевна", "+79641002006"),
        ("Елена", "Геннадьевна", "+79641002002"),
        ("Ева", "Сергеевна", "+79641002004"),
    ]:
        visitors.create_visitor(ctx, VisitorInput("Щербакова", first, middle, phone=phone))
    desk = [v.full_name for v in visitors.search_visitors(ctx, query, 5)]
    assert desk[0] == "Щербакова Елена Геннадьевна", desk
    assert [v.full_name for v in search.find_visitors(ctx, query, 5)][0] == "Щербакова Елена Геннадьевна"
    with ctx.db.read() as s:  # the full-text way ranks alike
        assert ranked_visitor_ids(s, query, 5, early_stop=False)[:1] == ranked_visitor_ids(s, query, 5)[:1]
