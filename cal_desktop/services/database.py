"""Opening, creating, upgrading and checking the database (the services' entry point for start-up)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import platformdirs
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from cal_desktop.db import schema
from cal_desktop.db.backup import restrict_to_owner
from cal_desktop.db.engine import Database, environment_error
from cal_desktop.db.search import search_index_problems
from cal_desktop.errors import CalError, DatabaseError, DatabaseReadOnly
from cal_desktop.paths import APP_AUTHOR, APP_NAME, database_url, sqlite_path
from cal_desktop.services.context import SYSTEM, Actor, ServiceContext
from cal_desktop.services.imports.runs import undo_abandoned

# moved there so that services/files.py can ask without importing this module (an import cycle)
from cal_desktop.services.open_databases import _opened
from cal_desktop.services.open_databases import is_database_file as is_database_file


def protected_folders() -> list[Path]:
    """Folders no file dialog may start in or save into: the data folder and every folder holding a
    database this process opened. Listing them is harmless only if nothing opens the database file."""
    data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))  # named, not created
    return [data, *sorted({p.parent for p in _opened})]


def _describe(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).split("\n", 1)[0]


def shown_url(url: str) -> str:
    """A database URL fit to print: a server's password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def init_database(db: str | None = None) -> schema.UpgradeResult:
    """Create the database or upgrade it to the program's schema (copying the file aside first)."""
    url = database_url(db)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _opened.add(path.resolve())
    database = Database(url)
    try:
        result = schema.upgrade(database.engine)
        if path is not None:
            with contextlib.suppress(OSError):  # a read-only medium: the writes will say so
                restrict_to_owner(path)  # people's data: readable by the account running the program only
        return result
    except (SADatabaseError, OperationalError) as exc:
        raise _unusable(exc, path) from exc
    finally:
        database.dispose()


def _unusable(exc: Exception, path: Path | None) -> CalError:
    """A read-only file, a full disk or a busy database is said as such (the GUI offers a restore only
    for a DatabaseError: a damaged file); anything else means the file cannot be used."""
    return environment_error(exc, path) or DatabaseError(
        f"База данных повреждена или недоступна: {_describe(exc)}"
    )


class _Probed(Exception):
    """Rolls the writability probe back."""


def _writable(database: Database) -> bool:
    """Whether the file can be written: a read-only connection accepts BEGIN IMMEDIATE and refuses only
    an actual write, so one is tried (the same user_version written back) and rolled back."""
    try:
        with database.session() as s:
            version = int(s.execute(text("PRAGMA user_version")).scalar() or 0)
            s.execute(text(f"PRAGMA user_version = {version}"))
            raise _Probed
    except _Probed:
        return True
    except DatabaseReadOnly:
        return False


def open_database(db: str | None = None, actor: Actor = SYSTEM) -> ServiceContext:
    """Open (creating or upgrading as needed) and return a context for the services."""
    init_database(db)
    database = Database(database_url(db))
    try:
        undo_abandoned(database)  # an import killed half way leaves nothing behind
    except DatabaseReadOnly:
        pass  # a read-only file: nothing can be undone, and nothing new can be written either
    return ServiceContext(database, actor)


def check_database(db: str | None = None) -> list[str]:
    """Problems found in the database file and its schema; an empty list means it is sound."""
    url = database_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            return [f"Файл базы данных не найден: {path}"]
        schema.check_sqlite_file(path)
    database = Database(url)
    try:
        revision = schema.refuse_newer(database.engine)
        problems = schema.integrity_problems(database.engine)
        if revision is None:
            problems.append("В базе данных нет схемы CAL Desktop: выполните «cal-desktop init».")
        elif revision != schema.head_revision():
            problems.append(f"Схема {revision} устарела: выполните «cal-desktop init» для обновления.")
        elif not problems and (database.engine.dialect.name != "sqlite" or _writable(database)):
            # FTS5 checks its index with an INSERT command: on a read-only file it can only fail, and
            # that failure said nothing about the index
            with database.engine.connect() as conn:
                problems += search_index_problems(conn)
        return problems
    except (SADatabaseError, OperationalError) as exc:
        raise _unusable(exc, path) from exc
    finally:
        database.dispose()
