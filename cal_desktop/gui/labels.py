"""Vocabulary labels as shown in the GUI.

The Russian labels are the domain's own (``vocab.X.label``, DOMAIN A1), so Russian needs no
translation; English mode uses the short English names below.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cal_desktop.domain.vocab import Vocabulary

_ENGLISH: dict[str, dict[str, str]] = {
    "Channel": {
        "in_person": "in person",
        "phone": "by phone",
        "online": "online/messenger",
        "outreach": "outreach",
    },
    "Topic": {
        "info_search": "finding information, an official, an authority",
        "people_search": "finding like-minded people, partners, resources",
        "drafting": "shaping the idea and drafting documents",
        "informing": "informing, incl. through the media",
        "other": "other",
    },
    "Outcome": {
        "advised": "advice given",
        "document_prepared": "document prepared",
        "referred": "referred to another organisation",
        "declined": "declined",
        "follow_up": "follow-up meeting set",
    },
    "OutOfScopeReason": {
        "financial_aid": "a request for money or material help",
        "elections_politics": "elections, candidates, parties",
        "do_it_for_me": "asked to carry out the initiative for the author",
        "contrary_to_values": "contrary to the centre's values",
        "other": "other",
    },
    "Gender": {"m": "male", "f": "female"},
    "InitiativeStatus": {
        "idea": "idea",
        "shaping": "shaping",
        "gathering": "gathering support",
        "appealing": "appealing to authorities",
        "implementing": "implementing",
        "done": "done",
        "paused": "paused",
        "declined": "declined",
        "withdrawn": "withdrawn",
    },
    "MemberRole": {
        "author": "author",
        "co_author": "co-author",
        "supporter": "supporter",
        "volunteer": "volunteer",
    },
}


def label(member: Vocabulary | None) -> str:
    if member is None:
        return ""
    if QLocale().language() == QLocale.Language.English:
        return _ENGLISH.get(type(member).__name__, {}).get(member.value, member.label)
    return member.label


def label_of(kind: type[Vocabulary], code: str | None) -> str:
    """The label of a stored code; an unknown code is shown as it is."""
    if not code:
        return ""
    try:
        return label(kind(code))
    except ValueError:
        return code
