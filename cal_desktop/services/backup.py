"""Backups and restore (issue 8): manual, daily and on exit, with rotation, into a chosen folder.

A database on a PostgreSQL server is backed up with pg_dump (services/backup_postgres.py, issue 14.5).
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

from cal_desktop.db import backup as sqlite_backup
from cal_desktop.db import schema
from cal_desktop.db.engine import make_engine
from cal_desktop.db.models import Staff
from cal_desktop.db.pg_server import is_postgres
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, DatabaseError
from cal_desktop.paths import data_dir, sqlite_path
from cal_desktop.services import audit, backup_aside, erasure

# re-exported: callers use backup.ASIDE_DAYS, backup.aside_copies, backup.aside_copies_of
from cal_desktop.services.backup_aside import ASIDE_DAYS as ASIDE_DAYS
from cal_desktop.services.backup_aside import AsideCopy as AsideCopy
from cal_desktop.services.backup_aside import aside_copies as aside_copies
from cal_desktop.services.backup_aside import expire_aside_copies, remove_leftover_parts
from cal_desktop.services.backup_compress import (
    COMPRESSED_SUFFIX,
    check_compressed,
    compress_file,
    decompress_file,
    is_compressed,
)
from cal_desktop.services.backup_crypto import (
    ENCRYPTED_SUFFIX,
    BackupKey,
    PassphraseRequired,
    check_passphrase,
    decrypt_file,
    derive_key,
    encrypt_file,
    is_encrypted,
    is_removable,
)

# re-exported: callers use backup.BackupInfo, backup.RestoreResult, backup.BACKUP_PREFIX
from cal_desktop.services.backup_names import BACKUP_PREFIX as BACKUP_PREFIX
from cal_desktop.services.backup_names import KEY_STATE, BackupInfo, RestoreResult, free_name
from cal_desktop.services.backup_names import backup_key as _backup_key
from cal_desktop.services.backup_names import disk_message as _disk_message
from cal_desktop.services.backup_names import prefix as _prefix
from cal_desktop.services.backup_rotation import BackupSpace, space_of, to_keep
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.settings_store import _get_settings, get_state, set_state

BACKUP_SUFFIX = ".db"
_STAMP = re.compile(r"(\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)\.(?:db(\.gz)?|dump)(\.enc)?$")
# every suffix a backup of this program has had: plain and encrypted copies of earlier versions restore
_SUFFIXES = tuple(
    BACKUP_SUFFIX + packed + enc for packed in ("", COMPRESSED_SUFFIX) for enc in ("", ENCRYPTED_SUFFIX)
) + (".dump", ".dump" + ENCRYPTED_SUFFIX)  # pg_dump archives of a server database


def _live_path(ctx: ServiceContext) -> Path:
    path = sqlite_path(ctx.db.url)
    if path is None:
        raise CalError(
            "Резервное копирование встроено только для файла SQLite; для сервера PostgreSQL используйте его средства."
        )
    return path


def source_of(ctx: ServiceContext) -> Path | None:
    """The database file this context works on; for a server database what stands for it in backup
    names (services/backup_postgres.py); None for an in-memory database."""
    if is_postgres(ctx.db.url):
        from cal_desktop.services import backup_postgres

        return backup_postgres.pseudo_source(ctx.db.url)
    return sqlite_path(ctx.db.url)


def backup_folder(ctx: ServiceContext) -> Path:
    """The folder from settings (e.g. a USB stick), else «backups» beside the user's data."""
    with ctx.db.read() as s:
        chosen = _get_settings(s).backup_dir
    return Path(chosen).expanduser() if chosen else default_backup_folder()


def create_backup(ctx: ServiceContext, target: Path | None = None) -> BackupInfo:
    """Copy the database (consistently, while it is in use) to ``target`` or the backup folder.
    Administrators only: a copy of the database is a copy of every person's data."""
    ctx.require(Role.ADMIN)
    return _make_backup(ctx, target, "manual")


