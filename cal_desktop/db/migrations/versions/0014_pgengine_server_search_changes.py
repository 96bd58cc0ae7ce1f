"""pgengine: PostgreSQL trigram search indexes, the stored last visit and change notifications

PostgreSQL only (issue 14); nothing happens on SQLite, which has its FTS5 index (0002), the last-visit
triggers (0005) and sees changes through ``PRAGMA data_version``.

- ``pg_trgm`` (a trusted extension since PostgreSQL 13: the database owner may create it) and a GIN
  trigram index ``fts_trgm_<table>`` on the normalised ``search_text`` of every searched table, plus one
  on ``visitors.name_norm`` (the surname prefix). ``LIKE '%word%'`` uses them, so search stops reading
  the whole table. Without the right to create the extension the indexes are left out (search still
  works, reading every row) and a warning is logged; ``cal-desktop server init`` creates it.
  Named ``fts_*`` so that the Alembic environment skips them like the SQLite search objects.
- triggers on ``consultations`` keeping ``visitors.last_visit_at`` (what 0005 does on SQLite), so that
  visitor search ranks by a stored, indexed column on both engines.
- a statement-level trigger on every table a desk shows sends ``NOTIFY cal_changes, '<table>'`` at
  commit, whoever writes (another desk, a CLI import, the demo): ``services.changes`` listens.

The SQL is written out here (not imported) so that this revision never changes.

Revision ID: 0008_pgengine
Revises: 0008_network
Create Date: 2026-12-03
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy import text

revision = "0008_pgengine"
down_revision = "0008_network"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

TRGM_COLUMNS = (
    ("visitors", "search_text"),
    ("initiatives", "search_text"),
    ("organisations", "search_text"),
    ("officials", "search_text"),
    ("appeals", "search_text"),
)
# written by every unit of work or by an import's bookkeeping: notifying them would wake every desk
QUIET_TABLES = ("audit_log", "import_runs", "import_created", "alembic_version")
CHANNEL = "cal_changes"

_LAST_VISIT_FUNCTION = """
CREATE OR REPLACE FUNCTION cal_last_visit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.visitor_id IS NOT NULL THEN
        UPDATE visitors SET last_visit_at =
            (SELECT max(c.occurred_at) FROM consultations c WHERE c.visitor_id = OLD.visitor_id)
        WHERE id = OLD.visitor_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.visitor_id IS NOT NULL THEN
        UPDATE visitors SET last_visit_at = NEW.occurred_at
        WHERE id = NEW.visitor_id AND (last_visit_at IS NULL OR last_visit_at < NEW.occurred_at);
    END IF;
    RETURN NULL;
END $$
"""
_NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cal_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$
"""


def _trgm_available() -> bool:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        return True
    except Exception as exc:  # no right to create it: search works without the index, only slower
        log.warning("pg_trgm cannot be created (%s); search indexes left out", exc)
        return False


def _tables() -> list[str]:
    rows = op.get_bind().execute(
        text(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
    )
    return sorted(r[0] for r in rows if r[0] not in QUIET_TABLES)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE INDEX IF NOT EXISTS fts_prefix_visitors_name_norm ON visitors (name_norm varchar_pattern_ops)"
    )
    if _trgm_available():
        for table, column in TRGM_COLUMNS:
            op.execute(
                f"CREATE INDEX IF NOT EXISTS fts_trgm_{table}_{column} ON {table} "
                f"USING gin ({column} gin_trgm_ops)"
            )
    op.execute(_LAST_VISIT_FUNCTION)
    op.execute(
        "UPDATE visitors SET last_visit_at = "
        "(SELECT max(c.occurred_at) FROM consultations c WHERE c.visitor_id = visitors.id)"
    )
    op.execute(
        "CREATE TRIGGER trg_consultations_last_visit AFTER INSERT OR DELETE OR UPDATE OF occurred_at, "
        "visitor_id ON consultations FOR EACH ROW EXECUTE FUNCTION cal_last_visit()"
    )
    op.execute(_NOTIFY_FUNCTION)
    for table in _tables():
        op.execute(
            f"CREATE TRIGGER trg_{table}_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION cal_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _tables():
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS cal_notify_change()")
    op.execute("DROP TRIGGER IF EXISTS trg_consultations_last_visit ON consultations")
    op.execute("DROP FUNCTION IF EXISTS cal_last_visit()")
    op.execute("UPDATE visitors SET last_visit_at = NULL")
    for table, column in TRGM_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS fts_trgm_{table}_{column}")
    op.execute("DROP INDEX IF EXISTS fts_prefix_visitors_name_norm")
