"""«Настройки → База данных» (issue 14.1): the desk's connection to a PostgreSQL server.

What is saved is this computer account's (services.server_setup → desk_connection.py): the server, port,
database, user and TLS mode, and the password in a file only this account can read. The program opens
the server at its next start; «Use the file on this computer» goes back to the local database file.
The connection check runs in the background (an unreachable server takes seconds to say so).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cal_desktop.gui import messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.forms.ui_database_settings import Ui_DatabaseSettingsForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.worker import run_in_background
from cal_desktop.services import server_setup
from cal_desktop.services.server_setup import TLS_MODES, DeskConnection


def tls_labels() -> dict[str, str]:
    return {
        "disable": tr("disable — no encryption (only on this computer)"),
        "prefer": tr("prefer — encrypt when the server can"),
        "require": tr("require — always encrypt"),
        "verify-full": tr("verify-full — encrypt and check the server's certificate"),
    }


class DatabaseSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseSettingsDialog")
        self.setWindowTitle(tr("Database"))
        self.setAccessibleName(tr("Database connection"))
        self.page = QWidget(self)
        self.ui = Ui_DatabaseSettingsForm()
        self.ui.setupUi(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        for mode, label in tls_labels().items():
            self.ui.sslmodeEdit.addItem(label, mode)
        self.saved_url: str | None = None  # what was saved (None: nothing changed)
        self.stored_password = server_setup.has_stored_password()
        self._load()
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.localButton.clicked.connect(self.use_local_file)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveButton")
        save.setDefault(True)
        self.setMinimumWidth(480)

    def _load(self) -> None:
        desk = server_setup.load_desk_connection()
        self.ui.localButton.setEnabled(desk is not None)
        if desk is None:
            self.ui.sslmodeEdit.setCurrentIndex(TLS_MODES.index("prefer"))
            self.ui.databaseEdit.setText("cal")
            self.ui.userEdit.setText("cal_app")
            self.ui.statusLabel.setText(tr("This desk now works with the database file on this computer."))
            return
        self.ui.hostEdit.setText(desk.host)
        self.ui.portEdit.setValue(desk.port)
        self.ui.databaseEdit.setText(desk.database)
        self.ui.userEdit.setText(desk.user)
        self.ui.sslmodeEdit.setCurrentIndex(TLS_MODES.index(desk.sslmode) if desk.sslmode in TLS_MODES else 1)
        if self.stored_password:
            self.ui.passwordEdit.setPlaceholderText(tr("stored; type to change"))

    def connection(self) -> DeskConnection:
        return DeskConnection(
            host=self.ui.hostEdit.text().strip(),
            port=self.ui.portEdit.value(),
            database=self.ui.databaseEdit.text().strip(),
            user=self.ui.userEdit.text().strip(),
            sslmode=str(self.ui.sslmodeEdit.currentData()),
        )

    def typed_password(self) -> str | None:
        """The typed password; None keeps the stored one (the field left empty)."""
        typed = self.ui.passwordEdit.text()
        return typed if typed or not self.stored_password else None

    def check(self) -> None:
        desk, password = self.connection(), self.typed_password()
        self.ui.checkButton.setEnabled(False)
        self.ui.statusLabel.setText(tr("Connecting…"))

        def done(result: str) -> None:
            self.ui.checkButton.setEnabled(True)
            self.ui.statusLabel.setText(result)

        def failed(exc: BaseException) -> None:
            self.ui.checkButton.setEnabled(True)
            self.ui.statusLabel.setText(getattr(exc, "message", None) or str(exc))

        run_in_background(
            self,
            lambda _progress, _cancelled: server_setup.check_connection(desk, password),
            done,
            tr("Connecting to the server…"),
            failed,
        )

    def save(self) -> None:
        try:
            self.saved_url = server_setup.save_desk_connection(self.connection(), self.typed_password())
        except Exception as exc:  # a field left empty, an unwritable profile folder: said, not closed
            show_error(self, exc)
            return
        messages.info(
            self,
            tr("The connection is saved for this computer account. Restart the program to open the server."),
            tr("Database"),
        )
        self.accept()

    def use_local_file(self) -> None:
        if (
            messages.ask(
                self,
                tr("Forget the server connection (and its stored password) and use the database file on "
                   "this computer from the next start?"),
                [tr("Use the file")],
                tr("Database"),
            )
            != 0
        ):
            return
        server_setup.forget_desk_connection()
        self.saved_url = ""
        self.accept()


def open_database_settings(parent: QWidget | None) -> str | None:
    """Show the dialog; the URL saved ("" for the local file), None when nothing changed."""
    dialog = DatabaseSettingsDialog(parent)
    dialog.exec()
    return dialog.saved_url


def add_settings_button(layout: QHBoxLayout, parent: QWidget) -> QPushButton:
    """The «Database…» button of the Settings area (an administrator's), at the left of its buttons."""
    button = QPushButton(tr("&Database…"), parent)
    button.setObjectName("databaseSettingsButton")
    button.setToolTip(tr("Connection of this desk to a PostgreSQL server (several desks)"))
    button.clicked.connect(lambda _checked=False: open_database_settings(parent))
    layout.insertWidget(0, button)
    return button
