"""Issue 15.5: merging two records of one person, and undoing it the same day."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, text

from cal_desktop import cli
from cal_desktop.db.models import (
    Consultation,
    Document,
    EventParticipant,
    FollowUp,
    InitiativeMember,
    Territory,
    Visitor,
)
from cal_desktop.db.search import search_index_problems
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import Conflict, PermissionDenied
from cal_desktop.services import appeals, events, initiatives, personal_data, visitor_merge, visitors
from cal_desktop.services import consultations as cs
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.events import EventInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def _month_start(back: int) -> date:
    first = TODAY.replace(day=1)
    for _ in range(back):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


def _months() -> list[str]:
    return [_month_start(n).strftime("%Y-%m") for n in (3, 2, 1)]


def _consult(ctx, visitor_id: int, day: date) -> int:  # type: ignore[no-untyped-def]
    made = cs.create_consultation(
        ctx, ConsultationInput(channel="in_person", topics=["drafting"], outcome="advised", visitor_id=visitor_id,
                               occurred_at=datetime.combine(day, time(11, 0)))
    )  # fmt: skip
    return made.id


def _world(ctx, db):  # type: ignore[no-untyped-def]
    with db.session() as s:
        north = Territory(kind="district", name="Северный", name_norm="северный")
        south = Territory(kind="district", name="Южный", name_norm="южный")
        s.add_all([north, south])
        s.flush()
        north_id, south_id = north.id, south.id
    kept = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна", phone="+79121112233", territory_id=north_id,
                                                     consent_date=_month_start(3)))  # fmt: skip
    gone = visitors.create_visitor(
        ctx, VisitorInput("Елкина", "Алена", "Игоревна", phone="+79995554433", territory_id=south_id,
                          consent_date=_month_start(2), consent_withdrawn_date=_month_start(1)),
        allow_duplicate=True,
    )  # fmt: skip
    other = visitors.create_visitor(ctx, VisitorInput("Смирнов", "Пётр"))
    m3, m2, m1 = (_month_start(n) for n in (3, 2, 1))
    for who, day in ((kept.id, m3 + timedelta(days=4)), (kept.id, m2 + timedelta(days=3)),
                     (gone.id, m2 + timedelta(days=9)), (gone.id, m1 + timedelta(days=5)),
                     (other.id, m1 + timedelta(days=2))):  # fmt: skip
        _consult(ctx, who, day)
    shared = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), other.id)
    own = initiatives.create_initiative(ctx, InitiativeInput("Лавочки во дворе", "благоустройство"), gone.id)
    initiatives.add_member(ctx, shared.id, kept.id, "supporter")
    initiatives.add_member(ctx, shared.id, gone.id, "supporter")
    with db.session() as s:  # the memberships were recorded in the months they happened
        for vid, day in ((kept.id, m2 + timedelta(days=3)), (gone.id, m1 + timedelta(days=5))):
            s.execute(
                InitiativeMember.__table__.update()
                .where(InitiativeMember.visitor_id == vid, InitiativeMember.initiative_id == shared.id)
                .values(added_on=day)
            )
        s.add(Document(template_id="appeal_official", title="Письмо о лавочках", format="pdf", filename="x.pdf",
                       content=b"%PDF", created_on=m1, visitor_id=gone.id))  # fmt: skip
    both = events.create_event(ctx, EventInput(kind="residents_meeting", held_on=m2 + timedelta(days=10),
                                               participant_ids=[kept.id, gone.id]))  # fmt: skip
    only = events.create_event(
        ctx, EventInput(kind="training", held_on=m1 + timedelta(days=1), participant_ids=[gone.id])
    )
    appeal = appeals.register_appeal(ctx, AppealInput(sent_date=m1, channel="email", initiative_id=own.id,
                                                      addressee_text="Глава района", subject="Лавочки"))  # fmt: skip
    return kept, gone, other, both, only, appeal


def _reports(capsys, db_path) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    out = {}
    for month in _months():
        capsys.readouterr()
        assert cli.main(["--db", str(db_path), "report", "monthly", month]) == 0
        package = json.loads(capsys.readouterr().out)
        package.pop("generated_at", None)
        out[month] = package
    return out


def _flat(package: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in package.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _count(db, model, **where) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        cond = [getattr(model, k) == v for k, v in where.items()]
        return int(s.scalar(select(func.count()).select_from(model).where(*cond)) or 0)


def test_merge_keeps_all_history_and_past_reports_then_undo_restores(ctx, db, db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    kept, gone, other, both, only, appeal = _world(ctx, db)
    before = _reports(capsys, db_path)
    assert [v.id for v in visitors.search_visitors(ctx, "игоревна")] == [gone.id]

    merge_id = visitor_merge.merge(ctx, kept.id, gone.id, frozenset({"middle_name", "territory_id"}))

    assert _count(db, Visitor, id=gone.id) == 0
    assert _count(db, Consultation, visitor_id=kept.id) == 4
    assert (
        _count(db, InitiativeMember, visitor_id=kept.id) == 2
    )  # the shared supporter once, the own as author
    assert _count(db, Document, visitor_id=kept.id) == 1
    assert _count(db, EventParticipant, visitor_id=kept.id) == 2
    data = json.loads(personal_data.subject_data_json(ctx, kept.id))
    assert appeal.number in json.dumps(data, ensure_ascii=False)
    merged = visitors.get_visitor(ctx, kept.id)
    assert (merged.middle_name, merged.phone, merged.territory) == ("Игоревна", "+79121112233", "Южный")
    assert merged.consent_withdrawn_date == _month_start(1)  # a withdrawal survives any choice
    # the search index follows: the removed record is gone from it, the kept one is found by its new name
    assert [v.id for v in visitors.search_visitors(ctx, "игоревна")] == [kept.id]
    with db.read() as s:
        assert search_index_problems(s.connection()) == []
        assert (
            s.execute(text("SELECT count(*) FROM fts_visitors WHERE rowid = :i"), {"i": gone.id}).scalar()
            == 0
        )
    after = _reports(capsys, db_path)
    for month in before:  # past months are reported as they were
        assert _flat(after[month]) == _flat(before[month]), month

    info = visitor_merge.recent(ctx)
    assert [(i.id, i.kept_id, i.removed_id, i.undoable) for i in info] == [(merge_id, kept.id, gone.id, True)]

    visitor_merge.undo(ctx, merge_id)
    restored = visitors.get_visitor(ctx, gone.id)
    assert (restored.middle_name, restored.territory, restored.phone) == ("Игоревна", "Южный", "+79995554433")
    assert visitors.get_visitor(ctx, kept.id).middle_name is None
    assert (
        _count(db, Consultation, visitor_id=gone.id) == 2
        and _count(db, Consultation, visitor_id=kept.id) == 2
    )
    assert _count(db, InitiativeMember, visitor_id=gone.id) == 2
    assert _count(db, EventParticipant, visitor_id=gone.id) == 2
    assert _count(db, Document, visitor_id=gone.id) == 1
    assert [v.id for v in visitors.search_visitors(ctx, "игоревна")] == [gone.id]
    assert _reports(capsys, db_path) == before
    assert visitor_merge.recent(ctx) == []
    with pytest.raises(Conflict):
        visitor_merge.undo(ctx, merge_id)


def test_only_coordinators_merge_and_undo_ends_with_the_day(ctx, db, make_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a = visitors.create_visitor(ctx, VisitorInput("Петров", "Иван", phone="+79120000001"))
    b = visitors.create_visitor(
        ctx, VisitorInput("Петров", "Иван", phone="+79120000001"), allow_duplicate=True
    )
    with pytest.raises(PermissionDenied):
        visitor_merge.merge(make_ctx(Role.STAFF), a.id, b.id)
    merge_id = visitor_merge.merge(make_ctx(Role.COORDINATOR), a.id, b.id)
    with db.read() as s:
        assert s.execute(text("SELECT snapshot_json FROM visitor_merges")).scalar() is not None
    monkeypatch.setattr(clock, "today", lambda: TODAY + timedelta(days=1))
    with pytest.raises(Conflict, match="в тот же день"):
        visitor_merge.undo(ctx, merge_id)
    with db.read() as s:  # the personal data kept for undoing is wiped once the day is over
        assert s.execute(text("SELECT snapshot_json FROM visitor_merges")).scalar() is None
    assert [i.undoable for i in visitor_merge.recent(ctx)] == [False]


def test_follow_ups_move_with_the_person(ctx, db) -> None:  # type: ignore[no-untyped-def]
    a = visitors.create_visitor(ctx, VisitorInput("Орлова", "Нина", phone="+79120000002"))
    b = visitors.create_visitor(
        ctx, VisitorInput("Орлова", "Нина", phone="+79120000002"), allow_duplicate=True
    )
    _consult(ctx, b.id, TODAY - timedelta(days=1))
    with db.session() as s:
        s.add(FollowUp(kind="other", title="Позвонить", due_on=TODAY, visitor_id=b.id))
    visitor_merge.merge(ctx, a.id, b.id)
    assert _count(db, FollowUp, visitor_id=a.id) == 1


def test_an_erasure_after_a_merge_wipes_the_undo_copy(ctx, db) -> None:  # type: ignore[no-untyped-def]
    a = visitors.create_visitor(ctx, VisitorInput("Орлова", "Нина", phone="+79120000003"))
    b = visitors.create_visitor(ctx, VisitorInput("Орлова", "Нина", phone="+79120000003"), allow_duplicate=True)
    merge_id = visitor_merge.merge(ctx, a.id, b.id)
    personal_data.anonymise_visitor(ctx, a.id)
    with db.read() as s:
        assert s.execute(text("SELECT snapshot_json FROM visitor_merges")).scalar() is None
    with pytest.raises(Conflict, match="обезличены"):  # undoing would bring the erased data back
        visitor_merge.undo(ctx, merge_id)
