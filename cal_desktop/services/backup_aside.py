"""Backups: copies of the database set aside beside it (before an upgrade, the one a restore replaced)
and their expiry, and leftover scratch files of an interrupted copy (re-exported by services/backup.py)."""

from __future__ import annotations

import contextlib
import glob
import re
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from cal_desktop.paths import sqlite_path
from cal_desktop.services.context import ServiceContext

# copies set aside beside the database (before a schema upgrade, the database a restore replaced) hold
# people's data outside the backup rotation: they are deleted after this many days (152-FZ art. 21)
ASIDE_DAYS = 30
ASIDE_KINDS = ("before-upgrade", "replaced")
PART_STALE_SECONDS = 10 * 60  # a *.part untouched this long belongs to no running copy
_ASIDE_STAMP = re.compile(r"(\d{8}-\d{6})(-\d+)?\.[^.]*$")


@dataclass(frozen=True)
class AsideCopy:
    """A copy of the database kept beside it (before an upgrade, or the one a restore replaced)."""

    path: Path
    kind: str  # "before-upgrade" or "replaced"
    created: datetime
    expires: date
    size: int



def remove_leftover_parts(places: list[tuple[Path, str]], stale: float = PART_STALE_SECONDS) -> list[Path]:
    removed = []
    now = time.time()
    for folder, pattern in places:
        if not folder.is_dir():
            continue
        for part in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if now - part.stat().st_mtime >= stale:  # a fresher one may be a copy being made now
                    part.unlink()
                    removed.append(part)
    return removed


def aside_copies(live: Path) -> list[AsideCopy]:
    """Copies of the database set aside beside it, newest first, with the day each expires."""
    found = []
    for kind in ASIDE_KINDS:
        for path in live.parent.glob(f"{glob.escape(live.stem)}.{kind}-*{glob.escape(live.suffix)}"):
            match = _ASIDE_STAMP.search(path.name)
            try:
                created = (
                    datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
                    if match
                    else datetime.fromtimestamp(path.stat().st_mtime)
                )
                size = path.stat().st_size
            except (OSError, ValueError):
                continue
            found.append(AsideCopy(path, kind, created, (created + timedelta(days=ASIDE_DAYS)).date(), size))
    return sorted(found, key=lambda c: c.created, reverse=True)


def aside_copies_of(ctx: ServiceContext) -> list[AsideCopy]:
    live = sqlite_path(ctx.db.url)
    return aside_copies(live) if live is not None else []


def expire_aside_copies(live: Path, today: date | None = None) -> list[Path]:
    """Delete before-upgrade and replaced copies older than ``ASIDE_DAYS`` (with their -wal files)."""
    today = today or date.today()
    removed = []
    for copy in aside_copies(live):
        if copy.expires <= today:
            for path in (copy.path, Path(f"{copy.path}-wal"), Path(f"{copy.path}-shm")):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
            removed.append(copy.path)
    return removed

