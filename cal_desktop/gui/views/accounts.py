"""Staff accounts (administrators): the list, a new account, role and active flag, password reset.
Everyone sees the «change my password» button; only an administrator sees the rest (the services
refuse the same for other roles)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import messages
from cal_desktop.gui.dialogs.password import ChangePasswordDialog, ResetPasswordDialog
from cal_desktop.gui.dialogs.signin import error_label, line_edit
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_datetime, format_phone
from cal_desktop.gui.widgets.fields import FieldErrors
from cal_desktop.services import accounts
from cal_desktop.services.accounts import AccountDTO, AccountInput
from cal_desktop.services.context import ServiceContext

exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # noqa: E731  (tests replace it)


class AccountDialog(QDialog):
    """A new account (with a temporary password) or an existing one (role, active, contacts)."""

    def __init__(self, ctx: ServiceContext, account: AccountDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accountDialog")
        title = tr("New staff account") if account is None else tr("Staff account")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.ctx = ctx
        self.account = account
        self.saved: AccountDTO | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.form_error = error_label(self, "formError")
        self.errors = FieldErrors(self.form_error)
        self.name = line_edit(self, "nameEdit", tr("Full name"))
        self.position = line_edit(self, "positionEdit", tr("Position"))
        self.phone = line_edit(self, "phoneEdit", tr("Phone"))
        self.login = line_edit(self, "loginEdit", tr("User name"))
        self.role = QComboBox(self)
        self.role.setObjectName("roleCombo")
        self.role.setAccessibleName(tr("Role"))
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.active = QCheckBox(tr("Active: the person may sign in"), self)
        self.active.setObjectName("activeCheck")
        self.active.setChecked(True)
        rows: list[tuple[str, QWidget, str]] = [
            (tr("&Full name:"), self.name, "display_name"),
            (tr("P&osition:"), self.position, "position"),
            (tr("P&hone:"), self.phone, "phone"),
            (tr("&User name:"), self.login, "login"),
            (tr("&Role:"), self.role, "role"),
        ]
        self.password: QLineEdit | None = None
        self.again: QLineEdit | None = None
        if account is None:
            self.password = line_edit(self, "passwordEdit", tr("Temporary password"), password=True)
            self.again = line_edit(self, "passwordAgainEdit", tr("Password again"), password=True)
            rows += [
                (tr("&Temporary password:"), self.password, "password"),
                (tr("Password &again:"), self.again, "password_again"),
            ]
        for text, widget, field in rows:
            form.addRow(text, widget)
            message = error_label(self, f"{field}Error")
            form.addRow("", message)
            self.errors.bind(field, message, widget)
        form.addRow("", self.active)
        layout.addLayout(form)
        if account is None:
            hint = QLabel(tr("At the first sign-in the person is asked to choose their own password."), self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if account is not None:
            self.name.setText(account.display_name)
            self.position.setText(account.position or "")
            self.phone.setText(format_phone(account.phone) if account.phone else "")
            self.login.setText(account.login)
            self.role.setCurrentIndex(max(0, self.role.findData(account.role.value)))
            self.active.setChecked(account.active)
        self.setMinimumWidth(500)
        self.name.setFocus()

    def data(self) -> AccountInput:
        return AccountInput(
            login=self.login.text(),
            display_name=self.name.text(),
            role=str(self.role.currentData()),
            position=self.position.text() or None,
            phone=self.phone.text() or None,
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.account is None:
                assert self.password is not None and self.again is not None
                self.saved = accounts.create_account(
                    self.ctx, self.data(), self.password.text(), self.again.text()
                )
            else:
                self.saved = accounts.update_account(self.ctx, self.account.id, self.data())
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()


COLUMNS: list[tuple[Callable[[], str], Callable[[AccountDTO], str]]] = [
    (lambda: tr("Full name"), lambda a: a.display_name),
    (lambda: tr("User name"), lambda a: a.login),
    (lambda: tr("Role"), lambda a: a.role.label),
    (lambda: tr("Position"), lambda a: a.position or ""),
    (lambda: tr("State"), lambda a: _state(a)),
]


def _state(a: AccountDTO) -> str:
    if not a.active:
        return tr("switched off")
    if a.locked_until is not None and a.locked_until > clock.utcnow():
        return tr("locked until {time}").format(time=fmt_datetime(clock.utc_to_local(a.locked_until)))
    if not a.has_password:
        return tr("no password (cannot sign in)")
    return tr("active")


class AccountsView(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsView")
        self.setAccessibleName(tr("Staff accounts"))
        self.ctx = ctx
        self.accounts: list[AccountDTO] = []
        self.is_admin = ctx.actor.role is Role.ADMIN
        layout = QVBoxLayout(self)
        me = QLabel(
            tr("Signed in: {name} ({role})").format(name=ctx.actor.display_name, role=ctx.actor.role.label),
            self,
        )
        me.setObjectName("signedInLabel")
        layout.addWidget(me)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("accountsTable")
        self.table.setAccessibleName(tr("Staff accounts"))
        self.table.setHorizontalHeaderLabels([title() for title, _ in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter or a double click
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = self._button("newAccountButton", tr("New account…"), self.new_account)
        self.edit_button = self._button("editAccountButton", tr("Edit…"), self.edit_selected)
        self.reset_button = self._button("resetPasswordButton", tr("Reset password…"), self.reset_selected)
        self.own_button = self._button("changeOwnPasswordButton", tr("Change my password…"), self.change_own)
        for button in (self.new_button, self.edit_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.own_button)
        layout.addLayout(row)
        if self.is_admin:
            self.refresh()
        else:
            self.table.hide()
            for button in (self.new_button, self.edit_button, self.reset_button):
                button.hide()
            note = QLabel(tr("Only an administrator manages staff accounts."), self)
            note.setObjectName("adminOnlyNote")
            layout.insertWidget(1, note)
            layout.addStretch(1)
        self._selection_changed()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        try:
            self.accounts = accounts.list_accounts(self.ctx)
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.accounts))
        for r, account in enumerate(self.accounts):
            for c, (_title, value) in enumerate(COLUMNS):
                self.table.setItem(r, c, QTableWidgetItem(value(account)))
        for c in range(1, len(COLUMNS)):
            self.table.resizeColumnToContents(c)
        self._selection_changed()

    def selected(self) -> AccountDTO | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.accounts[rows.pop()] if len(rows) == 1 else None

    def select_login(self, login: str) -> None:
        for r, account in enumerate(self.accounts):
            if account.login == login:
                self.table.selectRow(r)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)

    def new_account(self) -> None:
        dialog = AccountDialog(self.ctx, None, self)
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh()
            self.select_login(dialog.saved.login)

    def edit_selected(self) -> None:
        account = self.selected()
        if account is None or not self.is_admin:
            return
        dialog = AccountDialog(self.ctx, account, self)
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_login(account.login)

    def reset_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        if exec_dialog(ResetPasswordDialog(self.ctx, account, self)) == QDialog.DialogCode.Accepted:
            messages.info(
                self,
                tr(
                    "A temporary password is set for {name}. At the next sign-in they choose their own."
                ).format(name=account.display_name),
            )
            self.refresh()

    def change_own(self) -> None:
        exec_dialog(ChangePasswordDialog(self.ctx, self))
