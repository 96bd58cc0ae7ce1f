"""Create or edit an initiative: title, category, description, territory, address, and (for a new one)
its author, picked from the visitors or created inline; or start it from a consultation, whose visitor
becomes the author. The principles reminder appears as soon as the text touches money, elections or
asks the centre to do the work."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from cal_desktop import errors
from cal_desktop.domain import principles
from cal_desktop.domain.vocab import Category
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill_territories, fill_vocab, select_data
from cal_desktop.gui.forms.ui_initiative_form import Ui_InitiativeForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets.visitor_picker import VisitorPicker, describe
from cal_desktop.services import consultations, initiatives, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives import InitiativeCard, InitiativeInput


class InitiativeFormDialog(QDialog):
    """``initiative_id`` edits; otherwise a new one, from ``consultation_id`` when given.

    ``submit()`` saves and returns True (tests call it directly); ``card`` then holds the saved card.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        initiative_id: int | None = None,
        consultation_id: int | None = None,
        author_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InitiativeForm()  # the layout is ui/initiative_form.ui
        self.ui.setupUi(self)
        self.ctx = ctx
        self.initiative_id = initiative_id
        self.consultation_id = consultation_id
        self.card: InitiativeCard | None = None
        self.setWindowTitle(tr("Edit initiative") if initiative_id else tr("New initiative"))
        self.title_edit = self.ui.initiativeTitle
        self.category = fill_vocab(self.ui.initiativeCategory, Category)
        self.description = self.ui.initiativeDescription
        self.territory = self.ui.initiativeTerritory
        fill_territories(self.territory, ctx, tr("— not set —"))
        self.address = self.ui.initiativeAddress
        # what the «инициативный проект» application prints: kept on edit, entered here
        self.expected_result = self.ui.initiativeExpectedResult
        self.estimated_cost = self.ui.initiativeEstimatedCost
        self.planned_timing = self.ui.initiativePlannedTiming
        self.author_edit = self.ui.initiativeAuthor
        self.author_picker = VisitorPicker(self.author_edit, ctx)
        self.new_author = self.ui.initiativeNewAuthor
        self.new_author.clicked.connect(self._create_author)
        if initiative_id is not None or consultation_id is not None:
            self.ui.form.setRowVisible(self.ui.authorRow, False)  # the author is known already
        self.reminder = self.ui.initiativePrinciples
        self.error = ErrorLine(self, "initiativeFormError")
        self.ui.form.insertRow(self.ui.form.rowCount() - 1, self.error)  # above the buttons
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._check_principles)
        self.description.textChanged.connect(self._check_principles)
        self._prefill(author_id)

    def _prefill(self, author_id: int | None) -> None:
        if self.initiative_id is not None:
            card = initiatives.get_initiative(self.ctx, self.initiative_id, consultations_limit=0)
            self.title_edit.setText(card.title)
            select_data(self.category, card.category.value)
            self.description.setPlainText(card.description or "")
            select_data(self.territory, card.territory_id)
            self.address.setText(card.address or "")
            self.expected_result.setPlainText(card.expected_result or "")
            self.estimated_cost.setText(card.estimated_cost or "")
            self.planned_timing.setText(card.planned_timing or "")
        elif self.consultation_id is not None:
            row = consultations.get_consultation(self.ctx, self.consultation_id)
            summary = (row.summary or "").strip()
            self.title_edit.setText(summary.split("\n", 1)[0][:120])
            self.description.setPlainText(summary)
        elif author_id is not None:
            self.author_picker.set_visitor(author_id, describe(visitors.get_visitor(self.ctx, author_id)))

    def _check_principles(self) -> None:
        check = principles.check_text(self.title_edit.text(), self.description.toPlainText())
        self.reminder.setText(check.explanation)
        self.reminder.setVisible(check.touches_principles)

    def _create_author(self) -> None:
        from cal_desktop.gui.dialogs.visitor_dialog import edit_visitor

        new_id = edit_visitor(self.ctx, self, None, self.author_edit.text())
        if new_id is not None:
            self.author_picker.set_visitor(new_id, describe(visitors.get_visitor(self.ctx, new_id)))

    def value(self) -> InitiativeInput:
        return InitiativeInput(
            title=self.title_edit.text(),
            category=self.category.currentData(),
            description=self.description.toPlainText(),
            territory_id=self.territory.currentData(),
            address=self.address.text(),
            expected_result=self.expected_result.toPlainText(),
            estimated_cost=self.estimated_cost.text(),
            planned_timing=self.planned_timing.text(),
        )

    def submit(self) -> bool:
        self.error.clear_error()
        try:
            if self.initiative_id is not None:
                self.card = initiatives.update_initiative(self.ctx, self.initiative_id, self.value())
            elif self.consultation_id is not None:
                self.card = initiatives.create_from_consultation(self.ctx, self.consultation_id, self.value())
            else:
                if self.author_picker.visitor_id is None:
                    raise errors.ValidationError.single(
                        "author_id", tr("Author"), tr("choose the author among the visitors or create one")
                    )
                self.card = initiatives.create_initiative(
                    self.ctx, self.value(), self.author_picker.visitor_id
                )
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        return True

    def _accept(self) -> None:
        if self.submit():
            self.accept()


def edit_initiative(
    ctx: ServiceContext, parent: QWidget | None, **kwargs: int | None
) -> InitiativeCard | None:
    """Open the dialog; the saved card, or None when cancelled. Tests replace this function."""
    dialog = InitiativeFormDialog(ctx, parent, **kwargs)  # type: ignore[arg-type]
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.card
    return None
