"""Backups that do not grow with every copy (issue 20 point 4): compressed, verified, rotated daily plus
weekly; old plain and encrypted backups still restore; the space they take is known."""

from __future__ import annotations

import gzip
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from cal_desktop.db import backup as sqlite_backup
from cal_desktop.errors import DatabaseError
from cal_desktop.services import backup, backup_rotation, visitors
from cal_desktop.services.backup_crypto import derive_key, encrypt_file
from cal_desktop.services.visitors import VisitorInput

PASSPHRASE = "correct horse battery"


def _count_visitors(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM visitors").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def folder(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    found = tmp_path / "backups"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: found)
    return found


def _people(ctx, n):  # type: ignore[no-untyped-def]
    for i in range(n):
        visitors.create_visitor(ctx, VisitorInput(f"Фамилия{i}", "Имя", phone=f"+7912000{i:04d}"))


def test_automatic_backup_is_compressed_and_restores_verified(ctx, db_path, folder):  # type: ignore[no-untyped-def]
    _people(ctx, 200)
    info = backup.automatic_backup(ctx, on_exit=True)
    assert info is not None and info.path.name.endswith(".db.gz") and info.compressed
    assert info.size * 3 < db_path.stat().st_size  # several-fold smaller than the database
    with gzip.open(info.path) as fh:  # one self-contained file: a whole SQLite database inside
        assert fh.read(16) == b"SQLite format 3\x00"
    assert not list(folder.glob("*.part")) and not list(db_path.parent.glob("*.part"))
    visitors.create_visitor(ctx, VisitorInput("Лишний", "Человек"))
    kept = backup.restore_backup(ctx, info.path)
    assert _count_visitors(db_path) == 200
    assert _count_visitors(kept) == 201
    good = backup.newest_good_backup(folder)
    assert good is not None and good.path == info.path


def test_damaged_compressed_backup_is_refused_and_nothing_changes(ctx, db_path, folder):  # type: ignore[no-untyped-def]
    _people(ctx, 50)
    info = backup.automatic_backup(ctx, on_exit=True)
    assert info is not None
    data = info.path.read_bytes()
    info.path.write_bytes(data[: len(data) // 2])  # a copy cut short (a stick pulled out)
    visitors.create_visitor(ctx, VisitorInput("Новый", "Человек"))
    with pytest.raises(DatabaseError, match="повреждена или обрезана"):
        backup.restore_backup(ctx, info.path)
    assert _count_visitors(db_path) == 51
    assert backup.newest_good_backup(folder) is None
    assert not list(db_path.parent.glob("*.part*"))


def test_old_plain_and_encrypted_backups_still_restore(ctx, db_path, folder, tmp_path):  # type: ignore[no-untyped-def]
    _people(ctx, 10)
    folder.mkdir()
    plain = folder / f"{backup.BACKUP_PREFIX}cal_2026-11-01_10-00-00.db"
    sqlite_backup.copy_database(db_path, plain)  # as earlier versions wrote them
    old_encrypted = folder / f"{backup.BACKUP_PREFIX}cal_2026-11-02_10-00-00.db.enc"
    encrypt_file(plain, old_encrypted, derive_key(PASSPHRASE))
    listed = [b.path for b in backup.list_backups(folder, db_path)]
    assert listed == [old_encrypted, plain]
    visitors.create_visitor(ctx, VisitorInput("После", "Копии"))
    backup.restore_backup(ctx, plain)
    assert _count_visitors(db_path) == 10
    visitors.create_visitor(ctx, VisitorInput("После", "Копии"))
    backup.restore_backup(ctx, old_encrypted, PASSPHRASE)
    assert _count_visitors(db_path) == 10


def test_encrypted_backups_are_compressed_before_encryption(ctx, db_path, folder):  # type: ignore[no-untyped-def]
    _people(ctx, 200)
    backup.set_backup_passphrase(ctx, PASSPHRASE)
    info = backup.automatic_backup(ctx, on_exit=True)
    assert info is not None and info.path.name.endswith(".db.gz.enc") and info.encrypted
    assert info.size * 3 < db_path.stat().st_size
    visitors.create_visitor(ctx, VisitorInput("Лишний", "Человек"))
    backup.restore_backup(ctx, info.path, PASSPHRASE)
    assert _count_visitors(db_path) == 200


def test_rotation_keeps_one_copy_per_past_day_plus_weekly_ones(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    today = date(2026, 12, 2)  # a Wednesday
    monkeypatch.setattr(backup.clock, "today", lambda: today)
    folder = tmp_path / "b"
    folder.mkdir()
    for days_ago in range(60):  # three sessions a day, an exit backup after each, for two months
        for hour in (10, 13, 17):
            made = datetime.combine(today - timedelta(days=days_ago), datetime.min.time()).replace(hour=hour)
            name = f"{backup.BACKUP_PREFIX}{made:%Y-%m-%d_%H-%M-%S}.db.gz"
            (folder / name).write_bytes(b"x" * 10)
    backup.rotate(folder, 10)
    kept = [b.path.name[len(backup.BACKUP_PREFIX) :][:13] for b in backup.list_backups(folder)]
    # today's three, then the last copy of each of the 7 days before...
    assert kept[:10] == [
        "2026-12-02_17", "2026-12-02_13", "2026-12-02_10",
        "2026-12-01_17", "2026-11-30_17", "2026-11-29_17", "2026-11-28_17",
        "2026-11-27_17", "2026-11-26_17", "2026-11-25_17",
    ]  # fmt: skip
    # ...and the last copy of each of the four weeks before this one (Sunday 17:00)
    assert kept[10:] == ["2026-11-22_17", "2026-11-15_17", "2026-11-08_17"]
    assert len(kept) == 13  # the week of 23.11 already has its copies among the daily ones


def test_backup_space_totals_and_warns_when_the_disk_runs_low(ctx, db_path, folder, monkeypatch):  # type: ignore[no-untyped-def]
    _people(ctx, 20)
    first = backup.automatic_backup(ctx, on_exit=True)
    second = backup.create_backup(ctx, folder / f"{backup.BACKUP_PREFIX}cal_2026-11-01_10-00-00.db.gz")
    assert second.compressed
    assert first is not None
    space = backup.backup_space(folder, db_path)
    assert space.total == first.size + second.size
    assert space.free is not None and not space.low

    class Usage:
        free = 2 * second.size  # room for two more copies only

    monkeypatch.setattr(backup_rotation.shutil, "disk_usage", lambda _p: Usage)
    assert backup.backup_space(folder, db_path).low


def test_blocks_compressed_in_parallel_read_back_as_one_file(ctx, db_path, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.services import backup_compress

    _people(ctx, 100)
    monkeypatch.setattr(backup_compress, "_MEMBER", 4096)  # many members, several in flight at once
    plain = tmp_path / "plain.db"
    sqlite_backup.copy_database(db_path, plain)
    packed = tmp_path / "packed.gz"
    backup_compress.compress_file(plain, packed)
    back = tmp_path / "back.db"
    backup_compress.decompress_file(packed, back)
    assert back.read_bytes() == plain.read_bytes()
    assert plain.stat().st_size > 20 * 4096
