"""The whole data model (SQLAlchemy 2 typed ORM).

Conventions:
- vocabulary codes (domain/vocab.py) are stored as short strings, validated by the services;
- ``*_at`` columns are UTC timestamps (naive, UTC by convention); ``*_on`` / ``*_date`` columns are the
  centre's local calendar dates;
- ``*_norm`` / ``search_text`` columns hold text normalised by ``domain.text`` for search and matching;
- personal data is erased by overwriting it in place (``anonymised_at`` set), never soft-deleted.

The package holds it by area (``base``, ``people``, ``initiatives``, ``directory``, ``events``,
``records``, ``system``, ``practice``, ``merges``; referrals and funding calls in ``db/models_referrals.py``); every name is re-exported here, so ``from cal_desktop.db.models import X``
and ``models.X`` keep working, and importing the package registers every table on ``Base.metadata``.
"""

from __future__ import annotations

from cal_desktop.db.models.base import (
    CODE,
    NAME,
    NAMING_CONVENTION,
    PHONE,
    TITLE,
    Base,
    utcnow,
)
from cal_desktop.db.models.directory import (
    Official,
    OfficialCategory,
    OfficialDeclinedForm,
    OfficialTerritory,
    Organisation,
    PartnerResource,
    Publication,
)
from cal_desktop.db.models.events import (
    Event,
    EventInitiative,
    EventParticipant,
    SignatureCampaign,
    SignatureSheet,
)
from cal_desktop.db.models.initiatives import (
    Initiative,
    InitiativeMember,
    InitiativePartner,
    InitiativeResource,
    InitiativeStatusChange,
)
from cal_desktop.db.models.merges import VisitorMerge, VisitorMergeRow
from cal_desktop.db.models.people import (
    Consultation,
    ConsultationTopic,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.db.models.practice import PracticeCase, PracticeLetter
from cal_desktop.db.models.records import (
    Appeal,
    AppealEvent,
    Attachment,
    Document,
    DocumentTemplate,
    FollowUp,
)
from cal_desktop.db.models.system import (
    AuditEntry,
    CalendarOverride,
    Counter,
    ImportCreated,
    ImportRun,
    Setting,
)

__all__ = [
    "PracticeCase",
    "PracticeLetter",
    "VisitorMerge",
    "VisitorMergeRow",
    "Appeal",
    "AppealEvent",
    "Attachment",
    "AuditEntry",
    "Base",
    "CODE",
    "CalendarOverride",
    "Consultation",
    "ConsultationTopic",
    "Counter",
    "Document",
    "DocumentTemplate",
    "Event",
    "EventInitiative",
    "EventParticipant",
    "FollowUp",
    "ImportCreated",
    "ImportRun",
    "Initiative",
    "InitiativeMember",
    "InitiativePartner",
    "InitiativeResource",
    "InitiativeStatusChange",
    "NAME",
    "NAMING_CONVENTION",
    "Official",
    "OfficialCategory",
    "OfficialDeclinedForm",
    "OfficialTerritory",
    "Organisation",
    "PHONE",
    "PartnerResource",
    "Publication",
    "Setting",
    "SignatureCampaign",
    "SignatureSheet",
    "Staff",
    "TITLE",
    "Territory",
    "Visitor",
    "utcnow",
]

# referrals and funding calls (issue 21) live in their own module on this Base
from cal_desktop.db import models_referrals as _models_referrals  # noqa: E402, F401
