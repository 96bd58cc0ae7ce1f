"""docs: the highest signature-sheet number printed for a campaign (issue 16.3)

Sheets printed from a campaign are numbered on from ``signature_campaigns.sheets_printed``, so that two
print runs never give two sheets one number; a returned sheet is recorded under its printed number.

Revision ID: 0008_docs
Revises: 0008_referrals
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_docs"
down_revision = "0008_referrals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signature_campaigns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sheets_printed", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("signature_campaigns", schema=None) as batch_op:
        batch_op.drop_column("sheets_printed")
