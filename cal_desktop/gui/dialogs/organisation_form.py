"""Create or edit an organisation of the directory: an authority, a partner or a media outlet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab import OrganisationKind, PartnerKind
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill_vocab, select_data
from cal_desktop.gui.formatting import format_phone
from cal_desktop.gui.forms.ui_organisation_form import Ui_OrganisationForm
from cal_desktop.gui.i18n import tr
from cal_desktop.services import directory
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OrganisationDTO, OrganisationInput


class OrganisationDialog(QDialog):
    """``submit()`` saves and returns True; ``organisation`` then holds the saved record."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        kind: str = OrganisationKind.AUTHORITY,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationForm()  # the layout is ui/organisation_form.ui
        self.ui.setupUi(self)
        self.ctx = ctx
        self.organisation_id = organisation_id
        self.organisation: OrganisationDTO | None = None
        self.kind = fill_vocab(self.ui.organisationKind, OrganisationKind)
        select_data(self.kind, str(kind))
        self.partner_kind = fill_vocab(self.ui.organisationPartnerKind, PartnerKind, empty=tr("— not set —"))
        self.fields: dict[str, QLineEdit] = {
            key: getattr(self.ui, f"organisation_{key}")
            for key in (
                "name", "short_name", "address", "phone", "email", "website", "reception_hours", "contact_person",
                "inn",
            )
        }  # fmt: skip
        self.notes = self.ui.organisation_notes
        self.active = self.ui.organisation_active
        self.error = ErrorLine(self, "organisationError")
        self.ui.form.insertRow(self.ui.form.rowCount() - 1, self.error)  # above the buttons
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if organisation_id is not None:
            self._load(directory.get_organisation(ctx, organisation_id))
        self._kind_changed()

    def _load(self, o: OrganisationDTO) -> None:
        select_data(self.kind, o.kind.value)
        select_data(self.partner_kind, o.partner_kind.value if o.partner_kind else None)
        for key, edit in self.fields.items():
            value = getattr(o, key) or ""
            edit.setText(format_phone(value) if key == "phone" else value)
        self.notes.setPlainText(o.notes or "")
        self.active.setChecked(o.active)

    def _kind_changed(self) -> None:
        self.partner_kind.setEnabled(self.kind.currentData() == OrganisationKind.PARTNER.value)

    def value(self) -> OrganisationInput:
        f = {k: e.text() for k, e in self.fields.items()}
        return OrganisationInput(
            kind=self.kind.currentData(),
            partner_kind=self.partner_kind.currentData(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            **f,
        )

    def submit(self) -> bool:
        self.error.clear_error()
        try:
            if self.organisation_id is None:
                self.organisation = directory.create_organisation(self.ctx, self.value())
            else:
                self.organisation = directory.update_organisation(
                    self.ctx, self.organisation_id, self.value()
                )
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        return True

    def _accept(self) -> None:
        if self.submit():
            self.accept()


def edit_organisation(
    ctx: ServiceContext, parent: QWidget | None, **kwargs: object
) -> OrganisationDTO | None:
    """Open the dialog; the saved organisation or None. Tests replace this function."""
    dialog = OrganisationDialog(ctx, parent, **kwargs)  # type: ignore[arg-type]
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.organisation
    return None
