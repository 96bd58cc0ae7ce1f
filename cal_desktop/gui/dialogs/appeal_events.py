"""Dialogs of the appeals register: a new appeal, and the events of one (registration, extension,
forwarding, answer, a scan). Each calls one service function; field errors appear under the fields.

``dialog.save()`` is what OK does: it calls the service and, when it succeeds, keeps the new state in
``dialog.result_appeal`` and closes. Tests fill the widgets and call ``save()``; ``run_dialog`` shows one
modally and returns the updated appeal (or None when cancelled).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from cal_desktop.domain import clock
from cal_desktop.domain.vocab import AnswerOutcome, AppealChannel, AppealKind
from cal_desktop.errors import CalError, ValidationError
from cal_desktop.gui import file_dialogs
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_date, from_qdate, to_qdate
from cal_desktop.gui.forms.ui_appeal_answer import Ui_AppealAnswerForm
from cal_desktop.gui.forms.ui_appeal_extension import Ui_AppealExtensionForm
from cal_desktop.gui.forms.ui_appeal_forwarding import Ui_AppealForwardingForm
from cal_desktop.gui.forms.ui_appeal_new import Ui_AppealNewForm
from cal_desktop.gui.forms.ui_appeal_registration import Ui_AppealRegistrationForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.widgets.fields import FieldErrors
from cal_desktop.services import appeals, directory
from cal_desktop.services.appeals import AppealDTO, AppealInput
from cal_desktop.services.context import ServiceContext

MIME_BY_SUFFIX = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
}


def date_edit(parent: QWidget, name: str, accessible: str, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    prepare_date(edit, value)
    return edit


def prepare_date(edit: QDateEdit, value: date | None = None) -> None:
    """A date field of the program: a calendar to pick from, the Russian format, today unless given."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(value or clock.today()))


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


class _Form(Protocol):
    """What every form here (ui/appeal_*.ui) has: the field rows, the error line and OK/Cancel."""

    form: QFormLayout
    formError: QLabel
    dialogButtons: QDialogButtonBox

    def setupUi(self, dialog: QDialog) -> None: ...


