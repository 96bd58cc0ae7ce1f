"""``cal-desktop init`` and ``check`` as a user sees them: exit status and one line of explanation."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cal_desktop.cli import main
from cal_desktop.db.engine import Database
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorInput, create_visitor


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    """Exit status and every non-empty line printed (stdout and stderr)."""
    code = main(list(argv))
    out = capsys.readouterr()
    lines = [line for line in (out.out + out.err).splitlines() if line.strip()]
    return code, lines


def _one_error_line(lines: list[str]) -> str:
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    return lines[0]


@pytest.fixture
def populated_db(db_path: Path) -> Path:
    """A real database with some hundreds of visitors: big enough that truncation cuts into data pages."""
    database = Database("sqlite:///" + str(db_path))
    ctx = ServiceContext(database)
    try:
        for i in range(300):
            create_visitor(
                ctx,
                VisitorInput(
                    last_name=f"Иванов{i}", first_name="Пётр", address="ул. Ленина, д. " + str(i) * 20
                ),
                allow_duplicate=True,
            )
    finally:
        database.dispose()
    assert not Path(str(db_path) + "-wal").exists()  # checkpointed and closed: the file holds everything
    return db_path


def _set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(str(path))
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()


def test_init_creates_then_reports_the_same_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sub" / "cal.db"
    code, lines = _run(capsys, "--db", str(path), "init")
    assert code == 0 and path.exists()
    assert lines[0].startswith("База данных создана") and lines[-1].startswith("Схема: ")
    schema_line = lines[-1]

    code, lines = _run(capsys, "--db", str(path), "init")
    assert code == 0
    assert lines == [schema_line]  # nothing created, nothing upgraded
    assert [p.name for p in path.parent.iterdir() if "before-upgrade" in p.name] == []

    code, lines = _run(capsys, "--db", str(path), "check")
    assert code == 0 and lines == ["Проверка пройдена: база данных в порядке."]


def test_db_from_environment_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("CAL_DESKTOP_DB", str(path))
    code, _ = _run(capsys, "init")
    assert code == 0 and path.exists()


def test_check_passes_on_a_database_with_data(populated_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = _run(capsys, "--db", str(populated_db), "check")
    assert code == 0, lines


def test_check_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Список посетителей за март\n" * 200, encoding="utf-8")
    before = _sha256(path)
    code, lines = _run(capsys, "--db", str(path), "check")
    assert code == 1
    assert "не является базой данных" in _one_error_line(lines)
    assert _sha256(path) == before


@pytest.mark.parametrize("fraction", [0.5, 0.25, 0.9])
def test_check_reports_a_truncated_database_in_one_line(
    populated_db: Path, capsys: pytest.CaptureFixture[str], fraction: float
) -> None:
    size = populated_db.stat().st_size
    assert size > 100_000
    os.truncate(populated_db, int(size * fraction))
    code, lines = _run(capsys, "--db", str(populated_db), "check")
    assert code == 1
    assert "поврежд" in _one_error_line(lines)


def test_init_refuses_a_damaged_or_foreign_file_and_leaves_it(
    populated_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.truncate(populated_db, populated_db.stat().st_size // 2)
    spreadsheet = tmp_path / "visitors.xlsx.db"
    spreadsheet.write_bytes(b"PK\x03\x04" + b"\x00" * 4000)
    for path in (populated_db, spreadsheet):
        before = _sha256(path)
        code, lines = _run(capsys, "--db", str(path), "init")
        assert code == 1
        assert "поврежд" in _one_error_line(lines) or "не является базой данных" in lines[0]
        assert _sha256(path) == before
    assert [p.name for p in tmp_path.rglob("*before-upgrade*")] == []


def test_check_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "absent.db"
    code, lines = _run(capsys, "--db", str(path), "check")
    assert code == 1
    assert "не найден" in _one_error_line(lines)
    assert not path.exists()  # check never creates a database


def test_check_reports_broken_references_in_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(str(db_path))
    with con:  # written behind the program's back, with foreign keys off
        con.execute("PRAGMA foreign_keys=OFF")
        for i in range(30):
            con.execute(
                "INSERT INTO visitors (last_name, first_name, territory_id, name_norm, search_text, created_at, updated_at)"
                " VALUES (?, 'Иван', 999999, '', '', '2025-01-01', '2025-01-01')",
                (f"Сидоров{i}",),
            )
    con.close()
    code, lines = _run(capsys, "--db", str(db_path), "check")
    assert code == 1
    assert "visitors" in _one_error_line(lines)


def test_init_refuses_a_newer_database_and_leaves_it_untouched(
    populated_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_revision(populated_db, "ffff_from_the_future")
    folder_before = sorted(p.name for p in populated_db.parent.iterdir())
    before = _sha256(populated_db)

    code, lines = _run(capsys, "--db", str(populated_db), "init")

    assert code == 1
    assert "более новой версией" in _one_error_line(lines)
    assert _sha256(populated_db) == before
    assert sorted(p.name for p in populated_db.parent.iterdir()) == folder_before  # no backup, no -wal left

    code, lines = _run(capsys, "--db", str(populated_db), "check")
    assert code == 1 and "более новой версией" in _one_error_line(lines)
    assert _sha256(populated_db) == before


def _cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cal_desktop", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_real_process_init_check_and_refusal(tmp_path: Path) -> None:
    path = tmp_path / "proc.db"
    done = _cli("--db", str(path), "init")
    assert done.returncode == 0, done.stderr
    assert "Схема:" in done.stdout
    done = _cli("--db", str(path), "check")
    assert done.returncode == 0, done.stderr

    _set_revision(path, "ffff_from_the_future")
    before = _sha256(path)
    done = _cli("--db", str(path), "init")
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert _sha256(path) == before

    (tmp_path / "junk.db").write_bytes(b"\x00\x01" * 5000)
    done = _cli("--db", str(tmp_path / "junk.db"), "check")
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_version_and_bad_usage() -> None:
    done = _cli("--version")
    assert done.returncode == 0 and done.stdout.startswith("CAL Desktop ")
    done = _cli("no-such-command")
    assert done.returncode == 2


def test_self_test_prints_ok(tmp_path: Path) -> None:
    home = tmp_path / "home"  # the user's folders: the self-test must leave them empty
    done = _cli(
        "--self-test", env={"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": ""}
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "OK"
    assert "интерфейс: " in done.stdout and "ЦАЛ" in done.stdout  # the window was built, in Russian
    # signed in as an administrator: every area opened, none reported as not ready
    assert "не готов" not in done.stdout and "Отчёты" in done.stdout and "Настройки" in done.stdout
    assert "«&File» → «&Файл»" in done.stdout
    for line in ("СУБД: SQLite", "LiberationSerif-Regular.ttf из ", "перевод: русский"):
        assert line in done.stdout
    assert not (home / "data" / "CAL Desktop" / "desk.ini").exists()


def test_self_test_names_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cal_desktop import paths

    monkeypatch.setattr(paths, "project_root", lambda: tmp_path)  # an installation without its files
    code = main(["--self-test"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "resources" in err and "Traceback" not in err
