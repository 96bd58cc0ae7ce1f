"""A funding call's card (issue 21): title, kind, organiser, dates of the call, territory, link, notes,
its document and the initiatives that applied. Enter saves (Ctrl+Enter inside the notes), Esc closes after
asking when something typed would be lost; problems are shown beside their fields in one round.

``edit_call(ctx, parent, call_id)`` opens it (None: a new call) and returns True when something was saved.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab_referrals import FundingKind
from cal_desktop.gui import file_dialogs, messages, screen_fit
from cal_desktop.gui.dialogs.initiative_common import named, territory_combo, vocab_combo
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.widgets.fields import FieldErrors, parse_date, raise_together
from cal_desktop.services import funding_applications, funding_calls
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.funding_calls import LABELS, CallInput, CallItem


def choose_document(parent: QWidget) -> str:
    """The file to attach ("" when cancelled; tests replace this function)."""
    return file_dialogs.open_file(parent, tr("Attach the call's document"), tr("Documents (*.pdf *.docx *.doc *.xlsx *.odt *.jpg *.png);;All files (*)"))


class FundingCallDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None, call_id: int | None = None) -> None:
        super().__init__(parent)
        named(self, "fundingCallDialog", tr("Funding call"))
        self.ctx = ctx
        self.call_id = call_id
        self.changed_anything = False
        self.setWindowTitle(tr("Funding call") if call_id else tr("New funding call"))
        self.title = named(QLineEdit(self), "callTitle", tr("Title"))
        self.kind = vocab_combo(self, FundingKind, "callKind", tr("Kind"))
        self.organiser = named(QLineEdit(self), "callOrganiser", tr("Organiser"))
        self.opens = named(QLineEdit(self), "callOpens", tr("Applications open"))
        self.closes = named(QLineEdit(self), "callCloses", tr("Applications close"))
        for edit in (self.opens, self.closes):
            edit.setPlaceholderText(tr("dd.mm.yyyy"))
            edit.setMaximumWidth(130)
        self.territory = territory_combo(self, ctx, "callTerritory", tr("Territory"), tr("— not specified —"))
        for combo in (self.kind, self.territory):  # long names must not widen the card past the screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
        self.link = named(QLineEdit(self), "callLink", tr("Web link"))
        self.link.setPlaceholderText("https://…")
        self.notes = named(QPlainTextEdit(self), "callNotes", tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.document_label = QLabel(self)
        self.attach_button = named(QPushButton(tr("Attach…"), self), "callAttach", tr("Attach the document"))
        self.open_button = named(QPushButton(tr("Open the file"), self), "callOpenDocument", tr("Open the document"))
        self.remove_button = named(QPushButton(tr("Remove the file"), self), "callRemoveDocument", tr("Remove the document"))
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_document)
        self.remove_button.clicked.connect(self.remove_document)
        self.applications = named(QListWidget(self), "callApplications", tr("Applications of initiatives"))
        self.applications.setMaximumHeight(90)
        self.form_error = QLabel(self)
        self.errors = FieldErrors(self.form_error)
        form = QFormLayout()
        self._row(form, tr("Title:"), self.title, "title")
        self._row(form, tr("Kind:"), self.kind, "kind")
        self._row(form, tr("Organiser:"), self.organiser, "organiser")
        dates = QHBoxLayout()
        dates.addWidget(self.opens)
        dates.addWidget(QLabel(tr("to"), self))
        dates.addWidget(self.closes)
        dates.addStretch(1)
        form.addRow(tr("Applications from:"), dates)
        for field in ("opens_on", "closes_on"):
            error = QLabel(self)
            form.addRow("", error)
            self.errors.bind(field, error, self.opens if field == "opens_on" else self.closes)
        self._row(form, tr("Territory:"), self.territory, "territory_id")
        self._row(form, tr("Link:"), self.link, "link")
        self._row(form, tr("Notes:"), self.notes, "notes")
        doc_row = QHBoxLayout()
        doc_row.addWidget(self.document_label, 1)
        for button in (self.attach_button, self.open_button, self.remove_button):
            doc_row.addWidget(button)
        form.addRow(tr("Document:"), doc_row)
        form.addRow(tr("Applications:"), self.applications)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QWidget(self)
        body.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(screen_fit.scrolling(body, self), 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self._load()
        self._clean = self._snapshot()
        screen_fit.resize_within(self, 640, 600)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        form.addRow(text, widget)
        error = QLabel(self)
        form.addRow("", error)
        self.errors.bind(field, error, widget)

    def _load(self) -> None:
        has_call = self.call_id is not None
        for button in (self.attach_button,):
            button.setEnabled(has_call)
            button.setToolTip("" if has_call else tr("Save the call first"))
        if not has_call:
            self.document_label.setText(tr("(save the call first)"))
            self.open_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            self.applications.addItem(tr("none yet"))
            return
        assert self.call_id is not None
        call = funding_calls.get_call(self.ctx, self.call_id)
        self.title.setText(call.title)
        self.kind.setCurrentIndex(max(self.kind.findData(call.kind.value), 0))
        self.organiser.setText(call.organiser or "")
        self.opens.setText(fmt_date(call.opens_on))
        self.closes.setText(fmt_date(call.closes_on))
        self.territory.setCurrentIndex(max(self.territory.findData(call.territory_id), 0))
        self.link.setText(call.link or "")
        self.notes.setPlainText(call.notes or "")
        self._show_document(call)
        self.applications.clear()
        for app in funding_applications.of_call(self.ctx, call.id):
            when = fmt_date(app.submitted_on) if app.submitted_on else "—"
            self.applications.addItem(f"{app.initiative_title} · {label(app.status)} · {when}")
        if not self.applications.count():
            self.applications.addItem(tr("none yet"))

    def _show_document(self, call: CallItem) -> None:
        self.document_label.setText(call.document_name or tr("none"))
        self.open_button.setEnabled(bool(call.document_name))
        self.remove_button.setEnabled(bool(call.document_name))

    def _snapshot(self) -> tuple[object, ...]:
        return (self.title.text().strip(), self.kind.currentIndex(), self.organiser.text().strip(),
                self.opens.text().strip(), self.closes.text().strip(), self.territory.currentIndex(),
                self.link.text().strip(), self.notes.toPlainText().strip())  # fmt: skip

    def has_unsaved_work(self) -> bool:
        return self._snapshot() != self._clean

    # ------------------------------------------------------------------------------------------ save

    def collect(self) -> CallInput:
        problems: list[errors.FieldError] = []
        opens = parse_date(self.opens.text(), "opens_on", LABELS["opens_on"], problems)
        closes = parse_date(self.closes.text(), "closes_on", LABELS["closes_on"], problems)
        data = CallInput(
            title=self.title.text(), kind=self.kind.currentData(), closes_on=closes, opens_on=opens,
            organiser=self.organiser.text(), territory_id=self.territory.currentData(), link=self.link.text(),
            notes=self.notes.toPlainText(),
        )  # fmt: skip
        if problems:  # the service's own problems in the same round
            raise_together(problems, lambda: funding_calls.check_call(self.ctx, data))
        return data

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.collect()
            if self.call_id is None:
                self.call_id = funding_calls.create_call(self.ctx, data).id
            else:
                funding_calls.update_call(self.ctx, self.call_id, data)
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.changed_anything = True
        self._clean = self._snapshot()
        self.accept()

    def reject(self) -> None:
        if self.has_unsaved_work():
            answer = messages.ask(self, tr("Close without saving? Your changes to this call will be lost."),
                                  [tr("Discard")], tr("Unsaved funding call"), destructive=True)  # fmt: skip
            if answer != 0:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            in_notes = self.notes.hasFocus()
            if not in_notes or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return
        super().keyPressEvent(event)

    # -------------------------------------------------------------------------------------- document

    def attach(self) -> None:
        if self.call_id is None:
            return
        path = choose_document(self)
        if not path:
            return
        try:
            funding_calls.attach_file(self.ctx, self.call_id, path)
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.changed_anything = True
        self._show_document(funding_calls.get_call(self.ctx, self.call_id))

    def open_document(self) -> None:
        """Written to a private temporary folder and opened with the system viewer."""
        if self.call_id is None:
            return
        found = funding_calls.document(self.ctx, self.call_id)
        if found is None:
            return
        name, content = found
        path = Path(tempfile.mkdtemp(prefix="cal_call_")) / Path(name).name
        path.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_document(self) -> None:
        if self.call_id is None:
            return
        answer = messages.ask(self, tr("Remove the call's document from the database?"), [tr("Remove")],
                              tr("Document"), destructive=True)  # fmt: skip
        if answer != 0:
            return
        funding_calls.set_document(self.ctx, self.call_id, "", None)
        self.changed_anything = True
        self._show_document(funding_calls.get_call(self.ctx, self.call_id))


def edit_call(ctx: ServiceContext, parent: QWidget | None, call_id: int | None) -> bool:
    dialog = FundingCallDialog(ctx, parent, call_id)
    dialog.exec()
    return dialog.changed_anything
