"""documents.appeal_id -> appeals.id on databases other than SQLite

0001 declares this foreign key with use_alter (documents and appeals refer to each other); SQLite writes
such a key inside CREATE TABLE, but op.create_table leaves it out on PostgreSQL, where it must be added
with ALTER TABLE.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # already there since 0001 (and SQLite cannot ALTER TABLE ... ADD CONSTRAINT)
    op.create_foreign_key(
        op.f("fk_documents_appeal_id_appeals"), "documents", "appeals", ["appeal_id"], ["id"]
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.drop_constraint(op.f("fk_documents_appeal_id_appeals"), "documents", type_="foreignkey")
