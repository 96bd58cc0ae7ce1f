"""Search over the normalised columns (DOMAIN A6): FTS5 trigram index on SQLite, LIKE fallback."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, select, update
from sqlalchemy.dialects import postgresql

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Visitor
from cal_desktop.db.search import (
    fts_query,
    query_terms,
    rebuild_search_index,
    search_index_problems,
    text_filter,
)
from cal_desktop.domain.text import normalized_full_name, parse_phone, visitor_search_text

PEOPLE = [
    ("Ёлкина", "Алёна", "Петровна", "8 (912) 345-67-89", None),
    ("Иванов", "Сергей", "Олегович", "+7 903 111 22 33", "ivanov@mail.ru"),
    ("Петрова", "Анна", "Ивановна", None, "anna_p@ya.ru"),
    ("Ли", "Юн", None, None, None),
    ("Цой", "Виктор", "Робертович", "+7 921 000 00 01", None),
]


def _add(
    db: Database, last: str, first: str, middle: str | None, phone: str | None, email: str | None
) -> int:
    e164 = parse_phone(phone)
    with db.session() as s:
        v = Visitor(
            last_name=last,
            first_name=first,
            middle_name=middle,
            phone=e164,
            email=email,
            name_norm=normalized_full_name(last, first, middle),
            search_text=visitor_search_text(last, first, middle, e164, email),
        )
        s.add(v)
        s.flush()
        return v.id


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    return {p[0]: _add(db, *p) for p in PEOPLE}


def _find(db: Database, query: str) -> list[str]:
    with db.read() as s:
        rows = s.scalars(
            select(Visitor.last_name).where(text_filter(Visitor.search_text, query)).order_by(Visitor.id)
        )
        return list(rows)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("елкина", ["Ёлкина"]),
        ("ЁЛКИНА алена", ["Ёлкина"]),
        ("ИВАН", ["Иванов", "Петрова"]),  # Иванов and Ивановна
        ("иванов сер", ["Иванов"]),
        ("9123456", ["Ёлкина"]),
        ("8 (912) 345-67-89", ["Ёлкина"]),
        ("+7 912 345", ["Ёлкина"]),
        ("89123456789", ["Ёлкина"]),
        ("mail.ru", ["Иванов"]),
        ("anna_p", ["Петрова"]),
        ("ли", ["Ли"]),  # two letters: no trigram, LIKE fallback
        ("ц", ["Цой"]),
        ("цой в", ["Цой"]),  # a long and a short term together
        ("кин", ["Ёлкина"]),  # the middle of a word
        ("смирнов", []),
    ],
)
def test_search_finds_people_as_staff_type_them(
    db: Database, people: dict[str, int], query: str, expected: list[str]
) -> None:
    assert _find(db, query) == expected


def test_empty_query_matches_everyone(db: Database, people: dict[str, int]) -> None:
    assert len(_find(db, "  ")) == len(PEOPLE)


def test_sqlite_uses_the_fts_index_for_long_terms(db: Database) -> None:
    stmt = select(Visitor.id).where(text_filter(Visitor.search_text, "иванов"))
    sql = str(stmt.compile(db.engine))
    assert "fts_visitors MATCH" in sql
    short = str(select(Visitor.id).where(text_filter(Visitor.search_text, "ив")).compile(db.engine))
    assert "fts_visitors" not in short and "LIKE" in short


def test_postgresql_gets_the_portable_like() -> None:
    stmt = select(Visitor.id).where(text_filter(Visitor.search_text, "иванов 100%"))
    sql = str(stmt.compile(dialect=postgresql.dialect()))
    assert "fts_" not in sql and "LIKE" in sql


def test_updates_and_deletes_keep_the_index_in_step(db: Database, people: dict[str, int]) -> None:
    vid = people["Иванов"]
    new_text = visitor_search_text("Сидоров", "Сергей", None, None, None)
    with db.session() as s:
        s.execute(update(Visitor).where(Visitor.id == vid).values(last_name="Сидоров", search_text=new_text))
    assert _find(db, "сидоров") == ["Сидоров"]
    assert _find(db, "олегович") == []  # the old text is gone from the index
    assert _find(db, "иванов") == ["Петрова"]  # (Ивановна)
    with db.session() as s:
        s.execute(delete(Visitor).where(Visitor.id == people["Цой"]))
    assert _find(db, "виктор") == []
    with db.read() as s:
        assert search_index_problems(s.connection()) == []


def test_orm_edit_reindexes(db: Database, people: dict[str, int]) -> None:
    with db.session() as s:
        v = s.get(Visitor, people["Петрова"])
        assert v is not None
        v.search_text = visitor_search_text("Петрова", "Анна", "Ивановна", "+79995554433", None)
    assert _find(db, "5554433") == ["Петрова"]


@pytest.mark.parametrize(
    "query",
    [
        "%",
        "__",
        '"',
        "*",
        "AND",
        "NEAR(",
        "OR",
        "NOT",
        '""""',
        "100%",
        "a_b",
        "иван*",
        '"иванов"',
        "(",
        ")",
        "col:иван",
        "^иван",
        "a\\b",
        "'; DROP TABLE visitors; --",
        "\x00abc",
        "\ud800abc",
    ],
)
def test_special_characters_are_searched_literally(db: Database, people: dict[str, int], query: str) -> None:
    assert _find(db, query) == []


