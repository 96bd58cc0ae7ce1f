"""Signing in: the first-run administrator and the sign-in dialog shown before the main window.

Both dialogs call ``services.accounts`` and show what it says (wrong password, account locked for N
minutes, weak password) inline in the dialog, so the person can try again without a message box.
Esc closes them (the start-up flow then quits).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from cal_desktop import errors
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.forms.ui_first_run import Ui_FirstRunForm
from cal_desktop.gui.forms.ui_signin import Ui_SignInForm
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
        self.ui = Ui_SignInForm()  # the layout is ui/signin.ui
        self.ui.setupUi(self)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.login = self.ui.loginEdit
        self.login.setText(login)
        self.password = self.ui.passwordEdit
        self.error = self.ui.signInError
        self.error.hide()
        self.buttons = self.ui.signInButtons
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
        self.ui = Ui_FirstRunForm()  # the layout is ui/first_run.ui
        self.ui.setupUi(self)
        self.ctx = ctx
        self.created: accounts.AccountDTO | None = None
        self.actor: Actor | None = None  # the new administrator, signed in ("Create and sign in")
        self.name = self.ui.nameEdit
        self.position = self.ui.positionEdit
        self.phone = self.ui.phoneEdit
        self.login = self.ui.loginEdit
        self.login.setText("admin")
        self.password = self.ui.passwordEdit
        self.again = self.ui.passwordAgainEdit
        self.form_error = self.ui.formError
        self.form_error.hide()
        self.errors = FieldErrors(self.form_error)
        for widget, field in (
            (self.name, "display_name"),
            (self.position, "position"),
            (self.phone, "phone"),
            (self.login, "login"),
            (self.password, "password"),
            (self.again, "password_again"),
        ):
            message: QLabel = getattr(self.ui, f"{field}Error")
            message.hide()
            self.errors.bind(field, message, widget)
        buttons = self.ui.buttonBox
        ok = buttons.addButton(tr("Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("createButton")
        ok.setDefault(True)
        quit_button = buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
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
