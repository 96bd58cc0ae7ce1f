"""visitor merges: two records of one person merged, undoable the same day (issue 15.5)

``visitor_merges`` (kept and removed ids, the day, who, the territories the report needs, the undo
snapshot) and ``visitor_merge_rows`` (every row moved or deleted, so that undoing puts it back and the
report of an earlier month counts as it did).

Revision ID: 0008_tasks
Revises: 0008_moment
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_tasks"
down_revision = "0008_moment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visitor_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("removed_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_on", sa.Date(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("kept_territory_before", sa.Integer(), nullable=True),
        sa.Column("removed_territory_id", sa.Integer(), nullable=True),
        sa.Column("snapshot_json", sa.Text(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_visitor_merges_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitor_merges")),
    )
    with op.batch_alter_table("visitor_merges", schema=None) as batch_op:
        batch_op.create_index("ix_visitor_merges_merged_on", ["merged_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_visitor_merges_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visitor_merges_removed_id"), ["removed_id"], unique=False)

    op.create_table(
        "visitor_merge_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merge_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("column_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("pk_json", sa.Text(), nullable=False),
        sa.Column("deleted_json", sa.Text(), nullable=True),
        sa.Column("counted_on", sa.Date(), nullable=True),
        sa.Column("counted_code", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["visitor_merges.id"],
            name=op.f("fk_visitor_merge_rows_merge_id_visitor_merges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitor_merge_rows")),
    )
    with op.batch_alter_table("visitor_merge_rows", schema=None) as batch_op:
        batch_op.create_index("ix_visitor_merge_rows_row", ["table_name", "row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visitor_merge_rows_merge_id"), ["merge_id"], unique=False)


def downgrade() -> None:
    op.drop_table("visitor_merge_rows")
    op.drop_table("visitor_merges")
