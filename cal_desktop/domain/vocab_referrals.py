"""Vocabularies of referrals and funding calls (issue 21): codes stored, Russian labels shown.

Kept beside ``vocab.py`` (which holds DOMAIN A1); the labels join its tables when this module is
imported, which every module using these classes does by importing them from here.
"""

from __future__ import annotations

from cal_desktop.domain import vocab
from cal_desktop.domain.vocab import Vocabulary


class ReferralResult(Vocabulary):
    """The answer to «помогло ли?» when staff check back on a referral."""

    HELPED = "helped"
    NOT_HELPED = "not_helped"
    UNREACHABLE = "unreachable"


class FundingKind(Vocabulary):
    """What a funding call is (DOMAIN A4, funding calls)."""

    INITIATIVE_BUDGETING = "initiative_budgeting"
    GRANTS = "grants"
    TOS_CONTEST = "tos_contest"
    MUNICIPAL_SUBSIDY = "municipal_subsidy"
    OTHER = "other"


class ApplicationStatus(Vocabulary):
    """Where an initiative's application to a funding call stands."""

    PREPARING = "preparing"
    SUBMITTED = "submitted"
    SUPPORTED = "supported"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


vocab._LABELS.update(  # noqa: SLF001 (one table of labels for every vocabulary)
    {
        "ReferralResult": {
            "helped": "помогло",
            "not_helped": "не помогло",
            "unreachable": "не удалось связаться",
        },
        "FundingKind": {
            "initiative_budgeting": "инициативное бюджетирование",
            "grants": "гранты",
            "tos_contest": "конкурсы ТОС",
            "municipal_subsidy": "муниципальные субсидии НКО",
            "other": "другое",
        },
        "ApplicationStatus": {
            "preparing": "готовится",
            "submitted": "подана",
            "supported": "поддержана",
            "rejected": "не поддержана",
            "withdrawn": "отозвана",
        },
    }
)
vocab._ALIASES.update(  # noqa: SLF001
    {
        "FundingKind": {
            "initiative_budgeting": ("инициативное бюджетирование", "инициативный бюджет", "иб"),
            "grants": ("грант",),
            "tos_contest": ("конкурс тос", "тос"),
            "municipal_subsidy": ("субсидии нко", "муниципальные субсидии", "субсидия"),
        },
        "ReferralResult": {"unreachable": ("не дозвонились",)},
    }
)
