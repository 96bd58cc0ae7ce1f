"""Create or edit an official: organisation, position, name, gender (guessed from the patronymic when
left empty), contacts, reception hours, and the categories and territories they handle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab import Category, Gender, OrganisationKind
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill_vocab, select_data
from cal_desktop.gui.formatting import format_phone
from cal_desktop.gui.forms.ui_official_form import Ui_OfficialForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.services import directory, territories
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OfficialDTO, OfficialInput


def _fill_checklist(widget: QListWidget, items: list[tuple[str, object]]) -> QListWidget:
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked(widget: QListWidget) -> list[object]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, values: list[object]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in values
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class OfficialDialog(QDialog):
    """``submit()`` saves and returns True; ``official`` then holds the saved record."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        official_id: int | None = None,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OfficialForm()  # the layout is ui/official_form.ui
        self.ui.setupUi(self)
        self.ctx = ctx
        self.official_id = official_id
        self.official: OfficialDTO | None = None
        self.organisation = self.ui.officialOrganisation
        for org in directory.list_organisations(ctx, kind=OrganisationKind.AUTHORITY, limit=1000).items:
            self.organisation.addItem(org.name, org.id)
        select_data(self.organisation, organisation_id)
        self.fields: dict[str, QLineEdit] = {
            key: getattr(self.ui, f"official_{key}")
            for key in ("position", "last_name", "first_name", "middle_name", "phone", "email", "reception_hours")
        }
        self.gender = fill_vocab(self.ui.officialGender, Gender, empty=tr("— from the patronymic —"))
        self.categories = _fill_checklist(self.ui.officialCategories, [(label(c), c.value) for c in Category])
        self.territories = _fill_checklist(
            self.ui.officialTerritories, [(t.path, t.id) for t in territories.list_territories(ctx)]
        )
        self.active = self.ui.official_active
        self.error = ErrorLine(self, "officialError")
        self.ui.form.insertRow(self.ui.form.rowCount() - 1, self.error)  # above the buttons
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if official_id is not None:
            self._load(directory.get_official(ctx, official_id))

    def _load(self, o: OfficialDTO) -> None:
        select_data(self.organisation, o.organisation_id)
        for key, edit in self.fields.items():
            value = getattr(o, key) or ""
            edit.setText(format_phone(value) if key == "phone" else value)
        select_data(self.gender, o.gender.value if o.gender else None)
        set_checked(self.categories, [c.value for c in o.categories])
        set_checked(self.territories, [t.id for t in o.territories])
        self.active.setChecked(o.active)

    def value(self) -> OfficialInput:
        f = {k: e.text() for k, e in self.fields.items()}
        return OfficialInput(
            organisation_id=self.organisation.currentData() or 0,
            gender=self.gender.currentData(),
            categories=[str(c) for c in checked(self.categories)],
            territory_ids=[int(t) for t in checked(self.territories)],  # type: ignore[call-overload]
            active=self.active.isChecked(),
            **f,
        )

    def submit(self) -> bool:
        self.error.clear_error()
        try:
            if self.official_id is None:
                self.official = directory.create_official(self.ctx, self.value())
            else:
                self.official = directory.update_official(self.ctx, self.official_id, self.value())
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        return True

    def _accept(self) -> None:
        if self.submit():
            self.accept()


def edit_official(ctx: ServiceContext, parent: QWidget | None, **kwargs: int | None) -> OfficialDTO | None:
    """Open the dialog; the saved official or None. Tests replace this function."""
    dialog = OfficialDialog(ctx, parent, **kwargs)  # type: ignore[arg-type]
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.official
    return None
