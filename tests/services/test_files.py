"""Files the user saves appear whole or not at all, and a failed write says why in Russian."""

from __future__ import annotations

import errno
import os

import pytest

from cal_desktop.errors import CalError, Cancelled
from cal_desktop.services import files


def test_saved_whole_and_replaces_the_old_version(tmp_path):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")
    files.save_bytes(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]  # no temporary files left


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "Недостаточно места"),
        (errno.EROFS, "Нет права записи"),
        (errno.EACCES, "Нет права записи"),
    ],
)
def test_a_failed_write_leaves_the_old_file_and_explains(tmp_path, code, words):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous report")

    def fail(tmp):
        tmp.write_bytes(b"half")
        raise OSError(code, os.strerror(code))

    with pytest.raises(CalError, match=words):
        files.write_atomic(target, fail)
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_missing_folder_and_cancel(tmp_path):
    with pytest.raises(CalError, match="не существует"):
        files.save_bytes(tmp_path / "no" / "such" / "a.pdf", b"x")
    with pytest.raises(Cancelled):
        files.write_atomic(tmp_path / "a.json", lambda tmp: tmp.write_text("{}"), cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []
