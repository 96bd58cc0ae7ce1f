"""Copies of a case's files for the system viewer («Открыть»).

A viewer needs a file on disk. The copy goes into a private folder (0700) under the system's temporary
folder, never beside the database: nothing may open or write files in the database's folder (SQLite's
locks, docs/architecture.md), and a copy there would outlive an erasure in every backup folder sync.
Copies are named ``<id>-<name>`` so that a person's erasure deletes the copies of their files, and
copies older than a day go at the next opening (the viewer may still show one that is a minute old).
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from cal_desktop.errors import CalError
from cal_desktop.paths import sqlite_path
from cal_desktop.services import attachments
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.files import disk_error

KEEP_SECONDS = 24 * 3600
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def viewing_folder() -> Path:
    """The private folder of viewing copies (created on first use)."""
    user = getattr(os, "getuid", lambda: os.environ.get("USERNAME", "user"))()
    folder = Path(tempfile.gettempdir()) / f"cal-desktop-files-{user}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def viewing_copy(ctx: ServiceContext, attachment_id: int) -> Path:
    """Write the file's bytes to a private temporary copy and return its path (audited as an opening)."""
    folder = viewing_folder()
    live = sqlite_path(ctx.db.url)
    if live is not None and folder.resolve() == live.resolve().parent:
        raise CalError("Папка временных файлов совпадает с папкой базы данных; файл не открыт.")
    sweep(folder)
    data = attachments.content(ctx, attachment_id)
    target = folder / f"{data.id}-{safe_name(data.filename)}"
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data.content)
    except OSError as exc:
        raise disk_error(exc, target) from exc
    return target


def safe_name(filename: str) -> str:
    """The original name without path separators and control characters (a viewer shows it)."""
    name = _UNSAFE.sub("_", filename).strip(" .") or "файл"
    return name[-120:]


def forget_copies(ids: list[int], folder: Path | None = None) -> None:
    """Delete the viewing copies of these files (a person's erasure)."""
    if not ids:
        return
    folder = folder or viewing_folder()
    prefixes = tuple(f"{i}-" for i in ids)
    for path in folder.iterdir():
        if path.name.startswith(prefixes):
            path.unlink(missing_ok=True)


def sweep(folder: Path | None = None, keep_seconds: int = KEEP_SECONDS) -> int:
    """Delete copies older than ``keep_seconds``; returns how many went."""
    folder = folder or viewing_folder()
    cutoff = time.time() - keep_seconds
    gone = 0
    for path in folder.iterdir():
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                gone += 1
        except OSError:
            continue  # open in a viewer on Windows: next time
    return gone
