"""Add a member to an initiative: a visitor picked by typing (or created inline) and a role."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab import MemberRole
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill_vocab, select_data
from cal_desktop.gui.forms.ui_initiative_member import Ui_InitiativeMemberForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets.visitor_picker import VisitorPicker, describe
from cal_desktop.services import initiatives, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives import MemberDTO


class AddMemberDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        initiative_id: int,
        parent: QWidget | None = None,
        role: str = MemberRole.SUPPORTER.value,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InitiativeMemberForm()  # the layout is ui/initiative_member.ui
        self.ui.setupUi(self)
        self.ctx = ctx
        self.initiative_id = initiative_id
        self.member: MemberDTO | None = None
        self.visitor_edit = self.ui.memberVisitor
        self.picker = VisitorPicker(self.visitor_edit, ctx)
        self.new_visitor = self.ui.memberNewVisitor
        self.new_visitor.clicked.connect(self._create_visitor)
        self.role = fill_vocab(self.ui.memberRole, MemberRole)
        select_data(self.role, role)
        self.note = self.ui.memberNote
        self.error = ErrorLine(self, "memberError")
        self.ui.form.insertRow(self.ui.form.rowCount() - 1, self.error)  # above the buttons
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def choose_visitor(self, visitor_id: int) -> None:
        self.picker.set_visitor(visitor_id, describe(visitors.get_visitor(self.ctx, visitor_id)))

    def _create_visitor(self) -> None:
        from cal_desktop.gui.dialogs.visitor_dialog import edit_visitor

        new_id = edit_visitor(self.ctx, self, None, self.visitor_edit.text())
        if new_id is not None:
            self.choose_visitor(new_id)

    def submit(self) -> bool:
        self.error.clear_error()
        try:
            if self.picker.visitor_id is None:
                raise errors.ValidationError.single(
                    "visitor_id", tr("Visitor"), tr("choose a visitor or create a new one")
                )
            self.member = initiatives.add_member(
                self.ctx,
                self.initiative_id,
                self.picker.visitor_id,
                self.role.currentData(),
                self.note.text(),
            )
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        return True

    def _accept(self) -> None:
        if self.submit():
            self.accept()


def add_member(ctx: ServiceContext, parent: QWidget | None, initiative_id: int) -> MemberDTO | None:
    """Open the dialog; the member added, or None. Tests replace this function."""
    dialog = AddMemberDialog(ctx, initiative_id, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.member
    return None
