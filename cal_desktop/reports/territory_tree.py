"""The territory tree of the report screen (issue 18, point 2): every level at once.

Each territory of the tree (settlement > district > microdistrict > street > yard) carries the period's
consultations (by the visitor's territory) and newly opened initiatives (by the initiative's territory)
of itself and everything below it; branches where nothing happened are left out. The database counts
per territory (two GROUP BYs); the sums up the tree are made here from ``parent_id`` (the territories
table is small: hundreds of rows, not the records).

A node's drill-down code is ``tree:<territory id>``: the services turn it into the ids of the subtree
and list the records as for a territory row of the splits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, column, func, select, table
from sqlalchemy.orm import Session

from cal_desktop.reports.model import NO_TERRITORY
from cal_desktop.reports.period import Period
from cal_desktop.reports.territory import territories

CODE_PREFIX = "tree:"
COUNTED = ("consultations", "initiatives")

consultations = table(
    "consultations", column("id", Integer), column("occurred_on", Date), column("visitor_id", Integer)
)
visitors = table("visitors", column("id", Integer), column("territory_id", Integer))
initiatives = table(
    "initiatives", column("id", Integer), column("created_on", Date), column("territory_id", Integer)
)
TABLES = (consultations, visitors, initiatives)


def tree(session: Session, period: Period) -> list[dict[str, Any]]:
    """Top-level nodes ``{id, name, kind, consultations, initiatives, children}``, then «не указана»."""
    own = {"consultations": _consultations(session, period), "initiatives": _initiatives(session, period)}
    rows = session.execute(
        select(territories.c.id, territories.c.parent_id, territories.c.kind, territories.c.name)
    )
    nodes: dict[int, dict[str, Any]] = {}
    parents: dict[int, int | None] = {}
    for tid, parent, kind, name in rows:
        nodes[tid] = {"id": tid, "name": name, "kind": kind, "children": [],
                      **{k: own[k].get(tid, 0) for k in COUNTED}}  # fmt: skip
        parents[tid] = parent
    for tid, node in nodes.items():
        _lift(node, parents, nodes, tid)
    roots: list[dict[str, Any]] = []
    for tid, node in nodes.items():
        if not any(node[k] for k in COUNTED):
            continue
        parent = parents[tid]
        (nodes[parent]["children"] if parent in nodes else roots).append(node)
    _sort(roots)
    unknown = {k: own[k].get(None, 0) for k in COUNTED}
    if any(unknown.values()):
        roots.append({"id": None, "name": NO_TERRITORY, "kind": None, "children": [], **unknown})
    return roots


def _lift(
    node: dict[str, Any], parents: dict[int, int | None], nodes: dict[int, dict[str, Any]], tid: int
) -> None:
    """Add a territory's own counts to every ancestor (a cycle in bad data stops the walk)."""
    own = {k: node[k] for k in COUNTED}
    if not any(own.values()):
        return
    seen = {tid}
    parent = parents.get(tid)
    while parent is not None and parent in nodes and parent not in seen:
        seen.add(parent)
        for k in COUNTED:
            nodes[parent][k] += own[k]
        parent = parents.get(parent)


def _sort(nodes: list[dict[str, Any]]) -> None:
    nodes.sort(key=lambda n: (-n["consultations"] - n["initiatives"], n["name"]))
    for n in nodes:
        _sort(n["children"])


def _consultations(session: Session, period: Period) -> dict[int | None, int]:
    c, v = consultations.c, visitors.c
    query = (
        select(v.territory_id, func.count())
        .select_from(consultations.outerjoin(visitors, v.id == c.visitor_id))
        .where(c.occurred_on.between(period.start, period.end))
        .group_by(v.territory_id)
    )
    return {tid: int(n) for tid, n in session.execute(query)}


def _initiatives(session: Session, period: Period) -> dict[int | None, int]:
    i = initiatives.c
    query = (
        select(i.territory_id, func.count())
        .where(i.created_on.between(period.start, period.end))
        .group_by(i.territory_id)
    )
    return {tid: int(n) for tid, n in session.execute(query)}


def subtree_ids(session: Session, root: int) -> list[int]:
    """The territory ``root`` and every territory below it."""
    children: dict[int | None, list[int]] = {}
    for tid, parent in session.execute(select(territories.c.id, territories.c.parent_id)):
        children.setdefault(parent, []).append(tid)
    out, todo, seen = [], [root], set()
    while todo:
        tid = todo.pop()
        if tid in seen:
            continue
        seen.add(tid)
        out.append(tid)
        todo.extend(children.get(tid, []))
    return out
