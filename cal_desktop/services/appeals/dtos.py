"""Appeals: field labels, the scan limits, and the DTOs the register's services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from cal_desktop.domain.vocab import AnswerOutcome, AppealChannel, AppealEventKind, AppealKind, AppealState

LABELS = {
    "number": "Номер",
    "sent_date": "Дата отправки",
    "channel": "Канал",
    "kind": "Вид обращения",
    "subject": "Тема",
    "organisation_id": "Орган",
    "official_id": "Должностное лицо",
    "addressee_text": "Адресат",
    "initiative_id": "Инициатива",
    "document_id": "Документ",
    "previous_appeal_id": "Первичное обращение",
    "registration_number": "Рег. номер",
    "registration_date": "Дата регистрации",
    "extension_notice_date": "Дата уведомления о продлении",
    "extended_until": "Продлено до",
    "forwarded_to_id": "Орган, куда переадресовано",
    "forwarded_date": "Дата переадресации",
    "answer_date": "Дата ответа",
    "answer_summary": "Содержание ответа",
    "answer_outcome": "Итог",
    "scan": "Скан ответа",
}

SCAN_TYPES = (
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/tiff",
    "image/gif",
    "image/bmp",
    "image/webp",
)
MAX_SCAN_BYTES = 25 * 1024 * 1024


# --------------------------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class AppealInput:
    """A new appeal: from the register form, from filing a generated document, or a journal row."""

    sent_date: date
    channel: str  # AppealChannel code or label
    kind: str | None = None  # AppealKind
    subject: str | None = None
    organisation_id: int | None = None
    official_id: int | None = None
    addressee_text: str | None = None
    initiative_id: int | None = None
    document_id: int | None = None
    previous_appeal_id: int | None = None
    number: str | None = None  # None: the next number from the settings pattern
    registration_number: str | None = None
    registration_date: date | None = None
    extended_until: date | None = None
    answer_date: date | None = None
    answer_summary: str | None = None
    answer_outcome: str | None = None
    extension_notice_date: date | None = None


@dataclass(frozen=True)
class AppealFilter:
    """Filters of the register; ``state`` is an AppealState code seen as of ``as_of`` (default today)."""

    state: str | None = None
    channel: str | None = None
    organisation_id: int | None = None
    initiative_id: int | None = None
    sent_from: date | None = None
    sent_to: date | None = None
    text: str | None = None
    as_of: date | None = None
    open_only: bool = False  # no answer yet


@dataclass(frozen=True)
class AppealSummary:
    """A row of the register (and of the alerts and the CLI report)."""

    id: int
    number: str
    sent_date: date
    channel: AppealChannel
    kind: AppealKind | None
    subject: str | None
    addressee: str
    organisation_id: int | None
    initiative_id: int | None
    initiative_title: str | None
    registration_number: str | None
    registration_date: date  # the reported one, or the estimate
    registration_estimated: bool
    extended: bool
    forwarded_to: str | None
    due_date: date
    answer_date: date | None
    answer_outcome: AnswerOutcome | None
    state: AppealState
    as_of: date


@dataclass(frozen=True)
class AppealEventDTO:
    id: int
    appeal_id: int
    appeal_number: str
    kind: AppealEventKind
    event_date: date
    details: str | None
    organisation_id: int | None
    staff_id: int | None
    created_at: datetime

    @property
    def label(self) -> str:
        return self.kind.label


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime_type: str
    size: int
    created_at: datetime


@dataclass(frozen=True)
class ScanFile:
    filename: str
    mime_type: str
    content: bytes


@dataclass(frozen=True)
class AppealDTO:
    id: int
    number: str
    kind: AppealKind | None
    subject: str | None
    sent_date: date
    channel: AppealChannel
    organisation_id: int | None
    organisation: str | None
    official_id: int | None
    addressee: str
    addressee_text: str | None
    initiative_id: int | None
    initiative_title: str | None
    document_id: int | None
    previous_appeal_id: int | None
    registration_number: str | None
    registration_date: date  # reported or estimated (see registration_estimated)
    registration_estimated: bool
    extended: bool
    extension_notice_date: date | None
    extended_until: date | None
    forwarded_to_id: int | None
    forwarded_to: str | None
    forwarded_date: date | None
    answer_date: date | None
    answer_summary: str | None
    answer_outcome: AnswerOutcome | None
    due_date: date
    state: AppealState
    as_of: date
    events: tuple[AppealEventDTO, ...]
    attachments: tuple[AttachmentInfo, ...]


class Alerts(NamedTuple):
    """What the desk shows: open appeals due soon and overdue (unpacks as a pair)."""

    due_soon: list[AppealSummary]
    overdue: list[AppealSummary]
