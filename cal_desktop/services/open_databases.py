"""The SQLite files this process opened, and whether a path is one of them (or a companion file).

Filled by services/database.py when it opens a database; asked by services/files.py before reading or
writing a user's file and by the GUI's file dialogs."""

from __future__ import annotations

import os
from pathlib import Path

# SQLite files this process opened: their folders are kept out of file dialogs (see gui/file_dialogs.py)
_opened: set[Path] = set()
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def is_database_file(path: str | os.PathLike[str]) -> bool:
    """True for an open database's file or its -wal/-shm/-journal companions (compared by name and by
    ``stat``, never by opening the file: a close() of it would drop SQLite's locks)."""
    candidate = Path(path)
    for db in _opened:
        for suffix in _COMPANIONS:
            own = db.with_name(db.name + suffix)
            try:
                if candidate.resolve() == own.resolve() or (
                    own.exists() and os.path.samefile(candidate, own)
                ):
                    return True
            except OSError:
                continue
    return False
