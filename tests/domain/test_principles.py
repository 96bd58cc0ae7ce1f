import pytest
from hypothesis import given
from hypothesis import strategies as st

from cal_desktop.domain.principles import REMINDER, check_text, explain
from cal_desktop.domain.vocab import OutOfScopeReason as R


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Просит денег на ремонт подъезда", {R.FINANCIAL_AID}),
        ("Нужна материальная помощь многодетной семье", {R.FINANCIAL_AID}),
        ("Попросила оплатить краску для забора", {R.FINANCIAL_AID}),
        ("Хочет, чтобы центр профинансировал праздник двора", {R.FINANCIAL_AID}),
        ("Просит финансовую поддержку для секции", {R.FINANCIAL_AID}),
        ("Готовится к выборам в городскую думу, просит помочь", {R.ELECTIONS_POLITICS}),
        ("Кандидат в депутаты хочет провести встречу с жителями", {R.ELECTIONS_POLITICS}),
        ("Представитель партии предложил совместную акцию", {R.ELECTIONS_POLITICS}),
        ("Предвыборная агитация у подъездов", {R.ELECTIONS_POLITICS}),
        ("Сделайте за меня, у меня нет времени", {R.DO_IT_FOR_ME}),
        ("Просят сделать за нас всё: собрать подписи и отнести в администрацию", {R.DO_IT_FOR_ME}),
        ("Займитесь этим сами, я только идею дал", {R.DO_IT_FOR_ME}),
        ("Хочет, чтобы центр сам организовал субботник", {R.DO_IT_FOR_ME}),
        ("Возьмите это на себя, пожалуйста", {R.DO_IT_FOR_ME}),
        ("Хочет, чтобы центр сам поставил скамейки", {R.DO_IT_FOR_ME}),
        ("Пусть центр сам займётся ремонтом", {R.DO_IT_FOR_ME}),
        ("Просит, чтобы сотрудники сами отнесли письмо в управу", {R.DO_IT_FOR_ME}),
        (
            "Пришёл кандидат на выборах главы, просит денег на листовки и чтобы вы сделали всё за него. "
            "Сделайте за нас, говорит.",
            {R.FINANCIAL_AID, R.ELECTIONS_POLITICS, R.DO_IT_FOR_ME},
        ),
    ],
)
def test_out_of_scope_requests_are_recognised(text, expected):
    result = check_text(text)
    assert set(result.reasons) == expected
    assert result.touches_principles
    assert result.matches


@pytest.mark.parametrize(
    "text",
    [
        "Помогли подготовить заявку на грант для детской площадки, нужны деньги на покрытие",
        "Инициативный проект: софинансирование из местного бюджета 10%",
        "Хочет написать обращение депутату о ремонте дороги",
        "Выбор места для спортивной площадки обсудили с жителями",
        "Голосование за проект благоустройства двора на портале",
        "Жалоба на завышенную плату за отопление; подготовили обращение в управляющую компанию",
        "Нужны волонтёры, краска и кисти для покраски забора",
        "Автор сама соберёт подписи, мы помогли составить подписной лист",
        "Жители хотят, чтобы во дворе поставили скамейки",
        "Чтобы вы знали: жители сами покрасят забор",
        "Просит, чтобы вы помогли написать обращение",
        "Пусть центр поможет организовать встречу жителей",
        "Хочет, чтобы вы написали письмо в управу вместе с ним",
        "",
    ],
)
def test_ordinary_civic_work_is_not_flagged(text):
    result = check_text(text)
    assert result.reasons == ()
    assert result.explanation == ""


def test_explanation_uses_the_centres_words_and_says_what_it_can_do():
    result = check_text("Дайте денег на праздник")
    assert (
        "Мы не оказываем финансовую поддержку проектам и финансовую помощь нуждающимся" in result.explanation
    )
    assert "заявку на грант" in result.explanation
    assert "не реализуем инициативы за других" in explain([R.DO_IT_FOR_ME])
    assert "не занимаемся выборами и не работаем с кандидатами и политическими партиями" in explain(
        [R.ELECTIONS_POLITICS]
    )
    assert "противоречат нашим принципам" in explain([R.CONTRARY_TO_VALUES])
    assert explain([R.OTHER]) == ""
    assert "в том числе через СМИ" in REMINDER


def test_several_texts_are_checked_together_and_case_and_yo_do_not_matter():
    result = check_text(None, "Детская площадка", "ДЕНЬГИ НА КАЧЕЛИ ДАДИТЕ?")
    assert result.reasons == (R.FINANCIAL_AID,)
    assert check_text("Вы всё сделаете за нас?").reasons == (R.DO_IT_FOR_ME,)


@given(st.text())
def test_never_raises(text):
    result = check_text(text, text.upper())
    assert set(result.reasons) <= set(R)
    assert bool(result.explanation) == bool(result.reasons)
