"""The backups window shows what the backups take and warns when the folder's disk runs low (issue 20)."""

from __future__ import annotations

from cal_desktop.gui.dialogs import backup as dialog_module
from cal_desktop.gui.dialogs.backup import BackupDialog
from cal_desktop.services import backup, backup_rotation


def test_total_size_and_low_space_warning(qtbot, ctx, russian, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: folder)
    monkeypatch.setattr(dialog_module, "choose_folder", lambda *args: str(folder))
    first = backup.create_backup(ctx, folder / f"{backup.BACKUP_PREFIX}cal_2026-11-01_10-00-00.db.gz")
    second = backup.create_backup(ctx, folder / f"{backup.BACKUP_PREFIX}cal_2026-11-02_10-00-00.db.gz")
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    total = dialog_module.size_text(first.size + second.size)
    assert dialog.space_label.text().startswith(f"Всего резервные копии занимают {total}.")
    assert "Свободно на этом диске" in dialog.space_label.text()
    assert "мало места" not in dialog.space_label.text()

    class Usage:
        free = second.size  # room for one more copy only

    monkeypatch.setattr(backup_rotation.shutil, "disk_usage", lambda _p: Usage)
    dialog.refresh()
    assert "Для новых копий осталось мало места" in dialog.space_label.text()
    assert "сжатом виде" in dialog.folder_label.text()


def test_size_text_in_gigabytes(russian) -> None:  # type: ignore[no-untyped-def]
    assert dialog_module.size_text(int(1.5 * 1024**3)) == "1,5 ГБ"
