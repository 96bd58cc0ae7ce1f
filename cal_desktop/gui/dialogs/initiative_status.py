"""Change an initiative's status (issue 4 item 3-4): a comment always; the reason when declining (from
DOMAIN A1's out-of-scope list); the result when it is done. The centre's principles are shown beside
the decision, with what the initiative's own text touches, if anything."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cal_desktop import errors
from cal_desktop.domain import principles
from cal_desktop.domain.vocab import CLOSED_STATUSES, InitiativeStatus, OutOfScopeReason
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill_vocab, select_data
from cal_desktop.gui.forms.ui_initiative_status import Ui_InitiativeStatusForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.services import initiatives
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives import InitiativeCard


class StatusChangeDialog(QDialog):
    """``submit()`` saves the change and returns True; on a refusal the dialog stays open with the reason."""

    def __init__(self, ctx: ServiceContext, card: InitiativeCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InitiativeStatusForm()  # the layout is ui/initiative_status.ui
        self.ui.setupUi(self)
        self.setWindowTitle(tr("Change status: %1").replace("%1", card.title))
        self.ctx = ctx
        self.initiative = card
        self.card: InitiativeCard | None = None
        self.current = self.ui.statusCurrent
        self.current.setText(label(card.status))
        # starts on the current status (not the first of the list): Enter alone changes nothing
        self.status = fill_vocab(self.ui.statusTarget, InitiativeStatus)
        select_data(self.status, card.status.value)
        self.reason = fill_vocab(self.ui.statusReason, OutOfScopeReason, empty=tr("— choose the reason —"))
        self.result_edit = self.ui.statusResult
        self.result_edit.setPlainText(card.result_summary or "")
        self.comment = self.ui.statusComment
        self.principles = self.ui.statusPrinciples
        self.error = ErrorLine(self, "statusError")
        self.ui.form.insertRow(self.ui.form.rowCount() - 1, self.error)  # above the buttons
        buttons = self.ui.buttonBox
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.reason_label = self.ui.reasonLabel
        self.result_label = self.ui.resultLabel
        self.status.currentIndexChanged.connect(self._status_changed)
        self.reason.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def choose(
        self, status: str, *, reason: str | None = None, result: str | None = None, comment: str | None = None
    ) -> None:
        """Fill the form (the keyboard does the same; tests use this)."""
        select_data(self.status, status)
        if reason is not None:
            select_data(self.reason, reason)
        if result is not None:
            self.result_edit.setPlainText(result)
        if comment is not None:
            self.comment.setPlainText(comment)

    def _status_changed(self) -> None:
        target = InitiativeStatus(self.status.currentData())
        self.save_button.setEnabled(target != self.initiative.status)
        declining = target == InitiativeStatus.DECLINED
        widget: QWidget
        for widget in (self.reason, self.reason_label):
            widget.setVisible(declining)
        for widget in (self.result_edit, self.result_label):
            widget.setVisible(target == InitiativeStatus.DONE)
        lines: list[str] = []
        if declining:
            own = principles.check_text(self.initiative.title, self.initiative.description)
            if own.touches_principles:
                lines.append(
                    tr("The initiative's text touches: %1.").replace(
                        "%1", "; ".join(label(r) for r in own.reasons)
                    )
                )
                if self.reason.currentData() is None:
                    select_data(self.reason, own.reasons[0].value)
            reason = self.reason.currentData()
            if reason:
                lines.append(principles.explain([OutOfScopeReason(reason)]))
            lines.append(principles.WHAT_WE_DO)
        elif self.initiative.status in CLOSED_STATUSES and target not in CLOSED_STATUSES:
            lines.append(tr("The initiative is reopened: say why in the comment."))
        self.principles.setText("\n".join(x for x in lines if x))
        self.principles.setVisible(bool(lines))

    def submit(self) -> bool:
        self.error.clear_error()
        target = self.status.currentData()
        try:
            self.card = initiatives.change_status(
                self.ctx,
                self.initiative.id,
                target,
                comment=self.comment.toPlainText(),
                reason=self.reason.currentData() if target == InitiativeStatus.DECLINED else None,
                result_summary=self.result_edit.toPlainText() if target == InitiativeStatus.DONE else None,
            )
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        return True

    def _accept(self) -> None:
        if self.save_button.isEnabled() and self.submit():
            self.accept()


def change_status(ctx: ServiceContext, parent: QWidget | None, card: InitiativeCard) -> InitiativeCard | None:
    """Open the dialog; the changed card, or None when cancelled. Tests replace this function."""
    dialog = StatusChangeDialog(ctx, card, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.card
    return None
