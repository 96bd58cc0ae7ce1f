"""Text search over the normalised ``search_text`` columns (DOMAIN.md A6).

``text_filter(column, query)`` is the one API the services call: a WHERE condition saying that every
word of the typed query occurs in the record's search text, as part of a word (case-insensitive, ё = е,
phone digits without punctuation, because the column and the query are normalised the same way by
``domain.text``).

Two implementations hide behind it, picked when the statement is compiled for a database:

- SQLite: an FTS5 index with the trigram tokenizer (tables ``fts_<table>``, external content, kept in
  sync by triggers that migration 0002 creates). A trigram index finds any substring of three or more
  characters, so terms of 3+ characters are answered by the index; shorter terms (and columns without
  an index) use LIKE on the normalised column, AND-ed with the index condition.
- any other database (PostgreSQL): LIKE on the normalised column, which is portable and correct.

Query words are always searched literally: each one becomes a quoted FTS5 phrase (so ``AND``,
``NEAR(``, ``*`` and quotes mean nothing special) or an escaped LIKE pattern (``%`` and ``_``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Integer,
    and_,
    column,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import Grouping
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal

from cal_desktop.db.search_schema import SEARCH_TABLE_PREFIX
from cal_desktop.domain.text import normalize, phone_digits

_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")  # «е.г.», «е.г», «е.»: initials typed together

# Tables whose ``search_text`` column has an FTS5 trigram index on SQLite (created by migration 0002).
INDEXED_TABLES: tuple[str, ...] = ("visitors", "initiatives", "organisations", "officials", "appeals")
SEARCH_COLUMN = "search_text"
MIN_INDEXED_TERM = 3  # the trigram tokenizer cannot match fewer than three characters


def fts_table(table_name: str) -> str:
    return f"{SEARCH_TABLE_PREFIX}{table_name}"


# ------------------------------------------------------------------------------------- query terms


def _clean(text_: str) -> str:
    # Control characters and lone surrogates cannot be typed, but must not break the query either
    # (SQLite stops reading an FTS5 string at NUL; a lone surrogate cannot be encoded in UTF-8).
    return "".join(c for c in text_ if unicodedata.category(c) not in ("Cc", "Cs") or c in "\t\n\r")


def query_terms(query: str | None) -> list[str]:
    """The words of a typed query, normalised; a phone-like query becomes its digits."""
    cleaned = normalize(_clean(query or ""))
    if not cleaned:
        return []
    if _PHONE_LIKE.match(cleaned) and sum(c.isdigit() for c in cleaned) >= 3:
        digits = phone_digits(cleaned)
        if cleaned.lstrip().startswith("+7") or (len(digits) == 11 and digits[0] == "8"):
            digits = digits[1:]  # "+7 912..." and "8 912..." both match the 10 national digits
        return [digits]
    words = [w for w in re.split(r"[\s,;]+", cleaned) if w]
    return [part for w in words for part in (w.replace(".", " ").split() if _INITIALS.match(w) else [w])]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_query(terms: list[str]) -> str:
    """An FTS5 query matching every term literally: each one a quoted phrase (quotes doubled)."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def fit_column(column_: InstrumentedAttribute[str] | ColumnElement[str], value: str) -> str:
    """``value`` cut to the column's declared length, for texts derived from several fields (search
    texts): PostgreSQL refuses a VARCHAR(n) value longer than n, SQLite stores it whole. Only the end of
    an unusually long text is lost, so a search still finds the record by its first fields."""
    clause = getattr(column_, "__clause_element__", None)
    col = clause() if clause is not None else column_
    length = getattr(getattr(col, "type", None), "length", None)
    return value[:length] if length else value


# ------------------------------------------------------------------------------------- the filter


