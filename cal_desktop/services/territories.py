"""The territory tree: settlement > district > microdistrict > street > yard."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Territory
from cal_desktop.domain.text import normalize
from cal_desktop.domain.vocab import TerritoryKind
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class TerritoryDTO:
    id: int
    name: str
    kind: TerritoryKind
    parent_id: int | None
    path: str  # «Центральный район / мкр. Северный»


def list_territories(ctx: ServiceContext) -> list[TerritoryDTO]:
    """The whole tree in display order (parents before children); territories are few."""
    with ctx.db.read() as s:
        rows = s.execute(select(Territory.id, Territory.name, Territory.kind, Territory.parent_id)).all()
    by_id = {r.id: r for r in rows}

    def path(tid: int) -> str:
        names: list[str] = []
        seen: set[int] = set()
        current: int | None = tid
        while current is not None and current in by_id and current not in seen:
            seen.add(current)
            names.append(by_id[current].name)
            current = by_id[current].parent_id
        return " / ".join(reversed(names))

    items = [TerritoryDTO(r.id, r.name, TerritoryKind(r.kind), r.parent_id, path(r.id)) for r in rows]
    return sorted(items, key=lambda t: t.path.lower())


def create_territory(
    ctx: ServiceContext, name: str, kind: str = TerritoryKind.DISTRICT, parent_id: int | None = None
) -> int:
    with ctx.db.session() as s:
        return _create_territory(s, ctx, name, kind, parent_id)


def _create_territory(
    session: Session, ctx: ServiceContext, name: str, kind: str, parent_id: int | None
) -> int:
    check = Checker()
    clean = check.required("name", "Название территории", name)
    parsed_kind = check.code("kind", "Вид территории", kind, TerritoryKind.parse)
    check.done()
    if parent_id is not None:
        get_or_404(session, Territory, parent_id, "Территория")
    existing = _find(session, clean, parent_id)
    if existing is not None:
        return existing
    territory = Territory(name=clean, name_norm=normalize(clean), kind=str(parsed_kind), parent_id=parent_id)
    session.add(territory)
    session.flush()
    audit.record(session, ctx, "create", "territory", territory.id, name=clean)
    return territory.id


def _find(session: Session, name: str, parent_id: int | None) -> int | None:
    query = select(Territory.id).where(Territory.name_norm == normalize(name))
    query = query.where(
        Territory.parent_id.is_(None) if parent_id is None else Territory.parent_id == parent_id
    )
    return session.scalars(query.limit(1)).first()


def _resolve_by_name(session: Session, ctx: ServiceContext, name: str | None) -> int | None:
    """The territory of that name anywhere in the tree, created at the top level if unknown (imports)."""
    if not name or not name.strip():
        return None
    found = session.scalars(
        select(Territory.id).where(Territory.name_norm == normalize(name)).order_by(Territory.id).limit(1)
    ).first()
    if found is not None:
        return found
    return _create_territory(session, ctx, name, TerritoryKind.SETTLEMENT, None)


def top_level_ancestor(session: Session, territory_id: int) -> int:
    """The root of the branch a territory belongs to (reports split by top-level territory)."""
    current = session.get(Territory, territory_id)
    seen: set[int] = set()
    while current is not None and current.parent_id is not None and current.id not in seen:
        seen.add(current.id)
        current = session.get(Territory, current.parent_id)
    return current.id if current is not None else territory_id
