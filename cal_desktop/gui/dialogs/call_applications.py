"""«Подать на конкурс» from the initiative card (issue 21): the initiative's applications to funding
calls, and the form of one (call, date, documents, status, result). The documents' list can take the
titles of the initiative's stored documents with one click.

``open_applications(ctx, parent, initiative_id)`` returns True when something changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab_referrals import ApplicationStatus
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs.initiative_common import named, vocab_combo
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.widgets.fields import FieldErrors, parse_date, raise_together
from cal_desktop.services import documents, funding_applications, funding_calls
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.funding_applications import LABELS, ApplicationInput, ApplicationItem
from cal_desktop.services.funding_calls import CallFilter


def _call_text(title: str, closes_on: date) -> str:
    return tr("%1 (applications until %2)").replace("%1", title).replace("%2", fmt_date(closes_on))


class ApplicationForm(QDialog):
    """One application: new (``item`` None) or changed."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, initiative_id: int,
                 item: ApplicationItem | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        named(self, "applicationForm", tr("Application to a funding call"))
        self.setWindowTitle(tr("Application to a funding call"))
        self.ctx, self.initiative_id, self.item = ctx, initiative_id, item
        self.call = named(QComboBox(self), "applicationCall", tr("Funding call"))
        self.call.addItem(tr("— choose the call —"), None)
        for call in funding_calls.list_calls(ctx, CallFilter(open_only=False)).items:
            self.call.addItem(_call_text(call.title, call.closes_on), call.id)
        if item is not None and self.call.findData(item.call_id) < 0:
            self.call.addItem(_call_text(item.call_title, item.closes_on), item.call_id)
        self.status = vocab_combo(self, ApplicationStatus, "applicationStatus", tr("Status"))
        self.call.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.call.setMinimumContentsLength(24)  # long titles must not widen the form past the screen
        self.submitted = named(QLineEdit(self), "applicationSubmitted", tr("Submitted on"))
        self.submitted.setPlaceholderText(tr("dd.mm.yyyy"))
        self.submitted.setMaximumWidth(130)
        self.documents = named(QPlainTextEdit(self), "applicationDocuments", tr("Documents"))
        self.documents.setTabChangesFocus(True)
        self.documents.setFixedHeight(80)
        self.documents.setPlaceholderText(tr("one document per line"))
        self.from_card = named(QPushButton(tr("Add the initiative's documents"), self), "applicationFromCard",
                               tr("Add the titles of the initiative's stored documents"))  # fmt: skip
        self.from_card.clicked.connect(self.add_stored_documents)
        self.result_edit = named(QLineEdit(self), "applicationResult", tr("Result"))
        self.result_edit.setPlaceholderText(tr("e.g. 450 000 roubles granted"))
        self.form_error = QLabel(self)
        self.errors = FieldErrors(self.form_error)
        form = QFormLayout()
        for text, widget, field in (
            (tr("Call:"), self.call, "call_id"), (tr("Status:"), self.status, "status"),
            (tr("Submitted on:"), self.submitted, "submitted_on"), (tr("Documents:"), self.documents, "documents"),
        ):  # fmt: skip
            form.addRow(text, widget)
            error = QLabel(self)
            form.addRow("", error)
            self.errors.bind(field, error, widget)
        form.addRow("", self.from_card)
        form.addRow(tr("Result:"), self.result_edit)
        result_error = QLabel(self)
        form.addRow("", result_error)
        self.errors.bind("result", result_error, self.result_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        if item is not None:
            self.call.setCurrentIndex(max(self.call.findData(item.call_id), 0))
            self.status.setCurrentIndex(max(self.status.findData(item.status.value), 0))
            self.submitted.setText(fmt_date(item.submitted_on))
            self.documents.setPlainText(item.documents or "")
            self.result_edit.setText(item.result or "")
        self.saved: ApplicationItem | None = None
        screen_fit.resize_within(self, 560, 420)

    def add_stored_documents(self) -> None:
        have = set(self.documents.toPlainText().splitlines())
        titles = [d.title for d in documents.list_documents(self.ctx, self.initiative_id) if not d.is_draft]
        new = [t for t in dict.fromkeys(titles) if t not in have]
        text = self.documents.toPlainText().rstrip()
        self.documents.setPlainText("\n".join(x for x in (text, *new) if x))

    def save(self) -> None:
        self.errors.clear()
        problems: list[errors.FieldError] = []
        submitted = parse_date(self.submitted.text(), "submitted_on", LABELS["submitted_on"], problems)
        data = ApplicationInput(
            call_id=self.call.currentData(), initiative_id=self.initiative_id, status=self.status.currentData(),
            submitted_on=submitted, documents=self.documents.toPlainText(), result=self.result_edit.text(),
        )  # fmt: skip
        try:
            if problems:
                raise_together(problems, lambda: funding_applications.check_application(self.ctx, data))
            self.saved = funding_applications.save_application(self.ctx, data, self.item.id if self.item else None)
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (ctrl or not self.documents.hasFocus()):
            self.save()
            return
        super().keyPressEvent(event)


class ApplicationsDialog(QDialog):
    """The initiative's applications; Enter or a double click opens one."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, initiative_id: int) -> None:
        super().__init__(parent)
        named(self, "applicationsDialog", tr("Applications to funding calls"))
        self.setWindowTitle(tr("Applications to funding calls"))
        self.ctx, self.initiative_id = ctx, initiative_id
        self.changed_anything = False
        self.list = named(QListWidget(self), "applicationsList", tr("Applications of the initiative"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda *_: self.edit_current())
        self.new_button = named(QPushButton(tr("&Apply to a call…"), self), "applicationNew", tr("Apply to a call"))
        self.edit_button = named(QPushButton(tr("&Change…"), self), "applicationEdit", tr("Change the application"))
        self.delete_button = named(QPushButton(tr("Delete"), self), "applicationDelete", tr("Delete the application"))
        close = named(QPushButton(tr("Close"), self), "applicationsClose", tr("Close"))
        self.new_button.clicked.connect(self.new_application)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()
        screen_fit.resize_within(self, 640, 360)

    def reload(self) -> None:
        self.list.clear()
        for app in funding_applications.of_initiative(self.ctx, self.initiative_id):
            when = fmt_date(app.submitted_on) if app.submitted_on else "—"
            text = (
                tr("%1 · %2 · submitted on %3")
                .replace("%1", app.call_title)
                .replace("%2", label(app.status))
                .replace("%3", when)
            )
            if app.result:
                text += f" · {app.result}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, app)
        has = self.list.count() > 0
        if has:
            self.list.setCurrentRow(0)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _current(self) -> ApplicationItem | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def new_application(self) -> None:
        self._edit(None)

    def edit_current(self) -> None:
        app = self._current()
        if app is not None:
            self._edit(app)

    def _edit(self, app: ApplicationItem | None) -> None:
        form = ApplicationForm(self.ctx, self, self.initiative_id, app)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.changed_anything = True
            self.reload()

    def delete_current(self) -> None:
        app = self._current()
        if app is None:
            return
        question = tr("Delete the application to «%1»?").replace("%1", app.call_title)
        if messages.ask(self, question, [tr("Delete")], tr("Delete the application"), destructive=True) != 0:
            return
        funding_applications.delete_application(self.ctx, app.id)
        self.changed_anything = True
        self.reload()


def open_applications(ctx: ServiceContext, parent: QWidget | None, initiative_id: int) -> bool:
    dialog = ApplicationsDialog(ctx, parent, initiative_id)
    dialog.exec()
    return dialog.changed_anything
