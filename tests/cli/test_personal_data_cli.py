"""``cal-desktop personal-data due|erase|export`` and erasure that stays erased across a restore."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from cal_desktop.cli import main
from cal_desktop.db.engine import Database
from cal_desktop.services import personal_data
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
        ids = {
            "Сидорова": create_visitor(
                ctx,
                VisitorInput("Сидорова", "Анна", "Львовна", phone="+79125550101", address="ул. Ленина, 5"),
            ).id,
            "Кузнецов": create_visitor(ctx, VisitorInput("Кузнецов", "Олег")).id,
        }
        personal_data.record_withdrawal(ctx, ids["Сидорова"], date.today() - timedelta(days=40))
        return ids
    finally:
        database.dispose()


def _audit(db_path: Path, action: str) -> list[tuple[int | None, str | None]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT entity_id, details FROM audit_log WHERE action = ? ORDER BY id", (action,)
        ).fetchall()
    finally:
        conn.close()


def test_due_lists_who_must_be_erased_with_the_deadline(capsys, db_path, people) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "personal-data", "due", "--format", "json")
    assert code == 0
    rows = json.loads(out)["people"]
    assert [r["visitor_id"] for r in rows] == [people["Сидорова"]]
    deadline = date.today() - timedelta(days=10)
    assert rows[0]["reason"] == "withdrawn" and rows[0]["deadline"] == deadline.isoformat()
    assert rows[0]["overdue"] is True
    code, out, _ = _run(capsys, "--db", str(db_path), "personal-data", "due")
    assert code == 0 and "Сидорова Анна Львовна" in out and deadline.strftime("%d.%m.%Y") in out
    assert "отзыв согласия" in out and "просрочено" in out and "Кузнецов" not in out


def test_export_json_and_pdf_are_audited_as_the_command_line(capsys, db_path, people, tmp_path) -> None:
    vid = people["Сидорова"]
    code, _, _ = _run(
        capsys, "--db", str(db_path), "personal-data", "export", str(vid), "-o", str(tmp_path / "p.json")
    )
    assert code == 0
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert data["субъект"]["фамилия"] == "Сидорова" and data["субъект"]["адрес"] == "ул. Ленина, 5"
    code, _, _ = _run(
        capsys, "--db", str(db_path), "personal-data", "export", str(vid), "-o", str(tmp_path / "p.pdf")
    )
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "p.pdf").pages)
    assert "Сидорова" in text and "+79125550101" in text.replace(" ", "")
    exports = _audit(db_path, "export")
    assert len(exports) == 2 and all(e[0] == vid for e in exports)
    assert all("командная строка (администратор)" in (e[1] or "") for e in exports)
    code, _, err = _run(
        capsys, "--db", str(db_path), "personal-data", "export", str(vid), "-o", str(tmp_path / "p.txt")
    )
    assert code == 1 and ".json или .pdf" in err
    code, _, err = _run(
        capsys, "--db", str(db_path), "personal-data", "export", "9999", "-o", str(tmp_path / "n.json")
    )
    assert code == 1 and "Посетитель" in err and not (tmp_path / "n.json").exists()


def test_backup_erase_restore_keeps_the_person_erased(capsys, db_path, people, tmp_path) -> None:
    """The acceptance of issue 12: backup -o B, personal-data erase ID, restore B: still erased."""
    vid = people["Сидорова"]
    copy = tmp_path / "B.db"
    assert _run(capsys, "--db", str(db_path), "backup", "-o", str(copy))[0] == 0
    code, out, _ = _run(capsys, "--db", str(db_path), "personal-data", "erase", str(vid))
    assert code == 0 and "обезличены" in out
    assert [e[0] for e in _audit(db_path, "anonymise")] == [vid]
    code, out, err = _run(capsys, "--db", str(db_path), "restore", str(copy))
    assert code == 0, err
    assert "обезличиваний — 1" in out
    [(_, restored)] = _audit(db_path, "restore")
    assert '"erasures": 1' in restored and "командная строка (администратор)" in restored
    code, out, _ = _run(capsys, "--db", str(db_path), "find", "visitors", "Сидорова", "--format", "json")
    assert code == 0 and "Сидорова" not in out
    code, out, _ = _run(capsys, "--db", str(db_path), "find", "visitors", "Сидорова")
    assert code == 0 and "Сидорова" not in out
    assert "Кузнецов" in _run(capsys, "--db", str(db_path), "find", "visitors", "Кузнецов")[1]
    # not in the file either: neither in a row nor in freed pages
    assert "Сидорова".encode() not in db_path.read_bytes()
    assert b"+79125550101" not in db_path.read_bytes()
    # the re-applied erasure is in the restored database's log, by the program, naming its source
    reapplied = _audit(db_path, "anonymise")
    assert [e[0] for e in reapplied] == [vid] and "reapplied_from" in (reapplied[0][1] or "")
    # the copy itself still holds the person until it rotates away (said in the user guide)
    assert "Сидорова".encode() in copy.read_bytes()


def test_restore_reapplies_a_withdrawal_made_after_the_backup(capsys, db_path, people, tmp_path) -> None:
    vid = people["Кузнецов"]
    copy = tmp_path / "B.db"
    assert _run(capsys, "--db", str(db_path), "backup", "-o", str(copy))[0] == 0
    database = Database("sqlite:///" + str(db_path))
    try:
        personal_data.record_withdrawal(ServiceContext(database), vid, date.today())
    finally:
        database.dispose()
    code, out, _ = _run(capsys, "--db", str(db_path), "restore", str(copy))
    assert code == 0 and "отзывов согласия — 1" in out
    code, out, _ = _run(capsys, "--db", str(db_path), "personal-data", "due", "--format", "json")
    assert vid in [r["visitor_id"] for r in json.loads(out)["people"]]


def test_help_says_the_command_line_acts_as_administrator(capsys) -> None:
    for argv in (
        ["--help"],
        ["report", "monthly", "--help"],
        ["personal-data", "--help"],
        ["export", "--help"],
    ):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert "от имени администратора" in " ".join(out.split()), argv
    with pytest.raises(SystemExit):
        main(["report", "monthly", "--help"])
    assert "координатор" not in capsys.readouterr().out


def test_encrypted_backup_from_the_command_line(capsys, db_path, people, tmp_path, monkeypatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    code, out, err = _run(
        capsys, "--db", str(db_path), "backup", "--set-passphrase", "--passphrase-file", str(secret)
    )
    assert code == 0 and "Пароль резервных копий задан" in out, err
    copy = tmp_path / "B.db"
    code, out, _ = _run(capsys, "--db", str(db_path), "backup", "-o", str(copy))
    assert code == 0 and "зашифрована" in out
    assert "Сидорова".encode() not in copy.read_bytes()
    monkeypatch.delenv("CAL_DESKTOP_BACKUP_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = _run(capsys, "--db", str(db_path), "restore", str(copy))
    assert code == 1 and "--passphrase-file" in err
    monkeypatch.setenv("CAL_DESKTOP_BACKUP_PASSPHRASE", "wrong passphrase")
    code, _, err = _run(capsys, "--db", str(db_path), "restore", str(copy))
    assert code == 1 and "Неверный пароль" in err
    monkeypatch.setenv("CAL_DESKTOP_BACKUP_PASSPHRASE", "correct horse battery")
    code, out, err = _run(capsys, "--db", str(db_path), "restore", str(copy))
    assert code == 0 and "восстановлена" in out, err
    monkeypatch.delenv("CAL_DESKTOP_BACKUP_PASSPHRASE")
    code, out, err = _run(
        capsys, "--db", str(db_path), "restore", str(copy), "--passphrase-file", str(secret)
    )
    assert code == 0, err


def test_command_line_exports_are_audited_as_the_command_line(capsys, db_path, people, tmp_path) -> None:
    from cal_desktop.services import audit
    from cal_desktop.services.context import ServiceContext as Ctx

    assert _run(capsys, "--db", str(db_path), "export", "visitors", str(tmp_path / "v.csv"))[0] == 0
    assert (
        _run(capsys, "--db", str(db_path), "report", "monthly", "2026-11", "-o", str(tmp_path / "r.json"))[0]
        == 0
    )
    exports = _audit(db_path, "export")
    assert len(exports) == 2
    assert all('"кто": "командная строка (администратор)"' in (e[1] or "") for e in exports)
    database = Database("sqlite:///" + str(db_path))
    try:
        rows = audit.list_audit(Ctx(database), audit.AuditFilter(action="export")).items
    finally:
        database.dispose()
    assert [r.staff_name for r in rows] == ["командная строка (администратор)"] * 2
