"""The directory screen: authorities and officials, the official's declined forms with a stored
correction, partners' resources, the territory tree, and read-only access for staff."""

from __future__ import annotations

import pytest

from cal_desktop.domain.vocab import GrammaticalCase, Role
from cal_desktop.gui.dialogs import official_form, organisation_form
from cal_desktop.gui.dialogs.initiative_common import cells
from cal_desktop.gui.dialogs.official_card import CORRECTED
from cal_desktop.gui.dialogs.official_form import OfficialDialog, set_checked
from cal_desktop.gui.dialogs.organisation_form import OrganisationDialog
from cal_desktop.gui.views.directory import DirectoryView
from cal_desktop.services import directory, territories


@pytest.fixture
def view(qtbot, ctx):
    widget = DirectoryView(ctx)
    qtbot.addWidget(widget)
    return widget


def _new_authority(qtbot, ctx, view, monkeypatch):
    dialog = OrganisationDialog(ctx, view, kind="authority")
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("Администрация Центрального района")
    dialog.fields["phone"].setText("8 (912) 000-11-22")
    assert dialog.submit(), dialog.error.text()
    monkeypatch.setattr(organisation_form, "edit_organisation", lambda *a, **k: dialog.organisation)
    view.authorities.organisations.new()
    return dialog.organisation


def test_official_created_and_dative_correction_stored_and_shown(qtbot, ctx, view, monkeypatch):
    org = _new_authority(qtbot, ctx, view, monkeypatch)
    assert cells(view.authorities.organisations.table)[0][:2] == [
        "Администрация Центрального района",
        "+7 912 000-11-22",
    ]
    district = territories.create_territory(ctx, "Центральный район")
    dialog = OfficialDialog(ctx, view, organisation_id=org.id)
    qtbot.addWidget(dialog)
    for key, value in (
        ("position", "глава администрации Центрального района"),
        ("last_name", "Шульга"),
        ("first_name", "Олег"),
        ("middle_name", "Викторович"),
    ):
        dialog.fields[key].setText(value)
    set_checked(dialog.categories, ["improvement"])
    set_checked(dialog.territories, [district])
    assert dialog.submit(), dialog.error.text()
    monkeypatch.setattr(official_form, "edit_official", lambda *a, **k: dialog.official)
    view.authorities.create_official()

    card = view.authorities.card
    assert card.official is not None and card.official.id == dialog.official.id
    assert card.values["gender"].text() == "мужской"
    assert card.values["categories"].text() == "благоустройство"
    assert card.values["territories"].text() == "Центральный район"
    dative = cells(card.forms_table)[0]
    assert dative[:2] == ["дательный", "главе администрации Центрального района"]
    assert dative[3] == "О.В. Шульге"

    card.choose_case("dat")
    assert card.fix_full.text() == dative[2]
    card.fix_full.setText("Шульга Олегу Викторовичу")
    card.fix_short.setText("О.В. Шульга")
    card.save_correction()
    stored = directory.get_declined_forms(ctx, card.official.id)[GrammaticalCase.DATIVE]
    assert (stored.full_name, stored.short_name, stored.position) == (
        "Шульга Олегу Викторовичу",
        "О.В. Шульга",
        None,
    )
    dative = cells(card.forms_table)[0]
    assert dative[2] == "Шульга Олегу Викторовичу" + CORRECTED
    assert dative[3] == "О.В. Шульга" + CORRECTED
    assert not dative[1].endswith(CORRECTED)

    # shown again after reopening, and used from then on
    view.authorities.card.show_nothing()
    view.authorities.select_official(dialog.official.id)
    assert cells(view.authorities.card.forms_table)[0][2] == "Шульга Олегу Викторовичу" + CORRECTED
    card.choose_case("dat")
    card.reset_correction()
    assert directory.get_declined_forms(ctx, dialog.official.id)[GrammaticalCase.DATIVE].full_name is None


def test_official_search_and_validation(qtbot, ctx, view, monkeypatch):
    org = _new_authority(qtbot, ctx, view, monkeypatch)
    dialog = OfficialDialog(ctx, view, organisation_id=org.id)
    qtbot.addWidget(dialog)
    dialog.fields["first_name"].setText("Анна")
    assert not dialog.submit()
    assert "Должность" in dialog.error.text() and "Фамилия" in dialog.error.text()
    directory.create_official(
        ctx, directory.OfficialInput(org.id, "Заместитель главы", "Ёлкина", "Анна", "Петровна")
    )
    view.authorities.official_search.setText("елкина")
    view.authorities.refresh_officials()
    assert [r[0] for r in cells(view.authorities.officials)] == ["Ёлкина Анна Петровна"]


