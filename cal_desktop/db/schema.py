"""Creating, checking and upgrading the database schema with the migrations shipped in the package.

Opening a database upgrades it to head after copying the file aside; a database written by a newer
program (a revision this program does not know) is refused and left untouched.
"""

from __future__ import annotations

import ast
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from cal_desktop.errors import DatabaseError
from cal_desktop.paths import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


if TYPE_CHECKING:
    from alembic.config import Config

# Alembic itself (a fifth of a second to import) is loaded only to migrate: opening a database that is
# already at head, which is every start but the first after an update, reads the revisions of the shipped
# migration files and the database's alembic_version row directly.


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _revision_graph() -> dict[str, tuple[str, ...]]:
    return _revisions_in(MIGRATIONS_DIR)


@cache
def _revisions_in(migrations: Path) -> dict[str, tuple[str, ...]]:
    """Each migration's revision and the revisions it follows, read from the files' assignments."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((migrations / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        # the identifiers come before the first function: parsing only that part saves 30 ms at every
        # start (the whole file when they are not found there)
        values = _assignments(source.split("\ndef ", 1)[0], whole=False) or _assignments(source)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            parents = (down,) if isinstance(down, str) else tuple(down or ())  # type: ignore[arg-type]
            graph[revision] = tuple(str(p) for p in parents)
    return graph


def _assignments(source: str, whole: bool = True) -> dict[str, object]:
    """``revision`` and ``down_revision`` assigned at the top level of a migration's source (of its
    beginning when not ``whole``: a cut that does not parse gives nothing, and the whole is read)."""
    values: dict[str, object] = {}
    try:
        body = ast.parse(source).body
    except SyntaxError:
        if whole:
            raise
        return values
    for node in body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            values[target.id] = ast.literal_eval(value)
    return values if "revision" in values else {}


def head_revision() -> str:
    graph = _revision_graph()
    followed = {parent for parents in graph.values() for parent in parents}
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise DatabaseError(f"Миграции программы повреждены: {len(heads)} последних версий схемы ({heads}).")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except (OperationalError, ProgrammingError):  # no table yet: an empty database
            return None
        return None if row is None else str(row[0])


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
    elif path is None and previous is not None and engine.dialect.name == "postgresql":
        from cal_desktop.db.pg_server import dump_before_upgrade  # a server's own copy (issue 14.5)

        backup = dump_before_upgrade(engine, previous)
    from alembic import command

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
