"""Suggestions on the initiative card (issue 4 item 6): who to write to, who could help, who supported
initiatives here before. Each list is computed by the database for one initiative.

- Officials: active officials of active authorities whose categories include the initiative's category.
  Those whose territories cover the initiative's territory (it or a territory above it) come first; the
  closer their territory is to the initiative's, the higher; then the others with the category.
- Partners: active partners whose offered resources share a word with a resource the initiative still
  needs. Words are compared in their dictionary form (pymorphy3 normal forms, stored in the
  ``resource_norm`` columns by ``directory.resource_norm``): «краска» matches «краски и кисти».
  Partners already taking part are left out.
- Visitors: residents who were co-authors, supporters or volunteers of other initiatives in the same
  territory or inside it, and who are not members of this one yet; the most active first. Erased
  people and those who withdrew their consent (152-FZ: processing stops) are never suggested.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Integer, and_, case, cast, exists, func, literal, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Initiative,
    InitiativeMember,
    InitiativePartner,
    InitiativeResource,
    Official,
    OfficialCategory,
    OfficialTerritory,
    Organisation,
    PartnerResource,
    Territory,
    Visitor,
)
from cal_desktop.domain import text
from cal_desktop.domain.vocab import MemberRole, OrganisationKind
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import resource_norm, subtree_ids

HELPER_ROLES = (MemberRole.CO_AUTHOR.value, MemberRole.SUPPORTER.value, MemberRole.VOLUNTEER.value)


@dataclass(frozen=True)
class OfficialSuggestion:
    official_id: int
    organisation: str
    position: str
    full_name: str
    territory_match: bool  # handles the initiative's territory (or one above it), not only its category
    territory: str | None  # the matching territory


@dataclass(frozen=True)
class PartnerSuggestion:
    organisation_id: int
    name: str
    offers: tuple[str, ...]  # the partner's resources that match
    needs: tuple[str, ...]  # the initiative's needs they match
    score: int  # matching words


@dataclass(frozen=True)
class VisitorSuggestion:
    visitor_id: int
    full_name: str
    phone: str | None
    initiatives: int  # how many initiatives in the territory they helped
    last_added_on: date  # their latest help


@dataclass(frozen=True)
class Suggestions:
    officials: list[OfficialSuggestion] = field(default_factory=list)
    partners: list[PartnerSuggestion] = field(default_factory=list)
    visitors: list[VisitorSuggestion] = field(default_factory=list)


def suggestions(ctx: ServiceContext, initiative_id: int, limit: int = 10) -> Suggestions:
    """All three lists for the initiative card."""
    with ctx.db.read() as s:
        initiative = get_or_404(s, Initiative, initiative_id, "Инициатива")
        return Suggestions(
            _officials(s, initiative, limit), _partners(s, initiative, limit), _visitors(s, initiative, limit)
        )


def suggest_officials(ctx: ServiceContext, initiative_id: int, limit: int = 10) -> list[OfficialSuggestion]:
    with ctx.db.read() as s:
        return _officials(s, get_or_404(s, Initiative, initiative_id, "Инициатива"), limit)


def suggest_partners(ctx: ServiceContext, initiative_id: int, limit: int = 10) -> list[PartnerSuggestion]:
    with ctx.db.read() as s:
        return _partners(s, get_or_404(s, Initiative, initiative_id, "Инициатива"), limit)


def suggest_visitors(ctx: ServiceContext, initiative_id: int, limit: int = 10) -> list[VisitorSuggestion]:
    with ctx.db.read() as s:
        return _visitors(s, get_or_404(s, Initiative, initiative_id, "Инициатива"), limit)


# ---------------------------------------------------------------------------------------- officials


def _ancestors_with_depth(territory_id: int):  # type: ignore[no-untyped-def]
    """A CTE (id, depth) of the territory (depth 0) and every territory above it."""
    up = (
        select(Territory.id, Territory.parent_id, literal(0).label("depth"))
        .where(Territory.id == territory_id)
        .cte("covering", recursive=True)
    )
    return up.union_all(
        select(Territory.id, Territory.parent_id, (up.c.depth + 1).label("depth")).where(
            Territory.id == up.c.parent_id
        )
    )


def _officials(session: Session, initiative: Initiative, limit: int) -> list[OfficialSuggestion]:
    has_category = exists().where(
        OfficialCategory.official_id == Official.id, OfficialCategory.category == initiative.category
    )
    base = (
        select(
            Official.id,
            Organisation.name,
            Official.position,
            Official.last_name,
            Official.first_name,
            Official.middle_name,
        )
        .join(Organisation, Organisation.id == Official.organisation_id)
        .where(Official.active.is_(True), Organisation.active.is_(True), has_category)
    )
    if initiative.territory_id is None:
        rows = session.execute(
            base.add_columns(literal(None).label("depth"), literal(None).label("tname"))
            .order_by(Organisation.name_norm, Official.last_name, Official.id)
            .limit(limit)
        ).all()
    else:
        covering = _ancestors_with_depth(initiative.territory_id)
        closest = (
            select(OfficialTerritory.official_id, func.min(covering.c.depth).label("depth"))
            .join(covering, covering.c.id == OfficialTerritory.territory_id)
            .group_by(OfficialTerritory.official_id)
            .subquery()
        )
        name_of_closest = (
            select(Territory.name)
            .join(OfficialTerritory, OfficialTerritory.territory_id == Territory.id)
            .join(covering, covering.c.id == Territory.id)
            .where(OfficialTerritory.official_id == Official.id, covering.c.depth == closest.c.depth)
            .limit(1)
            .scalar_subquery()
        )
        rows = session.execute(
            base.add_columns(closest.c.depth, name_of_closest.label("tname"))
            .outerjoin(closest, closest.c.official_id == Official.id)
            # matching territory first (nearest first), then category only
            .order_by(
                case((closest.c.depth.is_(None), 1), else_=0),
                closest.c.depth,
                Organisation.name_norm,
                Official.last_name,
                Official.id,
            )
            .limit(limit)
        ).all()
    return [
        OfficialSuggestion(r[0], r[1], r[2], text.full_name(r[3], r[4], r[5]), r[6] is not None, r[7])
        for r in rows
    ]


# ----------------------------------------------------------------------------------------- partners


def _needed_words(session: Session, initiative_id: int) -> dict[str, list[str]]:
    """Each word still needed -> the needs (as typed) it comes from."""
    words: dict[str, list[str]] = {}
    for resource, norm in session.execute(
        select(InitiativeResource.resource, InitiativeResource.resource_norm).where(
            InitiativeResource.initiative_id == initiative_id, InitiativeResource.found.is_(False)
        )
    ):
        for word in (norm or resource_norm(resource)).split():
            words.setdefault(word, []).append(resource)
    return words


def _partners(session: Session, initiative: Initiative, limit: int) -> list[PartnerSuggestion]:
    words = _needed_words(session, initiative.id)
    if not words:
        return []
    padded = literal(" ") + PartnerResource.resource_norm + literal(" ")
    hits = {w: padded.like(f"% {w} %") for w in words}
    score = sum((cast(case((h, 1), else_=0), Integer) for h in hits.values()), literal(0))
    already = select(InitiativePartner.organisation_id).where(
        InitiativePartner.initiative_id == initiative.id
    )
    columns = [
        PartnerResource.organisation_id,
        Organisation.name,
        PartnerResource.resource,
        score.label("score"),
    ]
    columns += [case((h, 1), else_=0).label(f"w{i}") for i, h in enumerate(hits.values())]
    rows = session.execute(
        select(*columns)
        .join(Organisation, Organisation.id == PartnerResource.organisation_id)
        .where(
            Organisation.kind == OrganisationKind.PARTNER.value,
            Organisation.active.is_(True),
            PartnerResource.organisation_id.not_in(already),
            score > 0,
        )
        .order_by(Organisation.name_norm, PartnerResource.id)
    ).all()
    word_list = list(words)
    grouped: dict[int, tuple[str, list[str], list[str], set[str]]] = {}
    for row in rows:
        org_id: int = row[0]  # type: ignore[assignment]
        name, offer = str(row[1]), str(row[2])
        _, offers, needs, matched = grouped.setdefault(org_id, (name, [], [], set()))
        offers.append(offer)
        for i, word in enumerate(word_list):
            if row[4 + i]:
                matched.add(word)
                for need in words[word]:
                    if need not in needs:
                        needs.append(need)
    result = [
        PartnerSuggestion(org_id, name, tuple(offers), tuple(needs), len(matched))
        for org_id, (name, offers, needs, matched) in grouped.items()
    ]
    result.sort(key=lambda p: (-p.score, text.normalize(p.name)))
    return result[:limit]


# ----------------------------------------------------------------------------------------- visitors


def _visitors(session: Session, initiative: Initiative, limit: int) -> list[VisitorSuggestion]:
    if initiative.territory_id is None:
        return []
    members_here = select(InitiativeMember.visitor_id).where(InitiativeMember.initiative_id == initiative.id)
    count = func.count(func.distinct(InitiativeMember.initiative_id)).label("n")
    latest = func.max(InitiativeMember.added_on).label("latest")
    rows = session.execute(
        select(
            Visitor.id,
            Visitor.last_name,
            Visitor.first_name,
            Visitor.middle_name,
            Visitor.phone,
            count,
            latest,
        )
        .join(InitiativeMember, InitiativeMember.visitor_id == Visitor.id)
        .join(Initiative, Initiative.id == InitiativeMember.initiative_id)
        .where(
            and_(
                InitiativeMember.role.in_(HELPER_ROLES),
                Initiative.id != initiative.id,
                Initiative.territory_id.in_(subtree_ids(initiative.territory_id)),
                Visitor.id.not_in(members_here),
                Visitor.anonymised_at.is_(None),
                Visitor.consent_withdrawn_date.is_(None),  # 152-FZ: no new processing after withdrawal
            )
        )
        .group_by(Visitor.id, Visitor.last_name, Visitor.first_name, Visitor.middle_name, Visitor.phone)
        .order_by(count.desc(), latest.desc(), Visitor.last_name, Visitor.id)
        .limit(limit)
    ).all()
    return [VisitorSuggestion(r[0], text.full_name(r[1], r[2], r[3]), r[4], r[5], r[6]) for r in rows]
