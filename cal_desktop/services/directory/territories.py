"""The directory: the territory tree (subtree and ancestor queries, renaming, moving, deleting)."""

from __future__ import annotations

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Initiative,
    OfficialTerritory,
    Territory,
    Visitor,
)
from cal_desktop.domain import text
from cal_desktop.domain.vocab import (
    Role,
    TerritoryKind,
)
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import audit, territories
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext

# ------------------------------------------------------------------------------------- territories


def subtree_ids(territory_id: int) -> Select[tuple[int]]:
    """A SELECT of the territory and all its descendants (a recursive CTE; portable SQL)."""
    tree = select(Territory.id).where(Territory.id == territory_id).cte("subtree", recursive=True)
    tree = tree.union_all(select(Territory.id).where(Territory.parent_id == tree.c.id))
    return select(tree.c.id)


def ancestor_ids(territory_id: int) -> Select[tuple[int]]:
    """A SELECT of the territory and every territory above it."""
    up = (
        select(Territory.id, Territory.parent_id, literal(0).label("depth"))
        .where(Territory.id == territory_id)
        .cte("ancestors", recursive=True)
    )
    up = up.union_all(
        select(Territory.id, Territory.parent_id, (up.c.depth + 1).label("depth")).where(
            Territory.id == up.c.parent_id
        )
    )
    return select(up.c.id)


def rename_territory(ctx: ServiceContext, territory_id: int, name: str) -> None:
    ctx.require(Role.COORDINATOR)
    check = Checker()
    clean = check.required("name", "Название территории", name)
    check.done()
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        _refuse_sibling_clash(s, clean, territory.parent_id, territory_id)
        territory.name = clean
        territory.name_norm = text.normalize(clean)
        audit.record(s, ctx, "update", "territory", territory_id, name=clean)


def set_territory_kind(ctx: ServiceContext, territory_id: int, kind: str) -> None:
    ctx.require(Role.COORDINATOR)
    check = Checker()
    parsed = check.code("kind", "Вид территории", kind, TerritoryKind.parse)
    check.done()
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        territory.kind = str(parsed)
        audit.record(s, ctx, "update", "territory", territory_id, kind=str(parsed))


def move_territory(ctx: ServiceContext, territory_id: int, new_parent_id: int | None) -> None:
    """Put a territory (with its subtree) under another parent; never under itself or its descendant."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        if new_parent_id is not None:
            get_or_404(s, Territory, new_parent_id, "Территория")
            if new_parent_id in set(s.scalars(subtree_ids(territory_id))):
                raise ValidationError.single(
                    "parent_id", "Входит в", "нельзя перенести территорию внутрь её самой"
                )
        _refuse_sibling_clash(s, territory.name, new_parent_id, territory_id)
        territory.parent_id = new_parent_id
        audit.record(s, ctx, "move", "territory", territory_id, parent_id=new_parent_id)


def delete_territory(ctx: ServiceContext, territory_id: int) -> None:
    """Delete a territory nothing refers to (no child territories, visitors, initiatives, officials)."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        territory = get_or_404(s, Territory, territory_id, "Территория")
        uses = {
            "вложенные территории": select(func.count()).where(Territory.parent_id == territory_id),
            "посетители": select(func.count()).where(Visitor.territory_id == territory_id),
            "инициативы": select(func.count()).where(Initiative.territory_id == territory_id),
            "должностные лица": select(func.count()).where(OfficialTerritory.territory_id == territory_id),
        }
        used = [f"{what}: {n}" for what, q in uses.items() if (n := s.scalar(q) or 0)]
        if used:
            raise Conflict(
                f"Территорию «{territory.name}» нельзя удалить, она используется ({'; '.join(used)})."
            )
        s.delete(territory)
        audit.record(s, ctx, "delete", "territory", territory_id, name=territory.name)


def create_territory(
    ctx: ServiceContext, name: str, kind: str = TerritoryKind.DISTRICT, parent_id: int | None = None
) -> int:
    """Create a territory (coordinators only); an existing one with that name under that parent is reused."""
    ctx.require(Role.COORDINATOR)
    return territories.create_territory(ctx, name, kind, parent_id)


def _refuse_sibling_clash(session: Session, name: str, parent_id: int | None, own_id: int) -> None:
    query = select(Territory.id).where(Territory.name_norm == text.normalize(name), Territory.id != own_id)
    query = query.where(
        Territory.parent_id.is_(None) if parent_id is None else Territory.parent_id == parent_id
    )
    if session.scalars(query.limit(1)).first() is not None:
        raise Conflict(f"Территория «{name}» уже есть на этом уровне.")
