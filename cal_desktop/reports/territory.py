"""Figures by territory at the level the coordinator chooses (issue 18): district, microdistrict, street.

The territory tree is settlement > district > microdistrict > street > yard. At level L a record counts
under the ancestor (or itself) of kind L; a record whose territory is only known more coarsely (a
visitor recorded with a district at the street level) counts under that coarser territory, marked
«(точнее не указано)», and a record below L is lifted up to L. The ``top`` level is the top of the tree
(the A3 default). Names that two territories share at a level (two «ул. Садовая») get their parent's
name in brackets.

The database counts per territory (one GROUP BY over the period's rows); a recursive CTE then walks up
from only those few territories, and the counts are lifted to their level here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Integer, String, column, func, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from cal_desktop.domain.vocab import TerritoryKind
from cal_desktop.reports.model import NO_TERRITORY

TOP = "top"
LEVELS = (TOP, TerritoryKind.DISTRICT.value, TerritoryKind.MICRODISTRICT.value, TerritoryKind.STREET.value)
LEVEL_LABELS = {TOP: "верхний уровень", "district": "район", "microdistrict": "микрорайон", "street": "улица"}
COARSER = "точнее не указано"
INITIATIVES_KEY = "initiatives.by_territory"
LEVEL_KEY = "territory.level"
_RANK = {k.value: n for n, k in enumerate(TerritoryKind)}  # settlement 0 ... yard 4

territories = table(
    "territories",
    column("id", Integer),
    column("parent_id", Integer),
    column("kind", String),
    column("name", String),
)


def check_level(level: str | None) -> str:
    """The level's code (``None`` = top); raises ValueError with the allowed codes in Russian."""
    level = (level or TOP).strip().lower()
    if level not in LEVELS:
        raise ValueError(f"уровень территории «{level}»: ожидается один из {', '.join(LEVELS)}")
    return level


def count(
    session: Session, territory_col: Any, frm: Any, where: ColumnElement[bool], level: str
) -> dict[str, int]:
    """Records of ``frm`` matching ``where``, by the territory ``territory_col`` lifted to ``level``."""
    query = select(territory_col, func.count()).select_from(frm).where(where).group_by(territory_col)
    per_territory = {tid: int(n) for tid, n in session.execute(query)}
    labels = labels_at(session, [t for t in per_territory if t is not None], level)
    result: dict[str, int] = {}
    if level == TOP:  # every top-level territory is listed, with zero when nothing came from it
        for name in session.scalars(select(territories.c.name).where(territories.c.parent_id.is_(None))):
            result.setdefault(name, 0)
    for tid, n in per_territory.items():
        label = labels.get(tid, NO_TERRITORY) if tid is not None else NO_TERRITORY
        result[label] = result.get(label, 0) + n
    result.setdefault(NO_TERRITORY, 0)
    return result


def labels_at(session: Session, ids: Iterable[int], level: str) -> dict[int, str]:
    """The label of each territory in ``ids`` at ``level`` (see the module's rules)."""
    chains = _chains(session, list(ids))
    chosen = {tid: _choose(chain, level) for tid, chain in chains.items()}
    # a name shared by two different territories at this level gets its parent's name
    owners: dict[str, set[int]] = {}
    for node in chosen.values():
        owners.setdefault(node["name"], set()).add(node["id"])
    labels = {}
    for tid, node in chosen.items():
        label = node["name"]
        if len(owners[label]) > 1 and node["parent_name"]:
            label = f"{label} ({node['parent_name']})"
        if node["coarser"]:
            label = f"{label} ({COARSER})"
        labels[tid] = label
    return labels


def ids_for_label(session: Session, ids: Iterable[int], level: str, label: str) -> list[int]:
    """Which of the territories ``ids`` carry ``label`` at ``level`` (the drill-down of a row)."""
    return [tid for tid, lab in labels_at(session, ids, level).items() if lab == label]


def all_ids(session: Session) -> list[int]:
    return list(session.scalars(select(territories.c.id)))


def _chains(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For each id, its ancestors from itself upwards: [{id, kind, name, parent_name}, ...].

    The recursive CTE collects every ancestor of the given territories (a few per territory); the
    order up the chain is then followed through ``parent_id`` here (no depth column: portable types).
    """
    if not ids:
        return {}
    t = territories.alias("t")
    up = (
        select(territories.c.id.label("node"))
        .where(territories.c.id.in_(ids))
        .cte("territory_up", recursive=True)
    )
    up = up.union_all(select(t.c.parent_id).join(up, t.c.id == up.c.node).where(t.c.parent_id.is_not(None)))
    node = territories.alias("node")
    parent = territories.alias("parent")
    query = (
        select(node.c.id, node.c.parent_id, node.c.kind, node.c.name, parent.c.name)
        .select_from(node.outerjoin(parent, parent.c.id == node.c.parent_id))
        .where(node.c.id.in_(select(up.c.node)))
    )
    nodes = {
        nid: {"id": nid, "parent_id": pid, "kind": kind, "name": name, "parent_name": pname}
        for nid, pid, kind, name, pname in session.execute(query)
    }
    chains: dict[int, list[dict[str, Any]]] = {}
    for start in ids:
        chain, seen, current = [], set(), nodes.get(start)
        while current is not None and current["id"] not in seen:  # a cycle in bad data ends the walk
            seen.add(current["id"])
            chain.append(current)
            current = nodes.get(current["parent_id"])
        if chain:
            chains[start] = chain
    return chains


def _choose(chain: list[dict[str, Any]], level: str) -> dict[str, Any]:
    """The node a territory counts under: the top of its chain, or the nearest one of kind ``level`` (or
    coarser, which is then marked) walking up from the territory itself."""
    if level == TOP:
        return {**chain[-1], "coarser": False}
    wanted = _RANK[level]
    for node in chain:
        rank = _RANK.get(node["kind"], len(_RANK))
        if rank <= wanted:
            return {**node, "coarser": rank < wanted}
    return {**chain[-1], "coarser": False}


def level_of(values: Mapping[str, Any]) -> str:
    return str(values.get(LEVEL_KEY) or TOP)
