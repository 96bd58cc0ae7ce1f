"""«Настройки → База данных» (issue 14.1): the desk's connection to a PostgreSQL server is typed in a
dialog, saved for this account only (the password 0600, never in the URL), and forgotten again; the
status bar and the backups window say when this computer cannot back a server database up."""

from __future__ import annotations

import os
import stat
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cal_desktop import desk_connection
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import server_status
from cal_desktop.gui.dialogs.database_settings import DatabaseSettingsDialog
from cal_desktop.paths import DB_ENV, database_url
from cal_desktop.services import backup_postgres


def _fill(dialog: DatabaseSettingsDialog, host: str = "192.168.10.5", password: str = "Секрет-42") -> None:
    dialog.ui.hostEdit.setText(host)
    dialog.ui.portEdit.setValue(5433)
    dialog.ui.databaseEdit.setText("cal")
    dialog.ui.userEdit.setText("cal_app")
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.sslmodeEdit.setCurrentIndex(dialog.ui.sslmodeEdit.findData("require"))


def test_saved_connection_is_the_next_start_and_the_password_is_private(
    qtbot, shown, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(DB_ENV, raising=False)
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.passwordEdit.echoMode().name == "Password"
    assert "файлом базы на этом компьютере" in dialog.ui.statusLabel.text()
    assert not dialog.ui.localButton.isEnabled()
    _fill(dialog)
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Перезапустите программу" in shown.texts()
    url = database_url()
    assert url.startswith("postgresql+psycopg://cal_app@192.168.10.5:5433/cal?sslmode=require")
    assert "Секрет" not in url and dialog.saved_url == url
    if os.name == "posix":
        assert stat.S_IMODE(desk_connection.password_file().stat().st_mode) == 0o600
    # opened again: the fields come back, the password is not shown but kept unless retyped
    again = DatabaseSettingsDialog()
    qtbot.addWidget(again)
    assert (again.ui.hostEdit.text(), again.ui.portEdit.value(), again.ui.sslmodeEdit.currentData()) == (
        "192.168.10.5",
        5433,
        "require",
    )
    assert again.ui.passwordEdit.text() == "" and again.typed_password() is None
    assert again.ui.localButton.isEnabled()


def test_an_empty_server_field_is_named_and_nothing_is_saved(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, host="  ")
    dialog.save()
    assert "Сервер" in shown.texts()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert desk_connection.load() is None


def test_check_says_what_is_wrong_without_closing(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, host="127.0.0.1")
    dialog.ui.portEdit.setValue(1)  # nothing listens there: refused at once
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.checkButton.isEnabled(), timeout=20000)
    assert "Нет подключения к серверу PostgreSQL" in dialog.ui.statusLabel.text()
    assert "Секрет" not in dialog.ui.statusLabel.text()


def test_use_the_local_file_forgets_the_server(qtbot, shown, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(DB_ENV, raising=False)
    desk_connection.save(desk_connection.DeskConnection("db", 5432, "cal", "cal_app", "prefer"), "x")
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    shown.answers.append(0)
    qtbot.mouseClick(dialog.ui.localButton, Qt.MouseButton.LeftButton)
    assert database_url().startswith("sqlite:///")
    assert not desk_connection.password_file().exists()


def test_settings_area_and_file_menu_offer_it_to_an_administrator_only(qtbot, db, make_ctx, shown) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.main_window import MainWindow
    from cal_desktop.gui.views.settings_view import SettingsView

    for role, offered in ((Role.ADMIN, True), (Role.COORDINATOR, False)):
        ctx = make_ctx(role)
        view = SettingsView(ctx)
        qtbot.addWidget(view)
        assert (view.findChild(QWidget, "databaseSettingsButton") is not None) is offered
        window = MainWindow(ctx, "test")
        qtbot.addWidget(window)
        assert (window.findChild(object, "actionDatabaseSettings") is not None) is offered


def test_status_bar_and_backups_window_say_when_the_server_cannot_be_backed_up(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    problem = "Резервные копии базы на сервере не делаются: Не найдена программа pg_dump"
    monkeypatch.setattr(backup_postgres, "tools_problem", lambda url: problem)
    server = SimpleNamespace(db=SimpleNamespace(url="postgresql+psycopg://cal_app@db/cal"))
    window = QMainWindow()
    qtbot.addWidget(window)
    label = server_status.show(window, problem)
    assert label is not None and label.toolTip() == problem
    assert window.statusBar().currentMessage() == problem
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    note = server_status.note_in_dialog(layout, holder, server)  # type: ignore[arg-type]
    assert isinstance(note, QLabel) and note.text() == problem
    # a file database, or a computer with the programs: nothing is said
    local = SimpleNamespace(db=SimpleNamespace(url="sqlite:///x.db"))
    assert server_status.note_in_dialog(layout, holder, local) is None  # type: ignore[arg-type]
    assert server_status.show(window, None) is None


def test_a_server_that_cannot_be_opened_at_start_offers_the_connection_settings(
    qtbot, shown, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui import startup
    from cal_desktop.gui.dialogs import database_settings

    monkeypatch.delenv(DB_ENV, raising=False)
    desk_connection.save(desk_connection.DeskConnection("127.0.0.1", 1, "cal", "cal_app", "disable"), "x")
    url = database_url()
    # declined: the reason is shown, nothing opens
    assert startup._open(None, url, None, check=False) is None
    assert "Нет подключения" in shown.texts() or "недоступна" in shown.texts()
    # accepted: the dialog switches the desk back to its file, which then opens at once
    shown.shown.clear()
    shown.answers.append(0)

    def use_file(_parent):  # type: ignore[no-untyped-def]
        desk_connection.forget()
        return ""

    monkeypatch.setattr(database_settings, "open_database_settings", use_file)
    ctx = startup._open(None, url, None, check=False)
    assert ctx is not None and ctx.db.url.startswith("sqlite:///")
    ctx.db.dispose()


def test_status_bar_names_the_server_database_without_user_password_or_file() -> None:
    from sqlalchemy.engine import make_url

    from cal_desktop.gui.app import database_label

    url = "postgresql+psycopg://cal_app:Secret@192.168.10.5:5433/cal?sslmode=require&passfile=/home/a/pgpass.conf"
    ctx = SimpleNamespace(db=SimpleNamespace(engine=SimpleNamespace(url=make_url(url))))
    assert database_label(ctx) == "база «cal» на сервере 192.168.10.5:5433"  # type: ignore[arg-type]


def test_escape_leaves_everything_as_it_was_and_enter_saves(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    qtbot.keyClick(dialog.ui.hostEdit, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and desk_connection.load() is None
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    qtbot.keyClick(dialog.ui.userEdit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert desk_connection.load() == desk_connection.DeskConnection("192.168.10.5", 5433, "cal", "cal_app", "require")


def test_a_refused_upgrade_is_not_taken_for_a_connection_problem() -> None:
    from cal_desktop import errors

    server = "postgresql+psycopg://cal_app@db/cal"
    assert server_status.connection_problem(server, errors.DatabaseError("нет подключения"))
    assert not server_status.connection_problem(server, backup_postgres.DumpRequired("нужен pg_dump"))
    assert not server_status.connection_problem("sqlite:///x.db", errors.DatabaseError("повреждена"))
