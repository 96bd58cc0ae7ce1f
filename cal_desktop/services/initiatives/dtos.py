"""Initiatives: field labels and the DTOs the service takes and returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from cal_desktop.domain.vocab import (
    OPEN_STATUSES,
    AppealState,
    Category,
    InitiativeStatus,
    MemberRole,
    OutOfScopeReason,
)
from cal_desktop.services.appeals import AppealEventDTO
from cal_desktop.services.events_query import EventRow
from cal_desktop.services.events_signatures import CampaignDTO

LABELS = {
    "title": "Название",
    "description": "Описание",
    "category": "Категория",
    "territory_id": "Территория",
    "address": "Адрес",
    "staff_id": "Сопровождает",
    "expected_result": "Ожидаемый результат",
    "estimated_cost": "Предварительная стоимость",
    "planned_timing": "Сроки",
    "author_id": "Автор",
    "status": "Статус",
    "reason": "Причина отказа",
    "result_summary": "Результат",
    "comment": "Комментарий",
    "visitor_id": "Участник",
    "role": "Роль",
    "next_step": "Следующий шаг",
    "next_step_date": "Дата следующего шага",
    "resource": "Ресурс",
    "organisation_id": "Партнёр",
    "contribution": "Вклад партнёра",
    "media_id": "СМИ",
    "url": "Ссылка",
    "published_on": "Дата публикации",
}


# -------------------------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class InitiativeInput:
    title: str
    category: str  # Category code or label
    description: str | None = None
    territory_id: int | None = None
    address: str | None = None
    staff_id: int | None = None  # the staff member who accompanies it; None: the one acting (on create)
    expected_result: str | None = None
    estimated_cost: str | None = None
    planned_timing: str | None = None


@dataclass(frozen=True)
class InitiativeFilter:
    """What the list and the board show; every field narrows the list (None: no condition)."""

    statuses: Sequence[str] | None = None
    category: str | None = None
    territory_id: int | None = None  # the territory and everything inside it
    staff_id: int | None = None
    text: str | None = None  # words of the title or address
    open: bool | None = None  # True: open statuses only; False: closed only
    author_id: int | None = None  # a visitor taking part in any role


@dataclass(frozen=True)
class InitiativeSummary:
    """A row of the list or a card on the board."""

    id: int
    title: str
    category: Category
    status: InitiativeStatus
    territory: str | None
    address: str | None
    staff_name: str | None
    authors: str  # «Иванов И.И., Петрова А.С.»
    next_step: str | None
    next_step_date: date | None
    created_on: date


@dataclass(frozen=True)
class MemberDTO:
    id: int
    visitor_id: int
    full_name: str
    phone: str | None
    role: MemberRole
    added_on: date
    note: str | None


@dataclass(frozen=True)
class StatusChangeDTO:
    id: int
    from_status: InitiativeStatus | None
    to_status: InitiativeStatus
    changed_at: datetime  # local time
    changed_on: date
    staff_name: str | None
    reason: OutOfScopeReason | None
    comment: str | None


@dataclass(frozen=True)
class LinkedConsultation:
    id: int
    occurred_on: date
    visitor_name: str | None
    outcome: str
    summary: str | None


@dataclass(frozen=True)
class ResourceNeed:
    id: int
    resource: str
    found: bool


@dataclass(frozen=True)
class PartnerLink:
    id: int
    organisation_id: int
    name: str
    contribution: str | None
    added_on: date


@dataclass(frozen=True)
class PublicationDTO:
    id: int
    title: str
    media_id: int | None
    media_name: str | None
    url: str | None
    published_on: date | None
    notes: str | None


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    template_id: str
    created_on: date


@dataclass(frozen=True)
class AppealRow:
    id: int
    number: str
    sent_date: date
    addressee_text: str | None
    answer_date: date | None
    due_date: date | None = None
    state: AppealState | None = None


@dataclass(frozen=True)
class InitiativeCard:
    """Everything the initiative card shows."""

    id: int
    title: str
    description: str | None
    category: Category
    territory_id: int | None
    territory: str | None
    address: str | None
    status: InitiativeStatus
    decline_reason: OutOfScopeReason | None
    staff_id: int | None
    staff_name: str | None
    next_step: str | None
    next_step_date: date | None
    result_summary: str | None
    success_story: bool
    expected_result: str | None
    estimated_cost: str | None
    planned_timing: str | None
    created_on: date
    members: list[MemberDTO] = field(default_factory=list)
    timeline: list[StatusChangeDTO] = field(default_factory=list)
    consultations: list[LinkedConsultation] = field(default_factory=list)
    consultations_total: int = 0
    resources: list[ResourceNeed] = field(default_factory=list)
    partners: list[PartnerLink] = field(default_factory=list)
    publications: list[PublicationDTO] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
    appeals: list[AppealRow] = field(default_factory=list)
    # what happened to its appeals (registered, extended, forwarded, answered), for the timeline
    appeal_events: list[AppealEventDTO] = field(default_factory=list)
    # its meetings and events (services.events), oldest first, for the history
    events: list[EventRow] = field(default_factory=list)
    campaigns: list[CampaignDTO] = field(default_factory=list)  # signature collections (issue 16)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class SuccessStory:
    """An implemented initiative as the network receives it: no personal data."""

    id: int
    title: str
    category: Category
    territory: str | None
    result_summary: str | None
    created_on: date
    done_on: date
