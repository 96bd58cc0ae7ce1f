"""Recovery (issue 8): back up, damage the database file, start the program: it offers the backup,
restore brings back every record and keeps the damaged file aside. A full disk or an unwritable folder
when saving a backup gives a clear message and leaves nothing half-written."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from cal_desktop.db import backup as sqlite_backup
from cal_desktop.errors import CalError
from cal_desktop.gui import messages, startup
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.services import accounts, backup, visitors
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.visitors import VisitorInput

N = 120


@pytest.fixture(autouse=True)
def _isolated_desk(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The desk's own settings (the remembered backup folder) go to a file of this test."""
    monkeypatch.setenv("CAL_DESKTOP_GUI_INI", str(tmp_path / "desk.ini"))


@pytest.fixture
def russian(qapp):  # type: ignore[no-untyped-def]
    from cal_desktop.gui import i18n

    i18n.install("ru")


def _count(path: Path, table: str = "visitors") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (as a failing disk or a killed copy would)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(4096 * 2, size, 4096 * 3):
            fh.seek(offset)
            fh.write(os.urandom(1024))


@pytest.fixture
def filled(db, db_path, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A database with an administrator and N visitors, and its backup in the backup folder."""
    folder = tmp_path / "usb" / "backups"
    monkeypatch.setattr(backup, "default_backup_folder", lambda: tmp_path / "nowhere")
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    admin = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    for i in range(N):
        visitors.create_visitor(admin, VisitorInput(f"Фамилия{i}", "Имя", phone=f"+7912000{i:04d}"))
    info = backup.create_backup(admin, folder / f"{backup.BACKUP_PREFIX}2026-11-20_18-00-00.db")
    startup.remember_backup_folder(folder)  # what the desk remembers after any backup
    db.dispose()
    return info.path


@pytest.fixture
def sign_in_steps(monkeypatch, qtbot):  # type: ignore[no-untyped-def]
    def fake_exec(dialog):  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        dialog.login.setText("admin")
        dialog.password.setText("secret123")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(startup, "exec_dialog", fake_exec)


def test_damaged_database_is_restored_from_the_offered_backup(
    filled, db_path, monkeypatch, sign_in_steps, qtbot, russian
) -> None:
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()
    assert sqlite_backup.file_problems(db_path)
    recorder = messages.Recorder(answers=[0])  # «Восстановить из этой копии»
    monkeypatch.setattr(messages, "backend", recorder)
    monkeypatch.setattr(backup, "automatic_backup", lambda ctx, on_exit=False: None)

    ctx = startup.start_session(str(db_path))

    assert ctx is not None and ctx.actor.display_name == "Соколова Ольга"
    kind, title, text = recorder.shown[0]
    assert kind == "ask" and title == tr("The database is damaged")
    assert "повреждён" in text and filled.name in text  # explains, and names the backup offered
    assert str(db_path) in text
    assert visitors.list_visitors(ctx).total == N  # every record is back
    assert _count(db_path) == N and not sqlite_backup.file_problems(db_path)
    kept = [p for p in db_path.parent.iterdir() if ".replaced-" in p.name and p.suffix == ".db"]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # the damaged file, untouched
    assert recorder.shown[1][0] == "info" and kept[0].name in recorder.shown[1][2]
    ctx.db.dispose()


def test_quitting_leaves_the_damaged_file_untouched(filled, db_path, monkeypatch, qtbot) -> None:
    _damage(db_path)
    before = db_path.read_bytes()
    recorder = messages.Recorder(answers=[2])  # «Выйти»
    monkeypatch.setattr(messages, "backend", recorder)
    assert startup.start_session(str(db_path)) is None
    assert db_path.read_bytes() == before
    assert not [p for p in db_path.parent.iterdir() if ".replaced-" in p.name]


def test_no_backup_found_offers_to_choose_a_file(filled, db_path, monkeypatch, sign_in_steps, qtbot) -> None:
    elsewhere = filled.parent.parent / "copy-from-usb.db"
    filled.rename(elsewhere)  # the usual folders hold no backup now
    db_path.write_bytes(b"this is not a database" * 500)
    recorder = messages.Recorder(answers=[0])  # «Выбрать файл копии…»
    monkeypatch.setattr(messages, "backend", recorder)
    monkeypatch.setattr(startup, "choose_file", lambda parent, title, folder: str(elsewhere))
    monkeypatch.setattr(backup, "automatic_backup", lambda ctx, on_exit=False: None)
    ctx = startup.start_session(str(db_path))
    assert ctx is not None and _count(db_path) == N
    ctx.db.dispose()


def test_sound_database_is_not_questioned(filled, db_path, monkeypatch, sign_in_steps, qtbot) -> None:
    recorder = messages.Recorder()
    monkeypatch.setattr(messages, "backend", recorder)
    monkeypatch.setattr(backup, "automatic_backup", lambda ctx, on_exit=False: None)
    ctx = startup.start_session(str(db_path))
    assert ctx is not None and recorder.shown == []
    ctx.db.dispose()


# ---------------------------------------------------------------------------- full disk, read-only


@pytest.fixture
def admin(ctx):  # type: ignore[no-untyped-def]
    visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр"))
    return ctx


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_full_disk_while_copying_gives_a_clear_message_and_no_partial_file(admin, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(target).endswith(".part"):
            dst = real_connect(target)
            dst.execute("CREATE TABLE half(x)")  # something was written before the disk filled up
            dst.commit()
            dst.close()
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite_backup.sqlite3, "connect", connect)
    with pytest.raises(CalError, match="Недостаточно места на диске"):
        backup.create_backup(admin, folder / "copy.db")
    assert _leftovers(folder) == []


def test_enospc_from_the_file_system_is_explained(admin, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()

    def no_space(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_backup.os, "replace", no_space)
    with pytest.raises(CalError, match="Недостаточно места на диске.*Ничего не записано"):
        backup.create_backup(admin, folder / "copy.db")
    assert _leftovers(folder) == []


def test_read_only_folder_is_explained(admin, tmp_path, monkeypatch):
    folder = tmp_path / "cdrom"
    folder.mkdir()
    real_open = open

    def read_only(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file).startswith(str(folder)) and any(m in mode for m in "wxa+"):
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", read_only)
    with pytest.raises(CalError, match="Нет права записи"):
        backup.create_backup(admin, folder / "copy.db")
    monkeypatch.undo()
    assert _leftovers(folder) == []


def test_folder_under_a_file_is_explained(admin, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(CalError, match="копию"):
        backup.create_backup(admin, blocker / "copy.db")


def test_restore_of_a_backup_older_than_the_account(ctx, db, tmp_path) -> None:
    """The administrator restoring was created after the backup: the restore still completes (logged as
    the program's), and a second restore in the same second keeps both replaced copies."""
    early = backup.create_backup(ctx, tmp_path / "early.db").path
    system = ServiceContext(db, SYSTEM)
    accounts.create_first_admin(system, AccountInput("admin", "Соколова Ольга"), "secret123")
    admin = system.acting_as(accounts.sign_in(system, "admin", "secret123"))
    first = backup.restore_backup(admin, early)
    second = backup.restore_backup(ctx, early)
    assert first != second and first.exists() and second.exists()
    assert _count(first, "staff") == 2 and _count(db_path_of(ctx), "staff") == 1
    # the first restore's entry is in the database the second one replaced: by the program
    conn = sqlite3.connect(second)
    try:
        assert conn.execute("SELECT staff_id FROM audit_log WHERE action = 'restore'").fetchall() == [(None,)]
    finally:
        conn.close()


def db_path_of(ctx) -> Path:  # type: ignore[no-untyped-def]
    from cal_desktop.paths import sqlite_path

    path = sqlite_path(ctx.db.url)
    assert path is not None
    return path


def test_unplugged_usb_stick_is_explained_and_not_created(admin, tmp_path, monkeypatch) -> None:
    stick = tmp_path / "media" / "USB-STICK" / "backups"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: stick)
    with pytest.raises(CalError, match="недоступна.*подключите"):
        backup.create_backup(admin)
    assert not (tmp_path / "media").exists()
    # with the stick present, the «backups» folder on it is created
    (tmp_path / "media" / "USB-STICK").mkdir(parents=True)
    assert backup.create_backup(admin).path.parent == stick


def test_a_long_integrity_report_is_cut_to_a_few_lines(filled, db_path, monkeypatch, qtbot, russian) -> None:
    """SQLite lists every bad page: the question must stay on the screen with its buttons."""
    report = "*** in database main ***\n" + "\n".join(
        f"Page {n}: btreeInitPage() returns error code 11" for n in range(40)
    )
    monkeypatch.setattr(backup, "database_problems", lambda url: [report])
    recorder = messages.Recorder(answers=[2])  # «Выйти»
    monkeypatch.setattr(messages, "backend", recorder)
    assert startup.start_session(str(db_path)) is None
    text = recorder.shown[0][2]
    assert text.count("btreeInitPage") == 2 and "… и ещё 38 (записаны в журнал программы)" in text
    assert filled.name in text  # the backup offered is still named
