"""Names and positions in the cases letters need (DOMAIN.md B5).

- People's names: ``pytrovich`` with the gender given explicitly (``known_gender=True``): from the
  record, else from the patronymic, else guessed from the first name. Turkic patronymics
  («Магомед оглы», «Али кызы») do not decline and tell the gender themselves.
- Positions: only the head word (with the adjectives agreeing with it) declines, with ``pymorphy3``;
  the rest («администрации Центрального района») keeps its case.
- Officials are written with initials before the surname: «О.В. Шульге».

The pymorphy3 analyzer is created once, lazily, on first use (it loads dictionaries).
Every function is pure and cheap after that; staff may still override any result in the document.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pytrovich.detector import PetrovichGenderDetector
from pytrovich.enums import Case as PCase
from pytrovich.enums import Gender as PGender
from pytrovich.enums import NamePart
from pytrovich.maker import PetrovichDeclinationMaker

CaseCode = Literal["nom", "dat", "gen", "ins"]
CASES: tuple[CaseCode, ...] = ("dat", "gen", "ins")

_PCASE = {"dat": PCase.DATIVE, "gen": PCase.GENITIVE, "ins": PCase.INSTRUMENTAL}
_PCASE["acc"] = PCase.ACCUSATIVE  # names only (the minutes elect «Прохорову Кристину Валерьевну»)
_MORPH_CASE = {"dat": "datv", "gen": "gent", "ins": "ablt"}

# Turkic patronymic markers: «Магомед оглы» (son of), «Али кызы» (daughter of); they never decline.
_MALE_MARKERS = ("оглы", "оглу", "улы", "уулу", "угли")
_FEMALE_MARKERS = ("кызы", "гызы", "кизи", "қызы")

_maker: PetrovichDeclinationMaker | None = None
_detector: PetrovichGenderDetector | None = None
_morph: Any = None
_lock = threading.Lock()


def _petrovich() -> PetrovichDeclinationMaker:
    global _maker
    if _maker is None:
        _maker = PetrovichDeclinationMaker()
    return _maker


def _gender_detector() -> PetrovichGenderDetector:
    global _detector
    if _detector is None:
        _detector = PetrovichGenderDetector()
    return _detector


def morph() -> Any:
    """The shared pymorphy3 analyzer, created on first use (thread-safe)."""
    global _morph
    if _morph is None:
        with _lock:
            if _morph is None:
                import pymorphy3

                _morph = pymorphy3.MorphAnalyzer()
    return _morph


# ------------------------------------------------------------------------------------------- gender


def _clean(part: str | None) -> str:
    return " ".join((part or "").split())


def detect_gender(first: str | None, middle: str | None, last: str | None = None) -> Literal["m", "f"]:
    """The gender from the patronymic (reliable), else from the first name and surname (a guess)."""
    patronymic = _clean(middle).lower()
    if patronymic:
        if patronymic.endswith(_MALE_MARKERS) or patronymic.endswith(("ич", "вич")):
            return "m"
        if patronymic.endswith(_FEMALE_MARKERS) or patronymic.endswith(("вна", "чна", "ична", "инична")):
            return "f"
    try:
        found = _gender_detector().detect(
            firstname=_clean(first) or None, lastname=_clean(last) or None, middlename=None
        )
    except Exception:  # an odd name must not stop a letter; the staff member can correct the form
        found = None
    if found == PGender.FEMALE:
        return "f"
    if found == PGender.MALE:
        return "m"
    first_l = _clean(first).lower()
    return "f" if first_l.endswith(("а", "я")) and first_l not in _MALE_A_NAMES else "m"


_MALE_A_NAMES = frozenset({"илья", "никита", "фома", "кузьма", "лука", "савва", "миша", "саша", "женя"})


def normalise_gender(gender: str | None) -> Literal["m", "f"] | None:
    """A stored gender code or label (``m``/``f``/``м``/``ж``) as ``m``/``f``; None when unknown."""
    g = (gender or "").strip().lower()
    if g in ("m", "м", "male", "муж", "мужской"):
        return "m"
    if g in ("f", "ж", "female", "жен", "женский"):
        return "f"
    return None


# -------------------------------------------------------------------------------------------- names


def _is_turkic_patronymic(middle: str) -> bool:
    low = middle.lower()
    return any(low.endswith(" " + m) or low == m for m in _MALE_MARKERS + _FEMALE_MARKERS)


_VOWELS = "аеёиоуыэюя"
# Endings of a masculine noun of the second declension, by the stem's last letter (hard / -й / -ь).
# (A person is animate: the accusative is the genitive, «избрать Кузнеца».)
_HARD_ENDINGS = {"dat": "у", "gen": "а", "ins": "ом", "acc": "а"}
_SOFT_ENDINGS = {"dat": "ю", "gen": "я", "ins": "ем", "acc": "я"}


def _surname_without_fleeting_vowel(value: str, declined: str, case: CaseCode) -> str:
    """A man's surname keeps its vowel where the common noun drops it (Кузнец -> Кузнецу, not
    «Кузнцу»; Соловей -> Соловею): pytrovich treats «-ец» like the noun, so its form is rebuilt."""
    low = value.lower()
    if not low or low[-1] in _VOWELS:
        return declined
    soft = low[-1] in "йь"
    stem = value[:-1] if soft else value
    if len(low) < 3 or low[-2] not in _VOWELS:
        return declined
    # the form with the vowel before the last consonant dropped: Кузнц-у, Солов-ь-ю
    dropped = low[:-2] + ("ь" if soft else low[-1])
    if not declined.lower().startswith(dropped):
        return declined
    # the vowel pytrovich drops was stressed, so the stress is on the ending: Кузнецом, Кравецом
    return stem + (_SOFT_ENDINGS if soft else _HARD_ENDINGS)[case]


def _soft_feminine_first_name(value: str, declined: str, case: CaseCode) -> str:
    """Women's first names in «-ь» decline like «Любовь» (Ассоль -> Ассоли, Айгуль -> Айгулью; the
    accusative is the nominative: «избрать Ассоль»); pytrovich leaves the ones it does not know
    unchanged, and gives a few of them an accusative in «-и»."""
    if not value.lower().endswith("ь") or len(value) < 3:
        return declined
    if case == "acc":
        return value
    if declined != value:
        return declined
    return value[:-1] + ("ью" if case == "ins" else "и")


def _indeclinable_surname(value: str) -> bool:
    """Azerbaijani «-заде» surnames (Гусейн-заде, Турсунзаде) keep every part as it is."""
    return value.lower().endswith("заде")


def _decline_part(part: NamePart, value: str, gender: Literal["m", "f"], case: CaseCode) -> str:
    if not value or case == "nom":
        return value
    if part is NamePart.MIDDLENAME and _is_turkic_patronymic(value):
        return value
    if part is NamePart.LASTNAME and _indeclinable_surname(value):
        return value
    pg = PGender.MALE if gender == "m" else PGender.FEMALE
    try:
        declined = _petrovich().make(part, pg, _PCASE[case], value, known_gender=True)
    except Exception:  # pytrovich fails on a few exotic inputs: keep the nominative, staff can correct it
        return value
    if part is NamePart.LASTNAME and gender == "m":
        # each part of a double surname (Римский-Корсаков) is checked on its own
        pieces, done = value.split("-"), declined.split("-")
        if len(pieces) == len(done):
            return "-".join(
                _surname_without_fleeting_vowel(a, b, case) for a, b in zip(pieces, done, strict=True)
            )
    if part is NamePart.FIRSTNAME and gender == "f":
        return _soft_feminine_first_name(value, declined, case)
    return declined


@dataclass(frozen=True)
class PersonName:
    """A person's name parts and gender (``m``/``f``; None: detect from the name)."""

    last: str
    first: str | None = None
    middle: str | None = None
    gender: str | None = None

    @property
    def resolved_gender(self) -> Literal["m", "f"]:
        return normalise_gender(self.gender) or detect_gender(self.first, self.middle, self.last)

    def parts(self, case: CaseCode = "nom") -> tuple[str, str, str]:
        g = self.resolved_gender
        return (
            _decline_part(NamePart.LASTNAME, _clean(self.last), g, case),
            _decline_part(NamePart.FIRSTNAME, _clean(self.first), g, case),
            _decline_part(NamePart.MIDDLENAME, _clean(self.middle), g, case),
        )

    def full(self, case: CaseCode = "nom") -> str:
        """«Шульге Олегу Викторовичу»."""
        return " ".join(p for p in self.parts(case) if p)

    def initials(self) -> str:
        """«О.В.» (a Turkic patronymic gives its first letter too: «Р.М.»)."""
        return "".join(f"{p[0].upper()}." for p in (_clean(self.first), _clean(self.middle)) if p)

    def short(self, case: CaseCode = "nom") -> str:
        """Initials before the surname, as officials are addressed: «О.В. Шульге»."""
        last = self.parts(case)[0]
        ini = self.initials()
        return f"{ini} {last}".strip()

    def short_after(self) -> str:
        """Surname then initials, as lists print people: «Шульга О.В.»."""
        return f"{_clean(self.last)} {self.initials()}".strip()

    def first_middle(self) -> str:
        return " ".join(p for p in (_clean(self.first), _clean(self.middle)) if p)


