"""Where a consultation sent the person (issue 21): the rows the consultation form shows while its outcome
is «перенаправлен». An organisation of the directory is chosen from the list (type to narrow it), or a
name typed that is not there; an optional date to check back opens the «помогло ли?» follow-up; the answer
can be recorded here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab_referrals import ReferralResult
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.widgets.fields import FieldErrors, parse_date
from cal_desktop.services import directory, referrals
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.followups import FollowUpItem
from cal_desktop.services.referrals import LABELS, ReferralInput, ReferralItem

MAX_ORGANISATIONS = 500


class ReferralFields:
    """Two rows added to a form layout after ``after_row``: «Куда направлен» and «Проверить / Помогло ли»,
    each with its error line bound to ``errors``."""

    def __init__(self, ctx: ServiceContext, parent: QWidget, layout: QFormLayout, after_row: int,
                 errors_: FieldErrors) -> None:  # fmt: skip
        self.ctx = ctx
        self.layout = layout
        self.org_combo = QComboBox(parent)
        self.org_combo.setObjectName("referralOrganisationCombo")
        self.org_combo.setEditable(True)
        self.org_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # long names in the directory must not widen the form past a 1024-pixel screen
        self.org_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.org_combo.setMinimumContentsLength(16)
        edit = self.org_combo.lineEdit()
        if edit is not None:  # an editable combo has one
            edit.setPlaceholderText(tr("an organisation from the directory, or type its name"))
        self.org_combo.setAccessibleName(tr("Referred to"))
        completer = self.org_combo.completer()
        if completer is not None:  # typed words find the organisation anywhere in its name
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.org_label = QLabel(tr("Referred to:"), parent)
        self.org_error = QLabel(parent)
        self.check_edit = QLineEdit(parent)
        self.check_edit.setObjectName("referralCheckEdit")
        self.check_edit.setPlaceholderText(tr("dd.mm.yyyy"))
        self.check_edit.setMaximumWidth(130)
        self.check_edit.setAccessibleName(tr("Check back on"))
        self.result_combo = QComboBox(parent)
        self.result_combo.setObjectName("referralResultCombo")
        self.result_combo.setAccessibleName(tr("Did it help?"))
        self.result_combo.addItem(tr("— not known yet —"), None)
        for result in ReferralResult:
            self.result_combo.addItem(label(result), result.value)
        self.check_label = QLabel(tr("Check back:"), parent)
        row = QHBoxLayout()
        row.addWidget(self.check_edit)
        row.addWidget(QLabel(tr("did it help:"), parent))
        row.addWidget(self.result_combo)
        row.addStretch(1)
        self.check_error = QLabel(parent)
        layout.insertRow(after_row + 1, self.org_label, self.org_combo)
        layout.insertRow(after_row + 2, "", self.org_error)
        layout.insertRow(after_row + 3, self.check_label, row)
        layout.insertRow(after_row + 4, "", self.check_error)
        errors_.bind("referral_organisation", self.org_error, self.org_combo)
        errors_.bind("referral_check_on", self.check_error, self.check_edit)
        errors_.bind("referral_result", self.check_error, self.result_combo)
        self._loaded = False
        self.set_active(False)

    def _fill(self) -> None:
        """The directory's active organisations, read the first time the rows are shown."""
        if self._loaded:
            return
        self._loaded = True
        typed = self.org_combo.currentText()
        page = directory.list_organisations(self.ctx, active_only=True, limit=MAX_ORGANISATIONS)
        for org in page.items:
            self.org_combo.addItem(org.name, org.id)
        self.org_combo.setEditText(typed)

    def set_active(self, active: bool) -> None:
        if active:
            self._fill()
        for widget in (self.org_combo, self.check_label):
            self.layout.setRowVisible(widget, active)
        if not active:  # an error line shows only with its message (FieldErrors shows it)
            for widget in (self.org_error, self.check_error):
                widget.clear()
                self.layout.setRowVisible(widget, False)

    def clear(self) -> None:
        self.org_combo.setCurrentIndex(-1)
        self.org_combo.setEditText("")
        self.check_edit.clear()
        self.result_combo.setCurrentIndex(0)

    def load(self, item: ReferralItem | None) -> None:
        self.clear()
        if item is None:
            return
        self._fill()
        index = self.org_combo.findData(item.organisation_id) if item.organisation_id is not None else -1
        if index >= 0:
            self.org_combo.setCurrentIndex(index)
        else:
            self.org_combo.setEditText(item.organisation_name)
        self.check_edit.setText(fmt_date(item.check_on))
        self.result_combo.setCurrentIndex(max(self.result_combo.findData(item.result.value if item.result else None), 0))

    def snapshot(self) -> tuple[object, ...]:
        return (self.org_combo.currentText().strip(), self.check_edit.text().strip(), self.result_combo.currentIndex())

    def collect(self, problems: list[errors.FieldError]) -> ReferralInput:
        """What the rows say; a badly typed date is added to ``problems``."""
        check_on = parse_date(self.check_edit.text(), "referral_check_on", LABELS["referral_check_on"], problems)
        typed = self.org_combo.currentText().strip()
        index = self.org_combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        org_id = self.org_combo.itemData(index) if typed and index >= 0 else None
        return ReferralInput(
            organisation_id=org_id, organisation_name=None if org_id is not None else typed,
            check_on=check_on, result=self.result_combo.currentData(),
        )  # fmt: skip


def referral_of(ctx: ServiceContext, consultation_id: int) -> ReferralItem | None:
    return referrals.for_consultation(ctx, consultation_id)


def answer_referral(parent: QWidget, ctx: ServiceContext, follow_up_id: int, title: str) -> bool:
    """«Помогло ли?» asked when a referral's follow-up is done; True when answered (Esc: nothing changes)."""
    from cal_desktop.gui import messages  # noqa: PLC0415

    results = list(ReferralResult)
    choice = messages.ask(parent, title, [label(r) for r in results], tr("Did it help?"))
    if not 0 <= choice < len(results):
        return False
    referrals.answer_follow_up(ctx, follow_up_id, results[choice].value)
    return True


def open_follow_up_source(parent: QWidget, ctx: ServiceContext, f: FollowUpItem,
                          open_consultation: Callable[[int], None]) -> None:  # fmt: skip
    """A double click on a referral's follow-up opens its consultation; on a call's, the call's card."""
    from cal_desktop.errors import CalError  # noqa: PLC0415
    from cal_desktop.gui.errors import show_error  # noqa: PLC0415

    if f.source_id is None:
        return
    try:
        if f.kind == referrals.KIND:
            open_consultation(referrals.get(ctx, f.source_id).consultation_id)
        else:
            from cal_desktop.gui.dialogs.funding_call_form import edit_call  # noqa: PLC0415

            edit_call(ctx, parent, f.source_id)
    except CalError as exc:  # the call or the referral was deleted meanwhile
        show_error(parent, exc)
