"""A damaged database at start, and the newest backup is encrypted: it is offered, its passphrase is
asked (again after a wrong one), and the restore brings the records back."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from cal_desktop.gui import messages, startup
from cal_desktop.gui.dialogs import backup_passphrase
from cal_desktop.services import accounts, backup, visitors
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.visitors import VisitorInput

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _isolated_desk(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CAL_DESKTOP_GUI_INI", str(tmp_path / "desk.ini"))


@pytest.fixture
def sealed(db, db_path, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    monkeypatch.setattr(backup, "default_backup_folder", lambda: tmp_path / "nowhere")
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    admin = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    for i in range(30):
        visitors.create_visitor(admin, VisitorInput(f"Фамилия{i}", "Имя"))
    backup.set_backup_passphrase(admin, PASSPHRASE)
    info = backup.create_backup(admin, folder / f"{backup.BACKUP_PREFIX}cal_2026-11-20_18-00-00.db.enc")
    startup.remember_backup_folder(folder)
    db.dispose()
    return info.path


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(4096 * 2, size, 4096 * 3):
            fh.seek(offset)
            fh.write(os.urandom(1024))


def test_encrypted_backup_is_offered_and_restored_with_its_passphrase(
    sealed, db_path, monkeypatch, qtbot, qapp
) -> None:
    from cal_desktop.gui import i18n

    i18n.install("ru")
    _damage(db_path)
    recorder = messages.Recorder(answers=[0])  # «Восстановить из этой копии»
    monkeypatch.setattr(messages, "backend", recorder)
    typed = ["wrong passphrase", PASSPHRASE]
    monkeypatch.setattr(backup_passphrase, "ask_passphrase", lambda *args: typed.pop(0))
    assert startup.offer_recovery(f"sqlite:///{db_path}", backup.database_problems(f"sqlite:///{db_path}"))
    assert sealed.name in recorder.shown[0][2]
    assert typed == []  # asked twice: the wrong passphrase was explained, then the right one typed
    assert any(kind == "warning" and "Неверный пароль" in text for kind, _t, text in recorder.shown)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM visitors").fetchone()[0] == 30
    finally:
        conn.close()


def test_cancelled_passphrase_leaves_the_damaged_file(sealed, db_path, monkeypatch, qapp) -> None:
    _damage(db_path)
    damaged = db_path.read_bytes()
    monkeypatch.setattr(messages, "backend", messages.Recorder(answers=[0]))
    monkeypatch.setattr(backup_passphrase, "ask_passphrase", lambda *args: None)
    assert not startup.offer_recovery(f"sqlite:///{db_path}", ["damaged"])
    assert db_path.read_bytes() == damaged
