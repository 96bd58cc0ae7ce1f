"""``cal-desktop import`` and ``export`` as a user sees them: counts, every problem listed, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cal_desktop.cli import main

DATA = Path(__file__).parent.parent / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_prints_counts_and_warnings(db_path, capsys):
    code, out, err = run(capsys, "--db", str(db_path), "import", "visitors", str(DATA / "visitors_excel.csv"))
    assert code == 0
    assert "Записей создано: 4" in out and "Новых территорий: 2" in out
    assert "«Примечание»" in err
    code, out, _ = run(capsys, "--db", str(db_path), "import", "visitors", str(DATA / "visitors_excel.csv"))
    assert code == 0
    assert "Записей создано: 0" in out and "Пропущено (уже есть в базе или повтор в файле): 4" in out


def test_dry_run_says_so_and_writes_nothing(db_path, capsys, tmp_path):
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "import",
        "consultations",
        str(DATA / "consultations_comma.csv"),
        "--dry-run",
    )
    assert code == 0
    assert "Записей будет создано: 3" in out and "ничего не записано" in out
    code, out, _ = run(capsys, "--db", str(db_path), "export", "consultations", str(tmp_path / "c.csv"))
    assert code == 0 and "Выгружено строк: 0" in out


def test_rejected_file_lists_every_problem_on_stderr_capped_at_fifty(db_path, capsys, tmp_path):
    lines = ["Дата;Посетитель;Канал"] + [f"01.03.2025;Житель{i} Иван;ракета" for i in range(60)]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db_path), "import", "consultations", str(path))
    assert code == 1 and out == ""
    err_lines = err.strip().splitlines()
    assert err_lines[0] == "Файл не загружен, в базу ничего не записано. Ошибок: 60"
    assert err_lines[1] == "строка 2, столбец «Канал»: неизвестное значение «ракета»"
    assert len(err_lines) == 1 + 50 + 1
    assert err_lines[-1] == "и ещё 10"
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(db_path), "export", "consultations", str(tmp_path / "c.csv"))
    assert "Выгружено строк: 0" in out


def test_missing_file_and_bad_kind(db_path, capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(db_path), "import", "visitors", str(tmp_path / "nope.csv"))
    assert code == 1 and "Файл не найден" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "import", "partners", str(tmp_path / "x.csv")])
    assert exit_info.value.code == 2


def test_export_then_import_round_trip_on_the_command_line(db_path, tmp_path, capsys):
    run(capsys, "--db", str(db_path), "import", "visitors", str(DATA / "visitors_excel.csv"))
    run(capsys, "--db", str(db_path), "import", "consultations", str(DATA / "consultations_comma.csv"))
    for kind in ("visitors", "consultations"):
        code, out, _ = run(capsys, "--db", str(db_path), "export", kind, str(tmp_path / f"{kind}.xlsx"))
        assert code == 0 and str(tmp_path / f"{kind}.xlsx") in out
    other = tmp_path / "other.db"
    for kind in ("visitors", "consultations"):
        code, out, err = run(capsys, "--db", str(other), "import", kind, str(tmp_path / f"{kind}.xlsx"))
        assert code == 0, err
    code, out, _ = run(capsys, "--db", str(other), "find", "visitors", "Кузнецов", "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert "Кузнецов" in json.dumps(found, ensure_ascii=False)


def test_appeals_journal_then_appeals_due_gives_what_the_rule_predicts(db_path, capsys):
    """Issue 6: `appeals due --as-of 2026-06-20 --format json` after importing a journal (DOMAIN A2)."""
    code, out, err = run(capsys, "--db", str(db_path), "import", "appeals", str(DATA / "appeals_journal.csv"))
    assert code == 0, err
    assert "Записей создано: 6" in out and "Новых организаций: 3" in out
    code, out, _ = run(
        capsys, "--db", str(db_path), "appeals", "due", "--as-of", "2026-06-20", "--format", "json"
    )
    assert code == 0
    due = {a["number"]: (a["due_date"], a["state"]) for a in json.loads(out)["appeals"]}
    assert due == {
        # R reported 02.05 -> 01.06
        "1/2026": ("2026-06-01", "overdue"),
        # R 13.05 -> 12.06 is a holiday (Friday) -> 15.06
        "2/2026": ("2026-06-15", "overdue"),
        # post, R unknown: 05.05 + 7 delivery days + 3 = 15.05 -> 14.06 (Sunday) -> 15.06
        "3/2026": ("2026-06-15", "overdue"),
        # portal, R unknown: 18.05 + 3 = 21.05 -> 20.06 (Saturday) -> 22.06, within 5 days of the 20th
        "6/2026": ("2026-06-22", "due_soon"),
    }  # 4/2026 and 5/2026 were answered: not open


def test_initiatives_and_officials_round_trip_through_the_command_line(ctx, db_path, tmp_path, capsys):
    """Issue 4: `export initiatives FILE.xlsx`, then `import initiatives` / `import officials` elsewhere."""
    from cal_desktop.services import directory, initiatives, visitors
    from cal_desktop.services.directory import OfficialInput, OrganisationInput
    from cal_desktop.services.initiatives import InitiativeInput
    from cal_desktop.services.visitors import VisitorInput

    author = visitors.create_visitor(ctx, VisitorInput("Иванов", "Иван", "Иванович", phone="+79123456789"))
    initiatives.create_initiative(ctx, InitiativeInput("Скамейки во дворе", "improvement"), author.id)
    org = directory.create_organisation(ctx, OrganisationInput(kind="authority", name="Администрация"))
    directory.create_official(
        ctx, OfficialInput(organisation_id=org.id, position="Глава", last_name="Петров", categories=["sport"])
    )
    for kind in ("visitors", "initiatives", "officials"):
        code, _, err = run(capsys, "--db", str(db_path), "export", kind, str(tmp_path / f"{kind}.xlsx"))
        assert code == 0, err
    other = str(tmp_path / "other.db")
    for kind in ("visitors", "initiatives", "officials"):
        code, out, err = run(capsys, "--db", other, "import", kind, str(tmp_path / f"{kind}.xlsx"))
        assert code == 0, err
        assert "Записей создано: 1" in out
    for kind in ("initiatives", "officials"):
        run(capsys, "--db", other, "export", kind, str(tmp_path / f"back-{kind}.csv"))
        run(capsys, "--db", str(db_path), "export", kind, str(tmp_path / f"orig-{kind}.csv"))
        back = (tmp_path / f"back-{kind}.csv").read_text(encoding="utf-8-sig")
        assert back == (tmp_path / f"orig-{kind}.csv").read_text(encoding="utf-8-sig")
        assert "Скамейки во дворе" in back or "Петров" in back


def test_export_success_stories_for_the_network(tmp_path, capsys):
    import json as _json

    from cal_desktop.cli import main as _main

    db = tmp_path / "s.db"
    assert _main(["--db", str(db), "init"]) == 0
    assert _main(["--db", str(db), "demo", "--visitors", "200", "--months", "6"]) == 0
    out = tmp_path / "stories.json"
    assert _main(["--db", str(db), "export", "success-stories", str(out)]) == 0
    package = _json.loads(out.read_text(encoding="utf-8"))
    assert package["format"] == "cal-desktop.success-stories"
    assert "историй успеха" in capsys.readouterr().out