class _AppealDialog(QDialog):
    """The frame every dialog here shares: a Designer form (rows of a field above its error label, an
    error line, OK/Cancel) and ``save()``."""

    title = ""

    def __init__(self, ctx: ServiceContext, form: _Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_appeal: AppealDTO | None = None
        form.setupUi(self)
        self.setWindowTitle(self.title)
        self.setAccessibleName(self.title)
        self.form = form.form
        self.error = form.formError
        self.errors = FieldErrors(self.error)
        self.buttons = form.dialogButtons
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def bind(self, field: str, widget: QWidget) -> None:
        """The error label under a field's row (``<field>Error`` in the form) shows the service's
        problems with that field."""
        problem = self.findChild(QLabel, f"{field}Error")
        assert problem is not None, field
        self.errors.bind(field, problem, widget)

    def call(self) -> AppealDTO:  # each dialog calls its service here
        raise NotImplementedError

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.result_appeal = self.call()
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except CalError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True


# ----------------------------------------------------------------------------------- new appeal


class NewAppealDialog(_AppealDialog):
    """Enter an outgoing appeal in the register (number from the settings' pattern unless typed)."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, initiative_id: int | None = None
    ) -> None:
        self.title = tr("New appeal")
        self.ui = Ui_AppealNewForm()  # the layout is ui/appeal_new.ui
        super().__init__(ctx, self.ui, parent)
        self.initiative_id = initiative_id
        self.number_edit = self.ui.numberEdit
        self.sent_edit = self.ui.sentDateEdit
        prepare_date(self.sent_edit)
        self.channel_combo = self.ui.channelCombo
        for ch in AppealChannel:
            self.channel_combo.addItem(label(ch), ch.value)
        self.kind_combo = self.ui.kindCombo
        self.kind_combo.addItem("—", None)
        for kind in AppealKind:
            self.kind_combo.addItem(label(kind), kind.value)
        # «position name, organisation» is long: the field keeps a sensible width (the form's minimum
        # contents length; the dialog once grew wider than a 1366 px screen) and the open list is as
        # wide as its longest line
        self.official_combo = self.ui.officialCombo
        self.official_combo.addItem("—", None)
        for o in directory.list_officials(ctx, active_only=True, limit=1000).items:
            self.official_combo.addItem(f"{o.position} {o.full_name}, {o.organisation}".strip(), o.id)
        self.official_combo.view().setMinimumWidth(self.official_combo.view().sizeHintForColumn(0) + 24)
        self.addressee_edit = self.ui.addresseeEdit
        self.subject_edit = self.ui.subjectEdit
        self.bind("number", self.number_edit)
        self.bind("sent_date", self.sent_edit)
        self.bind("channel", self.channel_combo)
        self.bind("kind", self.kind_combo)
        self.bind("official_id", self.official_combo)
        self.bind("addressee_text", self.addressee_edit)
        self.bind("subject", self.subject_edit)

    def call(self) -> AppealDTO:
        return appeals.register_appeal(
            self.ctx,
            AppealInput(
                sent_date=from_qdate(self.sent_edit.date()),
                channel=self.channel_combo.currentData(),
                kind=self.kind_combo.currentData(),
                subject=self.subject_edit.text(),
                official_id=self.official_combo.currentData(),
                addressee_text=self.addressee_edit.text(),
                initiative_id=self.initiative_id,
                number=self.number_edit.text().strip() or None,
            ),
        )


# --------------------------------------------------------------------------------------- events


class RegistrationDialog(_AppealDialog):
    """The authority reported its registration number and date."""

    def __init__(self, ctx: ServiceContext, appeal: AppealDTO, parent: QWidget | None = None) -> None:
        self.title = tr("Registration of appeal %1").replace("%1", appeal.number)
        self.ui = Ui_AppealRegistrationForm()  # the layout is ui/appeal_registration.ui
        super().__init__(ctx, self.ui, parent)
        self.appeal = appeal
        self.number_edit = self.ui.registrationNumberEdit
        self.number_edit.setText(appeal.registration_number or "")
        self.date_edit = self.ui.registrationDateEdit
        prepare_date(self.date_edit, None if appeal.registration_estimated else appeal.registration_date)
        self.bind("registration_number", self.number_edit)
        self.bind("registration_date", self.date_edit)

    def call(self) -> AppealDTO:
        return appeals.record_registration(
            self.ctx, self.appeal.id, self.number_edit.text(), from_qdate(self.date_edit.date())
        )


class ExtensionDialog(_AppealDialog):
    """The authority extended the term: the notice's date and, when it names one, the new date."""

    def __init__(self, ctx: ServiceContext, appeal: AppealDTO, parent: QWidget | None = None) -> None:
        self.title = tr("Extension of appeal %1").replace("%1", appeal.number)
        self.ui = Ui_AppealExtensionForm()  # the layout is ui/appeal_extension.ui
        super().__init__(ctx, self.ui, parent)
        self.appeal = appeal
        self.notice_edit = self.ui.noticeDateEdit
        prepare_date(self.notice_edit)
        self.named_check = self.ui.namedDateCheck
        self.until_edit = self.ui.extendedUntilEdit  # enabled once the notice names a date
        prepare_date(self.until_edit, appeal.due_date)
        self.named_check.toggled.connect(self.until_edit.setEnabled)
        self.bind("extension_notice_date", self.notice_edit)
        self.bind("extended_until", self.until_edit)

    def call(self) -> AppealDTO:
        until = from_qdate(self.until_edit.date()) if self.named_check.isChecked() else None
        return appeals.record_extension(self.ctx, self.appeal.id, from_qdate(self.notice_edit.date()), until)


class ForwardingDialog(_AppealDialog):
    """The authority forwarded the appeal to another body: the clock restarts there."""

    def __init__(self, ctx: ServiceContext, appeal: AppealDTO, parent: QWidget | None = None) -> None:
        self.title = tr("Forwarding of appeal %1").replace("%1", appeal.number)
        self.ui = Ui_AppealForwardingForm()  # the layout is ui/appeal_forwarding.ui
        super().__init__(ctx, self.ui, parent)
        self.appeal = appeal
        self.org_combo = self.ui.forwardedToCombo
        for org in directory.list_organisations(ctx, kind="authority", active_only=True, limit=1000).items:
            if org.id != appeal.organisation_id:
                self.org_combo.addItem(org.name, org.id)
        self.date_edit = self.ui.forwardedDateEdit
        prepare_date(self.date_edit)
        self.bind("forwarded_to_id", self.org_combo)
        self.bind("forwarded_date", self.date_edit)

    def call(self) -> AppealDTO:
        org_id = self.org_combo.currentData()
        if org_id is None:
            raise ValidationError.single("forwarded_to_id", tr("Forwarded to"), tr("choose the body"))
        return appeals.record_forwarding(self.ctx, self.appeal.id, org_id, from_qdate(self.date_edit.date()))


class AnswerDialog(_AppealDialog):
    """The answer arrived: date, outcome, summary, scans (PDF or images)."""

    def __init__(self, ctx: ServiceContext, appeal: AppealDTO, parent: QWidget | None = None) -> None:
        self.title = tr("Answer to appeal %1").replace("%1", appeal.number)
        self.ui = Ui_AppealAnswerForm()  # the layout is ui/appeal_answer.ui
        super().__init__(ctx, self.ui, parent)
        self.appeal = appeal
        self.scans: list[tuple[str, str, bytes]] = []
        self.date_edit = self.ui.answerDateEdit
        prepare_date(self.date_edit)
        self.outcome_combo = self.ui.outcomeCombo
        self.outcome_combo.addItem("—", None)
        for outcome in AnswerOutcome:
            self.outcome_combo.addItem(label(outcome), outcome.value)
        self.summary_edit = self.ui.answerSummaryEdit
        self.scan_list = self.ui.scanList
        self.ui.addScanButton.clicked.connect(self.choose_files)
        self.bind("answer_date", self.date_edit)
        self.bind("answer_outcome", self.outcome_combo)
        self.bind("answer_summary", self.summary_edit)
        self.bind("scan", self.ui.scansRow)

    def choose_files(self) -> None:
        names = file_dialogs.open_files(
            self, tr("Scans of the answer"), tr("PDF and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
        )
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        mime = MIME_BY_SUFFIX.get(path.suffix.lower(), "application/octet-stream")
        self.scans.append((path.name, mime, path.read_bytes()))
        self.scan_list.addItem(path.name)

    def call(self) -> AppealDTO:
        return appeals.record_answer(
            self.ctx,
            self.appeal.id,
            from_qdate(self.date_edit.date()),
            self.summary_edit.toPlainText(),
            self.outcome_combo.currentData() or "",
            self.scans,
        )


def describe_clock(appeal: AppealDTO) -> str:
    """One line for a dialog or a detail pane: registration (reported or estimated) and due date."""
    reg = fmt_date(appeal.registration_date)
    if appeal.registration_estimated:
        reg = tr("%1 (estimated)").replace("%1", reg)
    return tr("Registered: %1; answer due: %2").replace("%1", reg).replace("%2", fmt_date(appeal.due_date))


def run_dialog(dialog: _AppealDialog) -> AppealDTO | None:
    """Show the dialog modally; the appeal as saved, or None when cancelled. Tests replace this."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_appeal