class _TextMatch(ColumnElement[bool]):
    """A condition compiled as an FTS5 lookup on SQLite and as LIKE elsewhere (same meaning), always in
    parentheses so that NOT / OR around it keep their meaning."""

    type = Boolean()
    inherit_cache = True
    # A condition in itself: without this SQLAlchemy writes "(...) = 1" on SQLite, which hides the
    # IN (rowid list) from the planner and turns every search into a full table scan.
    _is_implicitly_boolean = True
    _traverse_internals = [
        ("portable", InternalTraversal.dp_clauseelement),
        ("sqlite", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, portable: ColumnElement[bool], sqlite: ColumnElement[bool]) -> None:
        self.portable = portable
        self.sqlite = sqlite


@compiles(_TextMatch)
def _compile_portable(element: _TextMatch, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(Grouping(element.portable), **kw))


@compiles(_TextMatch, "sqlite")
def _compile_sqlite(element: _TextMatch, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(Grouping(element.sqlite), **kw))


def like_filter(
    column_: InstrumentedAttribute[str] | ColumnElement[str], terms: list[str]
) -> ColumnElement[bool]:
    """Every one of these words occurs in ``column_``, checked row by row without the index: the same
    answer as ``terms_filter``, cheaper for rows already narrowed down by another index."""
    clause = getattr(column_, "__clause_element__", None)
    col = cast(ColumnElement[str], clause() if clause is not None else column_)
    return _like_all(col, terms) if terms else true()


def _like_all(col: ColumnElement[str], terms: list[str]) -> ColumnElement[bool]:
    return and_(*(col.like(f"%{_escape_like(t)}%", escape="\\") for t in terms))


def _indexed_table(col: ColumnElement[str]) -> tuple[Any, str] | None:
    """The (selectable, FTS table name) behind a ``search_text`` column, when it has an index."""
    owner = getattr(col, "table", None)
    if owner is None or getattr(col, "name", None) != SEARCH_COLUMN:
        return None
    base = getattr(owner, "element", owner)  # an aliased table points at the real one
    name = getattr(base, "name", None)
    if name not in INDEXED_TABLES or "id" not in owner.c:
        return None
    return owner, fts_table(name)


def text_filter(
    column_: InstrumentedAttribute[str] | ColumnElement[str], query: str | None
) -> ColumnElement[bool]:
    """Every query word occurs in ``column_`` (a normalised search column); true for an empty query."""
    return terms_filter(column_, query_terms(query))


def terms_filter(
    column_: InstrumentedAttribute[str] | ColumnElement[str],
    terms: list[str],
    any_of: list[str] | None = None,
) -> ColumnElement[bool]:
    """Every one of these (already normalised, see ``query_terms``) words occurs in ``column_``, and,
    given ``any_of``, at least one of those literal phrases too (spaces count: «␣ольг» is a word
    starting with «ольг»). One index query answers both, so the rarest part decides its cost."""
    alternatives = any_of or []
    if not terms and not alternatives:
        return true()
    # an ORM attribute (also of an aliased class) gives its column, bound to the right table or alias
    clause = getattr(column_, "__clause_element__", None)
    col = cast(ColumnElement[str], clause() if clause is not None else column_)
    portable = _like_all(col, terms)
    if alternatives:
        portable = and_(portable, or_(*(col.like(f"%{_escape_like(p)}%", escape="\\") for p in alternatives)))
    indexed = _indexed_table(col)
    long_terms = [t for t in terms if len(t) >= MIN_INDEXED_TERM]
    if indexed is None or not long_terms or any(len(p) < MIN_INDEXED_TERM for p in alternatives):
        return portable
    owner, fts_name = indexed
    fts = table(fts_name, column("rowid"))
    query = fts_query(long_terms)
    if alternatives:
        query += " AND (" + " OR ".join(fts_query([p]) for p in alternatives) + ")"
    matching = select(fts.c.rowid).where(literal_column(fts_name).op("MATCH")(query))
    conditions = [owner.c.id.in_(matching)]
    short_terms = [t for t in terms if len(t) < MIN_INDEXED_TERM]
    if short_terms:
        conditions.append(_like_all(col, short_terms))
    return _TextMatch(portable, and_(*conditions))


# ------------------------------------------------------------------------------ index maintenance


def search_index_ddl(table_name: str) -> list[str]:
    """SQL creating the FTS5 index of one table and the triggers keeping it in sync (idempotent).

    The index is "external content": it stores only the trigrams and reads the text from the table,
    so the triggers must hand it exactly the old text on delete and update.
    """
    fts = fts_table(table_name)
    col = SEARCH_COLUMN
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({col}, content='{table_name}', "
        f"content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table_name} BEGIN "
        f"INSERT INTO {fts}(rowid, {col}) VALUES (new.id, new.{col}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table_name} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {col}) VALUES ('delete', old.id, old.{col}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {col}, id ON {table_name} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {col}) VALUES ('delete', old.id, old.{col}); "
        f"INSERT INTO {fts}(rowid, {col}) VALUES (new.id, new.{col}); END",
    ]


def install_search_index(conn: Connection, tables: tuple[str, ...] = INDEXED_TABLES) -> None:
    """Create (if missing) and rebuild the indexes of ``tables``. SQLite only; a no-op elsewhere.

    A later migration that batch-alters one of these tables (SQLite copies the table, which drops its
    triggers) must call this for that table afterwards.
    """
    if conn.dialect.name != "sqlite":
        return
    for name in tables:
        for statement in search_index_ddl(name):
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"INSERT INTO {fts_table(name)}({fts_table(name)}) VALUES ('rebuild')")


