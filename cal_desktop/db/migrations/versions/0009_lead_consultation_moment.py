"""ix_consultations_occurred_at: an import's duplicate check finds consultations by their moment

Re-importing a journal must not count its consultations twice, so an import looks up the saved
consultations at each moment of the file. Without an index on the moment it read every consultation
of the file's days (a million-row database: 4 s of a 10,000-row import, twice with its check).

Revision ID: 0008_moment
Revises: 0007_events
Create Date: 2026-12-03 01:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0008_moment"
down_revision = "0007_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_consultations_occurred_at", "consultations", ["occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_consultations_occurred_at", table_name="consultations")
