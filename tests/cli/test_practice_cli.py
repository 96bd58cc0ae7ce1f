"""``cal-desktop export practice`` and ``import practice FILE…`` as a user sees them (issue 18, point 4)."""

from __future__ import annotations

import json

import pytest

from cal_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_then_import_twice_adds_once(db_path, capsys, tmp_path):  # type: ignore[no-untyped-def]
    assert run(capsys, "--db", str(db_path), "demo", "--visitors", "200", "--months", "6", "--quiet")[0] == 0
    target = tmp_path / "practice.json"
    code, out, _ = run(capsys, "--db", str(db_path), "export", "practice", str(target))
    assert code == 0 and "Выгружено практик" in out
    n = len(json.loads(target.read_text("utf-8"))["cases"])
    assert f": {n} ->" in out
    code, out, _ = run(capsys, "--db", str(db_path), "import", "practice", str(target), str(target))
    assert code == 0 and f"Файлов: 2; добавлено практик: {n}; уже были в библиотеке: {n}" in out


def test_other_kinds_take_one_file_and_a_wrong_file_is_named(db_path, capsys, tmp_path):  # type: ignore[no-untyped-def]
    other = tmp_path / "x.csv"
    other.write_text("Фамилия;Имя\n", "utf-8")
    code, _, err = run(capsys, "--db", str(db_path), "import", "visitors", str(other), str(other))
    assert code == 2 and "один файл" in err
    code, _, err = run(capsys, "--db", str(db_path), "import", "practice", str(other))
    assert code != 0 and "x.csv" in err and "JSON" in err