def drop_search_triggers(conn: Connection, tables: tuple[str, ...] = INDEXED_TABLES) -> None:
    """Stop keeping the indexes in sync (SQLite): for a bulk load inside ONE transaction, which must end
    with ``install_search_index`` (triggers back, indexes rebuilt). Measured on 30,000 visitors:
    3.9 s of CPU with the triggers, 2.1 s without them plus the rebuild."""
    if conn.dialect.name != "sqlite":
        return
    for name in tables:
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts_table(name)}_{suffix}")


def rebuild_search_index(
    session_or_conn: Session | Connection, tables: tuple[str, ...] = INDEXED_TABLES
) -> None:
    """Re-read every indexed table into its index (after bulk loading with triggers off, or repairs)."""
    conn = session_or_conn.connection() if isinstance(session_or_conn, Session) else session_or_conn
    if conn.dialect.name != "sqlite":
        return
    for name in tables:
        conn.exec_driver_sql(f"INSERT INTO {fts_table(name)}({fts_table(name)}) VALUES ('rebuild')")


def optimize_search_index(
    session_or_conn: Session | Connection, tables: tuple[str, ...] = INDEXED_TABLES
) -> None:
    """Merge each index into one b-tree segment (after a bulk load: measured 14 ms -> 1.5 ms for a
    common 4-letter query on 100,000 visitors, cold cache)."""
    conn = session_or_conn.connection() if isinstance(session_or_conn, Session) else session_or_conn
    if conn.dialect.name != "sqlite":
        return
    for name in tables:
        conn.exec_driver_sql(f"INSERT INTO {fts_table(name)}({fts_table(name)}) VALUES ('optimize')")


def search_index_problems(conn: Connection) -> list[str]:
    """What is wrong with the search index (missing triggers, index out of step); empty when sound."""
    if conn.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    triggers = {
        r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).fetchall()
    }
    for name in INDEXED_TABLES:
        fts = fts_table(name)
        missing = [t for t in (f"{fts}_ai", f"{fts}_ad", f"{fts}_au") if t not in triggers]
        if missing:
            problems.append(f"поисковый индекс таблицы {name}: нет триггеров {', '.join(missing)}")
            continue
        try:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # sqlite reports a corrupt or stale index as an error
            problems.append(f"поисковый индекс таблицы {name} не согласован с данными: {exc}")
    # the last visit that ranks visitor search (migration 0005): lost if a migration copied the table
    missing = [t for t in LAST_VISIT_TRIGGERS if t not in triggers]
    if missing:
        problems.append(
            f"дата последнего визита посетителей не обновляется: нет триггеров {', '.join(missing)}"
        )
    return problems


LAST_VISIT_TRIGGERS = tuple(f"trg_consultations_last_visit_{s}" for s in ("ai", "ad", "au"))


# ------------------------------------------------------------------------- portable string function


class position_of(FunctionElement[int]):  # noqa: N801 (used like a SQL function)
    """1-based position of ``needle`` in ``haystack``, 0 when absent: SQLite's ``instr``, elsewhere
    (PostgreSQL) ``strpos``; both count characters."""

    type = Integer()
    inherit_cache = True
    name = "position_of"


@compiles(position_of)
def _compile_position(element: position_of, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


@compiles(position_of, "sqlite")
def _compile_position_sqlite(element: position_of, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"
