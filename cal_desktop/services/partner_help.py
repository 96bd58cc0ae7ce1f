"""What a partner gives an initiative (issue 18, point 5): the kind of help and the volunteers' hours.

Recorded on the initiative's partner link (``initiative_partners.kind``/``hours``); the report counts
``effort.volunteer_hours`` and ``resources.in_kind_count`` from them (``reports/effort.py``). Money is a
kind a partner may give, but it is not counted as a resource of the centre.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cal_desktop.db.models import InitiativePartner
from cal_desktop.domain.vocab import ContributionKind
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext

MAX_HOURS = 100_000
LABELS = {"kind": "Вид помощи", "hours": "Часов волонтёров"}


@dataclass(frozen=True)
class PartnerHelp:
    link_id: int
    kind: ContributionKind | None
    hours: int | None


def help_of(ctx: ServiceContext, initiative_id: int) -> dict[int, PartnerHelp]:
    """The help of each partner of the initiative, by the partner link's id."""
    with ctx.db.read() as s:
        rows = s.execute(
            select(InitiativePartner.id, InitiativePartner.kind, InitiativePartner.hours).where(
                InitiativePartner.initiative_id == initiative_id
            )
        ).all()
    return {r[0]: PartnerHelp(r[0], _kind(r[1]), r[2]) for r in rows}


def set_help(ctx: ServiceContext, link_id: int, kind: str | None, hours: int | str | None) -> PartnerHelp:
    """Record the kind of help and the volunteers' hours of a partner of an initiative."""
    c = Checker()
    parsed = c.code("kind", LABELS["kind"], kind, ContributionKind.parse, required=False)
    clean_hours = _hours(c, hours)
    c.done()
    with ctx.db.session() as s:
        link = get_or_404(s, InitiativePartner, link_id, "Партнёр инициативы")
        link.kind = parsed.value if parsed is not None else None
        link.hours = clean_hours
        audit.record(s, ctx, "update", "initiative_partner", link.id, kind=link.kind, hours=link.hours)
        return PartnerHelp(link.id, parsed, clean_hours)


def _hours(c: Checker, hours: int | str | None) -> int | None:
    if hours is None or str(hours).strip() in ("", "0"):
        return None
    try:
        value = int(str(hours).strip())
    except ValueError:
        c.fail("hours", LABELS["hours"], "нужно целое число часов")
        return None
    if not 0 <= value <= MAX_HOURS:
        c.fail("hours", LABELS["hours"], f"от 0 до {MAX_HOURS}")
        return None
    return value


def _kind(code: str | None) -> ContributionKind | None:
    try:
        return ContributionKind(code) if code else None
    except ValueError:
        return None
