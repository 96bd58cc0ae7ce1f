"""Create or edit an official: organisation, position, name, gender (guessed from the patronymic when
left empty), contacts, reception hours, and the categories and territories they handle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import Category, Gender, OrganisationKind
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, named, select_data, vocab_combo
from cal_desktop.gui.formatting import format_phone
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.services import directory, territories
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OfficialDTO, OfficialInput


def _checklist(parent: QWidget, name: str, accessible: str, items: list[tuple[str, object]]) -> QListWidget:
    widget = named(QListWidget(parent), name, accessible)
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(130)
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
        named(self, "officialDialog", tr("Official"))
        self.setWindowTitle(tr("Official"))
        self.ctx = ctx
        self.official_id = official_id
        self.official: OfficialDTO | None = None
        self.organisation = named(QComboBox(self), "officialOrganisation", tr("Authority"))
        for org in directory.list_organisations(ctx, kind=OrganisationKind.AUTHORITY, limit=1000).items:
            self.organisation.addItem(org.name, org.id)
        select_data(self.organisation, organisation_id)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.addRow(tr("&Authority:"), self.organisation)
        for key, caption in (
            ("position", tr("&Position:")),
            ("last_name", tr("&Last name:")),
            ("first_name", tr("&First name:")),
            ("middle_name", tr("&Patronymic:")),
            ("phone", tr("P&hone:")),
            ("email", tr("&E-mail:")),
            ("reception_hours", tr("&Reception hours:")),
        ):
            self.fields[key] = named(QLineEdit(self), f"official_{key}", caption.replace("&", "").rstrip(":"))
            form.addRow(caption, self.fields[key])
        self.gender = vocab_combo(
            self, Gender, "officialGender", tr("Gender"), empty=tr("— from the patronymic —")
        )
        form.addRow(tr("&Gender:"), self.gender)
        self.categories = _checklist(
            self, "officialCategories", tr("Categories handled"), [(label(c), c.value) for c in Category]
        )
        self.territories = _checklist(
            self,
            "officialTerritories",
            tr("Territories handled"),
            [(t.path, t.id) for t in territories.list_territories(ctx)],
        )
        form.addRow(tr("Categories:"), self.categories)
        form.addRow(tr("Territories:"), self.territories)
        self.active = named(QCheckBox(tr("Active"), self), "official_active", tr("Active"))
        self.active.setChecked(True)
        form.addRow(self.active)
        self.error = ErrorLine(self, "officialError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
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
