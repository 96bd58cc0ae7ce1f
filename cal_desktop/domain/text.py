"""Text normalisation for search and matching (DOMAIN.md A6), phone and e-mail parsing.

Names compare case-insensitively with ё folded to е and runs of spaces collapsed; phones compare in
E.164. The same functions build the stored search columns and normalise what the user types, so both
sides always agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_SPACES = re.compile(r"\s+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NON_DIGITS = re.compile(r"\D+")


def normalize(text: str | None) -> str:
    """Lower case, ё -> е, whitespace runs collapsed, trimmed. ``None`` becomes ``""``."""
    if not text:
        return ""
    return _SPACES.sub(" ", text.replace("ё", "е").replace("Ё", "е").lower()).strip()


def full_name(last: str | None, first: str | None, middle: str | None = None) -> str:
    """«Фамилия Имя Отчество» with empty parts left out."""
    return " ".join(p.strip() for p in (last, first, middle) if p and p.strip())


def normalized_full_name(last: str | None, first: str | None, middle: str | None = None) -> str:
    return normalize(full_name(last, first, middle))


def initials_name(last: str, first: str | None, middle: str | None = None) -> str:
    """«Иванов И.И.»: surname then initials, as lists print people."""
    initials = "".join(f"{p.strip()[0]}." for p in (first, middle) if p and p.strip())
    return f"{last} {initials}".strip()


@lru_cache(maxsize=8192)
def parse_phone(text: str | None) -> str | None:
    """A Russian or international phone number in E.164 (``+79123456789``), or ``None`` when empty.

    ``8 (912) 345-67-89``, ``+7 912 345 67 89`` and ``9123456789`` are the same number.
    Raises ValueError when the text is not a valid number. Cached: an imported journal repeats its
    people's numbers, and phonenumbers takes a fifth of a millisecond per call.
    """
    if text is None or not text.strip():
        return None
    raw = text.strip()
    digits = _NON_DIGITS.sub("", raw)
    if not raw.startswith("+"):
        if len(digits) == 11 and digits[0] in "78":
            raw = "+7" + digits[1:]
        elif len(digits) == 10:
            raw = "+7" + digits
    try:
        number = phonenumbers.parse(raw, "RU")
    except phonenumbers.NumberParseException as exc:
        raise ValueError(text) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValueError(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    """A stored E.164 number as people write it: ``+7 912 345-67-89``."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_digits(text: str | None) -> str:
    """Digits only; for searching by part of a number."""
    return _NON_DIGITS.sub("", text or "")


def parse_email(text: str | None) -> str | None:
    """A trimmed e-mail address or ``None``; raises ValueError when it is clearly not one."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    if not _EMAIL.match(value):
        raise ValueError(text)
    return value


def search_text(*parts: str | None) -> str:
    """The normalised text stored in a search column: every part normalised, joined by spaces."""
    return " ".join(n for n in (normalize(p) for p in parts) if n)


def visitor_search_text(
    last: str | None, first: str | None, middle: str | None, phone: str | None, email: str | None
) -> str:
    """Name parts, the phone's digits in both the +7 and the 8 form, and the e-mail."""
    digits = phone_digits(phone)
    phone_forms = [digits]
    if digits.startswith("7") and len(digits) == 11:
        phone_forms.append("8" + digits[1:])
    return search_text(last, first, middle, *phone_forms, email)


_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def transliterate(word: str) -> str:
    """Latin letters for a login or an e-mail address (simplified GOST-like table; ъ and ь vanish)."""
    return "".join(_LATIN.get(ch, ch) for ch in word.lower()).replace("-", "")
