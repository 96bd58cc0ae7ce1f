"""The consent flag shown when a visitor is chosen (issue 15 point 3): missing, too old, an older form,
or withdrawn (then in red: only anonymous records may continue). «Оформить согласие» is one click away:
the consent form (template ``pd_consent``) filled in for the person, saved as a PDF to print."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cal_desktop.gui import file_dialogs
from cal_desktop.gui.i18n import tr
from cal_desktop.services import files, followups_consent
from cal_desktop.services.context import ServiceContext

RENEW_STYLE = "background: #fff4d6; color: #5c4400; padding: 4px; border-radius: 3px;"
WITHDRAWN_STYLE = "background: #f8d7da; color: #6b0f1a; padding: 4px; border-radius: 3px; font-weight: 600;"


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """Where to save the consent form; empty when cancelled (tests replace this function)."""
    return file_dialogs.save_file(parent, tr("Save the consent form"), suggested, tr("PDF (*.pdf)"))


class ConsentFlagLabel(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problem: str | None = None
        self.visitor_id: int | None = None
        self.setObjectName("consentFlag")
        self.label = QLabel(self)
        self.label.setObjectName("consentFlagText")
        self.label.setWordWrap(True)
        self.button = QPushButton(tr("Consent form…"), self)
        self.button.setObjectName("consentFormButton")
        self.button.setAccessibleName(tr("Print the consent form filled in for this person"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.print_form)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_for(self, visitor_id: int | None) -> bool:
        """Show the flag of this visitor (hidden when none or in order); returns whether it shows."""
        flag = followups_consent.consent_flag(self.ctx, visitor_id) if visitor_id is not None else None
        self.visitor_id = visitor_id
        self.problem = flag.problem if flag else None
        self.label.setText(flag.message if flag else "")
        self.label.setAccessibleName(flag.message if flag else "")
        self.label.setStyleSheet(WITHDRAWN_STYLE if flag and flag.blocking else RENEW_STYLE)
        self.button.setVisible(flag is not None and not flag.blocking)  # after a withdrawal: no new consent here
        self.setVisible(flag is not None)
        return flag is not None

    def print_form(self) -> None:
        if self.visitor_id is None:
            return
        path = ask_save_path(self, "Согласие на обработку персональных данных.pdf")
        if not path:
            return
        from cal_desktop.services import documents  # the documents stack (0.3 s of imports): not at start

        data = documents.render(self.ctx, "pd_consent", None, visitor_id=self.visitor_id)
        files.save_bytes(path, data)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Consent form saved: %1").replace("%1", path), 8000)
