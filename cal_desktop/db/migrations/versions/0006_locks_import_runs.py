"""import_runs and import_created: imports write in short transactions and can be undone

An import used to hold the write lock for its whole duration (minutes for a large file), so a desk
save waiting for it failed with «database is locked». Now it writes in slices and lists what it added,
so that a failed or abandoned run is removed (services/imports/runs.py).

Revision ID: 0005
Revises: 0005_search
Create Date: 2026-12-02 20:07:39.969865
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_locks"
down_revision = "0005_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=False),
        sa.Column("host", sa.String(length=300), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )
    op.create_table(
        "import_created",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
            name=op.f("fk_import_created_run_id_import_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("run_id", "table_name", "row_id", name=op.f("pk_import_created")),
    )


def downgrade() -> None:
    op.drop_table("import_created")
    op.drop_table("import_runs")
