"""The directory (issue 4 item 5): authorities and their officials, partners and the resources they
offer, media outlets, and the territory tree. Staff read it; coordinators edit it (the services refuse
edits by others, and the edit buttons are disabled for them).

Plugging in: ``DirectoryView(ctx, parent=None)``; ``refresh()`` reloads every tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import OrganisationKind, Role, TerritoryKind
from cal_desktop.gui import messages
from cal_desktop.gui.dialogs import official_form, organisation_form
from cal_desktop.gui.dialogs.initiative_common import (
    ErrorLine,
    cells,
    fill,
    named,
    select_id,
    selected_id,
    table,
    vocab_combo,
)
from cal_desktop.gui.dialogs.official_card import OfficialCardWidget
from cal_desktop.gui.formatting import format_phone
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.services import directory, territories
from cal_desktop.services.context import ServiceContext

DEBOUNCE_MS = 200
LIST_LIMIT = 500


def can_edit(ctx: ServiceContext) -> bool:
    try:
        ctx.require(Role.COORDINATOR)
    except errors.PermissionDenied:
        return False
    return True


class OrganisationList(QWidget):
    """Search + table of the organisations of one kind, with New/Edit/Delete."""

    selected = Signal(object)  # organisation id or None

    def __init__(self, ctx: ServiceContext, kind: OrganisationKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        named(self, f"organisations_{kind.value}", label(kind))
        self.search = named(QLineEdit(self), f"orgSearch_{kind.value}", tr("Search organisations"))
        self.search.setPlaceholderText(tr("Name or address"))
        self.search.setClearButtonEnabled(True)
        self.table = table(
            self,
            f"orgTable_{kind.value}",
            tr("Organisations"),
            [tr("Organisation"), tr("Phone"), tr("E-mail"), tr("Address")],
        )
        self.new_button = named(QPushButton(tr("New…"), self), f"orgNew_{kind.value}", tr("New organisation"))
        self.edit_button = named(
            QPushButton(tr("Edit…"), self), f"orgEdit_{kind.value}", tr("Edit organisation")
        )
        self.delete_button = named(
            QPushButton(tr("Delete"), self), f"orgDelete_{kind.value}", tr("Delete organisation")
        )
        self.error = ErrorLine(self, f"orgError_{kind.value}")
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setEnabled(can_edit(ctx))
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.table.itemSelectionChanged.connect(lambda: self.selected.emit(self.current_id()))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.refresh()

    def current_id(self) -> int | None:
        value = selected_id(self.table)
        return int(value) if value is not None else None  # type: ignore[call-overload]

    def refresh(self) -> None:
        self.timer.stop()
        page = directory.list_organisations(self.ctx, self.search.text(), kind=self.kind, limit=LIST_LIMIT)
        fill(
            self.table,
            [
                [
                    o.name + ("" if o.active else tr(" (inactive)")),
                    format_phone(o.phone),
                    o.email or "",
                    o.address or "",
                ]
                for o in page.items
            ],
            [o.id for o in page.items],
        )

    def select_row(self, org_id: int) -> None:
        select_id(self.table, org_id)

    def new(self) -> None:
        saved = organisation_form.edit_organisation(self.ctx, self, kind=self.kind.value)
        if saved is not None:
            self.refresh()
            self.select_row(saved.id)

    def edit(self) -> None:
        org_id = self.current_id()
        if org_id is not None and organisation_form.edit_organisation(self.ctx, self, organisation_id=org_id):
            self.refresh()
            self.select_row(org_id)

    def delete(self) -> None:
        org_id = self.current_id()
        if org_id is None:
            return
        self.error.clear_error()
        name = cells(self.table)[self.table.currentRow()][0]
        question = tr("Delete «%1» from the directory? This cannot be undone.").replace("%1", name)
        if messages.ask(self, question, [tr("Delete")], destructive=True) != 0:
            return
        try:
            directory.delete_organisation(self.ctx, org_id)
        except errors.CalError as exc:
            self.error.show_error(exc)
            return
        self.refresh()


class AuthoritiesTab(QWidget):
    """Authorities on the left, their officials in the middle, the official's card on the right."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "authoritiesTab", tr("Authorities and officials"))
        self.ctx = ctx
        self.organisations = OrganisationList(ctx, OrganisationKind.AUTHORITY, self)
        middle = QWidget(self)
        self.official_search = named(QLineEdit(middle), "officialSearch", tr("Search officials"))
        self.official_search.setPlaceholderText(tr("Name, position or authority"))
        self.official_search.setClearButtonEnabled(True)
        self.officials = table(
            middle, "officialsTable", tr("Officials"), [tr("Name"), tr("Position"), tr("Authority")]
        )
        self.new_official = named(
            QPushButton(tr("New official…"), middle), "newOfficialButton", tr("New official")
        )
        self.edit_official = named(
            QPushButton(tr("Edit…"), middle), "editOfficialButton", tr("Edit official")
        )
        for b in (self.new_official, self.edit_official):
            b.setEnabled(can_edit(ctx))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_official)
        row.addWidget(self.edit_official)
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.addWidget(self.official_search)
        mid.addWidget(self.officials, 1)
        mid.addLayout(row)
        self.card = OfficialCardWidget(ctx, self)
        self.card.save.setEnabled(can_edit(ctx))
        self.card.reset.setEnabled(can_edit(ctx))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.organisations)
        split.addWidget(middle)
        split.addWidget(self.card)
        QVBoxLayout(self).addWidget(split)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_officials)
        self.official_search.textChanged.connect(lambda _t: self.timer.start())
        self.organisations.selected.connect(lambda _id: self.refresh_officials())
        self.officials.itemSelectionChanged.connect(self._official_selected)
        self.new_official.clicked.connect(self.create_official)
        self.edit_official.clicked.connect(self.change_official)
        self.refresh_officials()

    def refresh_officials(self) -> None:
        self.timer.stop()
        page = directory.list_officials(
            self.ctx,
            self.official_search.text(),
            organisation_id=self.organisations.current_id(),
            limit=LIST_LIMIT,
        )
        fill(
            self.officials,
            [[o.full_name or "—", o.position, o.organisation] for o in page.items],
            [o.id for o in page.items],
        )

    def select_official(self, official_id: int) -> None:
        if select_id(self.officials, official_id):
            self._official_selected()  # also when the row was selected already

    def _official_selected(self) -> None:
        value = selected_id(self.officials)
        if value is None:
            self.card.show_nothing()
        else:
            self.card.open(int(value))  # type: ignore[call-overload]

    def create_official(self) -> None:
        saved = official_form.edit_official(self.ctx, self, organisation_id=self.organisations.current_id())
        if saved is not None:
            self.refresh_officials()
            self.select_official(saved.id)

    def change_official(self) -> None:
        if self.card.official is not None:
            official_id = self.card.official.id
            if official_form.edit_official(self.ctx, self, official_id=official_id):
                self.refresh_officials()
                self.select_official(official_id)


