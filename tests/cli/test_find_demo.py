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
