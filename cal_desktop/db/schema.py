"""Creating, checking and upgrading the database schema with the migrations shipped in the package.

Opening a database upgrades it to head after copying the file aside; a database written by a newer
program (a revision this program does not know) is refused and left untouched.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from cal_desktop.errors import DatabaseError
from cal_desktop.paths import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    revision: str
    previous: str | None
    backup: Path | None


def looks_like_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's header, asked of SQLite itself. Never open() the database
    file from Python: closing that descriptor would drop every POSIX lock SQLite holds on it in this
    process ("How To Corrupt An SQLite Database" §2.2); SQLite's own connections share those locks."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # other failures (unreadable, busy) are reported by whatever opens the file next
        return getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_NOTADB
    return True


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before SQLAlchemy or Alembic touch it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if not looks_like_sqlite(path):
        raise DatabaseError(f"Файл {path} не является базой данных CAL Desktop (SQLite).")


def refuse_newer(engine: Engine) -> str | None:
    """The database's revision; raises DatabaseError when a newer program wrote it."""
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"База данных создана более новой версией программы (схема {revision}). "
            "Установите новую версию CAL Desktop; файл не изменён."
        )
    return revision


def backup_before_upgrade(path: Path, revision: str | None) -> Path:
    """Copy the database aside with SQLite's online backup (consistent even with a WAL file)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision or 'empty'}-{stamp}{path.suffix}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    shutil.copymode(path, target)
    return target


def upgrade(engine: Engine) -> UpgradeResult:
    """Bring the database to the head revision; a no-op when it is already there."""
    url = engine.url.render_as_string(hide_password=False)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
    previous = refuse_newer(engine)
    head = head_revision()
    if previous == head:
        return UpgradeResult(head, previous, None)
    backup = None
    if path is not None and path.exists() and previous is not None:
        backup = backup_before_upgrade(path, previous)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(head, previous, backup)


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table("alembic_version")


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's integrity and foreign-key checks; empty when the file is sound (other databases: empty)."""
    if engine.dialect.name != "sqlite":
        return []
    # At most one line per kind of problem: a damaged file can yield thousands of rows.
    problems: list[str] = []
    with engine.connect() as conn:
        rows = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check(100)")).fetchall()]
        if rows != ["ok"]:
            more = f" (и ещё {len(rows) - 1})" if len(rows) > 1 else ""
            problems.append(f"Файл базы данных повреждён: {rows[0]}{more}.")
        fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if fk:
            tables = sorted({str(r[0]) for r in fk})
            problems.append(f"Нарушены ссылки между таблицами ({len(fk)}): {', '.join(tables)}.")
    return problems
