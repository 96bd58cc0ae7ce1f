"""Write the next Alembic revision from the difference between the models and the migrated schema.

    .venv/bin/python scripts/new_migration.py "appeals: extension reason"

It migrates a temporary SQLite database to the current head, lets Alembic autogenerate against it, and
writes ``cal_desktop/db/migrations/versions/NNNN_<slug>.py`` with the next number. Read the result
before committing: autogenerate misses renames and data moves, and FTS objects (``fts_*``) are
written by hand. ``tests/db/test_migrations.py`` then confirms that models and migrations agree.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from cal_desktop.db import schema
from cal_desktop.db.engine import Database
from cal_desktop.services.database import init_database


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(__doc__)
        return 2
    message = argv[0].strip()
    head = schema.head_revision()
    next_id = f"{int(head) + 1:04d}" if head.isdigit() else None
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40] or "change"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "head.db"
        init_database(str(path))
        database = Database("sqlite:///" + str(path))
        cfg = schema.alembic_config()
        try:
            with database.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                script = command.revision(
                    cfg, message=message, autogenerate=True, rev_id=next_id, head="head"
                )
        finally:
            database.dispose()
    scripts = script if isinstance(script, list) else [script]
    for s in scripts:
        if s is None:
            continue
        written = Path(s.path)
        target = written.with_name(f"{s.revision}_{slug}.py")
        written.rename(target)
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
