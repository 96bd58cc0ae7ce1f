"""Visitor search as the desk shows it: the best match first, and the first page found quickly.

Which visitors match: every typed word occurs in the search text (name parts, phone digits, e-mail;
``db.search``). A one-letter word after the first must start the first name or the patronymic
(«Щербакова Е», «Щербакова Е.Г.»), not occur anywhere. When every word is shorter than the trigram
index needs (one or two letters), the first word must start the surname.

In which order (``_order``), each level breaking the ties of the one before:

1. the first word starts the surname: the whole surname first («Иванов» before «Иванова»), then a
   longer one, then everyone matched elsewhere;
2. another word starts the first name («Жуков Ти»: Тимур before Иван Константинович);
3. another word starts the patronymic;
4. the last visit, newest first (people who never came last);
5. the name, then the id, so that the order is total.

Two ways to the same first page (a test compares them over random prefixes of the demo names):

- early stop: rows whose surname starts with the first word rank before all others, and the index on
  ``name_norm`` finds them as a range; when that range fills the page, nothing else is read;
- full text: every match (the FTS index for infix words, e.g. a first name or phone digits), ranked.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, String, and_, case, false, func, not_, or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Consultation, Visitor
from cal_desktop.db.search import MIN_INDEXED_TERM, query_terms, terms_filter


def ranked_visitor_ids(
    session: Session, query: str | None, limit: int, *, early_stop: bool = True
) -> list[int]:
    """Ids of the first ``limit`` visitors matching ``query``, best first (erased people never)."""
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    short_only = all(len(t) < MIN_INDEXED_TERM for t in terms)
    if short_only and terms[0].isdigit():
        return []  # one or two digits would match much of the base (search_ready never asks)
    order = _order(terms, sqlite)
    if short_only or not early_stop or not _is_name(terms[0]):
        return list(session.scalars(_matching(terms, sqlite).order_by(*order).limit(limit)))
    # the surname range, read through the name index; the first word needs no other check there
    in_range = _matching(terms[1:], sqlite, surname=terms[0])
    ids = list(session.scalars(in_range.order_by(*order).limit(limit)))
    if len(ids) < limit:
        rest = _matching(terms, sqlite).where(not_(_starts(Visitor.name_norm, terms[0])))
        ids += session.scalars(rest.order_by(*order).limit(limit - len(ids)))
    return ids


def _is_name(word: str) -> bool:
    return any(c.isalpha() for c in word)


def _starts(expr: ColumnElement[str], word: str) -> ColumnElement[bool]:
    return expr.startswith(word, autoescape=True)


def _surname_starts(word: str, sqlite: bool) -> ColumnElement[bool]:
    """``name_norm`` starts with ``word``. On SQLite (binary order) the same prefix as a range lets the
    index on ``name_norm`` find the rows; a server's linguistic collation may order U+FFFF anywhere, so
    there LIKE alone says it."""
    condition = _starts(Visitor.name_norm, word)
    if sqlite:
        condition = and_(condition, Visitor.name_norm >= word, Visitor.name_norm < word + "\uffff")
    return condition


def _matching(terms: list[str], sqlite: bool, *, surname: str | None = None) -> Select[tuple[int]]:
    """Visitors matching ``terms`` (see the module's docstring); with ``surname``, only those whose
    surname starts with it, and ``terms`` are the other words."""
    if surname is None and all(len(t) < MIN_INDEXED_TERM for t in terms):
        surname, terms = terms[0], terms[1:]  # one or two letters: surnames starting with them
    conditions = [Visitor.anonymised_at.is_(None)]
    if surname is not None:
        conditions.append(_surname_starts(surname, sqlite))
        later = terms
    else:
        conditions.append(terms_filter(Visitor.search_text, terms[:1]))
        later = terms[1:]
    conditions.append(terms_filter(Visitor.search_text, [t for t in later if len(t) > 1]))
    # an initial: the start of a later word of the name (the first name or the patronymic)
    conditions += [Visitor.name_norm.contains(" " + t, autoescape=True) for t in later if len(t) == 1]
    return select(Visitor.id).where(*conditions)


def _order(terms: list[str], sqlite: bool) -> list[ColumnElement[object]]:
    """The ranking (see the module's docstring) as ORDER BY expressions."""
    recency = Visitor.last_visit_at if sqlite else _last_visit()
    tail: list[ColumnElement[object]] = [recency.desc().nulls_last(), Visitor.name_norm, Visitor.id]
    if not _is_name(terms[0]) and len(terms) == 1:
        return tail  # phone digits: no part of the name can match, recency alone (and its index)
    first, rest = terms[0], terms[1:]
    surname_exact = _starts(Visitor.name_norm, first + " ")
    surname_prefix = _starts(Visitor.name_norm, first)
    # the normalised first name starts right after the surname; the patronymic ends the name
    given = func.substr(Visitor.name_norm, func.length(func.trim(Visitor.last_name)) + 2, type_=String())
    middle = func.substr(
        Visitor.name_norm,
        func.length(Visitor.name_norm) - func.length(func.trim(Visitor.middle_name)) + 1,
        type_=String(),
    )
    return [
        case((surname_exact, 0), (surname_prefix, 1), else_=2),
        _word_starts(given, surname_prefix, rest, terms),
        _word_starts(middle, surname_prefix, rest, terms),
        *tail,
    ]


def _word_starts(
    part: ColumnElement[str], surname_prefix: ColumnElement[bool], rest: list[str], terms: list[str]
) -> ColumnElement[object]:
    """0 when a typed word starts ``part``: one of the later words when the first word started the
    surname, any word otherwise; else 1."""

    def any_starts(words: list[str]) -> ColumnElement[bool]:
        return or_(*(_starts(part, w) for w in words)) if words else false()

    return case(
        (and_(surname_prefix, any_starts(rest)), 0),
        (and_(not_(surname_prefix), any_starts(terms)), 0),
        else_=1,
    )


def _last_visit() -> ColumnElement[object]:
    """The last visit computed (databases without the triggers that keep ``last_visit_at``)."""
    return (
        select(func.max(Consultation.occurred_at))
        .where(Consultation.visitor_id == Visitor.id)
        .correlate(Visitor)
        .scalar_subquery()
    )
