"""The consent flag shown when a visitor is chosen (issue 15 point 3): missing, too old, an older form,
or withdrawn (then in red: only anonymous records may continue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cal_desktop.services import followups_consent
from cal_desktop.services.context import ServiceContext

RENEW_STYLE = "background: #fff4d6; color: #5c4400; padding: 4px; border-radius: 3px;"
WITHDRAWN_STYLE = "background: #f8d7da; color: #6b0f1a; padding: 4px; border-radius: 3px; font-weight: 600;"


class ConsentFlagLabel(QLabel):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problem: str | None = None
        self.setObjectName("consentFlag")
        self.setWordWrap(True)
        self.hide()

    def show_for(self, visitor_id: int | None) -> bool:
        """Show the flag of this visitor (hidden when none or in order); returns whether it shows."""
        flag = followups_consent.consent_flag(self.ctx, visitor_id) if visitor_id is not None else None
        self.problem = flag.problem if flag else None
        self.setText(flag.message if flag else "")
        self.setAccessibleName(flag.message if flag else "")
        self.setStyleSheet(WITHDRAWN_STYLE if flag and flag.blocking else RENEW_STYLE)
        self.setVisible(flag is not None)
        return flag is not None
