"""What the program asks of a PostgreSQL server beyond ordinary queries (issue 14): its version, the
pg_trgm extension, a dump before a schema upgrade, emptying the database for a restore, the facts about
erased people a restore must keep, and VACUUM FULL after an erasure.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from cal_desktop.db import pg_tools
from cal_desktop.errors import DatabaseError
from cal_desktop.paths import data_dir

log = logging.getLogger(__name__)

MIN_SERVER_MAJOR = 13  # pg_trgm is a trusted extension (a database owner may create it) since 13
ASIDE_FOLDER = "server-copies"  # beside the user's data: dumps before an upgrade, before a restore
SKIP_DUMP_ENV = "CAL_DESKTOP_UPGRADE_WITHOUT_DUMP"
# tables an erasure rewrites (services/erasure.anonymise): their old row versions hold the data
ERASURE_TABLES = ("visitors", "consultations", "attachments", "documents", "initiative_members")
LOCK_TIMEOUT = "3s"  # VACUUM FULL waits this long for its lock, so that it never queues the desks
LOCK_NOT_AVAILABLE = "55P03"  # SQLSTATE of a lock_timeout
RESTORE_LOCK_TIMEOUT = "10s"  # a restore waits this long for the desks' transactions to end


class DumpRequired(DatabaseError):
    """The schema upgrade of a server database was refused: no pg_dump to copy it first."""


def is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SHOW server_version_num")).scalar_one()) // 10000


def database_label(url: str) -> str:
    """«база cal на сервере host:port», for messages (no user, no password)."""
    parsed = make_url(url)
    return f"база «{parsed.database}» на сервере {parsed.host or 'localhost'}:{parsed.port or 5432}"


def create_trigram_extension(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))


def aside_folder() -> Path:
    folder = data_dir() / ASIDE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)  # copies of every person's data
    return folder


def aside_name(url: str, kind: str, detail: str = "") -> Path:
    """``<database>.<kind>-[<detail>-]<stamp>.dump`` in the aside folder, never overwriting one."""
    parsed = make_url(url)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    middle = f"{kind}-{detail}-" if detail else f"{kind}-"
    folder = aside_folder()
    target = folder / f"{parsed.database}.{middle}{stamp}.dump"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{parsed.database}.{middle}{stamp}-{n}.dump"
    return target


def dump_before_upgrade(engine: Engine, revision: str) -> Path | None:
    """A ``pg_dump -Fc`` of the database before a migration changes it. Without the client programs the
    upgrade is refused (never a silent skip) unless the administrator allows it explicitly."""
    url = engine.url.render_as_string(hide_password=False)
    try:
        tool = pg_tools.require("pg_dump", server_major(engine))
    except pg_tools.ToolsMissing as exc:
        if os.environ.get(SKIP_DUMP_ENV) == "1":
            log.warning("schema upgrade of a PostgreSQL database without a dump: %s", exc)
            return None
        raise DumpRequired(
            f"Перед обновлением схемы базы на сервере нужна её копия, но {exc} Обновление не начато, "
            f"база не изменена. Чтобы обновить без копии (если копию сервера сделали иначе), "
            f"задайте переменную окружения {SKIP_DUMP_ENV}=1."
        ) from exc
    target = aside_name(url, "before-upgrade", revision)
    try:
        pg_tools.dump(tool, url, target)
    except (OSError, RuntimeError) as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(f"Копия базы перед обновлением схемы не сделана ({exc}); обновление не начато.") from exc
    return target


def erasure_facts(url: str) -> tuple[list[tuple[int, str]], list[tuple[int, str, str]]]:
    """The PostgreSQL counterpart of ``db.backup.erasure_facts``: erased people and withdrawals not yet
    followed by erasure, identified by id and creation time."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            erased = conn.execute(
                text("SELECT id, created_at FROM visitors WHERE anonymised_at IS NOT NULL ORDER BY id")
            ).all()
            withdrawn = conn.execute(
                text(
                    "SELECT id, created_at, consent_withdrawn_date FROM visitors "
                    "WHERE consent_withdrawn_date IS NOT NULL AND anonymised_at IS NULL ORDER BY id"
                )
            ).all()
    finally:
        engine.dispose()
    return (
        [(int(r[0]), r[1].isoformat()) for r in erased],
        [(int(r[0]), r[1].isoformat(), r[2].isoformat()) for r in withdrawn],
    )


def has_schema(url: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return bool(conn.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar())
    finally:
        engine.dispose()


class DatabaseInUse(Exception):
    """Another connection holds a table the restore must drop."""


def empty_database(url: str) -> None:
    """Drop every object of the public schema (a restore loads the archive into an empty database).

    The owner of the database owns the public schema from PostgreSQL 15 on and drops and recreates it;
    before 15 the schema belongs to the superuser, so the role drops what it owns instead. A desk in the
    middle of a transaction holds its tables: after LOCK_TIMEOUT the restore gives up, nothing dropped."""
    engine = create_engine(url)
    wait = text(f"SET LOCAL lock_timeout = '{RESTORE_LOCK_TIMEOUT}'")
    try:
        with engine.connect() as conn:
            try:
                with conn.begin():  # DDL is transactional: all of it or nothing
                    conn.execute(wait)
                    conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
                    conn.execute(text("CREATE SCHEMA public"))
            except ProgrammingError:  # not the schema's owner (PostgreSQL 13, 14)
                with conn.begin():
                    conn.execute(wait)
                    conn.execute(text("DROP OWNED BY CURRENT_USER CASCADE"))
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
            raise DatabaseInUse from exc
        raise
    finally:
        engine.dispose()


def vacuum_full(url: str, tables: tuple[str, ...] = ERASURE_TABLES, attempts: int = 20) -> list[str]:
    """Rewrite ``tables`` (and their indexes and TOAST) so that the old row versions an erasure left are
    gone from the files: plain VACUUM only marks them reusable. Each table is locked briefly; when a desk
    holds it, the attempt gives up after LOCK_TIMEOUT (so that no desk queues behind it) and is retried.
    Returns the tables rewritten."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
    done: list[str] = []
    try:
        for table in _owned(engine, tables):
            for attempt in range(attempts):
                try:
                    with engine.connect() as conn:
                        conn.execute(text(f"SET lock_timeout = '{LOCK_TIMEOUT}'"))
                        conn.execute(text(f'VACUUM (FULL, ANALYZE) "{table}"'))
                    done.append(table)
                    break
                except OperationalError as exc:
                    if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
                        raise  # the server went away, the database was dropped: no point in waiting
                    log.info("VACUUM FULL %s waits for a desk using the table", table)
                    time.sleep(min(30.0, 0.5 * 2**attempt))
                except ProgrammingError:  # no such table (an older schema): nothing to rewrite
                    break
    finally:
        engine.dispose()
    return done


def _owned(engine: Engine, tables: tuple[str, ...]) -> list[str]:
    """The tables this role may rewrite. VACUUM skips another owner's table with a mere warning, which
    would leave the erased data in its files unnoticed: such a table is logged as an error."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT relname, pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class "
                "WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relname = ANY(:t)"
            ),
            {"t": list(tables)},
        ).all()
    owned = {str(name) for name, mine in rows if mine}
    for name, mine in rows:
        if not mine:
            log.error(
                "VACUUM FULL of %s impossible: the table belongs to another role (run «server init» as the "
                "program's role); erased data stay in its files until the owner rewrites it",
                name,
            )
    return [t for t in tables if t in owned]
