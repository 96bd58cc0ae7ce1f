"""``cal-desktop appeals due``: open appeals with due dates and states as of a date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cal_desktop.cli import main
from cal_desktop.services import appeals as svc
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.context import ServiceContext


@pytest.fixture
def journal(ctx: ServiceContext) -> dict[str, int]:
    """A small journal: what DOMAIN A2 predicts for each on 20.06.2026 is in the comments."""
    rows = {
        # R 02.05 known -> D 01.06: overdue
        "A-1": AppealInput(
            date(2026, 4, 28),
            "email",
            number="A-1",
            addressee_text="Глава района",
            registration_number="Вх-1",
            registration_date=date(2026, 5, 2),
        ),
        # R 13.05 -> 12.06 holiday -> D 15.06: overdue
        "A-2": AppealInput(date(2026, 5, 12), "почта", number="A-2", registration_date=date(2026, 5, 13)),
        # post 01.06: R = 01.06 + 7 + 3 = 11.06 (estimated), D 11.07 (Saturday) -> 13.07: waiting
        "A-3": AppealInput(date(2026, 6, 1), "post", number="A-3"),
        # e-mail 20.05: R 23.05 estimated, D 22.06: due soon
        "A-4": AppealInput(date(2026, 5, 20), "email", number="A-4"),
        # extended without date: R 02.05 + 60 = 01.07: waiting
        "A-5": AppealInput(
            date(2026, 4, 30),
            "portal",
            number="A-5",
            registration_date=date(2026, 5, 2),
            extension_notice_date=date(2026, 5, 25),
        ),
        # answered: not listed
        "A-6": AppealInput(
            date(2026, 4, 30),
            "email",
            number="A-6",
            answer_date=date(2026, 5, 20),
            answer_outcome="разъяснение",
        ),
        # answered after 20.06: still open on 20.06 (R 03.05, D 02.06): overdue
        "A-7": AppealInput(
            date(2026, 4, 30), "email", number="A-7", answer_date=date(2026, 6, 25), answer_outcome="отказ"
        ),
        # sent after 20.06: not yet sent then
        "A-8": AppealInput(date(2026, 6, 22), "email", number="A-8"),
    }
    return {n: svc.register_appeal(ctx, data).id for n, data in rows.items()}


def test_due_json_gives_the_dates_and_states_the_rule_predicts(
    db_path: Path, journal: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(db_path), "appeals", "due", "--as-of", "2026-06-20", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["as_of"] == "2026-06-20"
    got = {
        r["number"]: (r["registration_date"], r["registration_estimated"], r["due_date"], r["state"])
        for r in out["appeals"]
    }
    assert got == {
        "A-1": ("2026-05-02", False, "2026-06-01", "overdue"),
        "A-7": ("2026-05-03", True, "2026-06-02", "overdue"),
        "A-2": ("2026-05-13", False, "2026-06-15", "overdue"),
        "A-4": ("2026-05-23", True, "2026-06-22", "due_soon"),
        "A-5": ("2026-05-02", False, "2026-07-01", "waiting"),
        "A-3": ("2026-06-11", True, "2026-07-13", "waiting"),
    }
    assert [r["number"] for r in out["appeals"]] == ["A-1", "A-7", "A-2", "A-4", "A-5", "A-3"]  # by due date
    first = out["appeals"][0]
    assert first["id"] == journal["A-1"]
    assert first["addressee"] == "Глава района"
    assert first["sent_date"] == "2026-04-28"


def test_due_table_for_people(
    db_path: Path, journal: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "appeals", "due", "--as-of", "2026-06-20"]) == 0
    out = capsys.readouterr().out
    assert "Открытые обращения на 20.06.2026" in out
    line = next(x for x in out.splitlines() if x.startswith("A-1 "))
    assert "28.04.2026" in line and "Глава района" in line and "01.06.2026" in line and "просрочено" in line
    a3 = next(x for x in out.splitlines() if x.startswith("A-3 "))
    assert "11.06.2026 (расч.)" in a3 and "ожидается ответ" in a3
    assert "Всего: 6" in out


def test_due_with_nothing_open(
    db_path: Path, ctx: ServiceContext, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "appeals", "due", "--as-of", "2026-06-20"]) == 0
    assert "Открытых обращений нет." in capsys.readouterr().out
    assert main(["--db", str(db_path), "appeals", "due", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["appeals"] == []


def test_bad_as_of_is_bad_usage(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "appeals", "due", "--as-of", "20.06.2026"])
    assert exc.value.code == 2
    assert "неверная дата «20.06.2026»" in capsys.readouterr().err


def test_imported_journal_gives_the_predicted_dates_and_states(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Acceptance of issue 6: `appeals due --as-of 2026-06-20 --format json` after importing a journal."""
    journal = tmp_path / "журнал.csv"
    journal.write_text(
        "Номер;Дата отправки;Канал;Орган;Должность;Адресат;Рег. номер;Дата регистрации;Продлено до;"
        "Дата ответа;Итог\n"
        "Ж-1;28.04.2026;эл. почта;Администрация района;Глава;Иванов И.И.;Вх-1;02.05.2026;;;\n"
        "Ж-2;12.05.2026;почта;Администрация района;;;;13.05.2026;;;\n"
        "Ж-3;2026-06-01;почта;Управление ЖКХ;;;;;;;\n"
        "Ж-4;20.05.2026;email;Дума;;;;;;;\n"
        "Ж-5;30.04.2026;портал;Дума;;;;02.05.2026;11.07.2026;;\n"
        "Ж-6;30.04.2026;email;Дума;;;;;;20.05.2026;разъяснение\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "import", "appeals", str(journal)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "appeals", "due", "--as-of", "2026-06-20", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    got = [(r["number"], r["registration_date"], r["due_date"], r["state"]) for r in out["appeals"]]
    assert got == [
        ("Ж-1", "2026-05-02", "2026-06-01", "overdue"),  # R known + 30
        ("Ж-2", "2026-05-13", "2026-06-15", "overdue"),  # 12.06 holiday, weekend -> 15.06
        ("Ж-4", "2026-05-23", "2026-06-22", "due_soon"),  # e-mail: R = sent + 3 (estimated)
        ("Ж-3", "2026-06-11", "2026-07-13", "waiting"),  # post: R = sent + 7 + 3; 11.07 Saturday -> 13.07
        ("Ж-5", "2026-05-02", "2026-07-13", "waiting"),  # extended until Saturday 11.07 -> Monday 13.07
    ]
    assert out["appeals"][0]["addressee"] == "Глава Иванов И.И., Администрация района"
