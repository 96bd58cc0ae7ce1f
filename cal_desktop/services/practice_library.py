"""Reading the practice library (issue 18, point 4): letters for the editor, similar cases for the card.

Letters are chosen for the letter being written: the same template (or, for a centre's own template,
the same kind of appeal), ranked by the same category of initiative and the same kind of authority
(both first, then either); a search narrows them to letters holding every word. Cases for the
initiative card: finished initiatives of other centres in the same category, those of the same kind of
territory first, then the quickest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select

from cal_desktop.db.models import Initiative, Official, Organisation, PracticeCase, PracticeLetter, Territory
from cal_desktop.domain.anonymise import authority_kind
from cal_desktop.domain.text import normalize
from cal_desktop.domain.vocab import AuthorityKind, Category, InitiativeStatus
from cal_desktop.services.context import ServiceContext

LIMIT = 100


@dataclass(frozen=True)
class LibraryLetter:
    id: int
    centre: str
    category: str  # Russian label
    authority_kind: str  # Russian label, «» when unknown
    template_id: str | None
    text: str
    same_category: bool
    same_authority: bool

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class LibraryCase:
    id: int
    centre: str
    category: str
    territory_kind: str | None
    path: list[tuple[str, int]]  # (status label, days)
    total_days: int | None
    authority_kinds: list[str]
    summary: str | None
    letters: int


@dataclass(frozen=True)
class LetterContext:
    """What the editor's letter is about: its template, its appeal kind, category and authority kind."""

    template_id: str
    appeal_kind: str | None
    category: str | None
    authority_kind: str | None


def letter_context(
    ctx: ServiceContext,
    template_id: str,
    appeal_kind: str | None,
    initiative_id: int | None,
    official_id: int | None,
) -> LetterContext:
    with ctx.db.read() as s:
        category = (
            s.scalar(select(Initiative.category).where(Initiative.id == initiative_id))
            if initiative_id
            else None
        )
        org = None
        if official_id is not None:
            org = s.scalar(
                select(Organisation.name).join(Official, Official.organisation_id == Organisation.id)
                .where(Official.id == official_id)
            )  # fmt: skip
    return LetterContext(template_id, appeal_kind, category, authority_kind(org).value if org else None)


def library_size(ctx: ServiceContext) -> int:
    with ctx.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(PracticeLetter)) or 0)


def letters_for(
    ctx: ServiceContext, about: LetterContext, query: str = "", limit: int = LIMIT
) -> list[LibraryLetter]:
    """Library letters for the letter being written, best matches first (see the module's docstring)."""
    same_template = PracticeLetter.template_id == about.template_id
    if about.appeal_kind:
        same_template = or_(same_template, PracticeLetter.appeal_kind == about.appeal_kind)
    same_category = PracticeCase.category == (about.category or "")
    same_authority = PracticeLetter.authority_kind == (about.authority_kind or "")
    score = case((same_category, 2), else_=0) + case((same_authority, 1), else_=0)
    where = [same_template]
    where += [PracticeLetter.search_text.contains(w, autoescape=True) for w in normalize(query).split()]
    with ctx.db.read() as s:
        rows = s.execute(
            select(
                PracticeLetter, PracticeCase.centre_name, PracticeCase.category, same_category, same_authority
            )
            .join(PracticeCase, PracticeCase.id == PracticeLetter.case_id)
            .where(and_(*where))
            .order_by(score.desc(), PracticeLetter.id)
            .limit(limit)
        ).all()
    return [
        LibraryLetter(
            letter.id,
            centre,
            _label(Category, category),
            _label(AuthorityKind, letter.authority_kind),
            letter.template_id,
            letter.text,
            bool(cat),
            bool(auth),
        )  # fmt: skip
        for letter, centre, category, cat, auth in rows
    ]


def similar_cases(ctx: ServiceContext, initiative_id: int, limit: int = 20) -> list[LibraryCase]:
    """Other centres' finished initiatives like this one (same category; same territory kind first)."""
    with ctx.db.read() as s:
        row = s.execute(
            select(Initiative.category, Territory.kind)
            .outerjoin(Territory, Territory.id == Initiative.territory_id)
            .where(Initiative.id == initiative_id)
        ).first()
        if row is None:
            return []
        category, kind = row
        letters = select(func.count()).where(PracticeLetter.case_id == PracticeCase.id).scalar_subquery()
        cases = s.execute(
            select(PracticeCase, letters)
            .where(PracticeCase.category == category)
            .order_by(case((PracticeCase.territory_kind == (kind or ""), 0), else_=1),
                      PracticeCase.total_days.is_(None), PracticeCase.total_days, PracticeCase.id)
            .limit(limit)
        ).all()  # fmt: skip
    return [_case(c, n) for c, n in cases]


def _case(c: PracticeCase, letters: int) -> LibraryCase:
    try:
        path = [
            (_label(InitiativeStatus, p.get("status")), int(p.get("days") or 0))
            for p in json.loads(c.path_json)
        ]
    except (ValueError, TypeError, AttributeError):
        path = []
    kinds = [_label(AuthorityKind, k) for k in c.authority_kinds.split(",") if k]
    return LibraryCase(c.id, c.centre_name, _label(Category, c.category), c.territory_kind, path, c.total_days,
                       kinds, c.summary, int(letters or 0))  # fmt: skip


def _label(vocab: type[Category] | type[AuthorityKind] | type[InitiativeStatus], code: str | None) -> str:
    try:
        return vocab(code).label if code else ""
    except ValueError:
        return code or ""
