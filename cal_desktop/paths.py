"""Where things live: the user's data and log folders, and resources that also work in the frozen build."""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CAL Desktop"
APP_AUTHOR = "CAL"
DB_ENV = "CAL_DESKTOP_DB"
DB_FILENAME = "cal_desktop.db"


def data_dir() -> Path:
    """The user's data folder (created on first use), e.g. ~/.local/share/CAL Desktop on Linux."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db`` (a path or a URL), else ``CAL_DESKTOP_DB``, else the desk's server
    connection (desk_connection.py, «Настройки → База данных»), else the default file."""
    value = db or os.environ.get(DB_ENV)
    if not value:
        from cal_desktop.desk_connection import configured_url

        value = configured_url() or str(default_db_path())
    if "://" in value:
        return with_driver(value)
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def with_driver(url: str) -> str:
    """A server URL as libpq tools write it («postgresql://…», «postgres://…») gets the driver the
    program ships (psycopg 3); SQLAlchemy would otherwise look for psycopg2."""
    for bare in ("postgresql://", "postgres://"):
        if url.startswith(bare):
            return "postgresql+psycopg://" + url[len(bare) :]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or ``None`` for other databases and in-memory SQLite."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :].split("?", 1)[0]
    if rest.startswith("file:"):  # a URI filename (``?mode=ro&uri=true``): the file it names
        rest = rest[len("file:") :]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


PACKAGED_DATA = "_data"  # the wheel's copy of resources/, templates_docs/ and ui/ (pyproject.toml)


def project_root() -> Path:
    """The folder holding resources/, templates_docs/ and ui/.

    Frozen: the bundle (``sys._MEIPASS``). Installed from a wheel (pip, pipx): ``cal_desktop/_data`` inside
    the installed package. A source checkout (editable install, tests): the checkout itself, where those
    folders are edited.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    packaged = Path(str(importlib.resources.files("cal_desktop"))) / PACKAGED_DATA
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under resources/ (fonts, icons, translations)."""
    return project_root().joinpath("resources", *parts)


def templates_dir() -> Path:
    return project_root() / "templates_docs"
