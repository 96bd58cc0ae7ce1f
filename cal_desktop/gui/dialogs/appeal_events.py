"""Dialogs of the appeals register: a new appeal, and the events of one (registration, extension,
forwarding, answer, a scan). Each calls one service function; field errors appear under the fields.

``dialog.save()`` is what OK does: it calls the service and, when it succeeds, keeps the new state in
``dialog.result_appeal`` and closes. Tests fill the widgets and call ``save()``; ``run_dialog`` shows one
modally and returns the updated appeal (or None when cancelled).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from cal_desktop.domain import clock
from cal_desktop.domain.vocab import AnswerOutcome, AppealChannel, AppealKind
from cal_desktop.errors import CalError, ValidationError
from cal_desktop.gui import file_dialogs
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_date, from_qdate, to_qdate
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
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(value or clock.today()))
    return edit


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


class _AppealDialog(QDialog):
    """The frame every dialog here shares: a form, an error line, OK/Cancel, and ``save()``."""

    title = ""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_appeal: AppealDTO | None = None
        self.setWindowTitle(self.title)
        self.setAccessibleName(self.title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.errors = FieldErrors(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("dialogButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_field(self, field: str, caption: str, widget: QWidget) -> None:
        """A row with its error label below it, bound to the service's field code."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        problem = QLabel(holder)
        problem.setObjectName(f"{field}Error")
        column.addWidget(problem)
        self.errors.bind(field, problem, widget)
        self.form.addRow(caption, holder)

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
        super().__init__(ctx, parent)
        self.setObjectName("newAppealDialog")
        self.initiative_id = initiative_id
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("numberEdit")
        self.number_edit.setAccessibleName(tr("Outgoing number"))
        self.number_edit.setPlaceholderText(tr("automatic"))
        self.sent_edit = date_edit(self, "sentDateEdit", tr("Sent on"))
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelCombo")
        self.channel_combo.setAccessibleName(tr("Channel"))
        for ch in AppealChannel:
            self.channel_combo.addItem(label(ch), ch.value)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.setAccessibleName(tr("Kind"))
        self.kind_combo.addItem("—", None)
        for kind in AppealKind:
            self.kind_combo.addItem(label(kind), kind.value)
        self.official_combo = QComboBox(self)
        self.official_combo.setObjectName("officialCombo")
        self.official_combo.setAccessibleName(tr("Official"))
        # «position name, organisation» is long: the field keeps a sensible width (the dialog once
        # grew wider than a 1366 px screen) and the open list is as wide as its longest line
        self.official_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.official_combo.setMinimumContentsLength(40)
        self.official_combo.addItem("—", None)
        for o in directory.list_officials(ctx, active_only=True, limit=1000).items:
            self.official_combo.addItem(f"{o.position} {o.full_name}, {o.organisation}".strip(), o.id)
        self.official_combo.view().setMinimumWidth(self.official_combo.view().sizeHintForColumn(0) + 24)
        self.addressee_edit = QLineEdit(self)
        self.addressee_edit.setObjectName("addresseeEdit")
        self.addressee_edit.setAccessibleName(tr("Addressee as written"))
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("subjectEdit")
        self.subject_edit.setAccessibleName(tr("Subject"))
        self.add_field("number", tr("&Number:"), self.number_edit)
        self.add_field("sent_date", tr("&Sent on:"), self.sent_edit)
        self.add_field("channel", tr("C&hannel:"), self.channel_combo)
        self.add_field("kind", tr("&Kind:"), self.kind_combo)
        self.add_field("official_id", tr("&Official:"), self.official_combo)
        self.add_field("addressee_text", tr("&Addressee:"), self.addressee_edit)
        self.add_field("subject", tr("S&ubject:"), self.subject_edit)

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
        super().__init__(ctx, parent)
        self.setObjectName("registrationDialog")
        self.appeal = appeal
        self.number_edit = QLineEdit(appeal.registration_number or "", self)
        self.number_edit.setObjectName("registrationNumberEdit")
        self.number_edit.setAccessibleName(tr("Registration number"))
        self.date_edit = date_edit(
            self,
            "registrationDateEdit",
            tr("Registration date"),
            None if appeal.registration_estimated else appeal.registration_date,
        )
        self.add_field("registration_number", tr("Registration &number:"), self.number_edit)
        self.add_field("registration_date", tr("Registration &date:"), self.date_edit)

    def call(self) -> AppealDTO:
        return appeals.record_registration(
            self.ctx, self.appeal.id, self.number_edit.text(), from_qdate(self.date_edit.date())
        )


