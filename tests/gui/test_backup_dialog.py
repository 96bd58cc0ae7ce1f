"""The backup dialog: back up now (listed with date and size), choose the folder (saved in settings and
remembered by the desk), restore a chosen backup only after a confirmation, keeping the old database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cal_desktop.domain.vocab import Role
from cal_desktop.gui import startup
from cal_desktop.gui.dialogs import backup as dialog_module
from cal_desktop.gui.dialogs.backup import BackupDialog
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.services import backup, settings, visitors
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def dialog(qtbot, ctx, shown, russian, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    monkeypatch.setattr(dialog_module, "choose_folder", lambda *args: str(folder))
    widget = BackupDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_backup_now_then_restore_after_confirmation(dialog, ctx, shown, qtbot, tmp_path, db_path) -> None:
    dialog.folder_button.click()
    folder = tmp_path / "usb"
    assert settings.get_settings(ctx).backup_dir == str(folder)
    assert startup.remembered_backup_folder() == folder
    assert str(folder) in dialog.folder_label.text()
    assert dialog.last_label.text() == tr("No backup made yet.")

    visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр"))
    dialog.now_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert re.fullmatch(r"\d+ \S+", dialog.table.item(0, 1).text())
    assert dialog.table.item(0, 2).text().startswith(backup.BACKUP_PREFIX)
    assert dialog.table.item(0, 2).text() in shown.texts()
    assert dialog.last_label.text().startswith(tr("Last backup: {date}").split("{date}")[0])

    visitors.create_visitor(ctx, VisitorInput("Лишний", "Человек"))
    dialog.table.selectRow(0)
    dialog.restore_button.click()  # the question is cancelled: nothing is restored
    assert (
        shown.shown[-1][1] == tr("Restore from a backup")
        and dialog.table.item(0, 2).text() in shown.shown[-1][2]
    )
    assert visitors.list_visitors(ctx).total == 2

    shown.answers.append(0)
    with qtbot.waitSignal(dialog.restored) as restored:
        dialog.restore_button.click()
    kept = Path(restored.args[0])
    assert kept.exists() and kept.parent == db_path.parent
    assert visitors.list_visitors(ctx).total == 1
    assert kept.name in shown.texts()


def test_a_failing_backup_is_explained(dialog, shown, qtbot, monkeypatch) -> None:
    def full(ctx, target=None, reason="manual"):  # type: ignore[no-untyped-def]
        from cal_desktop.errors import CalError

        raise CalError("Недостаточно места на диске для копии: /media/usb. Ничего не записано.")

    monkeypatch.setattr(backup, "create_backup", full)
    dialog.now_button.click()
    qtbot.waitUntil(lambda: bool(shown.shown), timeout=10_000)
    assert shown.shown[-1][0] == "warning" and "Недостаточно места" in shown.shown[-1][2]
    assert dialog.now_button.isEnabled()


def test_restore_of_a_damaged_file_is_refused(dialog, ctx, shown, tmp_path, monkeypatch) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(dialog_module, "choose_file", lambda *args: str(junk))
    shown.answers.append(0)
    dialog.file_button.click()
    assert "не является базой данных" in shown.shown[-1][2]


def test_only_admin(qtbot, make_ctx, shown, russian) -> None:
    widget = BackupDialog(make_ctx(Role.COORDINATOR))
    qtbot.addWidget(widget)
    assert widget.table is None


def test_encrypted_backup_then_restore_asks_the_passphrase_and_names_reapplied_erasures(
    dialog, ctx, shown, qtbot, monkeypatch, db_path
) -> None:
    from cal_desktop.gui.dialogs import backup_passphrase
    from cal_desktop.services import personal_data

    typed = ["correct horse battery"]
    asked: list[tuple[str, bool]] = []

    def ask(parent, title, explanation, confirm):  # type: ignore[no-untyped-def]
        asked.append((title, confirm))
        return typed.pop(0) if typed else None

    monkeypatch.setattr(backup_passphrase, "ask_passphrase", ask)
    dialog.folder_button.click()
    dialog.passphrase_button.click()
    assert asked == [(tr("Backup passphrase"), True)]
    assert dialog.crypt_label.text() == tr("New backups are encrypted with the passphrase.")
    person = visitors.create_visitor(ctx, VisitorInput("Сидорова", "Анна")).id
    dialog.now_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 3).text() == tr("yes")
    assert dialog.table.item(0, 2).text().endswith(".db.gz.enc")
    personal_data.anonymise_visitor(ctx, person)

    typed[:] = ["wrong passphrase", "correct horse battery"]
    asked.clear()
    dialog.table.selectRow(0)
    shown.answers.append(0)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert [confirm for _title, confirm in asked] == [False, False]  # asked again after the wrong one
    assert any(kind == "warning" and "Неверный пароль" in text for kind, _t, text in shown.shown)
    done = shown.shown[-1][2]
    assert (
        tr(
            "Erasures and consent withdrawals made after this backup, applied again: {count} "
            "(erasures: {erasures}, withdrawals: {withdrawals})."
        ).format(count=1, erasures=1, withdrawals=0)
        in done
    )
    assert "применены повторно: 1" in done
    assert visitors.get_visitor(ctx, person).last_name == personal_data.ANONYMISED_NAME
    # the replaced database is listed with the day it will be deleted
    assert dialog.aside_table.rowCount() == 1
    assert dialog.aside_table.item(0, 1).text() == tr("replaced by a restore")
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", dialog.aside_table.item(0, 2).text())


def test_cancelled_passphrase_restores_nothing(dialog, ctx, shown, monkeypatch, tmp_path) -> None:
    from cal_desktop.gui.dialogs import backup_passphrase

    backup.set_backup_passphrase(ctx, "correct horse battery")
    sealed = backup.create_backup(ctx, tmp_path / "sealed.db").path
    visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр"))
    monkeypatch.setattr(backup_passphrase, "ask_passphrase", lambda *args: None)
    shown.answers.append(0)
    assert dialog.restore(sealed) is False
    assert visitors.list_visitors(ctx).total == 1


def test_the_form_reads_in_russian_and_a_server_it_cannot_back_up_is_named_first(ctx, qtbot, russian, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The buttons and headings of the form read in Russian; a server database this computer cannot back
    up says so above everything else."""
    from cal_desktop.gui import server_status
    from cal_desktop.services import backup_postgres

    monkeypatch.setattr(server_status, "is_server", lambda c: True)
    monkeypatch.setattr(backup_postgres, "tools_problem", lambda url: "Нет программы pg_dump")
    admin = BackupDialog(ctx)
    qtbot.addWidget(admin)
    assert admin.ui.backupNowButton.text() == "Сделать копию сейчас"
    assert admin.ui.passphraseButton.accessibleName() == "Пароль копий"
    assert admin.table is not None and admin.table.horizontalHeaderItem(0).text() == "Создана"
    note = admin.ui.layout.itemAt(0).widget()
    assert note is not None and note.objectName() == "backupToolsProblem" and "pg_dump" in note.text()

