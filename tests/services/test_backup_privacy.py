"""Backups and personal data (issue 12, points 6 and 7): encryption, removable media, copies set aside
expire, scratch files, the daily reason, and erasures re-applied by a restore."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, PermissionDenied, ValidationError
from cal_desktop.services import backup, personal_data, visitors
from cal_desktop.services.backup_crypto import PassphraseRequired, WrongPassphrase, is_removable
from cal_desktop.services.visitors import VisitorInput

PASSPHRASE = "correct horse battery"


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT last_name FROM visitors ORDER BY id")]
    finally:
        conn.close()


def test_encrypted_backup_round_trip_and_refusals(ctx, db_path, tmp_path) -> None:
    visitors.create_visitor(ctx, VisitorInput("Сидорова", "Анна", phone="+79125550101"))
    backup.set_backup_passphrase(ctx, PASSPHRASE)
    info = backup.create_backup(ctx, tmp_path / "sealed.db")
    assert info.encrypted
    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and "Сидорова".encode() not in data
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    visitors.create_visitor(ctx, VisitorInput("Лишний", "Человек"))
    with pytest.raises(PassphraseRequired):
        backup.restore_backup(ctx, info.path)
    with pytest.raises(WrongPassphrase, match="Неверный пароль"):
        backup.restore_backup(ctx, info.path, "wrong passphrase")
    tampered = tmp_path / "tampered.db"
    tampered.write_bytes(data[:-40] + bytes(b ^ 1 for b in data[-40:]))
    with pytest.raises(CalError, match="поврежд"):
        backup.restore_backup(ctx, tampered, PASSPHRASE)
    assert _names(db_path) == ["Сидорова", "Лишний"]  # nothing changed by the refusals
    backup.restore_backup(ctx, info.path, PASSPHRASE)
    assert _names(db_path) == ["Сидорова"]
    # no plain scratch copy is left anywhere
    assert not list(db_path.parent.glob("*.part")) and not list(tmp_path.glob("*.part"))


def test_encrypted_backups_are_listed_and_rotated(ctx, db_path, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: folder)
    backup.set_backup_passphrase(ctx, PASSPHRASE)
    info = backup.automatic_backup(ctx, on_exit=True)
    assert info is not None and info.path.name.endswith(".db.gz.enc")  # compressed, then encrypted
    listed = backup.list_backups(folder, db_path)
    assert [b.path for b in listed] == [info.path] and listed[0].encrypted


@pytest.mark.sqlite_only("copies the SQLite file; PostgreSQL backups (pg_dump) have their own tests")
def test_removable_media_require_a_passphrase(ctx, tmp_path, monkeypatch) -> None:
    assert is_removable(Path("/media/anna/STICK/backups"))
    assert is_removable(Path("/run/media/anna/STICK"))
    assert not is_removable(tmp_path)
    stick = tmp_path / "stick"
    monkeypatch.setattr(backup, "is_removable", lambda folder: Path(folder).is_relative_to(stick))
    with pytest.raises(CalError, match="съёмном носителе.*зашифрованными"):
        backup.create_backup(ctx, stick / "copy.db")
    assert not (stick / "copy.db").exists()
    backup.set_backup_passphrase(ctx, PASSPHRASE)
    assert backup.create_backup(ctx, stick / "copy.db").encrypted


def test_passphrase_is_for_administrators_and_not_stored(ctx, make_ctx, db_path) -> None:
    with pytest.raises(PermissionDenied):
        backup.set_backup_passphrase(make_ctx(Role.COORDINATOR), PASSPHRASE)
    with pytest.raises(ValidationError, match="Пароль резервных копий"):
        backup.set_backup_passphrase(ctx, "short")
    backup.set_backup_passphrase(ctx, PASSPHRASE)
    ctx.db.dispose()
    assert PASSPHRASE.encode() not in db_path.read_bytes()
    assert backup.backups_encrypted(ctx)
    backup.set_backup_passphrase(ctx, None)
    assert not backup.backups_encrypted(ctx)


def test_daily_reason_cannot_copy_to_a_chosen_path(make_ctx, tmp_path) -> None:
    staff = make_ctx(Role.STAFF)
    stolen = tmp_path / "stolen.db"
    with pytest.raises((TypeError, PermissionDenied)):
        backup.create_backup(staff, stolen, reason="daily")  # type: ignore[call-arg]
    with pytest.raises(PermissionDenied):
        backup.create_backup(staff, stolen)
    assert not stolen.exists()


def test_leftover_part_files_are_removed_at_the_next_start(ctx, db_path, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: folder)
    old = time.time() - 3600
    leftovers = [
        folder / f"{backup.BACKUP_PREFIX}cal_2026-11-01_10-00-00.db.part",
        db_path.with_name(f"{db_path.name}.restoring-123.part"),
        db_path.with_name("cal.replaced-20261101-090000.db.part"),
    ]
    for part in leftovers:
        part.write_bytes(b"half a copy")
        os.utime(part, (old, old))
    fresh = folder / f"{backup.BACKUP_PREFIX}cal_2026-12-01_10-00-00.db.part"  # a copy being made now
    fresh.write_bytes(b"in progress")
    mine = tmp_path / "notes.part"  # not the program's
    mine.write_bytes(b"x")
    backup.automatic_backup(ctx)  # what every start of the program calls
    assert not any(p.exists() for p in leftovers)
    assert fresh.exists() and mine.exists()


@pytest.mark.sqlite_only("copies the SQLite file; PostgreSQL backups (pg_dump) have their own tests")
def test_scratch_copy_is_owner_only_while_written(ctx, tmp_path, monkeypatch) -> None:
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    from cal_desktop.db import backup as sqlite_backup

    seen = []
    real = sqlite3.connect

    def watching(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        part = Path(str(target))
        if part.name.endswith(".part"):
            seen.append(stat.S_IMODE(part.stat().st_mode))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(sqlite_backup.sqlite3, "connect", watching)
    os.umask(0o022)
    backup.create_backup(ctx, tmp_path / "copy.db")
    assert seen == [0o600]


def test_copies_set_aside_expire_after_30_days(db_path) -> None:
    def aside(name: str) -> Path:
        path = db_path.with_name(name)
        path.write_bytes(b"SQLite format 3\0")
        return path

    today = date(2026, 12, 2)
    old_upgrade = aside("cal.before-upgrade-0003-20261025-101010.db")
    old_replaced = aside("cal.replaced-20261101-090000.db")
    Path(f"{old_replaced}-wal").write_bytes(b"wal")
    recent = aside("cal.replaced-20261120-090000-2.db")
    other = aside("training.replaced-20261001-090000.db")  # another database's copy
    listed = backup.aside_copies(db_path)
    assert [c.path for c in listed] == [recent, old_replaced, old_upgrade]
    assert listed[0].kind == "replaced" and listed[0].expires == date(2026, 12, 20)
    assert listed[2].kind == "before-upgrade" and listed[2].created == datetime(2026, 10, 25, 10, 10, 10)
    removed = backup.expire_aside_copies(db_path, today)
    assert set(removed) == {old_upgrade, old_replaced}
    assert not old_upgrade.exists() and not old_replaced.exists() and not Path(f"{old_replaced}-wal").exists()
    assert recent.exists() and other.exists() and db_path.exists()


def test_restore_never_erases_someone_else(ctx, db_path, tmp_path) -> None:
    """A backup of another database: the same id is another person, so nothing is re-applied to them."""
    first = visitors.create_visitor(ctx, VisitorInput("Сидорова", "Анна")).id
    copy = backup.create_backup(ctx, tmp_path / "B.db").path
    conn = sqlite3.connect(copy)  # the copy's person 1 was created at another moment: another person
    conn.execute("UPDATE visitors SET created_at = '2020-01-01 00:00:00.000000', last_name = 'Петров'")
    conn.commit()
    conn.close()
    personal_data.anonymise_visitor(ctx, first)
    result = backup.restore_database(ctx, copy)
    assert result.erasures == 0 and _names(db_path) == ["Петров"]


def test_restore_reports_erasures_and_withdrawals(ctx, db_path, tmp_path) -> None:
    a = visitors.create_visitor(ctx, VisitorInput("Сидорова", "Анна")).id
    b = visitors.create_visitor(ctx, VisitorInput("Кузнецов", "Олег")).id
    copy = backup.create_backup(ctx, tmp_path / "B.db").path
    personal_data.anonymise_visitor(ctx, a)
    personal_data.record_withdrawal(ctx, b, date.today() - timedelta(days=1))
    result = backup.restore_database(ctx, copy)
    assert (result.erasures, result.withdrawals, result.reapplied) == (1, 1, 2)
    assert "обезличиваний — 1, отзывов согласия — 1" in result.summary()
    assert _names(db_path) == [personal_data.ANONYMISED_NAME, "Кузнецов"]
    assert [c.visitor_id for c in personal_data.erasure_candidates(ctx)] == [b]


@pytest.mark.parametrize("size", [0, 100, 4096, 4096 * 3, 4096 * 2 + 17])
def test_chunked_encryption_detects_truncation_and_reordering(tmp_path, monkeypatch, size) -> None:
    from cal_desktop.services import backup_crypto as crypto

    monkeypatch.setattr(crypto, "CHUNK", 4096)
    plain = tmp_path / "plain"
    plain.write_bytes(os.urandom(size))
    sealed = tmp_path / "sealed"
    crypto.encrypt_file(plain, sealed, crypto.derive_key(PASSPHRASE, log2n=10))
    crypto.decrypt_file(sealed, tmp_path / "back", PASSPHRASE)
    assert (tmp_path / "back").read_bytes() == plain.read_bytes()
    data = sealed.read_bytes()
    header, body = data[: crypto._HEADER.size], data[crypto._HEADER.size :]
    block = 4096 + 16
    if len(body) > block:  # whole chunks cut off the end, or two chunks swapped
        for damaged in (
            header + body[:block],
            header + body[block : 2 * block] + body[:block] + body[2 * block :],
        ):
            sealed.write_bytes(damaged)
            out = tmp_path / f"out{len(damaged)}"
            with pytest.raises(CalError, match="обрезана|поврежд"):
                crypto.decrypt_file(sealed, out, PASSPHRASE)


def test_everything_about_a_person_says_where_copies_remain(ctx, db_path, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    from cal_desktop.services import subject_report

    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: folder)
    person = visitors.create_visitor(ctx, VisitorInput("Сидорова", "Анна")).id
    made = backup.automatic_backup(ctx, on_exit=True)
    aside = db_path.with_name("cal.replaced-20261120-090000.db")
    aside.write_bytes(b"SQLite format 3\0")
    copies = personal_data.subject_data(ctx, person)["копии"]
    assert [b["файл"] for b in copies["резервные_копии"]] == [made.path.name]
    assert copies["хранится_последних_копий"] == backup.get_settings_keep(ctx)
    assert copies["копии_рядом_с_базой"] == [
        {"файл": aside.name, "создана": datetime(2026, 11, 20, 9, 0), "удаляется": date(2026, 12, 20)}
    ]
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(subject_report.subject_report_pdf(ctx, person))
    text = " ".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Где ещё могут оставаться копии" in text and "20.12.2026" in text
