"""The backups window on a server database (issue 14.5): «Back up now» makes a pg_dump archive listed in
the window, a restore from it after confirmation brings the data back; without the client programs the
window says so at its top."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cal_desktop.db import pg_tools
from cal_desktop.gui import messages
from cal_desktop.services import demo, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> messages.Recorder:
    recorder = messages.Recorder()
    monkeypatch.setattr(messages, "backend", recorder)
    return recorder


def _count(ctx: ServiceContext) -> int:
    with ctx.db.read() as s:
        return int(s.execute(text("SELECT count(*) FROM visitors")).scalar_one())


def test_back_up_now_and_restore_in_the_window(qtbot, ctx: ServiceContext, shown) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.backup import BackupDialog

    demo.generate_demo(ctx, seed=5, visitors=25, months=2)
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.findChild(object, "backupToolsProblem") is None  # the programs are installed here
    dialog.backup_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=60_000)
    made = dialog.backups[0].path
    assert made.suffix == ".dump" and pg_tools.is_archive(made)
    before = _count(ctx)
    visitors.create_visitor(ctx, VisitorInput("Зимина", "Лада", "Петровна"))
    shown.answers.append(0)  # «Restore»
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert _count(ctx) == before
    assert "восстановлена" in shown.texts().lower() or "restored" in shown.texts().lower()
    assert dialog.aside_table.rowCount() == 1  # the replaced database, kept 30 days


def test_the_window_says_when_this_computer_cannot_back_up(
    qtbot, ctx: ServiceContext, shown, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.backup import BackupDialog

    monkeypatch.setattr(pg_tools, "candidate_folders", lambda: [tmp_path])
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    note = dialog.findChild(object, "backupToolsProblem")
    assert note is not None and "pg_dump" in note.text()
    dialog.backup_now()
    qtbot.waitUntil(lambda: bool(shown.shown), timeout=30_000)
    assert "pg_dump" in shown.texts()
