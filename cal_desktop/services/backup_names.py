"""What a backup is called and what it returns, shared by the SQLite copies (services/backup.py) and the
server dumps (services/backup_postgres.py).

backup.py calls backup_postgres for a server database; the names both need live here so that
backup_postgres does not import backup back.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cal_desktop.domain import clock
from cal_desktop.errors import CalError
from cal_desktop.services.backup_compress import COMPRESSED_SUFFIX
from cal_desktop.services.backup_crypto import BackupKey
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings_store import get_state

BACKUP_PREFIX = "cal-backup-"
KEY_STATE = "backup_key"  # the key derived from the backup passphrase, in the program's state


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    encrypted: bool = False

    @property
    def compressed(self) -> bool:
        return COMPRESSED_SUFFIX in self.path.suffixes


@dataclass(frozen=True)
class RestoreResult:
    kept: Path  # the replaced database, kept aside
    erasures: int  # erasures of people re-applied from the replaced database
    withdrawals: int  # consent withdrawals re-applied
    unreadable: bool = False  # the replaced database could not be read (damaged): nothing re-applied

    @property
    def reapplied(self) -> int:
        return self.erasures + self.withdrawals

    def summary(self) -> str:
        if self.unreadable:
            return (
                "Заменённую базу не удалось прочитать, поэтому удаления персональных данных, сделанные "
                "после копии, не перенесены: проверьте список «Подлежат удалению»."
            )
        return (
            f"Повторно применено: обезличиваний — {self.erasures}, отзывов согласия — {self.withdrawals} "
            "(сделанных после этой копии)."
        )


def prefix(source: Path) -> str:
    """Backups name the database they copy («cal-backup-cal_desktop_2026-11-27_10-00-00.db»), so two
    databases sharing a backup folder (a training copy, say) never rotate away or restore each other's."""
    return f"{BACKUP_PREFIX}{source.stem}_"


def free_name(folder: Path, prefix: str, suffix: str) -> Path:
    """«<prefix><stamp><suffix>» named by the time now, a second later while that name is taken: two
    backups within one second (an exit backup right after a manual one) must not overwrite each other,
    and the name keeps the form that listing and rotation read."""
    at = clock.local_now().replace(microsecond=0)
    while True:
        target = folder / f"{prefix}{at:%Y-%m-%d_%H-%M-%S}{suffix}"
        if not target.exists():
            return target
        at += timedelta(seconds=1)


def backup_key(ctx: ServiceContext) -> BackupKey | None:
    value = get_state(ctx, KEY_STATE)
    return BackupKey.decode(value) if value else None


def disk_message(exc: OSError, target: Path) -> CalError:
    if exc.errno == errno.ENOSPC:
        return CalError(f"Недостаточно места на диске для копии: {target.parent}. Ничего не записано.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CalError(f"Нет права записи в папку {target.parent}. Выберите другую папку в настройках.")
    return CalError(f"Не удалось записать копию {target}: {exc.strerror or exc}")
