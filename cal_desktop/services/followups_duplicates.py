"""Likely duplicate visitors (issue 15 point 5, the list only: merging is not built yet).

Two records are likely the same person when they share the normalised surname and the phone, or the
surname and the birth date, or the e-mail. Read in one pass and grouped in Python: the e-mail has no
index, and a self-join over a hundred thousand visitors would compare every pair.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import select

from cal_desktop.db.models import Visitor
from cal_desktop.domain import text
from cal_desktop.domain.vocab import Role
from cal_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    reasons: tuple[str, ...]  # «телефон», «дата рождения», «e-mail»


def likely_duplicates(ctx: ServiceContext, limit: int = 200) -> list[DuplicatePair]:
    """Pairs of visitors that are probably one person, the strongest evidence first (coordinators)."""
    ctx.require(Role.COORDINATOR)
    groups: dict[tuple[str, object], list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    with ctx.db.read() as s:
        rows = s.execute(
            select(Visitor.id, Visitor.last_name, Visitor.first_name, Visitor.middle_name, Visitor.phone,
                   Visitor.birth_date, Visitor.email).where(Visitor.anonymised_at.is_(None))
        )  # fmt: skip
        for vid, last, first, middle, phone, born, email in rows:
            names[vid] = text.full_name(last, first, middle)
            surname = text.normalize(last)
            if phone:
                groups[("телефон", (surname, phone))].append(vid)
            if born:
                groups[("дата рождения", (surname, born))].append(vid)
            if email and email.strip():
                groups[("e-mail", text.normalize(email))].append(vid)
    reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
    for (reason, _key), ids in groups.items():
        if 1 < len(ids) <= 20:  # a shared office phone or e-mail of twenty people is not a duplicate
            for a, b in combinations(sorted(ids), 2):
                reasons[(a, b)].append(reason)
    pairs = sorted(reasons.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]
    return [DuplicatePair(a, b, names[a], names[b], tuple(sorted(r))) for (a, b), r in pairs]
