"""Opening a saved consultation to read or correct it (the same form as at the desk), with its files."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from cal_desktop.gui import screen_fit
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets import attachments_panel
from cal_desktop.gui.widgets.consultation_form import ConsultationForm
from cal_desktop.services import consultations
from cal_desktop.services.attachments import Owner
from cal_desktop.services.context import ServiceContext


class ConsultationDialog(QDialog):
    def __init__(self, ctx: ServiceContext, consultation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultationDialog")
        self.setWindowTitle(tr("Consultation"))
        self.setAccessibleName(tr("Consultation"))
        self.ctx = ctx
        self.form = ConsultationForm(ctx, self)
        self.form.load(consultations.get_consultation(ctx, consultation_id))
        self.form.ui.clearButton.setText(tr("Close (Esc)"))
        self.form.saved.connect(lambda _row: self.accept())
        self.form.cancelled.connect(lambda: QDialog.reject(self))  # the form has asked already
        # the files on a tab of their own: below the form they would not fit a 768 px screen
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("consultationTabs")
        self.tabs.setAccessibleName(tr("Sections of the consultation"))
        self.tabs.addTab(self.form, tr("Consultation"))
        self.files_panel = attachments_panel.add_tab(self)
        self.files_panel.show_owner(Owner(consultation_id=consultation_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # as tall as the form needs (it was a fixed 680 px, a third of it empty), never taller than the
        # screen: on 1024×768 the buttons stay visible
        hint = self.sizeHint()
        screen_fit.resize_within(self, max(640, hint.width()), hint.height())

    def reject(self) -> None:
        """Esc outside the form's fields, or the window's cross: ask before dropping typed changes."""
        if self.form.confirm_discard():
            super().reject()


def open_consultation(ctx: ServiceContext, consultation_id: int, parent: QWidget | None = None) -> bool:
    """True when the consultation was changed."""
    return ConsultationDialog(ctx, consultation_id, parent).exec() == QDialog.DialogCode.Accepted
