"""Migration 0006_followups: the next steps already in a database become follow-ups with an owner."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from cal_desktop.db import schema
from cal_desktop.db.engine import Database
from cal_desktop.services import followups
from cal_desktop.services.context import Actor
from cal_desktop.services.database import init_database, open_database


def test_existing_meetings_steps_and_appeals_get_owned_follow_ups(tmp_path: Path) -> None:
    path = tmp_path / "before.db"
    database = Database("sqlite:///" + str(path))
    cfg = schema.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_search")
        sql = conn.exec_driver_sql
        sql("INSERT INTO staff (id, login, display_name, role, active, failed_logins, must_change_password, "
            "created_at) VALUES (7, 'kim', 'Ким Ирина', 'staff', 1, 0, 0, '2026-01-01')")  # fmt: skip
        for cid, due, done in ((1, "2026-03-02", 0), (2, "2026-03-03", 1)):
            sql("INSERT INTO consultations (id, occurred_at, occurred_on, channel, outcome, follow_up_date, "
                "follow_up_done, staff_id, created_at, updated_at) VALUES "
                f"({cid}, '2026-03-01', '2026-03-01', 'phone', 'follow_up', '{due}', {done}, 7, '2026-03-01', "
                "'2026-03-01')")  # fmt: skip
        sql("INSERT INTO initiatives (id, title, category, status, staff_id, next_step, next_step_date, "
            "success_story, created_on, search_text, created_at, updated_at) VALUES (3, 'Сквер', 'improvement', "
            "'shaping', 7, 'Подписи', '2026-03-05', 0, '2026-02-01', 'сквер', '2026-02-01', '2026-02-01')")
        sql("INSERT INTO initiatives (id, title, category, status, staff_id, next_step, next_step_date, "
            "success_story, created_on, search_text, created_at, updated_at) VALUES (4, 'Старое', 'improvement', "
            "'withdrawn', 7, 'Забыто', '2026-03-05', 0, '2026-02-01', 'старое', '2026-02-01', '2026-02-01')")
    database.dispose()

    init_database(str(path))

    ctx = open_database(str(path), Actor(staff_id=7))
    try:
        items = followups.between(ctx, include_done=True)
        assert [(f.kind, f.source_id, str(f.due_on), f.owner_name, f.done_at is not None) for f in items] == [
            ("consultation", 1, "2026-03-02", "Ким Ирина", False),
            ("consultation", 2, "2026-03-03", "Ким Ирина", True),  # done before: kept as history
            ("initiative", 3, "2026-03-05", "Ким Ирина", False),  # a withdrawn initiative's step is not copied
        ]
        assert items[2].title == "Сквер: Подписи"
    finally:
        ctx.db.dispose()
