"""``cal-desktop report monthly`` and ``report merge`` as a user and a script see them."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cal_desktop.cli import main
from cal_desktop.db.engine import Database
from cal_desktop.db.models import Consultation, ConsultationTopic


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def march_db(db_path: Path) -> Path:
    database = Database("sqlite:///" + str(db_path))
    with database.session() as s:
        for day, channel in [
            (date(2026, 3, 1), "phone"),
            (date(2026, 3, 31), "online"),
            (date(2026, 4, 1), "phone"),
        ]:
            c = Consultation(
                occurred_at=datetime(day.year, day.month, day.day, 10),
                occurred_on=day,
                channel=channel,
                outcome="advised",
            )
            s.add(c)
            s.flush()
            s.add(ConsultationTopic(consultation_id=c.id, topic="drafting"))
    database.dispose()
    return db_path


def test_monthly_json_to_stdout(capsys, march_db) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "--db", str(march_db), "report", "monthly", "2026-03")
    assert code == 0
    package = json.loads(out)
    assert package["format"] == "cal-desktop.monthly-report" and package["month"] == "2026-03"
    assert package["consultations"]["total"] == 2
    assert package["consultations"]["by_channel"] == {"in_person": 0, "phone": 1, "online": 1, "outreach": 0}
    assert package["consultations"]["anonymous"] == 2


@pytest.mark.parametrize("fmt", ["json", "xlsx", "pdf", "docx"])
def test_monthly_to_a_file_in_every_format(capsys, march_db, tmp_path, fmt) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"march.{fmt}"
    code, stdout, err = _run(
        capsys, "--db", str(march_db), "report", "monthly", "2026-03", "--format", fmt, "-o", str(out)
    )
    assert code == 0, err
    assert "март 2026" in err and stdout == ""
    head = out.read_bytes()[:4]
    assert head == {"json": b"{\n  ", "xlsx": b"PK\x03\x04", "pdf": b"%PDF", "docx": b"PK\x03\x04"}[fmt]


def test_format_follows_the_file_extension(capsys, march_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "march.xlsx"
    code, _, _ = _run(capsys, "--db", str(march_db), "report", "monthly", "2026-03", "-o", str(out))
    assert code == 0
    assert load_workbook(out)["Сводка"].cell(row=5, column=2).value == 2


def test_a_bad_month_is_one_line_and_exit_1(capsys, march_db) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "--db", str(march_db), "report", "monthly", "март")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "ГГГГ-ММ" in err and "Traceback" not in err


def test_pdf_without_a_file_is_refused(capsys, march_db) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "--db", str(march_db), "report", "monthly", "2026-03", "--format", "pdf")
    assert code == 1 and "-o" in err


def _centre_package(capsys, db: Path, tmp_path: Path, name: str, month: str = "2026-03") -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}-{month}.json"
    code, _, err = _run(capsys, "--db", str(db), "report", "monthly", month, "-o", str(path))
    assert code == 0, err
    data = json.loads(path.read_text(encoding="utf-8"))
    data["centre"]["name"] = name  # as if another centre had sent it
    data["centre"]["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, name))  # ... which has its own id
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_merge_two_centres_into_xlsx_and_json(capsys, march_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = _centre_package(capsys, march_db, tmp_path, "ЦАЛ Север")
    b = _centre_package(capsys, march_db, tmp_path, "ЦАЛ Юг")
    out = tmp_path / "network.xlsx"
    code, _, err = _run(capsys, "report", "merge", str(a), str(b), "-o", str(out))
    assert code == 0, err
    rows = {
        r[0]: r[1:]
        for r in load_workbook(out)["Сводка по сети"].iter_rows(min_row=5, values_only=True)
        if r[0]
    }
    assert rows["Консультаций всего"] == (2, 2, 4)
    out_json = tmp_path / "network.json"
    assert _run(capsys, "report", "merge", str(a), str(b), "-o", str(out_json))[0] == 0
    assert json.loads(out_json.read_text(encoding="utf-8"))["total"]["consultations"]["total"] == 4


def test_merge_refuses_the_same_centre_and_month_twice(capsys, march_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = _centre_package(capsys, march_db, tmp_path, "ЦАЛ Север")
    copy = tmp_path / "copy.json"
    copy.write_bytes(a.read_bytes())
    out = tmp_path / "network.xlsx"
    code, _, err = _run(capsys, "report", "merge", str(a), str(copy), "-o", str(out))
    assert code == 1
    assert a.name in err and "copy.json" in err and "ЦАЛ Север" in err
    assert not out.exists()


def test_merge_refuses_a_newer_format(capsys, march_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = _centre_package(capsys, march_db, tmp_path, "ЦАЛ Север")
    data = json.loads(a.read_text(encoding="utf-8"))
    data["format_version"] = 2
    a.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = _run(capsys, "report", "merge", str(a), "-o", str(tmp_path / "n.json"))
    assert code == 1 and "версия формата 2" in err


def test_monthly_territory_level_is_chosen_on_the_command_line(capsys, march_db) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        capsys, "--db", str(march_db), "report", "monthly", "2026-03", "--territory-level", "street"
    )
    assert code == 0
    assert json.loads(out)["territory_level"] == "street"
    with pytest.raises(SystemExit):
        main(["--db", str(march_db), "report", "monthly", "2026-03", "--territory-level", "planet"])
