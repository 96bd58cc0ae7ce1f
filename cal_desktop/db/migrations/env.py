"""Alembic environment. The connection is handed in by cal_desktop.db.schema (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from cal_desktop.db.models import Base
from cal_desktop.db.search_schema import is_search_object

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The search objects (SQLite full-text tables, PostgreSQL trigram indexes) are created by migrations
    # by hand, not from the models.
    return not (type_ in ("table", "index") and is_search_object(name))


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
