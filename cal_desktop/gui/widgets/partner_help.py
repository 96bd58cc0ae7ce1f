"""The kind of help and the volunteers' hours of the selected partner, on the initiative card's
«Партнёры и ресурсы» tab (issue 18, point 5). ``attach(card)`` adds the row under the partners.

The report counts the hours as ``effort.volunteer_hours`` and in-kind help as
``resources.in_kind_count``; money is recorded but is not a resource of the centre.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from cal_desktop.domain.vocab import ContributionKind
from cal_desktop.errors import CalError
from cal_desktop.gui.dialogs.initiative_common import selected_int
from cal_desktop.gui.i18n import tr
from cal_desktop.services import partner_help


def attach(card: Any) -> PartnerHelpRow:
    row = PartnerHelpRow(card)
    card.partners.parentWidget().layout().addWidget(row)
    card.partner_help = row
    return row


class PartnerHelpRow(QWidget):
    def __init__(self, card: Any) -> None:
        super().__init__(card.partners.parentWidget())
        self.setObjectName("partnerHelp")
        self.card = card
        self.kind = QComboBox(self)
        self.kind.setObjectName("partnerHelpKind")
        self.kind.setAccessibleName(tr("Kind of help of the selected partner"))
        # the labels are long: the combo must not widen the card beyond a 1024 px screen
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        self.kind.addItem(tr("— kind of help —"), None)
        for k in ContributionKind:
            self.kind.addItem(k.label, k.value)
        self.hours = QSpinBox(self)
        self.hours.setObjectName("partnerHelpHours")
        self.hours.setAccessibleName(tr("Volunteers' hours of the selected partner"))
        self.hours.setRange(0, partner_help.MAX_HOURS)
        self.hours.setSuffix(tr(" h"))
        self.save = QPushButton(tr("Save &help"), self)
        self.save.setObjectName("partnerHelpSave")
        self.save.setToolTip(tr("Record the kind of help and the volunteers' hours of the selected partner"))
        self.save.clicked.connect(self.save_help)
        self.total = QLabel(self)
        self.total.setObjectName("partnerHelpTotal")
        self.total.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Help:"), self))
        layout.addWidget(self.kind, 2)
        layout.addWidget(QLabel(tr("Volunteers:"), self))
        layout.addWidget(self.hours)
        layout.addWidget(self.save)
        layout.addWidget(self.total, 1)
        self._help: dict[int, partner_help.PartnerHelp] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)
        model = card.partners.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_: self._timer.start())
        card.partners.itemSelectionChanged.connect(self._show_selected)
        self._show_selected()

    def reload(self) -> None:
        card = self.card.card
        self._help = partner_help.help_of(self.card.ctx, card.id) if card is not None else {}
        hours = sum(h.hours or 0 for h in self._help.values())
        in_kind = sum(1 for h in self._help.values() if h.kind is ContributionKind.IN_KIND)
        self.total.setText(
            tr("Total: %1 h, in kind: %2").replace("%1", str(hours)).replace("%2", str(in_kind))
        )
        self._show_selected()

    def _show_selected(self) -> None:
        link_id = selected_int(self.card.partners)
        found = self._help.get(link_id) if link_id is not None else None
        for w in (self.kind, self.hours, self.save):
            w.setEnabled(link_id is not None)
        index = self.kind.findData(found.kind.value if found and found.kind else None)
        self.kind.setCurrentIndex(max(index, 0))
        self.hours.setValue(found.hours or 0 if found else 0)

    def save_help(self) -> bool:
        link_id = selected_int(self.card.partners)
        if link_id is None:
            return False
        try:
            partner_help.set_help(self.card.ctx, link_id, self.kind.currentData(), self.hours.value())
        except CalError as exc:
            self.card.error.show_error(exc)
            return False
        self.reload()
        return True
