"""Backups and restore of a database on a PostgreSQL server (issue 14.5), called from services/backup.py.

A backup is a ``pg_dump -Fc`` archive «cal-backup-<database>_<stamp>.dump» (encrypted into «….dump.enc»
with the backup passphrase, like the SQLite copies), written into the same backup folder and rotated by
the same rules. Without the client programs nothing is skipped silently: the backup fails with a message
that says what to install (the status bar and the backups window say it in advance, see
:func:`tools_problem`).

A restore is refused before anything changes unless the archive is sound and of a schema this program
knows; then the current database is dumped aside (kept 30 days, as a replaced SQLite file is), emptied and
loaded from the archive in one transaction, upgraded, and the erasures and consent withdrawals made after
the backup are applied again (152-FZ art. 21), with VACUUM FULL so that the erased data leave the files.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from cal_desktop.db import pg_server, pg_tools, schema
from cal_desktop.db.engine import make_engine
from cal_desktop.domain import clock
from cal_desktop.errors import CalError, DatabaseError
from cal_desktop.services import audit, erasure
from cal_desktop.services.backup_aside import ASIDE_DAYS, AsideCopy, remove_leftover_parts
from cal_desktop.services.backup_crypto import (
    ENCRYPTED_SUFFIX,
    PassphraseRequired,
    decrypt_file,
    encrypt_file,
    is_encrypted,
    is_removable,
)
from cal_desktop.services.backup_names import (
    BACKUP_PREFIX,
    BackupInfo,
    RestoreResult,
    backup_key,
    disk_message,
    free_name,
    prefix,
)
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings_store import set_state

DumpRequired = pg_server.DumpRequired  # the GUI tells it apart from a connection problem
DUMP_SUFFIX = ".dump"
_ASIDE = re.compile(r"\.(before-upgrade|replaced)-(?:.*-)?(\d{8}-\d{6})(?:-\d+)?\.dump$")


def pseudo_source(url: str) -> Path:
    """What stands for the database file in backup names and rotation: only its stem (the database's
    name) is used, so backups of two databases sharing a folder never rotate each other away."""
    return Path(f"{make_url(url).database}{DUMP_SUFFIX}")


def _server_major(url: str) -> int:
    engine = make_engine(url)
    try:
        return pg_server.server_major(engine)
    except SQLAlchemyError as exc:
        raise CalError(f"Нет подключения к серверу PostgreSQL: {_first_line(exc)}") from exc
    finally:
        engine.dispose()


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().split("\n", 1)[0]


def tools_problem(url: str) -> str | None:
    """Why backups of this server database cannot be made on this computer (None: they can)."""
    try:
        pg_tools.require("pg_dump", _server_major(url))
    except pg_tools.ToolsMissing as exc:
        return f"Резервные копии базы на сервере не делаются: {exc}"
    except CalError as exc:
        return str(exc)
    return None


def _tool(name: str, url: str) -> pg_tools.Tool:
    try:
        return pg_tools.require(name, _server_major(url))
    except pg_tools.ToolsMissing as exc:
        raise CalError(f"Резервная копия базы на сервере невозможна: {exc}") from exc


def make_backup(ctx: ServiceContext, target: Path | None, reason: str, folder: Path | None) -> BackupInfo:
    """``pg_dump -Fc`` into ``target`` or else the backup ``folder`` (of the settings, given by
    services/backup.py), encrypted with the backup passphrase."""
    url = ctx.db.url
    tool = _tool("pg_dump", url)
    key = backup_key(ctx)
    if target is None:
        assert folder is not None
        if not folder.exists() and not folder.parent.exists():
            raise CalError(
                f"Папка для резервных копий недоступна: {folder}. Если это флешка или сетевой диск, "
                "подключите его или выберите другую папку в настройках."
            )
        sealed = ENCRYPTED_SUFFIX if key else ""
        target = free_name(folder, prefix(pseudo_source(url)), f"{DUMP_SUFFIX}{sealed}")
    if key is None and is_removable(target.parent):
        raise CalError(
            f"Папка {target.parent} находится на съёмном носителе: копии туда записываются только "
            "зашифрованными. Задайте пароль резервных копий или выберите папку на этом компьютере."
        )
    part = target.with_name(target.name + ".part")
    plain = pg_server.aside_folder() / f"backup-{os.getpid()}.dump.part"  # private, never on the medium
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        pg_tools.dump(tool, url, plain if key else part)
        if key is not None:
            encrypt_file(plain, part, key)
        os.replace(part, target)
    except OSError as exc:
        raise disk_message(exc, target) from exc
    except RuntimeError as exc:
        raise CalError(f"Резервная копия не сделана: {exc}") from exc
    finally:
        for scratch in (plain, part):
            scratch.unlink(missing_ok=True)
    with ctx.db.session() as s:
        audit.record(s, ctx, "backup", "database", None, reason=reason, file=target.name, encrypted=bool(key))
    set_state(ctx, "last_backup_date", clock.today().isoformat())
    return BackupInfo(target, clock.local_now(), target.stat().st_size, key is not None)


# ------------------------------------------------------------------------------------------ restore


def restore(url: str, source: Path, *, dispose: Any = None, passphrase: str | None = None) -> RestoreResult:
    """Replace the server database with the archive ``source`` (see the module's description)."""
    if is_encrypted(source) and passphrase is None:
        raise PassphraseRequired(source)
    restorer = _tool("pg_restore", url)
    dumper = _tool("pg_dump", url)
    plain = pg_server.aside_folder() / f"restoring-{os.getpid()}.dump.part"
    try:
        archive = _readable_archive(source, plain, passphrase)
        _check_revision(restorer, archive)
        if dispose is not None:
            dispose()  # no pooled connection of ours may hold the tables about to be dropped
        erased: list[tuple[int, str]] = []
        withdrawn: list[tuple[int, str, str]] = []
        unreadable = False
        kept = pg_server.aside_name(url, "replaced")
        if pg_server.has_schema(url):
            try:
                erased, withdrawn = pg_server.erasure_facts(url)
            except SQLAlchemyError:
                unreadable = True
            _run(pg_tools.dump, dumper, url, kept, what="Копия текущей базы перед восстановлением")
        try:
            pg_server.empty_database(url)
        except pg_server.DatabaseInUse as exc:
            raise CalError(
                "Базой сейчас пользуются другие рабочие места: закройте программу на них и повторите. "
                "База не изменена."
            ) from exc
        try:
            pg_tools.restore(restorer, archive, url)
        except RuntimeError as exc:
            raise _put_back(restorer, url, kept, exc) from exc
    finally:
        plain.unlink(missing_ok=True)
    engine = make_engine(url)
    try:
        schema.upgrade(engine)  # a backup of an older version is brought up to date
    finally:
        engine.dispose()
    erasures, withdrawals = erasure.reapply(url, erased, withdrawn, kept.name)
    if erasures:
        pg_server.vacuum_full(url)  # not on a desk's path: the restore is the administrator's step
    return RestoreResult(kept, erasures, withdrawals, unreadable)


def _run(step: Any, tool: pg_tools.Tool, url: str, path: Path, *, what: str) -> None:
    try:
        step(tool, url, path)
    except (OSError, RuntimeError) as exc:
        path.unlink(missing_ok=True)
        raise CalError(f"{what} не сделана ({exc}); база не изменена.") from exc


def _readable_archive(source: Path, plain: Path, passphrase: str | None) -> Path:
    if not source.is_file():
        raise CalError(f"Файл копии не найден: {source}")
    archive = source
    if is_encrypted(source):
        assert passphrase is not None
        try:
            decrypt_file(source, plain, passphrase)
        except OSError as exc:
            raise disk_message(exc, plain) from exc
        archive = plain
    if pg_tools.is_archive(archive):
        return archive
    if source.name.endswith((".db", ".db.gz", ".db.enc", ".db.gz.enc")):
        raise DatabaseError(
            "Это копия файла базы SQLite, а программа работает с базой на сервере PostgreSQL. Восстановите "
            "её в файл: «cal-desktop --db ФАЙЛ.db restore КОПИЯ», затем перенесите данные на сервер."
        )
    raise DatabaseError("Копия не может быть восстановлена: это не архив pg_dump (формат -Fc) CAL Desktop.")


def _check_revision(restorer: pg_tools.Tool, archive: Path) -> None:
    revision = pg_tools.archive_revision(restorer, archive)
    if revision is None:
        raise DatabaseError("Копия не может быть восстановлена: в архиве нет данных CAL Desktop.")
    if revision not in schema.known_revisions():
        raise DatabaseError(
            "Копия сделана более новой версией программы; установите новую версию CAL Desktop."
        )


def _put_back(restorer: pg_tools.Tool, url: str, kept: Path, exc: RuntimeError) -> CalError:
    """The archive did not load (its one transaction rolled back): the emptied database gets the copy
    of itself made a moment ago."""
    if not kept.exists():
        return DatabaseError(f"Копия не восстановлена: {exc}")
    try:
        pg_server.empty_database(url)
        pg_tools.restore(restorer, kept, url)
    except (RuntimeError, SQLAlchemyError) as again:
        return DatabaseError(
            f"Копия не восстановлена ({exc}), и прежнюю базу вернуть не удалось ({again}). Она сохранена "
            f"в файле {kept}: восстановите его командой «cal-desktop restore {kept}»."
        )
    return DatabaseError(f"Копия не восстановлена: {exc}. Прежняя база возвращена без изменений.")


# ------------------------------------------------------------------------------------ aside copies


def aside_copies(url: str) -> list[AsideCopy]:
    """Dumps made before an upgrade or a restore of this database, newest first."""
    name = make_url(url).database or ""
    folder = pg_server.aside_folder()
    found = []
    for path in folder.glob(f"{name}.*{DUMP_SUFFIX}"):
        match = _ASIDE.search(path.name)
        if not match or not path.name.startswith(f"{name}.{match.group(1)}-"):
            continue
        with contextlib.suppress(OSError, ValueError):
            created = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
            expires = (created + timedelta(days=ASIDE_DAYS)).date()
            found.append(AsideCopy(path, match.group(1), created, expires, path.stat().st_size))
    return sorted(found, key=lambda c: c.created, reverse=True)


def housekeeping(ctx: ServiceContext, backup_folder: Path, today: date | None = None) -> list[Path]:
    """Aside dumps expire after ASIDE_DAYS; leftover scratch files of an interrupted copy (here and in
    the ``backup_folder`` of the settings) go."""
    from cal_desktop.services import erasure_postgres  # a rewrite owed by a process killed during it

    erasure_postgres.resume(ctx)
    today = today or date.today()
    folder = pg_server.aside_folder()
    remove_leftover_parts([(folder, "*.part"), (backup_folder, f"{BACKUP_PREFIX}*.part")])
    removed = []
    for copy in aside_copies(ctx.db.url):
        if copy.expires <= today:
            copy.path.unlink(missing_ok=True)
            removed.append(copy.path)
    return removed
