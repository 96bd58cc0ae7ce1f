"""follow_ups: next steps with an owner, a due date, a kind and a link to their record

Until now the desk computed its reminders from ``consultations.follow_up_date`` and
``initiatives.next_step_date``: one shared pile with no owner. The table gives each next step an owner
(the staff member who wrote the record, or who accompanies the initiative), keeps done ones as history
and can be rescheduled or handed over. Existing next steps are copied in: repeat meetings (done ones
as done), open initiatives' next steps, and unanswered appeals' due dates.

Revision ID: 0006_followups
Revises: 0005_locks
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_followups"
down_revision = "0005_locks"
branch_labels = None
depends_on = None

_OPEN = "('idea', 'shaping', 'gathering', 'appealing', 'implementing')"
_COLUMNS = "(kind, source_id, title, due_on, owner_id, visitor_id, initiative_id, created_at, created_by_id, done_at)"
BACKFILL = [
    f"INSERT INTO follow_ups {_COLUMNS} "
    "SELECT 'consultation', id, 'Повторная встреча', follow_up_date, staff_id, visitor_id, initiative_id, "
    "created_at, staff_id, CASE WHEN follow_up_done THEN updated_at END "
    "FROM consultations WHERE follow_up_date IS NOT NULL",
    f"INSERT INTO follow_ups {_COLUMNS} "
    "SELECT 'initiative', i.id, substr(i.title || ': ' || coalesce(i.next_step, 'следующий шаг'), 1, 300), "
    "i.next_step_date, coalesce(i.staff_id, i.created_by_id), "
    "(SELECT m.visitor_id FROM initiative_members m WHERE m.initiative_id = i.id AND m.role = 'author' "
    "ORDER BY m.id LIMIT 1), i.id, i.updated_at, coalesce(i.staff_id, i.created_by_id), NULL "
    f"FROM initiatives i WHERE i.next_step_date IS NOT NULL AND i.status IN {_OPEN}",
    f"INSERT INTO follow_ups {_COLUMNS} "
    "SELECT 'appeal', a.id, substr('Ответ на обращение № ' || a.number, 1, 300), a.due_date, "
    "coalesce(a.created_by_id, (SELECT i.staff_id FROM initiatives i WHERE i.id = a.initiative_id)), NULL, "
    "a.initiative_id, a.created_at, a.created_by_id, NULL "
    "FROM appeals a WHERE a.due_date IS NOT NULL AND a.answer_date IS NULL",
]


def upgrade() -> None:
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("visitor_id", sa.Integer(), nullable=True),
        sa.Column("initiative_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_follow_ups_created_by_id_staff")),
        sa.ForeignKeyConstraint(["done_by_id"], ["staff.id"], name=op.f("fk_follow_ups_done_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["initiative_id"], ["initiatives.id"], name=op.f("fk_follow_ups_initiative_id_initiatives")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"], name=op.f("fk_follow_ups_owner_id_staff")),
        sa.ForeignKeyConstraint(["visitor_id"], ["visitors.id"], name=op.f("fk_follow_ups_visitor_id_visitors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_initiative_id"), ["initiative_id"], unique=False)
        batch_op.create_index("ix_follow_ups_open", ["done_at", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_follow_ups_source", ["kind", "source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_visitor_id"), ["visitor_id"], unique=False)
    for statement in BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_visitor_id"))
        batch_op.drop_index("ix_follow_ups_source")
        batch_op.drop_index(batch_op.f("ix_follow_ups_owner_id"))
        batch_op.drop_index("ix_follow_ups_open")
        batch_op.drop_index(batch_op.f("ix_follow_ups_initiative_id"))
    op.drop_table("follow_ups")
