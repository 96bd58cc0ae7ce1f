"""The log file is 0600 and holds no person's data (issue 12, point 6)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from cal_desktop.log_privacy import mask, protect

PERSON = ("Сидорова", "Анна", "Львовна", "+7 (912) 555-01-01", "89125550102", "anna.s@example.ru", "Ленина")


@pytest.fixture
def file_log(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "cal_desktop.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=600, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    protect(handler)
    logger = logging.getLogger("cal_desktop.test_privacy")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    yield logger, path
    logger.removeHandler(handler)
    handler.close()


def _failing_insert_row() -> IntegrityError:
    """A real SQLAlchemy error for an import row: its text carries the row's values."""
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE v (name TEXT NOT NULL UNIQUE, phone TEXT, address TEXT)"))
        conn.execute(text("INSERT INTO v VALUES ('Сидорова Анна Львовна', '+79125550101', 'x')"))
    try:
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO v VALUES (:n, :p, :a)"),
                {"n": "Сидорова Анна Львовна", "p": "+79125550101", "a": "ул. Ленина, д. 5, кв. 3"},
            )
    except IntegrityError as exc:
        return exc
    raise AssertionError("expected a failure")


def test_log_lines_and_tracebacks_hold_no_personal_data(file_log) -> None:
    logger, path = file_log
    error = _failing_insert_row()
    assert "Сидорова" in str(error)  # what would have reached the log
    try:
        raise error
    except IntegrityError:
        logger.exception("import row 12 failed")
    logger.warning(
        "строка %d: «%s», телефон %s, %s, адрес: ул. Ленина, 5",
        7,
        "Сидорова Анна Львовна",
        "8 912 555-01-02",
        "anna.s@example.ru",
    )
    logger.error("KeyError: 'Анна' while reading Львовна's row")
    content = "".join(p.read_text(encoding="utf-8") for p in path.parent.glob("cal_desktop.log*"))
    for value in PERSON:
        assert value not in content, value
    assert "9125550101" not in content and "5550102" not in content
    # still useful: where it failed and what kind of error
    assert "import row 12 failed" in content and "IntegrityError" in content and "строка 7" in content


def test_log_file_and_rotated_files_are_owner_only(file_log) -> None:
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    logger, path = file_log
    for i in range(40):  # several rotations
        logger.info("line %d of the log, long enough to rotate the file soon", i)
    files = list(path.parent.glob("cal_desktop.log*"))
    assert len(files) == 3
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_mask_keeps_ordinary_messages() -> None:
    assert mask("starting the GUI (database /tmp/x.db)") == "starting the GUI (database /tmp/x.db)"
    assert mask("backup 2026-12-02 20:04:19 done") == "backup 2026-12-02 20:04:19 done"
    assert "Сидоров" not in mask("visitor Сидоров Пётр saved")


def test_command_line_internal_error_line_is_masked(monkeypatch, capsys, caplog, db_path) -> None:
    from cal_desktop import cli
    from cal_desktop.commands import personal_data as command

    def failing(args):  # type: ignore[no-untyped-def]
        raise RuntimeError("row ('Сидорова Анна', '+79125550101') could not be written")

    monkeypatch.setattr(command, "cmd_due", failing)
    assert cli.main(["--db", str(db_path), "personal-data", "due"]) == 1
    err = capsys.readouterr().err
    assert "Внутренняя ошибка: RuntimeError" in err
    assert "Сидорова" not in err and "9125550101" not in err
    logged = caplog.records[-1]
    assert logged.getMessage() == "unexpected error in command personal-data"
    assert "RuntimeError" in (logged.exc_text or "") and "Сидорова" not in (logged.exc_text or "")
