"""Finding visitors, initiatives and officials by typed text (DOMAIN.md A6), for ``cal-desktop find``
and any quick-search box: case-insensitive, ё = е, parts of words, phone digits in any notation.

The matching itself is ``db.search.text_filter`` (an FTS5 trigram index on SQLite, LIKE elsewhere);
this module picks the rows and returns plain DTOs with ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cal_desktop.db.models import Initiative, Official, Organisation, Territory
from cal_desktop.db.search import query_terms, text_filter
from cal_desktop.domain import text
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitor_search import ranked_visitor_ids
from cal_desktop.services.visitors import _summaries  # the same rows as the desk's search

DEFAULT_LIMIT = 20
MAX_LIMIT = 500


@dataclass(frozen=True)
class VisitorHit:
    id: int
    full_name: str
    phone: str | None
    email: str | None
    territory: str | None


@dataclass(frozen=True)
class InitiativeHit:
    id: int
    title: str
    status: str
    category: str
    address: str | None
    territory: str | None


@dataclass(frozen=True)
class OfficialHit:
    id: int
    full_name: str
    position: str
    organisation_id: int
    organisation: str
    email: str | None
    phone: str | None


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def find_visitors(ctx: ServiceContext, query: str, limit: int = DEFAULT_LIMIT) -> list[VisitorHit]:
    """Visitors whose name parts, phone digits or e-mail contain every typed word, in the order the
    desk shows them (``services.visitor_search``: surname, first name, patronymic, last visit).

    A blank query finds nothing: this is a search, not a list. Erased (anonymised) people never match.
    """
    with ctx.db.read() as s:
        found = _summaries(s, ranked_visitor_ids(s, query, _limit(limit)))
        return [VisitorHit(v.id, v.full_name, v.phone, v.email, v.territory) for v in found]


def find_initiatives(ctx: ServiceContext, query: str, limit: int = DEFAULT_LIMIT) -> list[InitiativeHit]:
    """Initiatives whose title or address contains every typed word, newest first."""
    if not query_terms(query):
        return []
    stmt = (
        select(
            Initiative.id,
            Initiative.title,
            Initiative.status,
            Initiative.category,
            Initiative.address,
            Territory.name,
        )
        .outerjoin(Territory, Territory.id == Initiative.territory_id)
        .where(text_filter(Initiative.search_text, query))
        .order_by(Initiative.created_on.desc(), Initiative.id.desc())
        .limit(_limit(limit))
    )
    with ctx.db.read() as s:
        return [InitiativeHit(*r) for r in s.execute(stmt)]


def find_officials(ctx: ServiceContext, query: str, limit: int = DEFAULT_LIMIT) -> list[OfficialHit]:
    """Officials whose name, position or organisation contains every typed word; active ones first."""
    if not query_terms(query):
        return []
    stmt = (
        select(
            Official.id,
            Official.last_name,
            Official.first_name,
            Official.middle_name,
            Official.position,
            Organisation.id,
            Organisation.name,
            Official.email,
            Official.phone,
        )
        .join(Organisation, Organisation.id == Official.organisation_id)
        .where(text_filter(Official.search_text, query))
        .order_by(Official.active.desc(), Organisation.name, Official.last_name, Official.id)
        .limit(_limit(limit))
    )
    with ctx.db.read() as s:
        return [
            OfficialHit(r[0], text.full_name(r[1], r[2], r[3]), r[4], r[5], r[6], r[7], r[8])
            for r in s.execute(stmt)
        ]
