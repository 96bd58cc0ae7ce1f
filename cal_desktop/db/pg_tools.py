"""PostgreSQL's client programs (pg_dump, pg_restore) for backups of a server database (issue 14.5).

The programs are looked for in ``CAL_DESKTOP_PG_BIN``, on PATH, in Debian's /usr/lib/postgresql/*/bin and
in Windows' «Program Files\\PostgreSQL\\*\\bin». pg_dump refuses a server newer than itself, so the one
whose major version equals the server's is preferred, else the oldest newer one.

The password never appears on a command line (other accounts can read it in the process list): it goes
to the programs through a private password file (``PGPASSFILE``), as libpq reads it.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

BIN_ENV = "CAL_DESKTOP_PG_BIN"
ARCHIVE_MAGIC = b"PGDMP"  # the first bytes of a pg_dump custom-format archive
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")
_EXE = ".exe" if os.name == "nt" else ""
TIMEOUT_SECONDS = 6 * 60 * 60  # a dump of a large base over a slow network: hours, never forever
# the connection settings a URL may carry in its query, and the libpq variables that pass them on
_QUERY_ENV = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


class ToolsMissing(Exception):
    """No usable client program: the message says what to install."""


@dataclass(frozen=True)
class Tool:
    path: Path
    major: int


def candidate_folders() -> list[Path]:
    """Where client programs may be, most specific first."""
    folders: list[Path] = []
    if os.environ.get(BIN_ENV):
        folders.append(Path(os.environ[BIN_ENV]))
    folders += [Path(p) for p in os.environ.get("PATH", "").split(os.pathsep) if p]
    folders += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for base in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMW6432"), r"C:\Program Files"):
        if base:
            folders += sorted(Path(base, "PostgreSQL").glob("*/bin"), reverse=True)
    return list(dict.fromkeys(folders))


def tool_version(path: Path) -> int | None:
    try:
        out = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = _VERSION.search(out)
    return int(match.group(1)) if match else None


def find_tools(name: str) -> list[Tool]:
    found: dict[Path, Tool] = {}
    for folder in candidate_folders():
        path = folder / f"{name}{_EXE}"
        if path.is_file() and os.access(path, os.X_OK):
            real = path.resolve()
            if real not in found:
                major = tool_version(real)
                if major is not None:
                    found[real] = Tool(real, major)
    return list(found.values())


def choose(tools: list[Tool], server_major: int) -> Tool | None:
    """The program of the server's own version, else the oldest newer one (older ones refuse)."""
    fitting = sorted((t for t in tools if t.major >= server_major), key=lambda t: t.major)
    return fitting[0] if fitting else None


def install_hint() -> str:
    if os.name == "nt":
        return (
            "установите «Command Line Tools» из установщика PostgreSQL для Windows "
            "(папка C:\\Program Files\\PostgreSQL\\<версия>\\bin)"
        )
    return "установите пакет postgresql-client (Debian, Ubuntu: sudo apt install postgresql-client)"


def require(name: str, server_major: int) -> Tool:
    tools = find_tools(name)
    tool = choose(tools, server_major)
    if tool is not None:
        return tool
    if tools:
        have = ", ".join(str(t.major) for t in sorted(tools, key=lambda t: t.major))
        raise ToolsMissing(
            f"Программа {name} версии {have} старше сервера PostgreSQL {server_major}: "
            f"нужна версия {server_major} или новее — {install_hint()}."
        )
    raise ToolsMissing(
        f"Не найдена программа {name} (клиентские программы PostgreSQL): {install_hint()}, "
        f"или укажите их папку в переменной {BIN_ENV}."
    )


def _passfile_line(*values: str) -> str:
    # libpq's format: host:port:database:user:password, with «\» and «:» escaped
    return ":".join(v.replace("\\", "\\\\").replace(":", "\\:") for v in values) + "\n"


@contextlib.contextmanager
def client_env(url: str) -> Iterator[dict[str, str]]:
    """The environment that points libpq at the database of ``url``; a password in the URL is written
    to a private temporary password file for as long as the program runs."""
    parsed = make_url(url)
    # the account's own PGPASSWORD, PGPASSFILE or ~/.pgpass still serve a URL without a password
    env = dict(os.environ)
    env.update(
        {
            "PGHOST": parsed.host or "localhost",
            "PGPORT": str(parsed.port or 5432),
            "PGDATABASE": parsed.database or "",
            "PGUSER": parsed.username or "",
            "PGAPPNAME": "cal-desktop",
        }
    )
    for key, variable in _QUERY_ENV.items():
        value = parsed.query.get(key)
        if isinstance(value, str):
            env[variable] = value
    if not parsed.password:
        yield env
        return
    fd, name = tempfile.mkstemp(prefix="cal-pgpass-")  # 0600 by construction
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(_passfile_line("*", "*", "*", "*", str(parsed.password)))
        env["PGPASSFILE"] = name
        yield env
    finally:
        Path(name).unlink(missing_ok=True)


def run(tool: Tool, args: list[str], url: str) -> str:
    """Run a client program against the database of ``url``; its error text (not the password: it is
    never on the command line) is raised as RuntimeError."""
    with client_env(url) as env:
        try:
            done = subprocess.run(
                [str(tool.path), *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"{tool.path.name}: нет ответа за {TIMEOUT_SECONDS // 3600} ч") from exc
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise RuntimeError(f"{tool.path.name}: " + ("; ".join(lines[-3:]) or f"код {done.returncode}"))
    return done.stdout


def dump(tool: Tool, url: str, target: Path) -> None:
    """``pg_dump -Fc`` of the whole database into ``target`` (created readable by its owner only)."""
    target.unlink(missing_ok=True)
    with open(target, "xb", opener=lambda p, f: os.open(p, f, 0o600)):
        pass
    # ownership and grants are the server's business: a restore by another role must still succeed
    run(tool, ["--format=custom", "--no-owner", "--no-privileges", f"--file={target}"], url)


def restore(tool: Tool, archive: Path, url: str) -> None:
    """Load an archive into the (emptied) database of ``url`` in one transaction: all or nothing."""
    run(
        tool,
        ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", f"--dbname={_dbname(url)}",
         str(archive)],
        url,
    )


def _dbname(url: str) -> str:
    return make_url(url).database or ""


def is_archive(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(ARCHIVE_MAGIC)) == ARCHIVE_MAGIC
    except OSError:
        return False


def archive_revision(tool: Tool, archive: Path) -> str | None:
    """The schema revision stored in an archive (the data of its alembic_version table), read without a
    database: pg_restore writes that table's COPY block as a script to stdout."""
    try:
        done = subprocess.run(
            [str(tool.path), "--data-only", "--table=alembic_version", "--file=-", str(archive)],
            capture_output=True,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    lines = done.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return value if value and value != "\\." else None
    return None
