"""Personal data (152-FZ, DOMAIN B3): consent and its withdrawal with a scan, a subject's request
(«everything about this person» as JSON and PDF), and the administrator's erasure list.

What a role cannot do is not shown: staff record consent and withdrawal; coordinators also export a
subject's data; administrators also see the erasure list and anonymise. The services check the same.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.dialogs.signin import error_label
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_date, from_qdate, to_qdate
from cal_desktop.gui.widgets.visitor_picker import VisitorPicker
from cal_desktop.services import files, personal_data, subject_report
from cal_desktop.services import settings as settings_service
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.personal_data import ErasureCandidate

SCAN_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
MAX_SCAN_BYTES = 20 * 1024 * 1024
OVERDUE = QColor("#b00020")


def _open(parent: QWidget | None, title: str, filters: str) -> str:
    return file_dialogs.open_file(parent, title, filters)


def _save(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    return file_dialogs.save_file(parent, title, suggested, filters)


# replaced by tests
open_file: Callable[[QWidget | None, str, str], str] = _open
save_file: Callable[[QWidget | None, str, str, str], str] = _save
exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # noqa: E731


def has_role(ctx: ServiceContext, role: Role) -> bool:
    try:
        ctx.require(role)
    except errors.PermissionDenied:
        return False
    return True


def write_file_atomically(path: Path, data: bytes) -> None:
    """Whole or not at all; a full disk or a read-only folder is a clear message (services.files)."""
    files.save_bytes(path, data)


class ConsentDialog(QDialog):
    """A signed consent: date, form version and, if there is one, the scan of the signed form."""

    def __init__(
        self, ctx: ServiceContext, visitor_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(tr("Consent to personal data processing"))
        self.setAccessibleName(tr("Consent to personal data processing"))
        self.ctx = ctx
        self.visitor_id = visitor_id
        self.scan: tuple[str, str, bytes] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Consent of {name}").format(name=name), self))
        form = QFormLayout()
        self.date = QDateEdit(to_qdate(clock.today()), self)
        self.date.setObjectName("consentDateEdit")
        self.date.setAccessibleName(tr("Date of consent"))
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.version = QLineEdit(settings_service.get_settings(ctx).consent_form_version, self)
        self.version.setObjectName("formVersionEdit")
        self.version.setAccessibleName(tr("Form version"))
        scan_row = QHBoxLayout()
        self.scan_label = QLabel(tr("no scan"), self)
        self.scan_label.setObjectName("scanLabel")
        choose = QPushButton(tr("Choose scan…"), self)
        choose.setObjectName("chooseScanButton")
        choose.clicked.connect(self.choose_scan)
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(choose)
        form.addRow(tr("&Date of consent:"), self.date)
        form.addRow(tr("&Form version:"), self.version)
        form.addRow(tr("Scan of the signed form:"), scan_row)
        layout.addLayout(form)
        self.error = error_label(self, "consentError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def choose_scan(self) -> None:
        path = open_file(
            self, tr("Scan of the signed consent"), tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)")
        )
        if path:
            self.load_scan(Path(path))

    def load_scan(self, path: Path) -> None:
        mime = SCAN_TYPES.get(path.suffix.lower())
        self.error.hide()
        if mime is None:
            self._fail(tr("The scan must be a PDF or an image (JPEG, PNG, TIFF)."))
            return
        try:
            content = path.read_bytes()
        except OSError as exc:
            self._fail(tr("The file cannot be read: {reason}").format(reason=exc.strerror or exc))
            return
        if len(content) > MAX_SCAN_BYTES:
            self._fail(tr("The scan is larger than 20 MB; scan it at a lower resolution."))
            return
        self.scan = (path.name, mime, content)
        self.scan_label.setText(f"{path.name} ({max(1, len(content) // 1024)} КБ)")

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        try:
            personal_data.record_consent(
                self.ctx,
                self.visitor_id,
                from_qdate(self.date.date()),
                self.version.text().strip() or None,
                self.scan,
            )
        except errors.ValidationError as exc:
            self._fail(str(exc))
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()


class WithdrawalDialog(QDialog):
    """The date a person withdrew consent (the 30-day erasure clock starts)."""

    def __init__(
        self, ctx: ServiceContext, visitor_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawalDialog")
        self.setWindowTitle(tr("Withdrawal of consent"))
        self.setAccessibleName(tr("Withdrawal of consent"))
        self.ctx = ctx
        self.visitor_id = visitor_id
        self.deadline: date | None = None
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "{name} withdrew consent. Processing stops, and the data must be anonymised within "
                "30 days (152-FZ art. 21)."
            ).format(name=name),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date = QDateEdit(to_qdate(clock.today()), self)
        self.date.setObjectName("withdrawalDateEdit")
        self.date.setAccessibleName(tr("Date of withdrawal"))
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        form.addRow(tr("&Date of withdrawal:"), self.date)
        layout.addLayout(form)
        self.error = error_label(self, "withdrawalError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def save(self) -> None:
        try:
            self.deadline = personal_data.record_withdrawal(
                self.ctx, self.visitor_id, from_qdate(self.date.date())
            )
        except errors.ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()


COLUMNS = (
    lambda: tr("Person"),
    lambda: tr("Reason"),
    lambda: tr("Since"),
    lambda: tr("Anonymise by"),
)


class PersonalDataView(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personalDataView")
        self.setAccessibleName(tr("Personal data"))
        self.ctx = ctx
        self.is_admin = has_role(ctx, Role.ADMIN)
        self.can_export = has_role(ctx, Role.COORDINATOR)
        self.candidates: list[ErasureCandidate] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._person_box())
        if self.is_admin:
            layout.addWidget(self._erasure_box(), 1)
            self.refresh()
        else:
            layout.addStretch(1)
        self._person_changed(None)

    # ------------------------------------------------------------------------------- one person

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(tr("A person's consent and data"), self)
        layout = QVBoxLayout(box)
        self.person_edit = QLineEdit(box)
        self.person_edit.setObjectName("personEdit")
        self.person_edit.setAccessibleName(tr("Person"))
        self.person_edit.setPlaceholderText(tr("Start typing a surname, phone or e-mail…"))
        self.picker = VisitorPicker(self.person_edit, self.ctx)
        self.picker.chosen.connect(self._person_changed)
        layout.addWidget(self.person_edit)
        row = QHBoxLayout()
        self.consent_button = self._button(box, "consentButton", tr("Consent received…"), self.record_consent)
        self.withdraw_button = self._button(
            box, "withdrawButton", tr("Consent withdrawn…"), self.record_withdrawal
        )
        self.json_button = self._button(
            box, "exportJsonButton", tr("Everything about the person: JSON…"), self.export_json
        )
        self.pdf_button = self._button(
            box, "exportPdfButton", tr("Everything about the person: PDF…"), self.export_pdf
        )
        self.anonymise_button = self._button(box, "anonymiseButton", tr("Anonymise…"), self.anonymise_chosen)
        for button in (self.consent_button, self.withdraw_button, self.json_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.anonymise_button)
        self.json_button.setVisible(self.can_export)
        self.pdf_button.setVisible(self.can_export)
        self.anonymise_button.setVisible(self.is_admin)
        layout.addLayout(row)
        return box

    @staticmethod
    def _button(parent: QWidget, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _person_changed(self, visitor_id: int | None) -> None:
        for button in (
            self.consent_button,
            self.withdraw_button,
            self.json_button,
            self.pdf_button,
            self.anonymise_button,
        ):
            button.setEnabled(visitor_id is not None)

    def choose_person(self, visitor_id: int, text: str) -> None:
        self.picker.set_visitor(visitor_id, text)

    def _chosen(self) -> tuple[int, str] | None:
        if self.picker.visitor_id is None:
            return None
        return self.picker.visitor_id, self.person_edit.text().split(",")[0]

    def record_consent(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        if exec_dialog(ConsentDialog(self.ctx, chosen[0], chosen[1], self)) == QDialog.DialogCode.Accepted:
            messages.info(self, tr("The consent is recorded."))
            self.refresh()

    def record_withdrawal(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        dialog = WithdrawalDialog(self.ctx, chosen[0], chosen[1], self)
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.deadline is not None:
            messages.info(
                self,
                tr("The withdrawal is recorded. The person's data must be anonymised by {date}.").format(
                    date=fmt_date(dialog.deadline)
                ),
            )
            self.refresh()

    def export_json(self) -> None:
        self._export("json", tr("JSON files (*.json)"), personal_data.subject_data_json)

    def export_pdf(self) -> None:
        self._export("pdf", tr("PDF files (*.pdf)"), subject_report.subject_report_pdf)

    def _export(self, suffix: str, filters: str, build: Callable[[ServiceContext, int], bytes]) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        suggested = f"{chosen[1].replace(' ', '_')}_{clock.today():%Y-%m-%d}.{suffix}"
        path = save_file(self, tr("Save everything about the person"), suggested, filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(target.name + f".{suffix}")
        try:
            write_file_atomically(target, build(self.ctx, chosen[0]))
        except errors.CalError as exc:
            show_error(self, exc)
            return
        messages.info(
            self,
            tr(
                "Saved: {path}\nThe export is recorded in the audit log. Answer the request within 10 working days."
            ).format(path=target),
        )

    # ----------------------------------------------------------------------------- erasure list

    def _erasure_box(self) -> QGroupBox:
        box = QGroupBox(
            tr("To be anonymised (withdrawn consent, or no activity for the retention period)"), self
        )
        layout = QVBoxLayout(box)
        self.summary = QLabel(box)
        self.summary.setObjectName("erasureSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS), box)
        self.table.setObjectName("erasureTable")
        self.table.setAccessibleName(tr("People whose data must be anonymised"))
        self.table.setHorizontalHeaderLabels([c() for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._row_chosen)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.anonymise_row_button = self._button(
            box, "anonymiseRowButton", tr("Anonymise the selected…"), self.anonymise_selected
        )
        refresh = self._button(box, "refreshButton", tr("Refresh"), self.refresh)
        row.addWidget(self.anonymise_row_button)
        row.addStretch(1)
        row.addWidget(refresh)
        layout.addLayout(row)
        return box

    def refresh(self) -> None:
        if not self.is_admin:
            return
        try:
            self.candidates = personal_data.erasure_candidates(self.ctx)
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.candidates))
        reasons = {
            "withdrawn": tr("consent withdrawn"),
            "retention": tr("no activity for the retention period"),
        }
        for r, c in enumerate(self.candidates):
            values = [c.full_name, reasons.get(c.reason, c.reason), fmt_date(c.since), fmt_date(c.deadline)]
            if c.overdue:
                values[3] += " — " + tr("overdue")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.visitor_id)
                if c.overdue:
                    item.setForeground(QBrush(OVERDUE))
                self.table.setItem(r, col, item)
        for col in range(1, len(COLUMNS)):
            self.table.resizeColumnToContents(col)
        overdue = sum(1 for c in self.candidates if c.overdue)
        self.summary.setText(
            tr("People on the list: {n}, of them overdue: {overdue}.").format(
                n=len(self.candidates), overdue=overdue
            )
            if self.candidates
            else tr("Nobody's data has to be anonymised now.")
        )
        self.anonymise_row_button.setEnabled(False)

    def _row_chosen(self) -> None:
        self.anonymise_row_button.setEnabled(bool(self.table.selectedItems()))

    def selected_candidate(self) -> ErasureCandidate | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.candidates[rows.pop()] if len(rows) == 1 else None

    def anonymise_selected(self) -> None:
        candidate = self.selected_candidate()
        if candidate is not None:
            self.anonymise(candidate.visitor_id, candidate.full_name)

    def anonymise_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.anonymise(*chosen)

    def anonymise(self, visitor_id: int, name: str) -> bool:
        question = tr(
            "Anonymise {name}?\n\nThe name, phone, e-mail, address, birth date, notes, consent scans and the "
            "texts of documents naming the person are removed for good. THIS CANNOT BE UNDONE. "
            "Consultations stay in the statistics without the person."
        ).format(name=name)
        if (
            messages.ask(self, question, [tr("Anonymise for good")], tr("Anonymisation"), destructive=True)
            != 0
        ):
            return False
        try:
            personal_data.anonymise_visitor(self.ctx, visitor_id)
        except errors.CalError as exc:
            show_error(self, exc)
            return False
        if self.picker.visitor_id == visitor_id:
            self.picker.clear()
        messages.info(self, tr("The person's data are anonymised."))
        self.refresh()
        return True