def salutation(person: PersonName) -> str:
    """«Уважаемый Олег Викторович!» / «Уважаемая Анна Сергеевна!» (surname when no first name)."""
    adj = "Уважаемая" if person.resolved_gender == "f" else "Уважаемый"
    name = person.first_middle()
    if not name:
        name = (
            ("госпожа " if person.resolved_gender == "f" else "господин ") + _clean(person.last)
            if person.last
            else ""
        )
    return f"{adj} {name}!" if name else "Уважаемые господа!"


# ---------------------------------------------------------------------------------------- positions

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_HEAD_POS = {"NOUN", "ADJF", "PRTF"}


def _match_case(template: str, word: str) -> str:
    """Give ``word`` the capitalisation of ``template`` (Глава -> Главе, ГЛАВА -> ГЛАВЕ)."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _keep_yo(original: str, inflected: str) -> str:
    """pymorphy may drop «ё» (учёный -> ученому): keep it where the stem had it."""
    if "ё" in original.lower() and "ё" not in inflected:
        idx = original.lower().find("ё")
        if idx < len(inflected) and inflected[idx] == "е":
            return inflected[:idx] + "ё" + inflected[idx + 1 :]
    return inflected


def _nominative_parses(word: str) -> list[Any]:
    """Parses of ``word`` as a nominative noun, adjective or participle, most likely first."""
    return [
        p for p in morph().parse(word) if p.tag.POS in _HEAD_POS and "nomn" in p.tag and "Fixd" not in p.tag
    ]


def _agrees(adj: Any, noun: Any) -> bool:
    """Does an adjective/participle parse agree with the next word's nominative noun parse?"""
    if adj.tag.number != noun.tag.number:
        return False
    if adj.tag.number == "plur":
        return True
    gender = noun.tag.gender
    if noun.tag.POS != "NOUN":
        return adj.tag.gender == gender
    return gender is None or adj.tag.gender == gender or "ms-f" in noun.tag


