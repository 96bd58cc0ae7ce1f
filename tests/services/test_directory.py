import pytest
from sqlalchemy import select

from cal_desktop.db.models import AuditEntry
from cal_desktop.domain.vocab import Category, Gender, GrammaticalCase, OrganisationKind, Role
from cal_desktop.errors import Conflict, PermissionDenied, ValidationError
from cal_desktop.services import directory, territories
from cal_desktop.services.directory import OfficialInput, OrganisationInput


def _admin(ctx, name="Администрация Центрального района"):
    return directory.create_organisation(
        ctx, OrganisationInput("орган власти", name, address="ул. Ленина, 1")
    )


def test_organisations_by_kind_and_search(ctx):
    admin = _admin(ctx)
    partner = directory.create_organisation(
        ctx, OrganisationInput("partner", "Ёлочка, ТСЖ", partner_kind="НКО", phone="8 912 000 11 22")
    )
    media = directory.create_organisation(ctx, OrganisationInput("СМИ", "Газета «Вечерний город»"))
    assert partner.phone == "+79120001122"
    assert partner.partner_kind is not None and partner.partner_kind.value == "ngo"
    assert [o.id for o in directory.list_organisations(ctx, kind="authority").items] == [admin.id]
    assert [o.id for o in directory.list_organisations(ctx, "елочка").items] == [partner.id]
    assert [o.id for o in directory.list_organisations(ctx, "ленина").items] == [admin.id]
    page = directory.list_organisations(ctx, kind=OrganisationKind.MEDIA)
    assert page.total == 1 and page.items[0].id == media.id


def test_validation_names_fields(ctx):
    with pytest.raises(ValidationError) as err:
        directory.create_organisation(ctx, OrganisationInput("завод", "", email="нет"))
    assert err.value.for_field("kind")
    assert err.value.for_field("name") == "обязательное поле"
    assert err.value.for_field("email")
    assert directory.list_organisations(ctx).total == 0


def test_staff_read_but_only_coordinators_edit(ctx, make_ctx):
    staff = make_ctx(Role.STAFF)
    with pytest.raises(PermissionDenied):
        directory.create_organisation(staff, OrganisationInput("authority", "Дума"))
    coordinator = make_ctx(Role.COORDINATOR)
    org = directory.create_organisation(coordinator, OrganisationInput("authority", "Дума"))
    assert directory.get_organisation(staff, org.id).name == "Дума"


def test_official_gender_guess_categories_territories_and_search_after_rename(ctx, db):
    org = _admin(ctx)
    district = territories.create_territory(ctx, "Центральный район")
    o = directory.create_official(
        ctx,
        OfficialInput(
            org.id,
            "Глава администрации",
            "Шульга",
            "Олег",
            "Викторович",
            phone="+7 912 111-22-33",
            categories=["благоустройство", "roads_transport"],
            territory_ids=[district],
            reception_hours="вт 10–12",
        ),
    )
    assert o.gender == Gender.MALE
    assert o.categories == (Category.IMPROVEMENT, Category.ROADS_TRANSPORT)
    assert [t.name for t in o.territories] == ["Центральный район"]
    f = directory.create_official(
        ctx, OfficialInput(org.id, "Заместитель главы", "Алиева", "Лейла", "Рашид кызы")
    )
    assert f.gender == Gender.FEMALE
    assert directory.create_official(ctx, OfficialInput(org.id, "Секретарь", "Ким", "Саша")).gender is None

    assert [x.id for x in directory.list_officials(ctx, "шульга глава").items] == [o.id]
    assert [x.id for x in directory.list_officials(ctx, category="благоустройство").items] == [o.id]
    assert [x.id for x in directory.list_officials(ctx, territory_id=district).items] == [o.id]
    assert directory.list_officials(ctx, "центрального").total == 3

    directory.update_organisation(
        ctx, org.id, OrganisationInput("authority", "Администрация Заречного района")
    )
    assert directory.list_officials(ctx, "центрального").total == 0
    assert directory.list_officials(ctx, "заречного шульга").items[0].id == o.id
    with db.read() as s:
        entities = {a.entity for a in s.scalars(select(AuditEntry))}
    assert {"organisation", "official"} <= entities


