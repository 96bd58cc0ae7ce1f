"""Backups and restore (issue 8): manual, daily and on exit, with rotation, into a chosen folder.

Only SQLite databases are backed up by the program; a PostgreSQL server has its own backups.
"""

from __future__ import annotations

import errno
import glob
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cal_desktop.db import backup as sqlite_backup
from cal_desktop.db import schema
from cal_desktop.db.engine import make_engine
from cal_desktop.db.models import Staff
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, DatabaseError
from cal_desktop.paths import data_dir, sqlite_path
from cal_desktop.services import audit
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.settings import _get_settings, get_state, set_state

BACKUP_PREFIX = "cal-backup-"
BACKUP_SUFFIX = ".db"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int


def _live_path(ctx: ServiceContext) -> Path:
    path = sqlite_path(ctx.db.url)
    if path is None:
        raise CalError(
            "Резервное копирование встроено только для файла SQLite; для сервера PostgreSQL используйте его средства."
        )
    return path


def source_of(ctx: ServiceContext) -> Path | None:
    """The database file this context works on (None for a server database)."""
    return sqlite_path(ctx.db.url)


def backup_folder(ctx: ServiceContext) -> Path:
    """The folder from settings (e.g. a USB stick), else «backups» beside the user's data."""
    with ctx.db.read() as s:
        chosen = _get_settings(s).backup_dir
    return Path(chosen).expanduser() if chosen else default_backup_folder()


