import os
import sqlite3
import stat
from pathlib import Path

import pytest

from cal_desktop.cli import main
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, DatabaseError, PermissionDenied
from cal_desktop.services import backup, visitors
from cal_desktop.services.visitors import VisitorInput


def _count_visitors(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM visitors").fetchone()[0]
    finally:
        conn.close()


def test_backup_then_restore_brings_back_every_record(ctx, db_path, tmp_path):
    for i in range(30):
        visitors.create_visitor(ctx, VisitorInput(f"Фамилия{i}", "Имя", phone=f"+7912000{i:04d}"))
    info = backup.create_backup(ctx, tmp_path / "copy.db")
    assert _count_visitors(info.path) == 30
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    visitors.create_visitor(ctx, VisitorInput("Лишний", "Человек"))
    kept = backup.restore_backup(ctx, info.path)
    assert _count_visitors(db_path) == 30
    assert _count_visitors(kept) == 31  # the replaced database is kept aside, whole
    assert visitors.list_visitors(ctx).total == 30  # the open context sees the restored data


def test_restore_refuses_damaged_or_foreign_files_and_changes_nothing(ctx, db_path, tmp_path):
    visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError, match="не является базой данных"):
        backup.restore_backup(ctx, junk)
    good = backup.create_backup(ctx, tmp_path / "good.db").path
    damaged = tmp_path / "damaged.db"
    data = good.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseError):
        backup.restore_backup(ctx, damaged)
    assert _count_visitors(db_path) == 1


def test_rotation_keeps_newest(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for day in range(1, 8):
        (folder / f"{backup.BACKUP_PREFIX}2026-11-0{day}_10-00-00.db").write_bytes(b"x")
    removed = backup.rotate(folder, 3)
    assert len(removed) == 4
    assert [b.path.name[-22:-12] for b in backup.list_backups(folder)] == [
        "2026-11-07",
        "2026-11-06",
        "2026-11-05",
    ]


@pytest.mark.sqlite_only("copies the SQLite file; PostgreSQL backups (pg_dump) have their own tests")
def test_daily_backup_once_a_day_and_on_exit(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: tmp_path / "auto")
    assert backup.automatic_backup(ctx) is not None
    assert backup.automatic_backup(ctx) is None  # already done today
    assert backup.automatic_backup(ctx, on_exit=True) is not None


@pytest.mark.sqlite_only("copies the SQLite file; PostgreSQL backups (pg_dump) have their own tests")
def test_two_backups_within_one_second_are_two_files(ctx, tmp_path, monkeypatch):
    from datetime import datetime

    from cal_desktop.domain import clock

    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: tmp_path / "auto")
    monkeypatch.setattr(clock, "local_now", lambda: datetime(2026, 12, 3, 18, 0, 0, 250_000))
    first = backup.automatic_backup(ctx, on_exit=True)
    second = backup.automatic_backup(ctx, on_exit=True)
    assert first is not None and second is not None and first.path != second.path
    assert first.path.exists() and second.path.exists()
    assert "2026-12-03_18-00-01" in second.path.name  # the next free second, in the name's usual form
    assert len(backup.list_backups(tmp_path / "auto", backup._live_path(ctx))) == 2


@pytest.mark.sqlite_only("copies the SQLite file; PostgreSQL backups (pg_dump) have their own tests")
def test_newest_good_backup_skips_damaged(ctx, tmp_path):
    folder = tmp_path / "bk"
    older = backup.create_backup(ctx, folder / f"{backup.BACKUP_PREFIX}2026-01-01_00-00-00.db").path
    newer = folder / f"{backup.BACKUP_PREFIX}2026-02-01_00-00-00.db"
    newer.write_bytes(older.read_bytes()[:2000])
    assert backup.newest_good_backup(folder).path == older


