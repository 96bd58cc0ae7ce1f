"""The centre's principles at the point of decision (issue 4 item 4).

A consultation summary or an initiative text is checked for the three things a centre does not do
(000_a15aeb55ec46c5d4.txt, «Что мы не делаем?»): money for the author, elections and parties, doing the
initiative for the author. The check only *reminds*: it returns the matching out-of-scope reasons and a
short Russian explanation of what the centre cannot and can do, for the form to show. It never decides
for the staff member and never raises.

The patterns are deliberately narrow where ordinary civic words overlap:
- a grant, a subsidy, an initiative project or the local budget in the same sentence as money means an
  application the centre may help prepare, not a request to the centre, so it is not flagged;
- «депутат» alone is not flagged (writing to a deputy is ordinary civic work), «кандидат в депутаты»,
  elections and parties are;
- «выбор» (a choice) and «голосование» (voting for a project) are not flagged, «выборы» are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cal_desktop.domain.vocab import OutOfScopeReason

# The centre's own words (the principles statement), then what it can do instead.
CANNOT = {
    OutOfScopeReason.FINANCIAL_AID: "Мы не оказываем финансовую поддержку проектам и финансовую помощь нуждающимся.",
    OutOfScopeReason.ELECTIONS_POLITICS: (
        "Мы не занимаемся выборами и не работаем с кандидатами и политическими партиями."
    ),
    OutOfScopeReason.DO_IT_FOR_ME: "Мы не реализуем инициативы за других: автор остаётся хозяином своей идеи.",
}
CAN = {
    OutOfScopeReason.FINANCIAL_AID: (
        "Мы можем помочь найти партнёров и ресурсы, подготовить заявку на грант или инициативный проект."
    ),
    OutOfScopeReason.ELECTIONS_POLITICS: (
        "Мы можем помочь с самой идеей для двора, улицы, микрорайона: найти информацию, "
        "нужное должностное лицо и единомышленников."
    ),
    OutOfScopeReason.DO_IT_FOR_ME: (
        "Мы можем помочь сформулировать идею и оформить документы, найти единомышленников, партнёров, "
        "ресурсы и нужное должностное лицо, рассказать об инициативе в СМИ."
    ),
}

WHAT_WE_DO = (
    "ЦАЛ помогает авторам инициатив: в поиске нужной информации, должностного лица, инстанции; "
    "в поиске и привлечении единомышленников, партнёров и ресурсов; в формулировании идей и оформлении "
    "документов; в информировании заинтересованных сторон, в том числе через СМИ."
)
WHAT_WE_DO_NOT = (
    "Мы не реализуем инициативы за других; мы не оказываем финансовую поддержку проектам и финансовую "
    "помощь нуждающимся; мы не занимаемся выборами и не работаем с кандидатами и политическими партиями."
)
# Shown by the status dialog beside the decline reason.
REMINDER = WHAT_WE_DO + "\n" + WHAT_WE_DO_NOT

_W = r"[а-яa-z0-9-]*"  # the rest of a word
_MONEY = re.compile(
    r"\b(?:"
    r"деньг|денег|денеж|наличн"
    r"|(?:финансов|материальн)\w*\s+(?:помощ|поддержк)"
    r"|помощ\w*\s+(?:деньгами|финансами)"
    r"|(?:про)?финансир|спонсир|спонсор"
    r"|оплат(?:ить|ите|ит|ил|ят|ите)\b"
    r"|заплат(?:ить|ите|ит|ил)\b"
    r"|выдел\w*\s+(?:\w+\s+)?(?:средств|сумм)"
    r"|пособи|займ(?:ы|а|ов|у)?\b|ссуд[ау]?\b"
    r")"
)
# Money in these surroundings is an application the centre may help to prepare, not a request to it.
_APPLICATION = re.compile(r"\b(?:грант|субсиди|конкурс|инициативн\w*\s+проект|бюджет|софинансир|фонд)")
_POLITICS = re.compile(
    r"\b(?:"
    r"выбор(?:ы|ах|ов|ам|ами)\b|предвыборн|перевыбор|избирател|избиратк|избирком"
    r"|кандидат\w*\s+(?:в|на)\s+(?:депутат|мэр|глав|губернатор|президент|совет|дум)"
    r"|(?:баллотир|агитац|агитир|выдвиж\w*\s+(?:в|на|кандидат))"
    r"|парти(?:я|и|ю|ей|ий|ям|ях|ями)\b|партийн|политическ\w*\s+(?:парти|сил|движен)"
    r"|(?:в|на)\s+депутаты\b"
    r")"
)
_DO_VERB = (
    r"(?:сдела|реализ|выполн|организ|займ|заним|провед|провест|реш|добе|добить|пойд|сход|напиш|написа"
    r"|пода|отнес|собер|собра|установ|постав|постро|отремонт|почин|убер|убра|посад|покрас)\w*"
)
# the work itself, asked of the centre («чтобы центр сам поставил»); drafting a letter is not here: the
# centre does help to prepare documents
_WORK_VERB = (
    r"(?:сдела|реализ|выполн|организ|займ|занял|занима|провед|провест|реш|отнес|собер|собра|установ"
    r"|постав|постро|отремонт|почин|убер|убра|посад|покрас)\w*"
)
# words between «чтобы центр» and the verb; «помог», «подсказал» make it help with the work, not the work
_NOT_HELP = r"(?:(?!помо|подска|посовет|объясн|научи)\w+\s+)"
_FOR_ME = r"(?:за|вместо)\s+(?:меня|нас|автора|жителей)"
_DO_IT_FOR_ME = re.compile(
    rf"\b(?:{_DO_VERB}(?:\s+\w+){{0,4}}?\s+{_FOR_ME}\b"
    rf"|{_FOR_ME}(?:\s+\w+){{0,3}}?\s+{_DO_VERB}"
    rf"|(?:сделайте|сделаете|сделали\s+бы|реализуйте|займитесь|организуйте)\s+(?:\w+\s+){{0,2}}?(?:сами|самостоятельно)\b"
    rf"|(?:сами|самостоятельно)\s+(?:\w+\s+){{0,2}}?(?:сделайте|реализуйте|займитесь|организуйте)"
    rf"|возьм\w*\s+(?:\w+\s+){{0,2}}?на\s+себя"
    rf"|(?:пусть|чтобы)\s+(?:центр|цал|вы|сотрудники)\s+{_NOT_HELP}{{0,2}}?{_WORK_VERB}"
    rf")"
)
_SENTENCES = re.compile(r"[.!?;\n]+")


@dataclass(frozen=True)
class PrinciplesCheck:
    """What a text touches: the out-of-scope reasons (in A1 order) and the words that triggered them."""

    reasons: tuple[OutOfScopeReason, ...]
    matches: tuple[str, ...]
    explanation: str

    @property
    def touches_principles(self) -> bool:
        return bool(self.reasons)


def _fold(text: str) -> str:
    """Lower case, ё -> е, spaces collapsed; line breaks kept (they end sentences)."""
    return re.sub(r"[^\S\n]+", " ", text.lower().replace("ё", "е"))


def check_text(*texts: str | None) -> PrinciplesCheck:
    """Check the given texts (summary, title, description...) together. Never raises."""
    joined = "\n".join(t for t in texts if isinstance(t, str) and t)
    folded = _fold(joined)
    found: dict[OutOfScopeReason, list[str]] = {}
    for sentence in _SENTENCES.split(folded):
        money = _MONEY.search(sentence)
        if money and not _APPLICATION.search(sentence):
            found.setdefault(OutOfScopeReason.FINANCIAL_AID, []).append(money.group(0))
        politics = _POLITICS.search(sentence)
        if politics:
            found.setdefault(OutOfScopeReason.ELECTIONS_POLITICS, []).append(politics.group(0))
        for_me = _DO_IT_FOR_ME.search(sentence)
        if for_me:
            found.setdefault(OutOfScopeReason.DO_IT_FOR_ME, []).append(for_me.group(0))
    reasons = tuple(r for r in OutOfScopeReason if r in found)
    matches = tuple(m.strip() for r in reasons for m in found[r])
    return PrinciplesCheck(reasons, matches, explain(reasons))


def explain(reasons: tuple[OutOfScopeReason, ...] | list[OutOfScopeReason]) -> str:
    """What the centre cannot and can do for these reasons; empty when none apply."""
    lines: list[str] = []
    for reason in reasons:
        if reason in CANNOT:
            lines.append(f"{CANNOT[reason]} {CAN[reason]}")
        elif reason == OutOfScopeReason.CONTRARY_TO_VALUES:
            lines.append(
                "Мы открыты для всех позитивных идей и инициатив, но оставляем за собой право не поддерживать "
                "инициативы, которые противоречат нашим принципам и ценностям."
            )
    return "\n".join(lines)


__all__ = [
    "CAN",
    "CANNOT",
    "REMINDER",
    "WHAT_WE_DO",
    "WHAT_WE_DO_NOT",
    "PrinciplesCheck",
    "check_text",
    "explain",
]