def _choose(word: str, next_word: str | None) -> tuple[Any, bool] | None:
    """The parse to inflect and whether this word is the head (the last word to decline).

    An adjective or participle that agrees with a nominative noun after it is a modifier («первый
    заместитель», «учёный секретарь»); one that does not is itself the head («исполняющий обязанности»,
    «заведующая отделом»)."""
    parses = _nominative_parses(word.lower())
    if not parses:
        return None
    if next_word is not None:
        # the next word may itself be an adjective used as a noun: «старший участковый уполномоченный»
        following = _nominative_parses(next_word.lower())
        for p in parses:
            if p.tag.POS in ("ADJF", "PRTF") and any(_agrees(p, n) for n in following):
                return p, False
    return parses[0], True


# «Заместитель главы — начальник управления»: two positions held at once, each declines.
_DASH = re.compile(r"\s+[—–-]\s+")
# «И.о. главы», «Врио губернатора»: the abbreviation is the head and does not decline, the rest is
# already in the genitive.
_ACTING = re.compile(r"^(и\.\s?о\.|вр\.?\s?и\.\s?о\.|врио)(?=\s|$)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def decline_position(position: str, case: CaseCode) -> str:
    """Only the head of a position declines: «глава администрации Центрального района» ->
    «главе администрации Центрального района»; «первый заместитель главы» -> «первому заместителю главы»;
    «исполняющий обязанности главы» -> «исполняющему обязанности главы». Unknown words stay as they are.
    Positions joined by a dash decline each: «заместителю главы — начальнику управления»."""
    text = " ".join((position or "").split())
    if not text or case == "nom":
        return text
    out: list[str] = []
    start = 0
    for m in _DASH.finditer(text):
        before = text[: m.start()]
        if before.count("«") > before.count("»") or before.count('"') % 2:
            continue  # a dash inside a quoted name («Спорт — норма жизни») joins nothing
        out += [_decline_one(text[start : m.start()], case), m.group(0)]
        start = m.end()
    out.append(_decline_one(text[start:], case))
    return "".join(out)


def _decline_one(text: str, case: CaseCode) -> str:
    if _ACTING.match(text):
        return text
    grammeme = _MORPH_CASE[case]
    out: list[str] = []
    pos = 0
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        word = m.group(0)
        nxt = words[i + 1].group(0) if i + 1 < len(words) else None
        chosen = _choose(word, nxt)
        if chosen is None:
            # a leading adverb («временно исполняющий ...») stays and the next word is tried
            if not out and nxt is not None and any(p.tag.POS == "ADVB" for p in morph().parse(word.lower())):
                i += 1
                continue
            break
        parse, is_head = chosen
        inflected = parse.inflect({grammeme})
        if inflected is None:
            break
        out.append(text[pos : m.start()])
        out.append(_match_case(word, _keep_yo(word, inflected.word)))
        pos = m.end()
        if is_head:
            break
        i += 1
    out.append(text[pos:])
    return "".join(out)


# ------------------------------------------------------------------------------------- whole forms


@dataclass(frozen=True)
class DeclinedForms:
    """One person (and position) in one case: what a letter prints."""

    case: CaseCode
    full_name: str  # «Шульге Олегу Викторовичу»
    short_name: str  # «О.В. Шульге»
    position: str  # «главе администрации Центрального района»


def forms(person: PersonName | None, position: str | None, case: CaseCode) -> DeclinedForms:
    return DeclinedForms(
        case=case,
        full_name=person.full(case) if person else "",
        short_name=person.short(case) if person else "",
        position=decline_position(position or "", case),
    )


__all__ = [
    "CASES",
    "DeclinedForms",
    "PersonName",
    "decline_position",
    "detect_gender",
    "forms",
    "morph",
    "normalise_gender",
    "salutation",
]
