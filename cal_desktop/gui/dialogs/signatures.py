"""Signatures of an initiative (issue 16): start a campaign (target and period), then record each sheet
returned (number, date, valid and invalid signatures with the reason); the progress counted/target is
shown here and on the initiative card. Only counts are kept, never the signatories.

``open_signatures(ctx, parent, initiative_id)`` returns True when something was saved; tests replace it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain import clock
from cal_desktop.gui.dialogs import signature_print
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill, named, selected_int, table
from cal_desktop.gui.formatting import DATE_FORMAT, fmt_date, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.services import events_signatures as sig
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events_signatures import MAX_COUNT, CampaignDTO


def progress_text(c: CampaignDTO) -> str:
    """«120 of 300 (40%)», with the completion date once the target is reached."""
    text = tr("%1 of %2 (%3%)").replace("%1", str(c.collected)).replace("%2", str(c.target))
    text = text.replace("%3", str(c.percent))
    if c.completed_on is not None:
        text += " — " + tr("target reached on %1").replace("%1", fmt_date(c.completed_on))
    return text


def _spin(parent: QWidget, name: str, accessible: str, low: int) -> QSpinBox:
    spin = named(QSpinBox(parent), name, accessible)
    spin.setRange(low, MAX_COUNT)
    return spin


def _date(parent: QWidget, name: str, accessible: str) -> QDateEdit:
    edit = named(QDateEdit(parent), name, accessible)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(clock.today()))
    return edit


class SignaturesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, initiative_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "signaturesDialog", tr("Signatures"))
        self.setWindowTitle(tr("Signature collection"))
        self.ctx = ctx
        self.initiative_id = initiative_id
        self.changed = False
        self.campaign: CampaignDTO | None = None
        layout = QVBoxLayout(self)
        self.start_box = QWidget(self)
        self._build_start(self.start_box)
        self.sheets_box = QWidget(self)
        self._build_sheets(self.sheets_box)
        self.error = ErrorLine(self, "signaturesError")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(self.start_box)
        layout.addWidget(self.sheets_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def _build_start(self, box: QWidget) -> None:
        form = QFormLayout(box)
        self.target = _spin(box, "signaturesTarget", tr("Signatures needed"), 1)
        self.target.setValue(100)
        self.starts = _date(box, "signaturesStart", tr("Collection starts"))
        self.has_end = named(
            QCheckBox(tr("until"), box), "signaturesHasEnd", tr("The collection has an end date")
        )
        self.ends = _date(box, "signaturesEnd", tr("Collection ends"))
        self.ends.setEnabled(False)
        self.has_end.toggled.connect(self.ends.setEnabled)
        start = named(
            QPushButton(tr("Start collecting"), box), "signaturesStartButton", tr("Start the collection")
        )
        start.clicked.connect(self.start_campaign)
        period = QHBoxLayout()
        period.addWidget(self.starts)
        period.addWidget(self.has_end)
        period.addWidget(self.ends)
        period.addStretch(1)
        form.addRow(tr("Signatures needed:"), self.target)
        form.addRow(tr("From:"), period)
        form.addRow("", start)

    def _build_sheets(self, box: QWidget) -> None:
        self.progress_label = named(QLabel(box), "signaturesProgressText", tr("Progress"))
        self.progress = named(QProgressBar(box), "signaturesProgress", tr("Progress towards the target"))
        self.sheets = table(
            box,
            "signaturesSheets",
            tr("Sheets returned"),
            [tr("Sheet No."), tr("Returned"), tr("Valid"), tr("Invalid"), tr("Why invalid")],
        )
        self.number = _spin(box, "sheetNumber", tr("Sheet number"), 1)
        self.returned = _date(box, "sheetReturned", tr("Returned on"))
        self.valid = _spin(box, "sheetValid", tr("Valid signatures"), 0)
        self.invalid = _spin(box, "sheetInvalid", tr("Invalid signatures"), 0)
        self.reason = named(QLineEdit(box), "sheetReason", tr("Why signatures were not accepted"))
        self.reason.setPlaceholderText(tr("Why invalid: no date of birth, under 16…"))
        add = named(QPushButton(tr("Add sheet"), box), "sheetAdd", tr("Record the sheet"))
        add.clicked.connect(self.add_sheet)
        self.reason.returnPressed.connect(self.add_sheet)
        remove = named(QPushButton(tr("Remove sheet"), box), "sheetRemove", tr("Remove the selected sheet"))
        remove.clicked.connect(self.remove_sheet)
        row = QHBoxLayout()
        for caption, widget in (
            (tr("No."), self.number),
            (tr("on"), self.returned),
            (tr("valid"), self.valid),
            (tr("invalid"), self.invalid),
        ):
            row.addWidget(QLabel(caption, box))
            row.addWidget(widget)
        row2 = QHBoxLayout()
        row2.addWidget(self.reason, 1)
        row2.addWidget(add)
        row2.addWidget(remove)
        row2.addWidget(signature_print.print_button(self))  # numbered sheets with the initiative's text
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.sheets, 1)
        layout.addLayout(row)
        layout.addLayout(row2)

    def reload(self) -> None:
        campaigns = sig.campaigns_of(self.ctx, self.initiative_id)
        self.campaign = campaigns[-1] if campaigns else None
        self.start_box.setVisible(self.campaign is None)
        self.sheets_box.setVisible(self.campaign is not None)
        if self.campaign is None:
            return
        c = self.campaign
        self.progress_label.setText(tr("Collected: %1").replace("%1", progress_text(c)))
        self.progress.setRange(0, c.target)
        self.progress.setValue(min(c.collected, c.target))
        fill(
            self.sheets,
            [
                [str(s.number), fmt_date(s.returned_on), str(s.valid), str(s.invalid), s.invalid_reason or ""]
                for s in c.sheets
            ],
            [s.id for s in c.sheets],
        )
        self.number.setValue(max((s.number for s in c.sheets), default=0) + 1)

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        self.error.clear_error()
        try:
            action()
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        self.changed = True
        self.reload()
        return True

    def start_campaign(self) -> bool:
        ends = from_qdate(self.ends.date()) if self.has_end.isChecked() else None
        return self._run(
            lambda: sig.create_campaign(
                self.ctx, self.initiative_id, self.target.value(), from_qdate(self.starts.date()), ends
            )
        )

    def add_sheet(self) -> bool:
        if self.campaign is None:
            return False
        campaign_id = self.campaign.id
        saved = self._run(
            lambda: sig.add_sheet(
                self.ctx,
                campaign_id,
                self.number.value(),
                from_qdate(self.returned.date()),
                self.valid.value(),
                self.invalid.value(),
                self.reason.text(),
            )
        )
        if saved:
            self.valid.setValue(0)
            self.invalid.setValue(0)
            self.reason.clear()
        return saved

    def remove_sheet(self) -> None:
        sheet_id = selected_int(self.sheets)
        if sheet_id is not None:
            self._run(lambda: sig.remove_sheet(self.ctx, sheet_id))


def open_signatures(ctx: ServiceContext, parent: QWidget | None, initiative_id: int) -> bool:
    dialog = SignaturesDialog(ctx, initiative_id, parent)
    dialog.exec()
    return dialog.changed