def _make_backup(ctx: ServiceContext, target: Path | None, reason: str) -> BackupInfo:
    """The copy itself. Automatic backups (any signed-in role) come here with no ``target``: they can
    only write into the backup folder of the settings, never to a path of the caller's choosing."""
    if is_postgres(ctx.db.url):
        from cal_desktop.services import backup_postgres

        return backup_postgres.make_backup(ctx, target, reason, backup_folder(ctx) if target is None else None)
    live = _live_path(ctx)
    key = _backup_key(ctx)
    if target is None:
        folder = backup_folder(ctx)
        if not folder.exists() and not folder.parent.exists():
            # a USB stick that is not plugged in: never create its path on the local disk instead
            raise CalError(
                f"Папка для резервных копий недоступна: {folder}. Если это флешка или сетевой диск, "
                "подключите его или выберите другую папку в настройках."
            )
        target = free_name(folder, _prefix(live), f"{BACKUP_SUFFIX}{COMPRESSED_SUFFIX}{ENCRYPTED_SUFFIX if key else ''}")
    if key is None and is_removable(target.parent):
        raise CalError(
            f"Папка {target.parent} находится на съёмном носителе: копии туда записываются только "
            "зашифрованными. Задайте пароль резервных копий (окно «Резервные копии» → «Пароль копий…» "
            "или «cal-desktop backup --set-passphrase») либо выберите папку на этом компьютере."
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # a copy to a path of the caller's choosing named «….db» stays a plain database file
        compress = COMPRESSED_SUFFIX in target.suffixes
        if key is None and not compress:
            sqlite_backup.copy_database(live, target)
        else:
            _packed_copy(live, target, key, compress)
    except OSError as exc:
        raise _disk_message(exc, target) from exc
    with ctx.db.session() as s:
        audit.record(s, ctx, "backup", "database", None, reason=reason, file=target.name, encrypted=bool(key))
    set_state(ctx, "last_backup_date", clock.today().isoformat())
    return BackupInfo(target, clock.local_now(), target.stat().st_size, key is not None)


def _staging(live: Path, purpose: str) -> Path:
    """A private scratch file beside the database (never on the backup medium: it holds plain data)."""
    return live.with_name(f"{live.name}.{purpose}-{os.getpid()}.part")


def _packed_copy(live: Path, target: Path, key: BackupKey | None, compress: bool) -> None:
    """The online copy into a scratch file beside the database, then compressed and/or encrypted into
    ``target`` under a temporary name, renamed only once it is whole and on the disk."""
    plain = _staging(live, "backup")
    packed = _staging(live, "backup-gz")
    part = target.with_name(target.name + ".part")
    for leftover in (plain, packed, part):
        leftover.unlink(missing_ok=True)
    try:
        sqlite_backup.copy_database(live, plain, durable=False)
        if compress:
            compress_file(plain, packed if key else part)
        if key is not None:
            encrypt_file(packed if compress else plain, part, key)
        os.replace(part, target)
    finally:
        for scratch in (plain, packed, part):
            scratch.unlink(missing_ok=True)


# ------------------------------------------------------------------------------------- passphrase


def backups_encrypted(ctx: ServiceContext) -> bool:
    return _backup_key(ctx) is not None


def set_backup_passphrase(ctx: ServiceContext, passphrase: str | None) -> None:
    """Set (or, with None, remove) the passphrase that encrypts every later backup. Administrators only.
    Only a key derived from it is stored; restoring an encrypted backup asks for the passphrase."""
    ctx.require(Role.ADMIN)
    if passphrase is not None:
        check_passphrase(passphrase)
    set_state(ctx, KEY_STATE, derive_key(passphrase).encode() if passphrase is not None else None)
    with ctx.db.session() as s:
        audit.record(s, ctx, "update", "database", None, backup_passphrase=passphrase is not None)


def _stamp(path: Path) -> str:
    # every name ends with its time stamp «YYYY-MM-DD_HH-MM-SS.db» (encrypted: «….db.enc»)
    match = _STAMP.search(path.name)
    return match.group(1) if match else ""


def _newest_first(backups: list[BackupInfo]) -> list[BackupInfo]:
    return sorted(backups, key=lambda b: _stamp(b.path), reverse=True)


def list_backups(folder: Path, source: Path | None = None) -> list[BackupInfo]:
    """Backups in a folder (of the database ``source`` only, when given), newest first."""
    if not folder.is_dir():
        return []
    prefix = glob.escape(_prefix(source)) if source else BACKUP_PREFIX
    found = [
        BackupInfo(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size, is_encrypted(p))
        for suffix in _SUFFIXES
        for p in folder.glob(f"{prefix}*{suffix}")
        if p.is_file()
    ]
    return _newest_first(found)


def _day(info: BackupInfo) -> date:
    stamp = _stamp(info.path)
    return datetime.strptime(stamp, "%Y-%m-%d_%H-%M-%S").date() if stamp else info.created.date()


def rotate(folder: Path, keep: int, source: Path | None = None) -> list[Path]:
    """Delete the backups (of ``source`` only, when given) that :func:`to_keep` does not keep."""
    backups = list_backups(folder, source)
    kept = {b.path for b in to_keep(backups, _day, keep, clock.today())}
    removed = []
    for old in backups:
        if old.path not in kept:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def backup_space(folder: Path, source: Path | None = None) -> BackupSpace:
    """What the backups take and whether the folder's disk is running out (the backups window)."""
    backups = list_backups(folder, source)
    live_size = source.stat().st_size if source is not None and source.exists() else 0
    return space_of(folder, [b.size for b in backups], live_size)


def automatic_backup(ctx: ServiceContext, *, on_exit: bool = False) -> BackupInfo | None:
    """The daily backup (first start of a day) and the one on exit, then rotation."""
    source = source_of(ctx)
    if source is None:
        return None
    housekeeping(ctx)
    last = get_state(ctx, "last_backup_date")
    if not on_exit and last == clock.today().isoformat():
        return None
    info = _make_backup(ctx, None, "exit" if on_exit else "daily")
    with ctx.db.read() as s:
        keep = _get_settings(s).backup_keep
    rotate(info.path.parent, keep, source)
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
            # an encrypted backup can only be checked with its passphrase: the restore checks it then
            if candidate.encrypted or _sound(candidate):
                return candidate
    return None


def default_backup_folder() -> Path:
    return data_dir() / "backups"


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check (offered when the database is damaged)."""
    for candidate in list_backups(folder):
        if _sound(candidate):
            return candidate
    return None


def _sound(candidate: BackupInfo) -> bool:
    """A plain copy passes the integrity check; a compressed one decompresses whole (its CRC matches):
    the restore checks the database inside before it replaces anything."""
    if is_compressed(candidate.path):
        try:
            check_compressed(candidate.path)
        except DatabaseError:
            return False
        return True
    return not sqlite_backup.file_problems(candidate.path)


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


def restore_backup(ctx: ServiceContext, source: Path, passphrase: str | None = None) -> Path:
    """:func:`restore_database`, returning only the path of the kept (replaced) copy."""
    return restore_database(ctx, source, passphrase).kept


def restore_database(ctx: ServiceContext, source: Path, passphrase: str | None = None) -> RestoreResult:
    """Replace the database with a verified backup; the replaced database is kept aside first, and the
    erasures and consent withdrawals it holds are applied to the restored data before anyone uses it."""
    ctx.require(Role.ADMIN)
    result = restore(ctx.db.url, source, dispose=ctx.db.dispose, passphrase=passphrase)
    record_restore(ctx, source, result)
    return result


def record_restore(ctx: ServiceContext, source: Path, result: RestoreResult) -> None:
    """The restore's entry in the log of the restored database (the command line restores before it
    can open the database, which may have been damaged, and records afterwards)."""
    with ctx.db.session() as s:
        # a backup made before this account existed does not know it: the entry is the program's then
        known = ctx.actor.staff_id is None or s.get(Staff, ctx.actor.staff_id) is not None
        who = ctx if known else ctx.acting_as(SYSTEM)
        audit.record(
            s,
            who,
            "restore",
            "database",
            None,
            file=source.name,
            kept=result.kept.name,
            erasures=result.erasures,
            withdrawals=result.withdrawals,
        )


def restore_file(url: str, source: Path, dispose=None, passphrase: str | None = None) -> Path:  # type: ignore[no-untyped-def]
    """Restore without a signed-in actor (used when the database itself is damaged and cannot be
    opened); returns the path of the kept copy."""
    return restore(url, source, dispose=dispose, passphrase=passphrase).kept


def restore(url: str, source: Path, *, dispose=None, passphrase: str | None = None) -> RestoreResult:  # type: ignore[no-untyped-def]
    """The restore itself. The backup is prepared in a private scratch file beside the database
    (decrypted, checked, upgraded to this program's schema, the newer erasures re-applied and the
    freed pages wiped); only then does it replace the live database, in one step."""
    live = sqlite_path(url)
    if live is None and is_postgres(url):
        from cal_desktop.services import backup_postgres

        return backup_postgres.restore(url, source, dispose=dispose, passphrase=passphrase)
    if live is None:
        raise CalError("Восстановление встроено только для файла SQLite.")
    if is_encrypted(source) and passphrase is None:
        raise PassphraseRequired(source)
    staging = _staging(live, "restoring")
    try:
        _prepare(source, staging, passphrase)
        if dispose is not None:
            dispose()
        kept = _keep_aside(live)
        erasures, withdrawals, unreadable = _reapply(kept, staging)
        sqlite_backup.settle(staging)
        try:
            sqlite_backup.copy_into(staging, live)
        except OSError as exc:
            raise _disk_message(exc, live) from exc
    finally:
        for scratch in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm"), Path(f"{staging}-journal")):
            scratch.unlink(missing_ok=True)
    sqlite_backup.restrict_to_owner(live)
    engine = make_engine(url)
    try:
        schema.upgrade(engine)  # already at head (the staging copy was upgraded): a check
    finally:
        engine.dispose()
    return RestoreResult(kept, erasures, withdrawals, unreadable)


def _prepare(source: Path, staging: Path, passphrase: str | None) -> None:
    staging.unlink(missing_ok=True)
    encrypted = is_encrypted(source)
    packed = encrypted or is_compressed(source)
    if not packed:
        verify_backup(source)  # refused before anything is copied
    try:
        if encrypted:
            assert passphrase is not None
            decrypt_file(source, staging, passphrase)
            if is_compressed(staging):  # compressed, then encrypted
                _decompress_in_place(staging)
        elif packed:
            decompress_file(source, staging)
        else:
            sqlite_backup.copy_database(source, staging)
    except OSError as exc:
        raise _disk_message(exc, staging) from exc
    if packed:
        verify_backup(staging)
    engine = make_engine(f"sqlite:///{staging}")
    try:
        upgraded = schema.upgrade(engine)  # a backup from an older version is brought up to date
    finally:
        engine.dispose()
    if upgraded.backup is not None:
        Path(upgraded.backup).unlink(missing_ok=True)  # a copy of the scratch file: not needed


def _decompress_in_place(staging: Path) -> None:
    gz = staging.with_name(staging.name + "-gz")  # housekeeping removes a leftover «*.part-*»
    gz.unlink(missing_ok=True)
    staging.replace(gz)
    try:
        decompress_file(gz, staging)
    finally:
        gz.unlink(missing_ok=True)


def _keep_aside(live: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.stem}.replaced-{stamp}{live.suffix}")
    n = 1
    while kept.exists():  # two restores within a second must not overwrite the first kept copy
        n += 1
        kept = live.with_name(f"{live.stem}.replaced-{stamp}-{n}{live.suffix}")
    if not live.exists():
        return kept
    try:
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
    except OSError as exc:
        raise _disk_message(exc, live) from exc
    return kept


def _reapply(kept: Path, staging: Path) -> tuple[int, int, bool]:
    """152-FZ art. 21: a person erased (or who withdrew consent) after the backup was made must not come
    back with it. Returns (erasures, withdrawals, whether the replaced database was unreadable)."""
    if not kept.exists():
        return 0, 0, False
    try:
        erased, withdrawn = sqlite_backup.erasure_facts(kept)
    except sqlite3.DatabaseError:
        return 0, 0, True
    erasures, withdrawals = erasure.reapply(f"sqlite:///{staging}", erased, withdrawn, kept.name)
    if erasures:
        sqlite_backup.wipe_free_space(staging)  # the erased names must not linger in free pages
    return erasures, withdrawals, False


# ---------------------------------------------------------------------------------- housekeeping


def housekeeping(ctx: ServiceContext) -> None:
    """At every start (with the daily backup check): leftover scratch files of an interrupted copy are
    removed, and copies set aside beside the database expire after ``ASIDE_DAYS``."""
    live = sqlite_path(ctx.db.url)
    if live is None:
        if is_postgres(ctx.db.url):
            from cal_desktop.services import backup_postgres

            backup_postgres.housekeeping(ctx, backup_folder(ctx))
        return
    folder = backup_folder(ctx)
    remove_leftover_parts(
        [
            (folder, f"{BACKUP_PREFIX}*.part"),
            (live.parent, f"{glob.escape(live.name)}.*.part"),  # scratch copies of a restore, a backup
            (live.parent, f"{glob.escape(live.name)}.*.part-*"),  # and their -wal, -journal files
            (live.parent, f"{glob.escape(live.stem)}.replaced-*.part"),  # a half-kept replaced database
        ]
    )
    expire_aside_copies(live)


def last_backup_date(ctx: ServiceContext) -> date | None:
    value = get_state(ctx, "last_backup_date")
    return date.fromisoformat(value) if value else None


def get_settings_keep(ctx: ServiceContext) -> int:
    with ctx.db.read() as s:
        return _get_settings(s).backup_keep


def aside_copies_of(ctx: ServiceContext) -> list[AsideCopy]:
    """The copies set aside beside the database (SQLite) or the dumps set aside (a server database)."""
    if is_postgres(ctx.db.url):
        from cal_desktop.services import backup_postgres

        return backup_postgres.aside_copies(ctx.db.url)
    return backup_aside.aside_copies_of(ctx)
