"""The data model: the practice library, other centres' finished initiatives and letters (issue 18)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cal_desktop.db.models.base import CODE, TITLE, Base, utcnow


class PracticeCase(Base):
    """A finished initiative of another centre, loaded from a practice package (read-only, issue 18).

    Anonymised before it left its centre: category, territory kind, the path of statuses, authority
    kinds; no title, no names. ``content_hash`` skips the same case loaded twice.
    """

    __tablename__ = "practice_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    centre_id: Mapped[str | None] = mapped_column(String(64))
    centre_name: Mapped[str] = mapped_column(String(TITLE))
    category: Mapped[str] = mapped_column(String(CODE), index=True)
    territory_kind: Mapped[str | None] = mapped_column(String(CODE))
    path_json: Mapped[str] = mapped_column(Text)  # [{"status", "days"}]
    authority_kinds: Mapped[str] = mapped_column(String(300), default="")  # codes, comma-separated
    total_days: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)  # anonymised result
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    letters: Mapped[list[PracticeLetter]] = relationship(cascade="all, delete-orphan")


class PracticeLetter(Base):
    """The anonymised text of a letter that led to a positive answer, in a loaded practice case."""

    __tablename__ = "practice_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("practice_cases.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[str | None] = mapped_column(String(100), index=True)
    appeal_kind: Mapped[str | None] = mapped_column(String(CODE))
    authority_kind: Mapped[str | None] = mapped_column(String(CODE))
    text: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)