class PartnersTab(QWidget):
    """Partners and the resources each offers."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "partnersTab", tr("Partners and resources"))
        self.ctx = ctx
        self.organisations = OrganisationList(ctx, OrganisationKind.PARTNER, self)
        right = QWidget(self)
        self.resources = table(right, "partnerResourcesTable", tr("Resources offered"), [tr("Resource")])
        self.resource_edit = named(
            QLineEdit(right), "partnerResourceEdit", tr("A resource the partner offers")
        )
        self.resource_edit.setPlaceholderText(tr("Premises, printing, volunteers, materials…"))
        add = named(QPushButton(tr("Add"), right), "addPartnerResourceButton", tr("Add the resource"))
        remove = named(
            QPushButton(tr("Remove"), right), "removePartnerResourceButton", tr("Remove the resource")
        )
        for w in (self.resource_edit, add, remove):
            w.setEnabled(can_edit(ctx))
        self.error = ErrorLine(right, "partnerResourceError")
        row = QHBoxLayout()
        row.addWidget(self.resource_edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(right)
        layout.addWidget(QLabel(tr("Resources offered"), right))
        layout.addWidget(self.resources, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.organisations)
        split.addWidget(right)
        QVBoxLayout(self).addWidget(split)
        self.organisations.selected.connect(lambda _id: self.show_resources())
        add.clicked.connect(self.add_resource)
        self.resource_edit.returnPressed.connect(self.add_resource)
        remove.clicked.connect(self.remove_resource)

    def show_resources(self) -> None:
        org_id = self.organisations.current_id()
        items = directory.get_organisation(self.ctx, org_id).resources if org_id is not None else []
        fill(self.resources, [[r.resource] for r in items], [r.id for r in items])

    def add_resource(self) -> None:
        org_id = self.organisations.current_id()
        if org_id is None:
            return
        self._do(lambda: directory.add_partner_resource(self.ctx, org_id, self.resource_edit.text()))
        if self.error.isHidden():
            self.resource_edit.clear()

    def remove_resource(self) -> None:
        value = selected_id(self.resources)
        if value is not None:
            self._do(lambda: directory.remove_partner_resource(self.ctx, int(value)))  # type: ignore[call-overload]

    def _do(self, action) -> None:  # type: ignore[no-untyped-def]
        self.error.clear_error()
        try:
            action()
        except errors.CalError as exc:
            self.error.show_error(exc)
        self.show_resources()


class TerritoriesTab(QWidget):
    """The territory tree: add a child, rename, move under another parent, delete when unused."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "territoriesTab", tr("Territories"))
        self.ctx = ctx
        self.tree = named(QTreeWidget(self), "territoryTree", tr("Territory tree"))
        self.tree.setHeaderLabels([tr("Territory"), tr("Kind")])
        self.name_edit = named(QLineEdit(self), "territoryName", tr("Territory name"))
        self.kind = vocab_combo(self, TerritoryKind, "territoryKind", tr("Territory kind"))
        self.parent_combo = named(QComboBox(self), "territoryParent", tr("Move under"))
        add = named(QPushButton(tr("Add inside selected"), self), "addTerritoryButton", tr("Add a territory"))
        add_top = named(
            QPushButton(tr("Add at top level"), self),
            "addTopTerritoryButton",
            tr("Add a top-level territory"),
        )
        rename = named(QPushButton(tr("Rename"), self), "renameTerritoryButton", tr("Rename the territory"))
        move = named(QPushButton(tr("Move"), self), "moveTerritoryButton", tr("Move the territory"))
        delete = named(QPushButton(tr("Delete"), self), "deleteTerritoryButton", tr("Delete the territory"))
        self.error = ErrorLine(self, "territoryError")
        for w in (self.name_edit, self.kind, self.parent_combo, add, add_top, rename, move, delete):
            w.setEnabled(can_edit(ctx))
        row1 = QHBoxLayout()
        row1.addWidget(self.name_edit, 2)
        row1.addWidget(self.kind, 1)
        row1.addWidget(add)
        row1.addWidget(add_top)
        row1.addWidget(rename)
        row2 = QHBoxLayout()
        row2.addWidget(self.parent_combo, 1)
        row2.addWidget(move)
        row2.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.error)
        add.clicked.connect(lambda: self.add(inside=True))
        add_top.clicked.connect(lambda: self.add(inside=False))
        rename.clicked.connect(self.rename)
        move.clicked.connect(self.move_territory)
        delete.clicked.connect(self.delete)
        self.tree.itemSelectionChanged.connect(self._selected)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        self.tree.clear()
        self.parent_combo.clear()
        self.parent_combo.addItem(tr("— top level —"), None)
        items: dict[int, QTreeWidgetItem] = {}
        listed = territories.list_territories(self.ctx)
        for t in listed:  # parents come before children (sorted by path)
            item = QTreeWidgetItem([t.name, label(t.kind)])
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            parent = items.get(t.parent_id) if t.parent_id is not None else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[t.id] = item
            self.parent_combo.addItem(t.path, t.id)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)  # nested names whole, not «Зареч…»
        if keep is not None and keep in items:
            self.tree.setCurrentItem(items[keep])

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_row(self, territory_id: int) -> None:
        self.refresh(keep=territory_id)

    def names(self) -> list[str]:
        out: list[str] = []

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            out.append("  " * depth + item.text(0))
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    walk(child, depth + 1)

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                walk(top, 0)
        return out

    def _selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.name_edit.setText(item.text(0))

    def _do(self, action, keep: int | None = None) -> bool:  # type: ignore[no-untyped-def]
        self.error.clear_error()
        try:
            result = action()
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        self.refresh(keep=result if isinstance(result, int) else keep)
        return True

    def add(self, inside: bool) -> None:
        parent_id = self.current_id() if inside else None
        self._do(
            lambda: directory.create_territory(
                self.ctx, self.name_edit.text(), self.kind.currentData(), parent_id
            )
        )

    def rename(self) -> None:
        tid = self.current_id()
        if tid is not None:
            self._do(lambda: directory.rename_territory(self.ctx, tid, self.name_edit.text()), keep=tid)

    def move_territory(self) -> None:
        """Under the territory chosen in the combo (named so as not to hide QWidget.move)."""
        tid = self.current_id()
        if tid is not None:
            self._do(
                lambda: directory.move_territory(self.ctx, tid, self.parent_combo.currentData()), keep=tid
            )

    def delete(self) -> None:
        item = self.tree.currentItem()
        tid = self.current_id()
        if item is None or tid is None:
            return
        question = tr("Delete the territory «%1»? This cannot be undone.").replace("%1", item.text(0))
        if messages.ask(self, question, [tr("Delete")], destructive=True) == 0:
            self._do(lambda: directory.delete_territory(self.ctx, tid))


class DirectoryView(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "directoryView", tr("Directory"))
        self.ctx = ctx
        self.tabs = named(QTabWidget(self), "directoryTabs", tr("Sections of the directory"))
        self.authorities = AuthoritiesTab(ctx, self)
        self.partners = PartnersTab(ctx, self)
        self.media = OrganisationList(ctx, OrganisationKind.MEDIA, self)
        self.territories = TerritoriesTab(ctx, self)
        self.tabs.addTab(self.authorities, tr("Authorities and officials"))
        self.tabs.addTab(self.partners, tr("Partners"))
        self.tabs.addTab(self.media, tr("Media"))
        self.tabs.addTab(self.territories, tr("Territories"))
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self) -> None:
        self.authorities.organisations.refresh()
        self.authorities.refresh_officials()
        self.partners.organisations.refresh()
        self.media.refresh()
        self.territories.refresh()


__all__ = ["AuthoritiesTab", "DirectoryView", "OrganisationList", "PartnersTab", "TerritoriesTab"]