class ExtensionDialog(_AppealDialog):
    """The authority extended the term: the notice's date and, when it names one, the new date."""

    def __init__(self, ctx: ServiceContext, appeal: AppealDTO, parent: QWidget | None = None) -> None:
        self.title = tr("Extension of appeal %1").replace("%1", appeal.number)
        super().__init__(ctx, parent)
        self.setObjectName("extensionDialog")
        self.appeal = appeal
        self.notice_edit = date_edit(self, "noticeDateEdit", tr("Notice date"))
        self.named_check = QCheckBox(tr("The notice names a date"), self)
        self.named_check.setObjectName("namedDateCheck")
        self.named_check.setAccessibleName(tr("The notice names a date"))
        self.until_edit = date_edit(self, "extendedUntilEdit", tr("Extended until"), appeal.due_date)
        self.until_edit.setEnabled(False)
        self.named_check.toggled.connect(self.until_edit.setEnabled)
        hint = QLabel(tr("Without a named date the answer is due 60 days after registration."), self)
        hint.setWordWrap(True)
        self.add_field("extension_notice_date", tr("&Notice date:"), self.notice_edit)
        self.form.addRow("", self.named_check)
        self.add_field("extended_until", tr("Extended &until:"), self.until_edit)
        self.form.addRow("", hint)

    def call(self) -> AppealDTO:
        until = from_qdate(self.until_edit.date()) if self.named_check.isChecked() else None
        return appeals.record_extension(self.ctx, self.appeal.id, from_qdate(self.notice_edit.date()), until)


class ForwardingDialog(_AppealDialog):
    """The authority forwarded the appeal to another body: the clock restarts there."""

    def __init__(self, ctx: ServiceContext, appeal: AppealDTO, parent: QWidget | None = None) -> None:
        self.title = tr("Forwarding of appeal %1").replace("%1", appeal.number)
        super().__init__(ctx, parent)
        self.setObjectName("forwardingDialog")
        self.appeal = appeal
        self.org_combo = QComboBox(self)
        self.org_combo.setObjectName("forwardedToCombo")
        self.org_combo.setAccessibleName(tr("New addressee"))
        self.org_combo.setEditable(False)
        for org in directory.list_organisations(ctx, kind="authority", active_only=True, limit=1000).items:
            if org.id != appeal.organisation_id:
                self.org_combo.addItem(org.name, org.id)
        self.date_edit = date_edit(self, "forwardedDateEdit", tr("Forwarding date"))
        hint = QLabel(
            tr(
                "The answer is then due 30 days after the new body registers it (estimated: forwarding date + 3)."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.add_field("forwarded_to_id", tr("&Forwarded to:"), self.org_combo)
        self.add_field("forwarded_date", tr("Forwarding &date:"), self.date_edit)
        self.form.addRow("", hint)

    def call(self) -> AppealDTO:
        org_id = self.org_combo.currentData()
        if org_id is None:
            raise ValidationError.single("forwarded_to_id", tr("Forwarded to"), tr("choose the body"))
        return appeals.record_forwarding(self.ctx, self.appeal.id, org_id, from_qdate(self.date_edit.date()))


class AnswerDialog(_AppealDialog):
    """The answer arrived: date, outcome, summary, scans (PDF or images)."""

    def __init__(self, ctx: ServiceContext, appeal: AppealDTO, parent: QWidget | None = None) -> None:
        self.title = tr("Answer to appeal %1").replace("%1", appeal.number)
        super().__init__(ctx, parent)
        self.setObjectName("answerDialog")
        self.appeal = appeal
        self.scans: list[tuple[str, str, bytes]] = []
        self.date_edit = date_edit(self, "answerDateEdit", tr("Answer date"))
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("outcomeCombo")
        self.outcome_combo.setAccessibleName(tr("Answer outcome"))
        self.outcome_combo.addItem("—", None)
        for outcome in AnswerOutcome:
            self.outcome_combo.addItem(label(outcome), outcome.value)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("answerSummaryEdit")
        self.summary_edit.setAccessibleName(tr("Summary of the answer"))
        self.summary_edit.setTabChangesFocus(True)
        self.scan_list = QListWidget(self)
        self.scan_list.setObjectName("scanList")
        self.scan_list.setAccessibleName(tr("Scans"))
        self.scan_list.setMaximumHeight(70)
        add = QPushButton(tr("Add &file…"), self)
        add.setObjectName("addScanButton")
        add.setAccessibleName(tr("Add a scan"))
        add.clicked.connect(self.choose_files)
        scans = QWidget(self)
        row = QHBoxLayout(scans)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scan_list, 1)
        row.addWidget(add)
        self.add_field("answer_date", tr("Answer &date:"), self.date_edit)
        self.add_field("answer_outcome", tr("&Outcome:"), self.outcome_combo)
        self.add_field("answer_summary", tr("&Summary:"), self.summary_edit)
        self.add_field("scan", tr("Scans:"), scans)

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
