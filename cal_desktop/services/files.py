"""Writing files the user asked for (documents, exports, reports): whole or not at all.

Every file is written to a temporary file beside the target, flushed to disk, then renamed over the
target. A full disk, a read-only folder, an unplugged USB stick or a cancelled job leaves the target as
it was (absent, or the previous version) and raises a ``CalError`` saying in Russian what happened.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cal_desktop.errors import CalError, Cancelled, DiskFull

T = TypeVar("T")
CancelCheck = Callable[[], bool]


def disk_error(exc: OSError, target: Path) -> CalError:
    """What a failed write means for the person saving the file."""
    if exc.errno == errno.ENOSPC:
        return DiskFull(f"Недостаточно места на диске для файла {target}. Ничего не записано.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CalError(f"Нет права записи в папку {target.parent}. Выберите другую папку.")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return CalError(f"Папка {target.parent} не существует.")
    return CalError(f"Не удалось записать файл {target}: {exc.strerror or exc}")


def refuse_database_file(path: str | os.PathLike[str]) -> None:
    """The open database (or its -wal/-shm) is never read or written as an ordinary file: reading it
    with open() and closing it would drop SQLite's locks, and writing over it would destroy it."""
    from cal_desktop.services.open_databases import is_database_file

    if is_database_file(path):
        raise CalError(f"{Path(path).name} — это файл базы данных программы; выберите другой файл.")


def write_atomic(
    target: str | os.PathLike[str],
    write: Callable[[Path], T],
    cancel: CancelCheck | None = None,
    cancelled_message: str = "Операция отменена; файл не создан.",
) -> T:
    """Run ``write(tmp)`` on a temporary file beside ``target``, fsync it, rename it over ``target``;
    returns what ``write`` returned."""
    final = Path(target)
    refuse_database_file(final)
    folder = final.parent if str(final.parent) else Path(".")
    if not folder.is_dir():
        raise CalError(f"Папка {folder} не существует.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise disk_error(exc, final) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        result = write(tmp)
        if cancel is not None and cancel():
            raise Cancelled(cancelled_message)
        with open(tmp, "rb+") as fh:  # the data is on disk before the name points at it
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise disk_error(exc, final) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result


def save_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """Save ready bytes (a rendered PDF or DOCX) whole or not at all; returns the path."""
    write_atomic(target, lambda tmp: tmp.write_bytes(data))
    return Path(target)
