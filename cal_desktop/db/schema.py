"""Creating, checking and upgrading the database schema with the migrations shipped in the package.

Opening a database upgrades it to head after copying the file aside; a database written by a newer
program (a revision this program does not know) is refused and left untouched.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from cal_desktop.errors import DatabaseError
from cal_desktop.paths import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako and Pygments behind it) is imported only when a migration has to run or be
# inspected: a database already at head, the usual case, opens without it (about 0.15 s of CPU less
# at every start of the program).

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_ASSIGNMENT = r"^{name}\s*(?::[^=]+)?=\s*(?:['\"]([^'\"]+)['\"]|None)\s*$"


def _plain_head() -> str | None:
    """The head revision read from the migration files without Alembic: the one revision no other
    names as its ``down_revision``. None when the files say anything less plain (a merge, branches,
    an unexpected form): then Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        revision = re.search(_ASSIGNMENT.format(name="revision"), source, re.MULTILINE)
        down = re.search(_ASSIGNMENT.format(name="down_revision"), source, re.MULTILINE)
        if revision is None or revision.group(1) is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1) is not None:
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def _plain_current(engine: Engine) -> str | None:
    """The database's revision by plain SQL (None: no schema yet, or anything unusual)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    except SQLAlchemyError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


@dataclass(frozen=True)
class UpgradeResult:
    revision: str
    previous: str | None
    backup: Path | None


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before SQLAlchemy or Alembic touch it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
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
    plain = _plain_current(engine)
    if plain is not None and plain == _plain_head():
        return UpgradeResult(plain, plain, None)  # at head: nothing to do, Alembic not needed
    previous = refuse_newer(engine)
    head = head_revision()
    if previous == head:
        return UpgradeResult(head, previous, None)
    from alembic import command

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
