"""Passwords: a person changes their own (forced after a reset), an administrator sets a temporary one."""

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
from cal_desktop.gui import messages
from cal_desktop.gui.dialogs.signin import error_label, line_edit
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.widgets.fields import FieldErrors
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountDTO
from cal_desktop.services.context import ServiceContext


class _PasswordForm(QDialog):
    """Shared layout: an intro, rows with inline errors, OK/Cancel."""

    def __init__(self, parent: QWidget | None, name: str, title: str, intro: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setObjectName("passwordIntro")
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.form_error = error_label(self, "formError")
        self.errors = FieldErrors(self.form_error)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("okButton")
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def add_row(self, text: str, field: str, accessible: str) -> QLineEdit:
        edit = line_edit(self, f"{field}Edit", accessible, password=True)
        self.form.addRow(text, edit)
        message = error_label(self, f"{field}Error")
        self.form.addRow("", message)
        self.errors.bind(field, message, edit)
        return edit

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.form_error)
        self.layout_.addWidget(self.buttons)

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
        super().__init__(parent, "changePasswordDialog", tr("Change password"), intro, tr("Change password"))
        self.ctx = ctx
        self.old = self.add_row(tr("&Current password:"), "old_password", tr("Current password"))
        self.new = self.add_row(tr("&New password:"), "new_password", tr("New password"))
        self.again = self.add_row(tr("New password &again:"), "new_again", tr("New password again"))
        if forced and parent is None:  # before the main window: not changing it means quitting
            self.cancel.setText(tr("Quit"))
        self.finish_layout()
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
        super().__init__(parent, "resetPasswordDialog", tr("Reset password"), intro, tr("Set password"))
        self.ctx = ctx
        self.account = account
        self.new = self.add_row(tr("&Temporary password:"), "password", tr("Temporary password"))
        self.again = self.add_row(tr("Password &again:"), "new_again", tr("Password again"))
        self.finish_layout()
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
