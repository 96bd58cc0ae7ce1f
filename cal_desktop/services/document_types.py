"""Documents: the DTOs the document services take and return, and the batch callbacks' types (re-exported
by services/documents.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from cal_desktop.documents.letter import Letter

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]



# ---------------------------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    title: str
    kind: str  # "letter" or "docx"
    description: str
    builtin: bool
    is_appeal: bool
    appeal_kind: str | None
    needs_official: bool
    needs_previous: bool
    per_member: bool


@dataclass(frozen=True)
class BuiltLetter:
    """What the editor shows: the values (editable), the tables, and the letter made from them."""

    template: TemplateInfo
    values: dict[str, str]
    tables: dict[str, list[list[str]]]
    letter: Letter | None  # None for a .docx form (it is filled, not laid out)
    initiative_id: int | None
    official_id: int | None
    appeal_id: int | None
    visitor_id: int | None
    members: list[dict[str, str]] = field(default_factory=list)  # for loops in .docx forms


@dataclass(frozen=True)
class StoredDocument:
    id: int
    template_id: str
    title: str
    format: str
    filename: str
    content: bytes
    is_draft: bool
    created_on: date
    initiative_id: int | None
    appeal_id: int | None


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    template_id: str
    title: str
    format: str
    is_draft: bool
    created_on: date
    appeal_id: int | None

