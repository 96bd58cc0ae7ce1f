"""The directory: normalised resource words, so that what partners offer matches what initiatives need."""

from __future__ import annotations

import re
from functools import lru_cache

from cal_desktop.documents import declension
from cal_desktop.domain import text

# ------------------------------------------------------------------------------- resource matching

_STOP_WORDS = frozenset(
    [
        "и",
        "или",
        "в",
        "во",
        "на",
        "для",
        "с",
        "со",
        "по",
        "из",
        "от",
        "до",
        "за",
        "к",
        "ко",
        "о",
        "об",
        "а",
        "но",
        "не",
        "же",
        "ли",
        "бы",
        "то",
        "это",
        "тот",
        "та",
        "те",
        "для",
        "при",
        "под",
        "над",
        "без",
    ]
)
_WORD = re.compile(r"[а-яёa-z0-9]+")


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    """The dictionary form of a word, preferring a noun reading («саженцев» -> «саженец»)."""
    parses = declension.morph().parse(word)
    if not parses:
        return word
    best = next((p for p in parses if p.tag.POS == "NOUN"), parses[0])
    return str(best.normal_form).replace("ё", "е")


def resource_norm(resource: str | None) -> str:
    """The meaningful words of a resource in their dictionary form, space-separated, without repeats.

    «Краски и кисти» -> «краска кисть». Stored in ``resource_norm`` columns and compared word by word.
    """
    words: list[str] = []
    for raw in _WORD.findall(text.normalize(resource)):
        if raw in _STOP_WORDS or len(raw) < 3:
            continue
        lemma = _lemma(raw)
        if lemma not in words:
            words.append(lemma)
    return " ".join(words)
