"""Declension of people's names and positions as letters print them (DOMAIN B5)."""

from __future__ import annotations

import pytest

from cal_desktop.documents.declension import PersonName, decline_position, detect_gender, salutation

NAMES = [
    # (last, first, middle, gender as stored or None, dative, genitive, instrumental)
    (
        "Шульга",
        "Олег",
        "Викторович",
        None,
        "Шульге Олегу Викторовичу",
        "Шульги Олега Викторовича",
        "Шульгой Олегом Викторовичем",
    ),
    (
        "Цой",
        "Виктор",
        "Робертович",
        None,
        "Цою Виктору Робертовичу",
        "Цоя Виктора Робертовича",
        "Цоем Виктором Робертовичем",
    ),
    (
        "Бондаренко",
        "Нина",
        "Петровна",
        None,
        "Бондаренко Нине Петровне",
        "Бондаренко Нины Петровны",
        "Бондаренко Ниной Петровной",
    ),
    (
        "Сидорчук",
        "Оксана",
        "Тарасовна",
        "f",
        "Сидорчук Оксане Тарасовне",
        "Сидорчук Оксаны Тарасовны",
        "Сидорчук Оксаной Тарасовной",
    ),
    (
        "Ёлкина",
        "Алёна",
        "Игоревна",
        None,
        "Ёлкиной Алёне Игоревне",
        "Ёлкиной Алёны Игоревны",
        "Ёлкиной Алёной Игоревной",
    ),
    ("Гусь", "Анна", "Павловна", None, "Гусь Анне Павловне", "Гусь Анны Павловны", "Гусь Анной Павловной"),
    (
        "Гусь",
        "Олег",
        "Павлович",
        None,
        "Гусю Олегу Павловичу",
        "Гуся Олега Павловича",
        "Гусем Олегом Павловичем",
    ),
    (
        "Алиев",
        "Рашид",
        "Магомед оглы",
        None,
        "Алиеву Рашиду Магомед оглы",
        "Алиева Рашида Магомед оглы",
        "Алиевым Рашидом Магомед оглы",
    ),
    ("Сверчук", "Светлана", None, "ж", "Сверчук Светлане", "Сверчук Светланы", "Сверчук Светланой"),
    ("Сверчук", "Сергей", None, "м", "Сверчуку Сергею", "Сверчука Сергея", "Сверчуком Сергеем"),
    ("Черных", "Иван", "Ильич", None, "Черных Ивану Ильичу", "Черных Ивана Ильича", "Черных Иваном Ильичом"),
]


@pytest.mark.parametrize(("last", "first", "middle", "gender", "dat", "gen", "ins"), NAMES)
def test_person_names_decline(last, first, middle, gender, dat, gen, ins):
    person = PersonName(last, first, middle, gender)
    assert person.full("dat") == dat
    assert person.full("gen") == gen
    assert person.full("ins") == ins
    assert person.full("nom") == " ".join(p for p in (last, first, middle) if p)


def test_official_short_form_has_initials_before_surname():
    assert PersonName("Шульга", "Олег", "Викторович").short("dat") == "О.В. Шульге"
    assert PersonName("Шульга", "Олег", "Викторович").short() == "О.В. Шульга"
    assert PersonName("Гусь", "Анна", "Павловна").short("dat") == "А.П. Гусь"
    assert PersonName("Алиев", "Рашид", "Магомед оглы").short("dat") == "Р.М. Алиеву"


def test_gender_from_patronymic_including_turkic():
    assert detect_gender("Рашид", "Магомед оглы") == "m"
    assert detect_gender("Айгюль", "Али кызы") == "f"
    assert detect_gender("Нина", "Петровна") == "f"
    assert detect_gender("Олег", None) == "m"
    assert detect_gender("Анна", None) == "f"


def test_stored_gender_wins_over_detection():
    # a woman recorded with a "male-looking" first name keeps the feminine (indeclinable) surname
    assert PersonName("Гусь", "Саша", None, "f").full("dat") == "Гусь Саше"
    assert PersonName("Гусь", "Саша", None, "m").full("dat") == "Гусю Саше"


def test_salutation():
    assert salutation(PersonName("Шульга", "Олег", "Викторович")) == "Уважаемый Олег Викторович!"
    assert salutation(PersonName("Петрова", "Анна", "Сергеевна")) == "Уважаемая Анна Сергеевна!"
    assert salutation(PersonName("Алиев", "Рашид", "Магомед оглы")) == "Уважаемый Рашид Магомед оглы!"


POSITIONS = [
    (
        "глава администрации Центрального района",
        "главе администрации Центрального района",
        "главы администрации Центрального района",
        "главой администрации Центрального района",
    ),
    (
        "заведующая отделом культуры",
        "заведующей отделом культуры",
        "заведующей отделом культуры",
        "заведующей отделом культуры",
    ),
    (
        "исполняющий обязанности главы администрации",
        "исполняющему обязанности главы администрации",
        "исполняющего обязанности главы администрации",
        "исполняющим обязанности главы администрации",
    ),
    (
        "начальник управления благоустройства",
        "начальнику управления благоустройства",
        "начальника управления благоустройства",
        "начальником управления благоустройства",
    ),
    (
        "Первый заместитель главы города",
        "Первому заместителю главы города",
        "Первого заместителя главы города",
        "Первым заместителем главы города",
    ),
    (
        "временно исполняющий обязанности главы",
        "временно исполняющему обязанности главы",
        "временно исполняющего обязанности главы",
        "временно исполняющим обязанности главы",
    ),
    (
        "И.о. главы администрации",
        "И.о. главы администрации",
        "И.о. главы администрации",
        "И.о. главы администрации",
    ),
]


@pytest.mark.parametrize(("nom", "dat", "gen", "ins"), POSITIONS)
def test_only_head_of_position_declines(nom, dat, gen, ins):
    assert decline_position(nom, "dat") == dat
    assert decline_position(nom, "gen") == gen
    assert decline_position(nom, "ins") == ins
    assert decline_position(nom, "nom") == nom


def test_unknown_or_empty_position_is_left_alone():
    assert decline_position("", "dat") == ""
    assert decline_position("CEO", "dat") == "CEO"


@pytest.mark.parametrize(
    ("parts", "accusative"),
    [
        (("Кузнец", "Андрей", "Петрович", "m"), "Кузнеца Андрея Петровича"),  # once a KeyError
        (("Соловей", "Игорь", "Ильич", "m"), "Соловея Игоря Ильича"),
        (("Петрова-Водкина", "Ассоль", "Ивановна", "f"), "Петрову-Водкину Ассоль Ивановну"),
        (("Петрова-Водкина", "Любовь", "Сергеевна", "f"), "Петрову-Водкину Любовь Сергеевну"),
        (("Сверчук", "Нинель", "Олеговна", "f"), "Сверчук Нинель Олеговну"),
        (("Мамедов", "Эльдар", "Рашид оглы", "m"), "Мамедова Эльдара Рашид оглы"),
    ],
)
def test_the_accusative_of_names_the_minutes_elect(parts, accusative):
    assert PersonName(*parts).full("acc") == accusative
