"""The desk's connection to a server (issue 14.1): stored in the account's configuration folder, the
password in a file only that account can read, never in the URL; --db and CAL_DESKTOP_DB come first."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from urllib.parse import quote

import pytest

from cal_desktop import desk_connection
from cal_desktop.desk_connection import DeskConnection
from cal_desktop.log_privacy import PersonalDataFilter, mask
from cal_desktop.paths import DB_ENV, database_url

DESK = DeskConnection("db.cal.local", 5433, "cal", "cal_app", "verify-full")
SECRET = "Пар:оль\\42"


def test_saved_connection_is_what_the_desk_opens_and_holds_no_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    assert database_url().startswith("sqlite:///")  # nothing saved: the local file
    desk_connection.save(DESK, SECRET)
    url = database_url()
    assert url.startswith("postgresql+psycopg://cal_app@db.cal.local:5433/cal?sslmode=verify-full")
    # neither the password nor its URL-quoted form (a digit alone could be in the temporary folder's name)
    assert "passfile=" in url and SECRET not in url and quote(SECRET, safe="") not in url
    assert "оль" not in url and quote("оль") not in url
    assert desk_connection.load() == DESK
    desk_connection.forget()
    assert database_url().startswith("sqlite:///")
    assert not desk_connection.password_file().exists()


def test_db_option_and_environment_still_come_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    desk_connection.save(DESK, SECRET)
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.db"))
    assert database_url() == "sqlite:///" + str((tmp_path / "env.db").resolve())
    assert database_url(str(tmp_path / "opt.db")).endswith("opt.db")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_password_file_is_readable_by_this_account_only() -> None:
    desk_connection.save(DESK, SECRET)
    mode = stat.S_IMODE(desk_connection.password_file().stat().st_mode)
    assert mode == 0o600
    # libpq's format, «:» and «\» escaped
    assert desk_connection.password_file().read_text(encoding="utf-8") == (
        "db.cal.local:5433:cal:cal_app:Пар\\:оль\\\\42\n"
    )


def test_saving_without_a_password_keeps_the_stored_one_and_empty_removes_it() -> None:
    desk_connection.save(DESK, SECRET)
    desk_connection.save(DESK, None)
    assert SECRET.replace(":", "\\:").replace("\\4", "\\\\4") in desk_connection.password_file().read_text(
        encoding="utf-8"
    )
    desk_connection.save(DESK, "")
    assert not desk_connection.password_file().exists()
    assert "passfile" not in (desk_connection.configured_url() or "")


def test_a_damaged_configuration_file_means_the_local_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    folder = desk_connection.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / desk_connection.CONFIG_FILE).write_text("{не json", encoding="utf-8")
    assert database_url().startswith("sqlite:///")


def test_a_server_password_never_reaches_the_log(caplog: pytest.LogCaptureFixture) -> None:
    assert (
        mask("postgresql+psycopg://cal:s3cret@10.0.0.5:5432/cal")
        == "postgresql+psycopg://cal:***@10.0.0.5:5432/cal"
    )
    assert "s3cret" not in mask("connection failed: host=10.0.0.5 password=s3cret dbname=cal")
    logger = logging.getLogger("cal_desktop.test_desk")
    logger.addFilter(PersonalDataFilter())
    with caplog.at_level(logging.INFO, logger="cal_desktop.test_desk"):
        logger.info("opening %s", "postgresql+psycopg://cal_app:Tr0ub4dor@db:5432/cal")
    assert "Tr0ub4dor" not in caplog.text and "cal_app:***@db" in caplog.text


def test_a_url_as_libpq_writes_it_gets_the_programs_driver() -> None:
    assert database_url("postgresql://cal_app@db/cal") == "postgresql+psycopg://cal_app@db/cal"
    assert database_url("postgres://cal_app@db:5433/cal") == "postgresql+psycopg://cal_app@db:5433/cal"
    assert database_url("postgresql+psycopg://cal_app@db/cal") == "postgresql+psycopg://cal_app@db/cal"
