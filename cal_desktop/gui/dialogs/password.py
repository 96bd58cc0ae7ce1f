"""Passwords: a person changes their own (forced after a reset), an administrator sets a temporary one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from cal_desktop import errors
from cal_desktop.gui import messages
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.forms.ui_password_change import Ui_ChangePasswordForm
from cal_desktop.gui.forms.ui_password_reset import Ui_ResetPasswordForm
from cal_desktop.gui.widgets.fields import FieldErrors
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountDTO
from cal_desktop.services.context import ServiceContext


class _PasswordForm(QDialog):
    """Shared layout (ui/password_change.ui, ui/password_reset.ui): an intro, rows with inline errors,
    OK/Cancel."""

    def __init__(
        self,
        parent: QWidget | None,
        ui: Ui_ChangePasswordForm | Ui_ResetPasswordForm,
        title: str,
        intro: str,
        ok_text: str,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        ui.passwordIntro.setText(intro)
        self.form = ui.form
        self.form_error = ui.formError
        self.form_error.hide()
        self.errors = FieldErrors(self.form_error)
        self.buttons = ui.buttonBox
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("okButton")
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, field: str) -> QLineEdit:
        """The form's password field ``<field>Edit`` with its inline error ``<field>Error``."""
        edit: QLineEdit = getattr(self.ui, f"{field}Edit")
        message: QLabel = getattr(self.ui, f"{field}Error")
        message.hide()
        self.errors.bind(field, message, edit)
        return edit

    def mismatch(self, first: str, second: str) -> bool:
        if first == second:
            return False
        self.errors.show(
            errors.ValidationError.single(
                "new_again", tr("New password again"), tr("the passwords do not match")
            )
        )
        return True

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ChangePasswordDialog(_PasswordForm):
    """The signed-in person's own password. ``forced``: after a reset, before the main window."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, forced: bool = False) -> None:
        intro = (
            tr(
                "Your password was set by the administrator. Choose your own password "
                "before you start: only you should know it."
            )
            if forced
            else tr("Enter your current password and the new one twice.")
        )
        super().__init__(parent, Ui_ChangePasswordForm(), tr("Change password"), intro, tr("Change password"))
        self.ctx = ctx
        self.old = self.add_row("old_password")
        self.new = self.add_row("new_password")
        self.again = self.add_row("new_again")
        if forced and parent is None:  # before the main window: not changing it means quitting
            self.cancel.setText(tr("Quit"))
        self.old.setFocus()

    def save(self) -> None:
        self.errors.clear()
        if self.mismatch(self.new.text(), self.again.text()):
            return
        try:
            accounts.change_password(self.ctx, self.old.text(), self.new.text())
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        messages.info(self, tr("The password is changed."))
        self.accept()


class ResetPasswordDialog(_PasswordForm):
    """An administrator gives a staff member a temporary password (to be changed at next sign-in)."""

    def __init__(self, ctx: ServiceContext, account: AccountDTO, parent: QWidget | None = None) -> None:
        intro = tr(
            "A temporary password for {name}. Tell it to the person: at the next sign-in the program "
            "asks them to choose their own. A lock after failed sign-ins is lifted too."
        ).format(name=account.display_name)
        super().__init__(parent, Ui_ResetPasswordForm(), tr("Reset password"), intro, tr("Set password"))
        self.ctx = ctx
        self.account = account
        self.new = self.add_row("password")
        self.again = self.add_row("new_again")
        self.new.setFocus()

    def save(self) -> None:
        self.errors.clear()
        if self.mismatch(self.new.text(), self.again.text()):
            return
        try:
            accounts.reset_password(self.ctx, self.account.id, self.new.text())
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()