def test_partner_resources_and_media(qtbot, ctx, view):
    partner = directory.create_organisation(ctx, directory.OrganisationInput("partner", "Строймаркет"))
    directory.create_organisation(ctx, directory.OrganisationInput("media", "Вечерний город"))
    view.refresh()
    tab = view.partners
    tab.organisations.select_row(partner.id)
    tab.resource_edit.setText("Краски и кисти")
    tab.add_resource()
    assert cells(tab.resources) == [["Краски и кисти"]]
    tab.resource_edit.setText("  ")
    tab.add_resource()
    assert not tab.error.isHidden()
    assert [r[0] for r in cells(view.media.table)] == ["Вечерний город"]


def test_territory_tree_editing(qtbot, ctx, view, shown):
    tab = view.territories
    tab.name_edit.setText("Город")
    tab.add(inside=False)
    tab.name_edit.setText("Северный")
    tab.kind.setCurrentIndex(tab.kind.findData("district"))
    tab.add(inside=True)
    assert tab.names() == ["Город", "  Северный"]
    tab.name_edit.setText("Северо-Западный")
    tab.rename()
    assert tab.names() == ["Город", "  Северо-Западный"]
    tab.parent_combo.setCurrentIndex(0)  # top level
    tab.move_territory()
    assert sorted(tab.names()) == ["Город", "Северо-Западный"]
    tab.select_row(territories.list_territories(ctx)[0].id)
    shown.answers = [-1]  # asked first; «Отмена» keeps it
    tab.delete()
    assert "Удалить территорию" in shown.texts() or "Delete the territory" in shown.texts()
    assert len(tab.names()) == 2
    shown.answers = [0]
    tab.delete()
    assert len(tab.names()) == 1


def test_organisation_deleted_only_after_confirmation(qtbot, ctx, view, shown):
    media = directory.create_organisation(ctx, directory.OrganisationInput("media", "Вечерний город"))
    view.refresh()
    media_list = view.media
    media_list.select_row(media.id)
    shown.answers = [-1]
    media_list.delete()
    assert "Вечерний город" in shown.texts()
    assert [r[0] for r in cells(media_list.table)] == ["Вечерний город"]
    shown.answers = [0]
    media_list.delete()
    assert cells(media_list.table) == []
    assert directory.list_organisations(ctx, kind="media").total == 0

    # in use: confirmed, then refused inline with the reason
    partner = directory.create_organisation(ctx, directory.OrganisationInput("partner", "Строймаркет"))
    directory.add_partner_resource(ctx, partner.id, "Краска")
    from cal_desktop.services import initiatives, visitors

    author = visitors.create_visitor(ctx, visitors.VisitorInput("Петрова", "Анна")).id
    card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
    initiatives.add_partner(ctx, card.id, partner.id)
    partners = view.partners.organisations
    partners.refresh()
    partners.select_row(partner.id)
    shown.answers = [0]
    partners.delete()
    assert "нельзя удалить" in partners.error.text() and not partners.error.isHidden()
    assert [r[0] for r in cells(partners.table)] == ["Строймаркет"]


def test_staff_see_but_cannot_edit(qtbot, make_ctx):
    staff = make_ctx(Role.STAFF)
    widget = DirectoryView(staff)
    qtbot.addWidget(widget)
    assert not widget.authorities.organisations.new_button.isEnabled()
    assert not widget.authorities.card.save.isEnabled()
    assert not widget.partners.resource_edit.isEnabled()


def test_territory_names_are_readable_in_the_tree(qtbot, ctx, view):
    """Nested names are shown whole (the first column was left at its default width: «Зареч…», «…»)."""
    city = territories.create_territory(ctx, "Новоозёрск", "settlement")
    district = territories.create_territory(ctx, "Заречный район", "district", city)
    micro = territories.create_territory(ctx, "микрорайон Сосновый бор", "microdistrict", district)
    territories.create_territory(ctx, "улица Константина Паустовского", "street", micro)
    tab = view.territories
    view.resize(1200, 700)
    view.show()
    view.tabs.setCurrentWidget(tab)
    tab.refresh()
    assert tab.names()[-1].strip() == "улица Константина Паустовского"
    assert tab.tree.columnWidth(0) >= tab.tree.sizeHintForColumn(0)


def test_a_one_column_list_keeps_its_full_width_after_filling(qtbot, ctx, view):
    """The partner's resources (one column) shrank to the widest word once filled, leaving the header
    half drawn; the last column stretches whatever the rows hold."""
    from PySide6.QtWidgets import QApplication

    partner = directory.create_organisation(ctx, directory.OrganisationInput("partner", "Строймаркет"))
    directory.add_partner_resource(ctx, partner.id, "краска")
    view.resize(1200, 700)
    view.show()
    view.tabs.setCurrentWidget(view.partners)
    view.refresh()
    view.partners.organisations.select_row(partner.id)
    QApplication.processEvents()
    resources = view.partners.resources
    assert cells(resources) == [["краска"]]
    assert resources.columnWidth(0) >= resources.viewport().width() - 2
