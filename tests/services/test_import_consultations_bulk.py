"""Consultations written by an import as multi-row INSERTs (services/imports/consultations.py): each row
keeps its own topics, person and staff member, and the duplicate check finds saved consultations
through the index on their moment instead of reading whole days of a big database."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import event, select

from cal_desktop.db.models import AuditEntry, Consultation, ConsultationTopic, ImportCreated
from cal_desktop.services.imports import import_file

HEADER = "Дата|Посетитель|Телефон посетителя|Канал|Темы|Результат|Описание"


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\r\n".join(line.replace("|", ";") for line in lines) + "\r\n", encoding="utf-8")
    return path


def saved(db) -> Counter[tuple[str, str | None, str, frozenset[str]]]:  # type: ignore[no-untyped-def]
    """(moment, person, summary, topics) of every saved consultation, as a multiset."""
    with db.read() as s:
        topics: dict[int, set[str]] = {}
        for cid, topic in s.execute(select(ConsultationTopic.consultation_id, ConsultationTopic.topic)):
            topics.setdefault(cid, set()).add(topic)
        rows = s.execute(select(Consultation.id, Consultation.occurred_at, Consultation.summary))
        people = dict(s.execute(select(Consultation.id, Consultation.visitor_id)).all())
        return Counter(
            (f"{at:%d.%m %H:%M}", "named" if people[cid] else None, summary or "", frozenset(topics.get(cid, ())))
            for cid, at, summary in rows
        )


def test_rows_alike_but_for_their_topics_keep_their_own_topics(ctx, db, tmp_path):
    lines = [HEADER]
    for i in range(30):  # anonymous and named rows interleaved, identical pairs differing only in topics
        who = "Сорокина Анна Павловна|+7 912 000-00-01" if i % 3 == 0 else "|"
        lines.append(f"01.02.2026 10:{i % 4:02d}|{who}|очно|другое|консультация дана|одно и то же")
        lines.append(f"01.02.2026 10:{i % 4:02d}|{who}|очно|drafting|консультация дана|одно и то же")
    result = import_file(ctx, "consultations", write_csv(tmp_path / "c.csv", lines))
    assert result.created == 60
    got = saved(db)
    expected: Counter[tuple[str, str | None, str, frozenset[str]]] = Counter()
    for i in range(30):
        who = "named" if i % 3 == 0 else None
        expected[(f"01.02 10:{i % 4:02d}", who, "одно и то же", frozenset({"other"}))] += 1
        expected[(f"01.02 10:{i % 4:02d}", who, "одно и то же", frozenset({"drafting"}))] += 1
    # the stored moment is UTC; compare the local one the file gave
    assert Counter({(k[1], k[2], k[3]): v for k, v in got.items()}) == Counter(
        {(k[1], k[2], k[3]): v for k, v in expected.items()}
    )
    assert sum(got.values()) == 60
    with db.read() as s:
        audited = set(s.scalars(select(AuditEntry.entity_id).where(AuditEntry.entity == "consultation")))
        ids = set(s.scalars(select(Consultation.id)))
        assert audited == ids  # every consultation has its «create» entry, each under its own id
        assert s.scalar(select(ImportCreated.run_id)) is None  # the finished run forgot its list


@pytest.mark.sqlite_only("reads SQLite's EXPLAIN QUERY PLAN")
def test_the_duplicate_check_looks_consultations_up_by_their_moment(ctx, db, tmp_path):
    path = write_csv(
        tmp_path / "c.csv",
        [HEADER, "01.02.2026 10:00|||очно|другое|консультация дана|первая"],
    )
    import_file(ctx, "consultations", path)
    statements: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("SELECT consultations.occurred_at"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        again = import_file(ctx, "consultations", path)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert (again.created, again.skipped_duplicates) == (0, 1)
    assert statements, "the duplicate check ran no query"
    with db.read() as s:
        for statement, parameters in statements:
            rows = s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", tuple(parameters))
            plan = " ".join(row[-1] for row in rows)
            assert "ix_consultations_occurred_at" in plan, plan
