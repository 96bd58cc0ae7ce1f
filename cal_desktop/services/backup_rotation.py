"""Which backups the rotation keeps, and the space they take (issue 20).

Ten full copies of a 535 MB database took 5.3 GB, and an exit backup after every session pushed the
older days out by noon. Now: the newest ``keep`` copies, but of an earlier day only its last one, plus
the last copy of each of the :data:`WEEKLY_COPIES` weeks before this one; the copies are compressed
(:mod:`backup_compress`), and the backups window shows their total and warns when the disk runs low.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
WEEKLY_COPIES = 4  # beside the daily ones, the last copy of each of the 4 weeks before this one
LOW_SPACE_COPIES = 3  # warn when the backup folder has room for fewer new copies than this
# a new database's copy compresses about four-fold: the estimate before the first copy exists
COMPRESSION_ESTIMATE = 3


def to_keep(newest_first: list[T], day: Callable[[T], date], keep: int, today: date) -> list[T]:
    """The backups the rotation keeps, from a list sorted newest first."""
    kept: list[T] = []
    days: set[date] = set()
    for info in newest_first:
        if len(kept) == keep:
            break
        made = day(info)
        if made in days and made != today:
            continue  # an earlier day keeps only its last copy
        days.add(made)
        kept.append(info)
    this_week = today - timedelta(days=today.weekday())
    weeks: set[date] = set()
    for info in newest_first:
        made = day(info)
        week = made - timedelta(days=made.weekday())
        if this_week - timedelta(weeks=WEEKLY_COPIES) <= week < this_week and week not in weeks:
            weeks.add(week)  # the first seen is the week's last copy
            if info not in kept:
                kept.append(info)
    return kept


@dataclass(frozen=True)
class BackupSpace:
    total: int  # bytes of this database's backups in the folder
    free: int | None  # bytes free on the folder's disk (None: the folder is not reachable)
    low: bool  # fewer than LOW_SPACE_COPIES more copies fit


def space_of(folder: Path, sizes_newest_first: list[int], live_size: int) -> BackupSpace:
    total = sum(sizes_newest_first)
    try:
        free = shutil.disk_usage(folder if folder.exists() else folder.parent).free
    except OSError:
        return BackupSpace(total, None, False)
    copy = sizes_newest_first[0] if sizes_newest_first else live_size // COMPRESSION_ESTIMATE
    return BackupSpace(total, free, free < LOW_SPACE_COPIES * copy)