def test_official_validation(ctx):
    org = _admin(ctx)
    with pytest.raises(ValidationError) as err:
        directory.create_official(ctx, OfficialInput(org.id, " ", first_name="Иван", categories=["космос"]))
    assert err.value.for_field("position") == "обязательное поле"
    assert err.value.for_field("last_name")
    assert "космос" in (err.value.for_field("categories") or "")
    with pytest.raises(ValidationError) as err:
        directory.create_official(ctx, OfficialInput(9999, "Глава"))
    assert err.value.for_field("organisation_id")


def test_partner_resources_are_normalised(ctx, db):
    from cal_desktop.db.models import PartnerResource

    partner = directory.create_organisation(ctx, OrganisationInput("partner", "Строймаркет"))
    res = directory.add_partner_resource(ctx, partner.id, "Краски и кисти")
    assert [r.resource for r in directory.get_organisation(ctx, partner.id).resources] == ["Краски и кисти"]
    with db.read() as s:
        assert s.get(PartnerResource, res.id).resource_norm == "краска кисть"
    directory.remove_partner_resource(ctx, res.id)
    assert directory.get_organisation(ctx, partner.id).resources == []


def test_delete_refused_when_used(ctx):
    org = _admin(ctx)
    official = directory.create_official(ctx, OfficialInput(org.id, "Глава"))
    with pytest.raises(Conflict):
        directory.delete_organisation(ctx, org.id)
    directory.delete_official(ctx, official.id)
    directory.delete_organisation(ctx, org.id)
    assert directory.list_organisations(ctx).total == 0


def test_declined_form_correction_is_stored_and_wins(ctx):
    org = _admin(ctx)
    o = directory.create_official(
        ctx, OfficialInput(org.id, "глава администрации Центрального района", "Шульга", "Олег", "Викторович")
    )
    forms = {f.case: f for f in directory.official_forms(ctx, o.id)}
    dat = forms[GrammaticalCase.DATIVE]
    assert dat.auto_position == "главе администрации Центрального района"
    assert dat.auto_short_name == "О.В. Шульге"
    assert dat.correction.short_name is None
    assert directory.get_declined_forms(ctx, o.id)[GrammaticalCase.DATIVE].full_name is None

    directory.set_declined_form(ctx, o.id, "dat", full_name="Шульга Олегу Викторовичу")
    corrected = directory.get_declined_forms(ctx, o.id)[GrammaticalCase.DATIVE]
    assert corrected.full_name == "Шульга Олегу Викторовичу" and corrected.position is None
    dat = {f.case: f for f in directory.official_forms(ctx, o.id)}[GrammaticalCase.DATIVE]
    assert dat.full_name == "Шульга Олегу Викторовичу"
    assert dat.position == "главе администрации Центрального района"

    directory.set_declined_form(ctx, o.id, "дательный")  # all empty: back to automatic
    assert directory.get_declined_forms(ctx, o.id)[GrammaticalCase.DATIVE].full_name is None
    with pytest.raises(ValidationError):
        directory.set_declined_form(ctx, o.id, "предложный", full_name="x")


