"""Finding PostgreSQL's client programs and passing them the password (issue 14.5), without a server."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cal_desktop.db import pg_tools
from cal_desktop.db.pg_tools import Tool

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fake programs are shell scripts")


def _fake(folder: Path, name: str, major: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) {major}.3'\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_the_servers_own_version_is_chosen_else_the_oldest_newer_one() -> None:
    tools = [Tool(Path("/a"), 17), Tool(Path("/b"), 15), Tool(Path("/c"), 13)]
    assert pg_tools.choose(tools, 15).path == Path("/b")
    assert pg_tools.choose(tools, 14).path == Path("/b")
    assert pg_tools.choose(tools, 18) is None


def test_programs_are_found_in_the_folder_of_the_variable_and_their_versions_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake(tmp_path / "16", "pg_dump", 16)
    _fake(tmp_path / "13", "pg_dump", 13)
    monkeypatch.setenv(pg_tools.BIN_ENV, str(tmp_path / "13"))
    monkeypatch.setenv("PATH", str(tmp_path / "16"))
    monkeypatch.setattr(pg_tools.Path, "glob", lambda self, pattern: iter(()))  # no system folders
    found = {t.major for t in pg_tools.find_tools("pg_dump")}
    assert found == {13, 16}
    assert pg_tools.require("pg_dump", 14).major == 16
    with pytest.raises(pg_tools.ToolsMissing, match="версии 13, 16 старше сервера PostgreSQL 17"):
        pg_tools.require("pg_dump", 17)
    with pytest.raises(pg_tools.ToolsMissing, match=pg_tools.BIN_ENV):
        pg_tools.require("pg_restore", 15)


def test_the_password_goes_through_a_private_file_never_the_command_line(tmp_path: Path) -> None:
    url = "postgresql+psycopg://cal_app:se:cr\\et@db.local:5433/cal?sslmode=require"
    with pg_tools.client_env(url) as env:
        passfile = Path(env["PGPASSFILE"])
        assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
        assert passfile.read_text(encoding="utf-8") == "*:*:*:*:se\\:cr\\\\et\n"
        assert (env["PGHOST"], env["PGPORT"], env["PGDATABASE"], env["PGUSER"], env["PGSSLMODE"]) == (
            "db.local", "5433", "cal", "cal_app", "require",
        )  # fmt: skip
    assert not passfile.exists()


def test_a_failing_program_reports_its_error_without_the_password(tmp_path: Path) -> None:
    tool = tmp_path / "pg_dump"
    tool.write_text('#!/bin/sh\necho "$@" >&2\necho "pg_dump: error: connection refused" >&2\nexit 1\n')
    tool.chmod(0o755)
    with pytest.raises(RuntimeError) as caught:
        pg_tools.dump(Tool(tool, 15), "postgresql+psycopg://u:TopSecret@h/cal", tmp_path / "x.dump")
    assert "connection refused" in str(caught.value) and "TopSecret" not in str(caught.value)


def test_an_archive_is_recognised_by_its_header(tmp_path: Path) -> None:
    (tmp_path / "a.dump").write_bytes(pg_tools.ARCHIVE_MAGIC + b"\x01\x0e")
    (tmp_path / "b.dump").write_bytes(b"SQLite format 3\x00")
    assert pg_tools.is_archive(tmp_path / "a.dump")
    assert not pg_tools.is_archive(tmp_path / "b.dump")
    assert not pg_tools.is_archive(tmp_path / "missing.dump")
