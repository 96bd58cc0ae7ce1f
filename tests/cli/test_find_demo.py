"""``cal-desktop find`` and ``cal-desktop demo`` as a user (or a script) sees them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cal_desktop.cli import main
from cal_desktop.db.engine import Database
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorInput, create_visitor


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def people(db_path: Path) -> dict[str, int]:
    database = Database("sqlite:///" + str(db_path))
    try:
        ctx = ServiceContext(database)
        return {
            "Ёлкина": create_visitor(
                ctx, VisitorInput("Ёлкина", "Алёна", "Игоревна", phone="8 (912) 345-67-89")
            ).id,
            "Иванов": create_visitor(ctx, VisitorInput("Иванов", "Олег", "Петрович")).id,
        }
    finally:
        database.dispose()


def test_find_visitors_json_gives_ids(
    capsys: pytest.CaptureFixture[str], db_path: Path, people: dict[str, int]
) -> None:
    for typed, who in (("елкина", "Ёлкина"), ("ИВАН", "Иванов"), ("9123456", "Ёлкина")):
        code, out, err = _run(capsys, "--db", str(db_path), "find", "visitors", typed, "--format", "json")
        assert code == 0, err
        found = json.loads(out)
        assert [f["id"] for f in found] == [people[who]], typed
    assert found[0]["full_name"] == "Ёлкина Алёна Игоревна"
    assert found[0]["phone"] == "+79123456789"


def test_find_table_is_readable(
    capsys: pytest.CaptureFixture[str], db_path: Path, people: dict[str, int]
) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "find", "visitors", "елкина")
    assert code == 0
    assert "Ёлкина Алёна Игоревна" in out and "+7 912 345-67-89" in out and "Найдено: 1" in out
    code, out, _ = _run(capsys, "--db", str(db_path), "find", "officials", "глава")
    assert code == 0 and "Ничего не найдено." in out
    code, out, _ = _run(capsys, "--db", str(db_path), "find", "initiatives", "двор", "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_find_unknown_kind_is_bad_usage(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "find", "cats", "x"])
    assert exc.value.code == 2


def test_init_demo_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "demo.db"
    assert _run(capsys, "--db", str(path), "init")[0] == 0
    code, out, err = _run(capsys, "--db", str(path), "demo", "--visitors", "2000", "--months", "12")
    assert code == 0, err
    assert "посетители: 2000" in out and "инициативы:" in out
    code, out, err = _run(capsys, "--db", str(path), "check")
    assert code == 0, out + err
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM visitors").fetchone()[0] == 2000
        months = con.execute(
            "SELECT count(DISTINCT substr(occurred_on, 1, 7)) FROM consultations"
        ).fetchone()[0]
        assert months >= 12
        last_name = con.execute("SELECT last_name FROM visitors WHERE id = 1").fetchone()[0]
    finally:
        con.close()
    code, out, _ = _run(capsys, "--db", str(path), "find", "visitors", last_name.upper(), "--format", "json")
    assert code == 0 and 1 in [v["id"] for v in json.loads(out)]
    code, out, _ = _run(capsys, "--db", str(path), "find", "officials", "глава", "--format", "json")
    assert code == 0 and any("Глава" in o["position"] for o in json.loads(out))
    # a second demo into the same file is refused with one line, nothing written
    code, out, err = _run(capsys, "--db", str(path), "demo", "--visitors", "10")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "пуст" in err


def test_demo_rejects_bad_numbers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x.db"), "demo", "--visitors", "0"])
    assert exc.value.code == 2


def test_output_into_a_closed_pipe_is_not_an_error(tmp_path):
    """`cal-desktop find ... | head -1`: the reader leaves early; no «Внутренняя ошибка»."""
    import subprocess
    import sys

    db = tmp_path / "p.db"
    subprocess.run(
        [sys.executable, "-m", "cal_desktop", "--db", str(db), "init"], check=True, capture_output=True
    )
    subprocess.run(
        [sys.executable, "-m", "cal_desktop", "--db", str(db), "demo", "--visitors", "300", "--months", "2"],
        check=True,
        capture_output=True,
    )
    shell = (
        f'"{sys.executable}" -m cal_desktop --db "{db}" find visitors а --format json --limit 500 | head -1'
    )
    result = subprocess.run(shell, shell=True, capture_output=True, text=True)
    assert result.stdout.strip() == "["
    assert "Внутренняя ошибка" not in result.stderr