def test_territory_tree_editing(ctx):
    city = territories.create_territory(ctx, "Город", "settlement")
    a = directory.create_territory(ctx, "Северный", "district", city)
    b = directory.create_territory(ctx, "Южный", "district", city)
    yard = directory.create_territory(ctx, "Двор на Ленина, 5", "yard", a)
    assert set(_run(ctx, directory.subtree_ids(city))) == {city, a, b, yard}
    assert set(_run(ctx, directory.ancestor_ids(yard))) == {yard, a, city}

    with pytest.raises(ValidationError):
        directory.move_territory(ctx, a, yard)
    directory.move_territory(ctx, yard, b)
    assert set(_run(ctx, directory.subtree_ids(b))) == {b, yard}
    with pytest.raises(Conflict):
        directory.rename_territory(ctx, a, "южный")
    directory.rename_territory(ctx, a, "Северо-Западный")
    assert "Город / Северо-Западный" in [t.path for t in territories.list_territories(ctx)]
    with pytest.raises(Conflict):
        directory.delete_territory(ctx, b)
    directory.delete_territory(ctx, yard)
    directory.delete_territory(ctx, b)
    assert {t.id for t in territories.list_territories(ctx)} == {city, a}


def _run(ctx, query):
    with ctx.db.read() as s:
        return list(s.scalars(query))


def test_a_stored_correction_is_what_the_appeal_prints(ctx):
    """The dative shown on the official's card, corrected, is the addressee block of the next letter."""
    from cal_desktop.services import documents, initiatives, visitors

    org = _admin(ctx)
    o = directory.create_official(
        ctx, OfficialInput(org.id, "глава администрации Центрального района", "Шульга", "Олег", "Викторович")
    )
    author = visitors.create_visitor(ctx, visitors.VisitorInput("Петрова", "Анна", "Сергеевна")).id
    card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Скамейки", "improvement"), author)

    def addressee() -> str:
        letter = documents.build_letter(ctx, "appeal", card.id, o.id).letter
        assert letter is not None
        return "\n".join(letter.addressee)

    shown = {f.case: f for f in directory.official_forms(ctx, o.id)}[GrammaticalCase.DATIVE]
    assert shown.short_name in addressee() and "главе администрации" in addressee().lower()
    directory.set_declined_form(ctx, o.id, "dat", short_name="О.В. Шульга")
    assert "О.В. Шульга" in addressee().split("\n") and "О.В. Шульге" not in addressee()


def test_a_new_person_in_the_post_drops_the_old_persons_corrected_name(ctx):
    """A correction is of one text: when another person takes the post (or the position is renamed), the
    old corrected words must not go on being printed in letters to the new one."""
    from dataclasses import replace

    org = _admin(ctx)
    data = OfficialInput(org.id, "глава администрации", "Шульга", "Олег", "Викторович", phone="+79120000000")
    o = directory.create_official(ctx, data)
    directory.set_declined_form(
        ctx, o.id, "dat", position="Главе Администрации", full_name="Шульге О. В.", short_name="О.В. Шульге"
    )
    directory.set_declined_form(ctx, o.id, "gen", full_name="Шульги Олега Викторовича")

    directory.update_official(ctx, o.id, replace(data, phone="+79120000001"))  # contacts only: kept
    assert directory.get_declined_forms(ctx, o.id)[GrammaticalCase.DATIVE].full_name == "Шульге О. В."

    directory.update_official(
        ctx, o.id, replace(data, last_name="Петрова", first_name="Анна", middle_name="Ивановна")
    )
    forms = {f.case: f for f in directory.official_forms(ctx, o.id)}
    assert forms[GrammaticalCase.DATIVE].full_name == "Петровой Анне Ивановне"
    assert forms[GrammaticalCase.DATIVE].short_name == "А.И. Петровой"
    assert forms[GrammaticalCase.GENITIVE].full_name == "Петровой Анны Ивановны"
    assert forms[GrammaticalCase.DATIVE].position == "Главе Администрации"  # the post is the same

    directory.update_official(
        ctx, o.id, replace(data, position="первый заместитель главы", last_name="Петрова", first_name="Анна")
    )
    dat = {f.case: f for f in directory.official_forms(ctx, o.id)}[GrammaticalCase.DATIVE]
    assert dat.position == "первому заместителю главы"
    assert all(c == directory.DeclinedCorrection() for c in directory.get_declined_forms(ctx, o.id).values())