def _disk_message(exc: OSError, target: Path) -> CalError:
    if exc.errno == errno.ENOSPC:
        return CalError(f"Недостаточно места на диске для копии: {target.parent}. Ничего не записано.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CalError(f"Нет права записи в папку {target.parent}. Выберите другую папку в настройках.")
    return CalError(f"Не удалось записать копию {target}: {exc.strerror or exc}")


def create_backup(ctx: ServiceContext, target: Path | None = None, *, reason: str = "manual") -> BackupInfo:
    """Copy the database (consistently, while it is in use) to ``target`` or the backup folder."""
    if reason == "manual":
        ctx.require(Role.ADMIN)
    live = _live_path(ctx)
    if target is None:
        folder = backup_folder(ctx)
        if not folder.exists() and not folder.parent.exists():
            # a USB stick that is not plugged in: never create its path on the local disk instead
            raise CalError(
                f"Папка для резервных копий недоступна: {folder}. Если это флешка или сетевой диск, "
                "подключите его или выберите другую папку в настройках."
            )
        stamp = clock.local_now().strftime("%Y-%m-%d_%H-%M-%S")
        target = folder / f"{_prefix(live)}{stamp}{BACKUP_SUFFIX}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sqlite_backup.copy_database(live, target)
    except OSError as exc:
        raise _disk_message(exc, target) from exc
    with ctx.db.session() as s:
        audit.record(s, ctx, "backup", "database", None, reason=reason, file=target.name)
    set_state(ctx, "last_backup_date", clock.today().isoformat())
    return BackupInfo(target, clock.local_now(), target.stat().st_size)


def _prefix(source: Path) -> str:
    """Backups name the database they copy («cal-backup-cal_desktop_2026-11-27_10-00-00.db»), so two
    databases sharing a backup folder (a training copy, say) never rotate away or restore each other's."""
    return f"{BACKUP_PREFIX}{source.stem}_"


def _newest_first(backups: list[BackupInfo]) -> list[BackupInfo]:
    # every name ends with its time stamp «YYYY-MM-DD_HH-MM-SS.db»
    return sorted(backups, key=lambda b: b.path.name[-len("2026-01-01_00-00-00.db") :], reverse=True)


def list_backups(folder: Path, source: Path | None = None) -> list[BackupInfo]:
    """Backups in a folder (of the database ``source`` only, when given), newest first."""
    if not folder.is_dir():
        return []
    pattern = f"{glob.escape(_prefix(source)) if source else BACKUP_PREFIX}*{BACKUP_SUFFIX}"
    found = [
        BackupInfo(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size)
        for p in folder.glob(pattern)
        if p.is_file()
    ]
    return _newest_first(found)


def rotate(folder: Path, keep: int, source: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups (of ``source`` only, when given); returns them."""
    removed = []
    for old in list_backups(folder, source)[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def automatic_backup(ctx: ServiceContext, *, on_exit: bool = False) -> BackupInfo | None:
    """The daily backup (first start of a day) and the one on exit, then rotation."""
    if sqlite_path(ctx.db.url) is None:
        return None
    last = get_state(ctx, "last_backup_date")
    if not on_exit and last == clock.today().isoformat():
        return None
    info = create_backup(ctx, reason="exit" if on_exit else "daily")
    with ctx.db.read() as s:
        keep = _get_settings(s).backup_keep
    rotate(info.path.parent, keep, _live_path(ctx))
    return info


def database_problems(url: str) -> list[str]:
    """Why the database file cannot be opened safely (a quick integrity check at start; empty: sound).

    A missing or empty file is not a problem (the first run creates it); other databases are checked
    by their server. The file is only read: a damaged database is never written to."""
    path = sqlite_path(url)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return []
    return sqlite_backup.file_problems(path, quick=True)


def newest_good_backup_in(folders: list[Path], source: Path | None = None) -> BackupInfo | None:
    """The newest sound backup in any of ``folders`` (the folder from settings may be unreadable
    when the database itself is damaged, so the desk remembers it too). Backups of ``source`` come
    first; only when it has none is any other backup there offered (copies named by hand, say)."""
    folders = list(dict.fromkeys(folder.expanduser().resolve() for folder in folders))
    for only in dict.fromkeys((source, None)):
        found = [b for folder in folders for b in list_backups(folder, only)]
        for candidate in _newest_first(found):
            if not sqlite_backup.file_problems(candidate.path):
                return candidate
    return None


def default_backup_folder() -> Path:
    return data_dir() / "backups"


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check (offered when the database is damaged)."""
    for candidate in list_backups(folder):
        if not sqlite_backup.file_problems(candidate.path):
            return candidate
    return None


def verify_backup(path: Path) -> str | None:
    """Check a backup before restoring it: sound, and of a schema this program can open."""
    problems = sqlite_backup.file_problems(path)
    if problems:
        raise DatabaseError("Копия не может быть восстановлена: " + "; ".join(problems))
    revision = sqlite_backup.schema_revision(path)
    if revision is None:
        raise DatabaseError("Копия не может быть восстановлена: в файле нет данных CAL Desktop.")
    if revision not in schema.known_revisions():
        raise DatabaseError(
            "Копия сделана более новой версией программы; установите новую версию CAL Desktop."
        )
    return revision


def restore_backup(ctx: ServiceContext, source: Path) -> Path:
    """Replace the database with a verified backup; the replaced database is kept aside first.
    Returns the path of the kept copy."""
    ctx.require(Role.ADMIN)
    kept = restore_file(ctx.db.url, source, dispose=ctx.db.dispose)
    with ctx.db.session() as s:
        # a backup made before this account existed does not know it: the entry is the program's then
        known = ctx.actor.staff_id is None or s.get(Staff, ctx.actor.staff_id) is not None
        who = ctx if known else ctx.acting_as(SYSTEM)
        audit.record(s, who, "restore", "database", None, file=source.name, kept=kept.name)
    return kept


def restore_file(url: str, source: Path, dispose=None) -> Path:  # type: ignore[no-untyped-def]
    """Restore without a signed-in actor (used when the database itself is damaged and cannot be opened)."""
    live = sqlite_path(url)
    if live is None:
        raise CalError("Восстановление встроено только для файла SQLite.")
    verify_backup(source)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.stem}.replaced-{stamp}{live.suffix}")
    n = 1
    while kept.exists():  # two restores within a second must not overwrite the first kept copy
        n += 1
        kept = live.with_name(f"{live.stem}.replaced-{stamp}-{n}{live.suffix}")
    if dispose is not None:
        dispose()
    try:
        if live.exists():
            if sqlite_backup.file_problems(live):
                # a damaged file cannot be read page by page: keep its bytes as they are
                live.replace(kept)
                # its write-ahead log may hold the last committed work: it goes aside with the file
                # (a specialist may still recover from the pair); the shared-memory index is rebuilt
                wal = Path(str(live) + "-wal")
                if wal.exists():
                    wal.replace(Path(str(kept) + "-wal"))
                Path(str(live) + "-shm").unlink(missing_ok=True)
            else:
                sqlite_backup.copy_database(live, kept)
        sqlite_backup.copy_into(source, live)
    except OSError as exc:
        raise _disk_message(exc, live) from exc
    sqlite_backup.restrict_to_owner(live)
    engine = make_engine(url)
    try:
        schema.upgrade(engine)  # a backup from an older version is brought up to date
    finally:
        engine.dispose()
    return kept


def last_backup_date(ctx: ServiceContext) -> date | None:
    value = get_state(ctx, "last_backup_date")
    return date.fromisoformat(value) if value else None


def get_settings_keep(ctx: ServiceContext) -> int:
    with ctx.db.read() as s:
        return _get_settings(s).backup_keep