def test_special_characters_found_when_present(db: Database) -> None:
    _add(db, "Тест", "Имя", None, None, "a%b_c@x.ru")
    _add(db, "Другой", "Имя", None, None, "aXbYc@x.ru")
    assert _find(db, "a%b_c") == ["Тест"]
    assert _find(db, "%b") == ["Тест"]


def test_fts_query_quotes_every_term() -> None:
    assert fts_query(['ab"c', "NEAR("]) == '"ab""c" "NEAR("'
    assert query_terms("  Ёлкина   АЛЁНА ") == ["елкина", "алена"]
    assert query_terms("8 (912) 345-67-89") == ["9123456789"]


def test_rebuild_restores_a_stale_index(db: Database, people: dict[str, int], db_path) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(str(db_path))
    con.execute("DROP TRIGGER fts_visitors_ai")
    con.execute(
        "INSERT INTO visitors (last_name, first_name, name_norm, search_text, created_at, updated_at)"
        " VALUES ('Носов', 'Н', 'носов н', 'носов н', '2025-01-01', '2025-01-01')"
    )
    con.commit()
    con.close()
    assert _find(db, "носов") == []  # the index missed the row
    with db.read() as s:
        assert any("fts_visitors_ai" in p for p in search_index_problems(s.connection()))
    with db.session() as s:
        rebuild_search_index(s)
    assert _find(db, "носов") == ["Носов"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_query_string_never_raises(db: Database, query: str) -> None:
    with db.read() as s:
        s.scalars(select(Visitor.id).where(text_filter(Visitor.search_text, query)).limit(5)).all()


def test_like_fallback_on_a_database_without_the_index(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Other dialects never see the FTS SQL; here a non-search column proves the fallback path works.
    engine = create_engine("sqlite://")
    Visitor.__table__.create(engine, checkfirst=True)  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(
            Visitor.__table__.insert(),
            [  # type: ignore[attr-defined]
                {"last_name": "Ёлкина", "first_name": "А", "name_norm": "елкина а", "search_text": ""}
            ],
        )
    with engine.connect() as conn:
        rows = conn.execute(select(Visitor.last_name).where(text_filter(Visitor.name_norm, "Елкина"))).all()
    assert [r[0] for r in rows] == ["Ёлкина"]


def test_condition_composes_with_not_and_or(db: Database, people: dict[str, int]) -> None:
    from sqlalchemy import not_, or_

    def names(condition) -> list[str]:  # type: ignore[no-untyped-def]
        with db.read() as s:
            return list(s.scalars(select(Visitor.last_name).where(condition).order_by(Visitor.id)))

    # a long and a short term: NOT must negate both together
    assert names(not_(text_filter(Visitor.search_text, "цой в"))) == ["Ёлкина", "Иванов", "Петрова", "Ли"]
    assert names(or_(text_filter(Visitor.search_text, "ли"), text_filter(Visitor.search_text, "елкина"))) == [
        "Ёлкина",
        "Ли",
    ]


def test_sqlite_plan_searches_by_rowid_not_full_scan(db: Database) -> None:
    stmt = select(Visitor.id).where(
        text_filter(Visitor.search_text, "иванов"), Visitor.anonymised_at.is_(None)
    )
    sql = str(stmt.compile(db.engine, compile_kwargs={"literal_binds": True}))
    assert "= 1" not in sql
    with db.read() as s:
        plan = " ".join(str(r[3]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "SCAN visitors" not in plan and "PRIMARY KEY" in plan


def test_aliased_entity_uses_the_index_too(db: Database, people: dict[str, int]) -> None:
    from sqlalchemy.orm import aliased

    other = aliased(Visitor)
    stmt = select(other.last_name).where(text_filter(other.search_text, "елкина"))
    assert "fts_visitors MATCH" in str(stmt.compile(db.engine))
    with db.read() as s:
        assert list(s.scalars(stmt)) == ["Ёлкина"]


def test_a_lost_last_visit_trigger_is_reported(db: Database, db_path) -> None:  # type: ignore[no-untyped-def]
    """Search ranks visitors by their last visit, kept by triggers on consultations (migration 0005)."""
    with db.read() as s:
        assert search_index_problems(s.connection()) == []
    con = sqlite3.connect(str(db_path))
    con.execute("DROP TRIGGER trg_consultations_last_visit_au")
    con.commit()
    con.close()
    with db.read() as s:
        assert any("trg_consultations_last_visit_au" in p for p in search_index_problems(s.connection()))
