"""The desk's own connection to a PostgreSQL server (issue 14.1): what «Настройки → База данных» writes.

It lives in the account's configuration folder, never in the database: ``database.json`` holds the
server, port, database, user and TLS mode; the password is in ``pgpass.conf`` beside it, in libpq's
password-file format, readable by this account only (0600; on Windows the folder is inside the account's
private profile). The URL built from them names the password file (``passfile=``), so the password is in
no URL, command line or log. ``--db`` and ``CAL_DESKTOP_DB`` still come first (paths.database_url).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

import platformdirs

from cal_desktop.paths import APP_AUTHOR, APP_NAME

CONFIG_FILE = "database.json"
PASSWORD_FILE = "pgpass.conf"
TLS_MODES = ("disable", "prefer", "require", "verify-full")
OWNER_ONLY = 0o600


@dataclass(frozen=True)
class DeskConnection:
    host: str
    port: int = 5432
    database: str = "cal"
    user: str = "cal_app"
    sslmode: str = "prefer"

    def url(self, passfile: Path | None = None) -> str:
        """The SQLAlchemy URL (no password in it: libpq reads it from ``passfile``)."""
        query = f"sslmode={self.sslmode}"
        if passfile is not None:
            query += "&passfile=" + quote(str(passfile), safe="/:\\")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (
            f"postgresql+psycopg://{quote(self.user, safe='')}@{host}:{self.port}/"
            f"{quote(self.database, safe='')}?{query}"
        )


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def password_file() -> Path:
    return config_dir() / PASSWORD_FILE


def load() -> DeskConnection | None:
    path = config_dir() / CONFIG_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return DeskConnection(
            host=str(data["host"]),
            port=int(data.get("port", 5432)),
            database=str(data["database"]),
            user=str(data["user"]),
            sslmode=str(data.get("sslmode", "prefer")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def configured_url() -> str | None:
    """The URL of the desk's server connection, or None when the desk uses its local file."""
    connection = load()
    if connection is None:
        return None
    passfile = password_file()
    return connection.url(passfile if passfile.exists() else None)


def _private_write(path: Path, text: str) -> None:
    """Write ``text`` to a file created readable by its owner only, replacing it in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    if os.name == "posix":
        os.chmod(part, OWNER_ONLY)
    os.replace(part, path)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def save(connection: DeskConnection, password: str | None) -> Path:
    """Remember the connection; ``password`` None keeps the stored one, "" removes it."""
    if connection.sslmode not in TLS_MODES:
        raise ValueError(connection.sslmode)
    _private_write(config_dir() / CONFIG_FILE, json.dumps(asdict(connection), ensure_ascii=False, indent=2))
    if password == "":
        password_file().unlink(missing_ok=True)
    elif password is not None:
        fields = (connection.host, str(connection.port), connection.database, connection.user, password)
        _private_write(password_file(), ":".join(_escape(f) for f in fields) + "\n")
    return config_dir() / CONFIG_FILE


def forget() -> None:
    """Back to the local database file: the connection and its password are deleted."""
    for name in (CONFIG_FILE, PASSWORD_FILE):
        (config_dir() / name).unlink(missing_ok=True)