@pytest.mark.sqlite_only("copies the SQLite file; PostgreSQL backups (pg_dump) have their own tests")
def test_read_only_folder_gives_clear_message(ctx, tmp_path):
    if os.name != "posix" or os.geteuid() == 0:
        # root ignores directory permissions; use a path under a file instead (ENOTDIR)
        target = tmp_path / "a-file"
        target.write_text("x")
        with pytest.raises(CalError, match="копию"):
            backup.create_backup(ctx, target / "sub" / "copy.db")
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(CalError, match="Нет права записи"):
        backup.create_backup(ctx, folder / "copy.db")
    assert list(folder.iterdir()) == []


def test_only_admin_backs_up_and_restores(make_ctx, tmp_path):
    for role in (Role.STAFF, Role.COORDINATOR):
        c = make_ctx(role)
        with pytest.raises(PermissionDenied):
            backup.create_backup(c, tmp_path / "x.db")
        with pytest.raises(PermissionDenied):
            backup.restore_backup(c, tmp_path / "x.db")


def test_cli_backup_and_restore(db_path, tmp_path, capsys, ctx):
    visitors.create_visitor(ctx, VisitorInput("Сидоров", "Сидор"))
    ctx.db.dispose()
    out = tmp_path / "cli-copy.db"
    assert main(["--db", str(db_path), "backup", "-o", str(out)]) == 0
    assert _count_visitors(out) == 1
    db_path.write_bytes(b"garbage" * 1000)  # the database is destroyed
    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    assert _count_visitors(db_path) == 1
    assert main(["--db", str(db_path), "restore", str(tmp_path / "missing.db")]) == 1
    assert "не найден" in capsys.readouterr().err


def test_new_database_file_is_owner_only(tmp_path):
    from cal_desktop.services.database import init_database

    path = tmp_path / "fresh.db"
    init_database(str(path))
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restore_over_a_damaged_file_keeps_its_write_ahead_log_aside(ctx, db, db_path, tmp_path):
    """The damaged file's WAL may hold the day's last committed work: never deleted, kept with it."""
    good = backup.create_backup(ctx, tmp_path / "good.db").path
    db.dispose()
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 * 3] = os.urandom(4096 * 2)
    db_path.write_bytes(bytes(data))
    wal_bytes = os.urandom(5000)
    Path(str(db_path) + "-wal").write_bytes(wal_bytes)
    Path(str(db_path) + "-shm").write_bytes(b"\0" * 100)
    kept = backup.restore_file(f"sqlite:///{db_path}", good)
    assert kept.read_bytes() == bytes(data)
    assert Path(str(kept) + "-wal").read_bytes() == wal_bytes
    assert not Path(str(db_path) + "-shm").exists() or Path(str(db_path) + "-shm").read_bytes() != b"\0" * 100
    assert _count_visitors(db_path) == 0  # the restored database opens


def test_two_databases_sharing_a_folder_keep_their_own_backups(ctx, db_path, tmp_path, monkeypatch):
    """A training copy backed up into the same folder never rotates away, or stands in for, the real
    database's backups."""
    from cal_desktop.db.backup import copy_database
    from cal_desktop.db.engine import Database
    from cal_desktop.services.context import ServiceContext

    folder = tmp_path / "shared"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: folder)
    visitors.create_visitor(ctx, VisitorInput("Настоящая", "База"))
    real = backup.automatic_backup(ctx, on_exit=True)
    training_path = tmp_path / "training.db"
    copy_database(db_path, training_path)  # a consistent copy (the WAL holds recent rows)
    training = ServiceContext(Database("sqlite:///" + str(training_path)), ctx.actor)
    monkeypatch.setattr(backup, "_get_settings", lambda s: type("S", (), {"backup_keep": 1})())
    for _ in range(3):
        backup.automatic_backup(training, on_exit=True)
    assert real.path.exists()  # the training copy's rotation left it alone
    assert backup.list_backups(folder, db_path)[0].path == real.path
    assert backup.newest_good_backup_in([folder], db_path).path == real.path
    assert len(backup.list_backups(folder, training_path)) == 1
    training.db.dispose()
