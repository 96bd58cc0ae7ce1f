"""Who is at the desk: choose a staff profile or create one (the first run creates the first profile).

The profile's name, position and phone are printed on letters as the executor. Accounts with
passwords come later (``services/accounts.py``); until then this choice is remembered per desk.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from cal_desktop import errors
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import format_phone
from cal_desktop.gui.forms.ui_staff_profile import Ui_StaffProfileForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets.fields import FieldErrors
from cal_desktop.services import staff
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.staff import StaffDTO, StaffInput

NEW = -1


class StaffDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, current_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: StaffDTO | None = None
        self.ui = Ui_StaffProfileForm()
        self.ui.setupUi(self)
        self.members = staff.list_staff(ctx)
        self.errors = FieldErrors(self.ui.formError)
        for field, prefix in (
            ("display_name", "displayName"),
            ("position", "position"),
            ("phone", "phone"),
            ("email", "email"),
        ):
            self.errors.bind(field, getattr(self.ui, f"{prefix}Error"), getattr(self.ui, f"{prefix}Edit"))
        if self.members:
            for m in self.members:
                self.ui.existingCombo.addItem(
                    m.display_name + (f", {m.position}" if m.position else ""), m.id
                )
            self.ui.existingCombo.addItem(tr("New staff member…"), NEW)
            index = self.ui.existingCombo.findData(current_id) if current_id else 0
            self.ui.existingCombo.setCurrentIndex(max(index, 0))
        else:
            self.setWindowTitle(tr("First start: your staff profile"))
            self.ui.introLabel.setText(
                tr(
                    "Welcome! Before the first visitor, tell the program who works at this desk. "
                    "The name, position and phone are printed on letters as the executor."
                )
            )
            self.ui.existingCombo.hide()
        self.ui.existingCombo.currentIndexChanged.connect(self._choice_changed)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._choice_changed()

    def _choice_changed(self) -> None:
        data = self.ui.existingCombo.currentData() if self.members else NEW
        creating = data == NEW
        member = next((m for m in self.members if m.id == data), None)
        for edit in (self.ui.displayNameEdit, self.ui.positionEdit, self.ui.phoneEdit, self.ui.emailEdit):
            edit.setEnabled(creating)
            if creating:
                edit.clear()
        if member is not None:
            self.ui.displayNameEdit.setText(member.display_name)
            self.ui.positionEdit.setText(member.position or "")
            self.ui.phoneEdit.setText(format_phone(member.phone))
            self.ui.emailEdit.setText(member.email or "")
        self.errors.clear()
        (self.ui.displayNameEdit if creating else self.ui.existingCombo).setFocus()

    def save(self) -> None:
        data = self.ui.existingCombo.currentData() if self.members else NEW
        if data != NEW:
            self.chosen = next(m for m in self.members if m.id == data)
            self.accept()
            return
        self.errors.clear()
        try:
            self.chosen = staff.create_profile(
                self.ctx,
                StaffInput(
                    display_name=self.ui.displayNameEdit.text(),
                    position=self.ui.positionEdit.text(),
                    phone=self.ui.phoneEdit.text(),
                    email=self.ui.emailEdit.text(),
                ),
            )
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.accept()


def choose_staff(
    ctx: ServiceContext, parent: QWidget | None = None, current_id: int | None = None
) -> StaffDTO | None:
    """Ask who is at the desk; None when cancelled. Tests replace this function."""
    dialog = StaffDialog(ctx, parent, current_id)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen
    return None
