"""Visitor search as the desk shows it: the best match first, and the first page found quickly.

Which visitors match: every typed word occurs in the search text (name parts, phone digits, e-mail;
``db.search``). A one-letter word after the first must start the first name or the patronymic
(«Щербакова Е», «Щербакова Е.Г.»), not occur anywhere. When every word is shorter than the trigram
index needs (one or two letters), the first word must start the surname.

In which order (``_order``), each level breaking the ties of the one before:

1. the first word starts the surname: the whole surname first («Иванов» before «Иванова»), then a
   longer one, then everyone matched elsewhere;
2. another word (any word, when the first did not start the surname) starts the first name, else
   the patronymic, else neither («Жуков Ти»: Тимур, then Антон Тимофеевич, then Иван Константинович);
3. the last visit, newest first (people who never came last);
4. the name, then the id, so that the order is total.

Two ways to the same first page (a test compares them over random prefixes of the demo names):

- early stop: rows whose surname starts with the first word rank before all others, and the index on
  ``name_norm`` finds them as a range; when that range fills the page, nothing else is read. The
  others are taken level by level (first name, patronymic, neither), each in order of the last visit,
  so a common word is answered by the most recent visitors (``RECENT_WINDOW``) and a rare one by the
  full-text index;
- full text: every match (the FTS index for infix words, e.g. a first name or phone digits), ranked.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, not_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cal_desktop.db.models import Visitor
from cal_desktop.db.search import (
    MIN_INDEXED_TERM,
    like_filter,
    position_of,
    query_terms,
    terms_filter,
)

# How many of the most recently seen visitors the early stop reads for a page of 20 people matched
# outside the surname (a first name, phone digits, an e-mail; or a surname starting with a letter or
# two) before it asks the full-text or the name index; a longer page reads as many per 20 rows.
# A common word fills the page within them at once; a rare one is cheap for the index.
RECENT_WINDOW = 1500
_NAME_CHARS = frozenset("-'")

Order = list[Any]  # ORDER BY expressions: columns, CASEs, a computed last visit


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
    if not early_stop:
        return _ids(session, _matching(terms, sqlite), _order(terms, sqlite), limit)
    first, rest = terms[0], terms[1:]
    ids: list[int] = []
    if _is_name(first) and not rest:
        ids = _surname_tiers(session, first, sqlite, limit)
    elif _is_name(first):
        # the surname range, read through the name index; its few rows need no full-text index
        in_range = _matching(rest, sqlite, surname=first, like_only=True)
        ids = _ids(session, in_range, _order(terms, sqlite, in_range=True), limit)
    if len(ids) < limit and not short_only:  # one or two letters match surnames only
        ids += _outside_surname(session, terms, sqlite, limit - len(ids))
    return ids


def _surname_tiers(session: Session, word: str, sqlite: bool, limit: int) -> list[int]:
    """One word: the surname that is the word, then longer surnames starting with it, each by recency.
    A short word («к») starts thousands of surnames: the most recent visitors answer it first."""
    ids = _ids(session, _matching([], sqlite, surname=word + " "), _recency_order(sqlite), limit)
    need = limit - len(ids)
    if need == 0:
        return ids
    longer = and_(_starts(Visitor.name_norm, word), not_(_starts(Visitor.name_norm, word + " ")))
    # a word of three letters or more starts at most a few thousand surnames, ranked from the index
    # ``ix_visitors_name_recent`` at once; one or two letters start many more
    found = _recent(session, [], sqlite, longer, need) if len(word) < MIN_INDEXED_TERM else []
    if len(found) < need:
        in_range = _matching([], sqlite, surname=word).where(not_(_starts(Visitor.name_norm, word + " ")))
        found = _ids(session, in_range, _recency_order(sqlite), need)
    return ids + found


def _ids(session: Session, stmt: Select[Any], order: Order, limit: int) -> list[int]:
    return list(session.scalars(stmt.order_by(*order).limit(limit)))


def _outside_surname(session: Session, terms: list[str], sqlite: bool, need: int) -> list[int]:
    """The best ``need`` people whose surname does not start with the first word, found tier by tier:
    a word starting the first name, then the patronymic, then the rest; each tier is ordered by the
    last visit, so the most recent visitors answer a common word without the full-text index."""
    outside = not_(_starts(Visitor.name_norm, terms[0]))
    names = [t for t in terms if _is_name(t)]
    given, middle = _given_starts(names), _middle_starts(names)
    by_recency = _recency_order(sqlite)
    found: list[int] = []
    if names:
        found = _recent(session, terms, sqlite, and_(outside, given), need)
        if len(found) == need:
            return found
        # a word starting the first name or the patronymic starts a word after a space: the index
        # says at once when nobody has one («yandex»)
        starts = [" " + t for t in names]
        named = _matching(terms, sqlite, any_of=starts).where(outside, or_(given, middle))
        found = _ids(session, named, [_flag(given), *by_recency], need)
        if len(found) == need:
            return found
    rest = and_(outside, not_(given), not_(middle)) if names else outside
    recent = _recent(session, terms, sqlite, rest, need - len(found))
    if len(recent) < need - len(found):
        recent = _ids(session, _matching(terms, sqlite).where(rest), by_recency, need - len(found))
    return found + recent


def _recent(
    session: Session, terms: list[str], sqlite: bool, tier: ColumnElement[bool], need: int
) -> list[int]:
    """The first ``need`` people of ``tier`` among the ``RECENT_WINDOW`` most recent visitors (all who
    came at or after the visit of the last of them: a prefix of the order), in recency order; fewer
    means the window did not hold them all (the caller asks the index then). On SQLite the index
    ``ix_visitors_recent`` holds every column read here, so the window is read from it alone."""
    window = RECENT_WINDOW * max(1, -(-need // 20))  # a longer page needs a longer window
    since = session.scalar(
        select(Visitor.last_visit_at)
        .where(Visitor.anonymised_at.is_(None), Visitor.last_visit_at.is_not(None))
        .order_by(Visitor.last_visit_at.desc())
        .offset(window - 1)
        .limit(1)
    )
    if since is None:
        return []  # fewer visitors than the window: the index is as quick
    # the cheap test of the name first: SQLite checks the conditions in the order written
    conditions = _conditions(terms, sqlite, None, True, None) if terms else [Visitor.anonymised_at.is_(None)]
    stmt = select(Visitor.id).where(tier, Visitor.last_visit_at >= since, *conditions)
    return _ids(session, stmt, _recency_order(sqlite), need)


def _is_name(word: str) -> bool:
    """Whether the word could start a part of a name (letters, a hyphen, an apostrophe)."""
    return all(c.isalpha() or c in _NAME_CHARS for c in word)


def _starts(expr: ColumnElement[str] | InstrumentedAttribute[str], word: str) -> ColumnElement[bool]:
    # an exact comparison of the first characters: the columns and the words are normalised alike,
    # and it costs far less than LIKE on every ranked row
    return func.substr(expr, 1, len(word)) == word


def _surname_starts(word: str, sqlite: bool) -> ColumnElement[bool]:
    """``name_norm`` starts with ``word``. On SQLite (binary order) the same prefix as a range lets the
    index on ``name_norm`` find the rows; a server's linguistic collation may order U+FFFF anywhere, so
    there LIKE alone says it."""
    condition = Visitor.name_norm.startswith(word, autoescape=True)
    if sqlite:
        condition = and_(condition, Visitor.name_norm >= word, Visitor.name_norm < word + "\uffff")
    return condition


def _matching(
    terms: list[str],
    sqlite: bool,
    *,
    surname: str | None = None,
    like_only: bool = False,
    any_of: list[str] | None = None,
) -> Select[Any]:
    """Visitors matching ``terms`` (see the module's docstring); with ``surname``, only those whose
    surname starts with it, and ``terms`` are the other words. ``like_only`` checks the words row by
    row instead of asking the full-text index (the same answer, for a few known rows); ``any_of``:
    phrases of which one must occur too (``db.search.terms_filter``)."""
    return select(Visitor.id).where(*_conditions(terms, sqlite, surname, like_only, any_of))


def _conditions(
    terms: list[str], sqlite: bool, surname: str | None, like_only: bool, any_of: list[str] | None
) -> list[ColumnElement[bool]]:
    if surname is None and all(len(t) < MIN_INDEXED_TERM for t in terms):
        surname, terms = terms[0], terms[1:]  # one or two letters: surnames starting with them
    conditions: list[ColumnElement[bool]] = [Visitor.anonymised_at.is_(None)]
    if surname is not None:
        conditions.append(_surname_starts(surname, sqlite))
        later, words = terms, [t for t in terms if len(t) > 1]
    else:
        # one index query for all the words (the first one even when it has a single letter)
        later = terms[1:]
        words = terms[:1] + [t for t in later if len(t) > 1]
    if like_only:
        conditions.append(like_filter(Visitor.search_text, words))
    else:
        conditions.append(terms_filter(Visitor.search_text, words, any_of))
    # an initial: the start of a later word of the name (the first name or the patronymic)
    conditions += [Visitor.name_norm.contains(" " + t, autoescape=True) for t in later if len(t) == 1]
    return conditions


def _given_starts(words: list[str]) -> ColumnElement[bool]:
    """A word starts the first name: the second word of the normalised name."""
    given = func.substr(Visitor.name_norm, position_of(Visitor.name_norm, " ") + 1)
    return or_(*(_starts(given, w) for w in words)) if words else false()


def _middle_starts(words: list[str]) -> ColumnElement[bool]:
    """A word starts the patronymic: the third word of the normalised name or a later one."""
    parts = [Visitor.name_norm.like("% % " + _escape(w) + "%", escape="/") for w in words]
    return or_(*parts) if parts else false()


def _escape(word: str) -> str:
    return word.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _flag(condition: ColumnElement[bool]) -> ColumnElement[object]:
    return case((condition, 0), else_=1)


def _part(given: ColumnElement[bool], middle: ColumnElement[bool]) -> ColumnElement[object]:
    """The best part of the name a word starts: 0 the first name, 1 the patronymic, 2 neither."""
    return case((given, 0), (middle, 1), else_=2)


def _recency_order(sqlite: bool) -> Order:
    # stored on both engines: triggers on consultations keep it (migrations 0005 SQLite, 0008 PostgreSQL)
    return [Visitor.last_visit_at.desc().nulls_last(), Visitor.name_norm, Visitor.id]


def _order(terms: list[str], sqlite: bool, *, in_range: bool = False) -> Order:
    """The ranking (see the module's docstring) as ORDER BY expressions; ``in_range``: for rows whose
    surname starts with the first word (the other levels read only the later words then)."""
    first, rest = terms[0], terms[1:]
    by_recency = _recency_order(sqlite)
    exact = _starts(Visitor.name_norm, first + " ")
    rest_names = [t for t in rest if _is_name(t)]
    if in_range:
        if not rest_names:
            return [_flag(exact), *by_recency]
        return [
            _flag(exact),
            _part(_given_starts(rest_names), _middle_starts(rest_names)),
            _flag(_given_starts(rest_names[:1])),  # «Е Г»: Е… Г… before Г… Е… (the order typed)
            *by_recency,
        ]
    names = [t for t in terms if _is_name(t)]
    if not names:
        return by_recency  # phone digits, an e-mail: no part of the name can match, recency alone
    in_surname = _starts(Visitor.name_norm, first) if _is_name(first) else false()
    level = case((exact, 0), (in_surname, 1), else_=2)
    given = or_(and_(in_surname, _given_starts(rest_names)), and_(not_(in_surname), _given_starts(names)))
    middle = or_(and_(in_surname, _middle_starts(rest_names)), and_(not_(in_surname), _middle_starts(names)))
    in_order = and_(in_surname, _given_starts(rest_names[:1]))  # «Е Г»: Е… Г… before Г… Е…
    return [level, _part(given, middle), _flag(in_order), *by_recency]
