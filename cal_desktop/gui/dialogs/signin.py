"""Signing in: the first-run administrator and the sign-in dialog shown before the main window.

Both dialogs call ``services.accounts`` and show what it says (wrong password, account locked for N
minutes, weak password) inline in the dialog, so the person can try again without a message box.
Esc closes them (the start-up flow then quits).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.widgets.fields import FieldErrors
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountInput
from cal_desktop.services.context import Actor, ServiceContext

ERROR_STYLE = "color: #b00020;"


def line_edit(parent: QWidget, name: str, accessible: str, password: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class SignInDialog(QDialog):
    """Login and password. ``actor`` holds who signed in after ``accept``."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, login: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(tr("CAL Desktop: sign in"))
        self.setAccessibleName(tr("Sign in"))
        self.ctx = ctx
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Enter your user name and password."), self)
        intro.setObjectName("signInIntro")
        layout.addWidget(intro)
        form = QFormLayout()
        self.login = line_edit(self, "loginEdit", tr("User name"))
        self.login.setText(login)
        self.password = line_edit(self, "passwordEdit", tr("Password"), password=True)
        form.addRow(tr("&User name:"), self.login)
        form.addRow(tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = error_label(self, "signInError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("signInButtons")
        self.ok = self.buttons.addButton(tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("signInButton")
        self.ok.setDefault(True)
        # at start-up closing it quits the program; from a running window it only cancels the switch
        self.quit_button = self.buttons.addButton(
            tr("Quit") if parent is None else tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("quitButton")
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if login else self.login).setFocus()

    def try_sign_in(self) -> None:
        login = self.login.text().strip()
        if not login:
            self._fail(tr("Enter the user name."))
            self.login.setFocus()
            return
        try:
            self.actor = accounts.sign_in(self.ctx, login, self.password.text())
        except errors.PermissionDenied as exc:
            self._fail(exc.message)  # wrong password, or locked for N minutes: the service says which
            self.password.clear()
            self.password.setFocus()
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class FirstRunDialog(QDialog):
    """The first start of the program: the administrator's profile and password."""

    FIELDS = (
        ("display_name", "nameEdit"),
        ("position", "positionEdit"),
        ("phone", "phoneEdit"),
        ("login", "loginEdit"),
        ("password", "passwordEdit"),
    )

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(tr("First start: the administrator"))
        self.setAccessibleName(tr("First start: the administrator"))
        self.ctx = ctx
        self.created: accounts.AccountDTO | None = None
        self.actor: Actor | None = None  # the new administrator, signed in ("Create and sign in")
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Welcome! The program keeps residents' personal data, so everyone signs in with "
                "a password. Create the administrator's account first: the administrator adds the "
                "other staff members later."
            ),
            self,
        )
        intro.setObjectName("firstRunIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = line_edit(self, "nameEdit", tr("Full name"))
        self.name.setPlaceholderText(tr("Surname First name Patronymic"))
        self.position = line_edit(self, "positionEdit", tr("Position"))
        self.phone = line_edit(self, "phoneEdit", tr("Phone"))
        self.login = line_edit(self, "loginEdit", tr("User name"))
        self.login.setText("admin")
        self.password = line_edit(self, "passwordEdit", tr("Password"), password=True)
        self.password.setPlaceholderText(tr("at least 8 characters, letters and digits"))
        self.again = line_edit(self, "passwordAgainEdit", tr("Password again"), password=True)
        self.form_error = error_label(self, "formError")
        self.errors = FieldErrors(self.form_error)
        rows = (
            (tr("&Full name:"), self.name, "display_name"),
            (tr("P&osition:"), self.position, "position"),
            (tr("P&hone:"), self.phone, "phone"),
            (tr("&User name:"), self.login, "login"),
            (tr("&Password:"), self.password, "password"),
            (tr("Password &again:"), self.again, "password_again"),
        )
        for text, widget, field in rows:
            form.addRow(text, widget)
            message = error_label(self, f"{field}Error")
            form.addRow("", message)
            self.errors.bind(field, message, widget)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(tr("Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("createButton")
        ok.setDefault(True)
        quit_button = buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.name.setFocus()

    def save(self) -> None:
        self.errors.clear()
        data = AccountInput(
            login=self.login.text(),
            display_name=self.name.text(),
            position=self.position.text() or None,
            phone=self.phone.text() or None,
        )
        try:
            self.created = accounts.create_first_admin(
                self.ctx, data, self.password.text(), self.again.text()
            )
            # the button says "Create and sign in": no second dialog asking for what was just typed
            self.actor = accounts.sign_in(self.ctx, self.created.login, self.password.text())
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()
