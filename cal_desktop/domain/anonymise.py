"""Anonymised text for the network's practice library (issue 18, point 4), and the authority kind.

``anonymise(text, names)`` replaces, in this order:

- e-mail addresses with «[e-mail]»;
- dates next to «рожд…»/«г.р.»/«д.р.», and any date of a year at least 14 years back, with
  «[дата рождения]» (a law's date, «от 02.05.2006 № 59-ФЗ», is kept: a «№» follows it);
- phone numbers (10–11 digits with the usual separators, or +7…) with «[телефон]»;
- addresses (a street word — «ул.», «улица», «пр-т», «пер.», «б-р», «д.», «кв.» … — and the words and
  numbers after it) with «[адрес]»;
- people: initials with a capitalised word («А.С. Петрова», «Петрова А.С.»), and every capitalised
  word that is a known name part in any grammatical case («Иванову», «Марии», «Петровной»), with
  «[ФИО]»; neighbouring placeholders of one person merge into one.

``names`` are the name parts of the centre's people (visitors, officials, staff). Matching is by stem
plus a case ending, so declined forms are caught; a street named after a person («ул. Калинина») is an
address first. The result errs on the side of removing: a common word that happens to be a surname
and is capitalised becomes «[ФИО]».
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from cal_desktop.domain.vocab import AuthorityKind

NAME = "[ФИО]"
ADDRESS = "[адрес]"
PHONE = "[телефон]"
EMAIL = "[e-mail]"
BIRTH = "[дата рождения]"
PLACEHOLDERS = (NAME, ADDRESS, PHONE, EMAIL, BIRTH)

# case endings of Russian names (surnames in -ов/-ин/-ский, first names, patronymics), longest first
_ENDINGS = sorted(
    {"", "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ым", "им", "ою", "ею", "ого", "его",
     "ому", "ему", "ую", "юю", "ая", "ий", "ый", "ь", "ём", "ах", "ям", "ам", "ых", "их"},
    key=len,
    reverse=True,
)  # fmt: skip
_STEM_CUT = ("ий", "ый", "ой", "ая", "а", "я", "й", "ь", "е", "о", "ы", "и")
_MIN_STEM = 3

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b(\s*(?:г\.?|года)?)(\s*№)?")
_BIRTH_WORD = re.compile(r"(рожд|г\.\s?р\.|д\.\s?р\.)", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w\d])(?:\+7|8|7)?[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?![\d])")
_ADDRESS = re.compile(
    r"(?<![\w-])(?:ул\.|улиц[аеуыи]|пр-т|просп\.|проспект[аеу]?|пер\.|переул[оке]+[ау]?|б-р|бульвар[аеу]?"
    r"|ш\.|шоссе|пл\.|площад[ьи]|мкр\.?|микрорайон[аеу]?|наб\.|набережн[аяойую]+|д\.|дом[ау]?|кв\.|корп\.)"
    r"(?:[\s,]+(?:№\s*)?(?:[А-ЯЁ][\w-]*|\d+[\w/-]*|[а-яё]{1,3}\.|д\.|кв\.|корп\.|стр\.))+",
    re.UNICODE,
)
_INITIALS = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?"
_INITIALS_NAME = re.compile(rf"(?<!\w){_INITIALS}\s?[А-ЯЁ][а-яё-]+|(?<!\w)[А-ЯЁ][а-яё-]+\s{_INITIALS}(?!\w)")
_WORD = re.compile(r"(?<![\w\[])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
_RUN = re.compile(r"\[ФИО\](?:\s+\[ФИО\])+")


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def name_stems(names: Iterable[str | None]) -> frozenset[str]:
    """The stems of name parts: «Иванова» → «иванов», «Мария» → «мари», «Сергеевич» → «сергеевич»."""
    out: set[str] = set()
    for raw in names:
        for part in re.split(r"[\s-]+", raw or ""):
            word = _fold(part.strip(" .,"))
            if len(word) < 2 or not word.isalpha():
                continue
            out.add(word)
            for cut in _STEM_CUT:
                if word.endswith(cut) and len(word) - len(cut) >= _MIN_STEM:
                    out.add(word[: -len(cut)])
                    break
    return frozenset(out)


def is_name(word: str, stems: frozenset[str]) -> bool:
    folded = _fold(word)
    for ending in _ENDINGS:
        if ending and not folded.endswith(ending):
            continue
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if (len(stem) >= _MIN_STEM or (not ending and len(stem) >= 2)) and stem in stems:
            return True
    return False


def _dates(text: str, today: date) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(5):  # «от 02.05.2006 №» — a law or a letter, not a person
            return m.group(0)
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 12]
        birth_word = _BIRTH_WORD.search(before) or _BIRTH_WORD.search(after)
        if birth_word or int(m.group(3)) <= today.year - 14:
            return BIRTH + m.group(4)
        return m.group(0)

    return _DATE.sub(repl, text)


def anonymise(text: str, stems: frozenset[str], today: date | None = None) -> str:
    """The text with personal data replaced by placeholders (see the module's docstring)."""
    if not text:
        return ""
    out = _EMAIL.sub(EMAIL, text)
    out = _dates(out, today or date.today())
    out = _PHONE.sub(PHONE, out)
    out = _ADDRESS.sub(ADDRESS, out)
    out = _INITIALS_NAME.sub(NAME, out)
    out = _WORD.sub(lambda m: NAME if is_name(m.group(0), stems) else m.group(0), out)
    return _RUN.sub(NAME, out)


# the kind of an authority from its name: the first rule whose words occur wins
_KIND_RULES: tuple[tuple[AuthorityKind, tuple[str, ...]], ...] = (
    (AuthorityKind.PROSECUTOR, ("прокуратур",)),
    (AuthorityKind.SUPERVISION, ("надзор", "инспекци", "роспотреб", "гибдд", "госавтоинспек", "мчс")),
    (AuthorityKind.COUNCIL, ("дума", "совет депутат", "собрание депутат", "депутат", "законодат")),
    (AuthorityKind.REGION, ("министерств", "правительств", "губернатор", "област", "края", "республик")),
    (AuthorityKind.DEPARTMENT, ("департамент", "управлени", "комитет", "отдел")),
    (AuthorityKind.UTILITY, ("управляющ", "жкх", "водоканал", "энерго", "теплосет", "тсж", "фонд капремонт")),
    (AuthorityKind.ADMINISTRATION, ("администрац", "мэри", "глава", "префектур", "управа")),
)


def authority_kind(name: str | None) -> AuthorityKind:
    """«Департамент городского хозяйства» → department; «Администрация Заречного района» → administration."""
    folded = _fold(name or "")
    if not folded:
        return AuthorityKind.OTHER
    for kind, words in _KIND_RULES:
        if any(w in folded for w in words):
            return kind
    return AuthorityKind.OTHER
