"""visitors.last_visit_at: when the visitor last came, to rank search results by recency

The desk's search orders equally good name matches by the last visit (newest first). Computing that
for every match (max over a million consultations) made a common query slow, so it is stored and
indexed. On SQLite triggers on ``consultations`` keep it current whoever writes (the desk, imports, the
demo, erasure); other databases do not use the column (search computes the last visit there), so it
is left empty. A later migration that batch-alters ``consultations`` (SQLite copies the table, which
drops its triggers) must create these triggers again.

Revision ID: 0005_search
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_search"
down_revision = "0004"
branch_labels = None
depends_on = None

_RECOMPUTE = (
    "UPDATE visitors SET last_visit_at = "
    "(SELECT max(c.occurred_at) FROM consultations c WHERE c.visitor_id = visitors.id)"
)
TRIGGERS = [
    # a new consultation can only make the last visit later: no aggregate needed
    "CREATE TRIGGER IF NOT EXISTS trg_consultations_last_visit_ai AFTER INSERT ON consultations "
    "WHEN new.visitor_id IS NOT NULL BEGIN "
    "UPDATE visitors SET last_visit_at = new.occurred_at WHERE id = new.visitor_id "
    "AND (last_visit_at IS NULL OR last_visit_at < new.occurred_at); END",
    "CREATE TRIGGER IF NOT EXISTS trg_consultations_last_visit_ad AFTER DELETE ON consultations "
    f"WHEN old.visitor_id IS NOT NULL BEGIN {_RECOMPUTE} WHERE id = old.visitor_id; END",
    "CREATE TRIGGER IF NOT EXISTS trg_consultations_last_visit_au "
    "AFTER UPDATE OF occurred_at, visitor_id ON consultations BEGIN "
    f"{_RECOMPUTE} WHERE id IN (old.visitor_id, new.visitor_id); END",
]


def upgrade() -> None:
    op.add_column("visitors", sa.Column("last_visit_at", sa.DateTime(), nullable=True))
    op.create_index(
        "ix_visitors_recent", "visitors", ["last_visit_at", "name_norm", "search_text", "anonymised_at"]
    )
    op.create_index("ix_visitors_name_recent", "visitors", ["name_norm", "last_visit_at", "anonymised_at"])
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(_RECOMPUTE)
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_consultations_last_visit_{suffix}")
    op.drop_index("ix_visitors_name_recent", table_name="visitors")
    op.drop_index("ix_visitors_recent", table_name="visitors")
    if op.get_bind().dialect.name == "sqlite":
        # not batch mode: copying the table would drop the triggers of its search index
        op.execute("ALTER TABLE visitors DROP COLUMN last_visit_at")
    else:
        op.drop_column("visitors", "last_visit_at")
