"""The data model: document templates and documents, appeals with their timeline, follow-ups, attachments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cal_desktop.db.models.base import CODE, TITLE, Base, utcnow

# ------------------------------------------------------------------------------ documents, templates


class DocumentTemplate(Base):
    """A template made by the centre: a copy of a built-in letter template or an uploaded .docx form.

    Built-in templates live in templates_docs/ and are not stored here.
    """

    __tablename__ = "document_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(TITLE))
    kind: Mapped[str] = mapped_column(String(CODE))  # "letter" (JSON letter model) or "docx" (docxtpl form)
    based_on: Mapped[str | None] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Document(Base):
    """A generated document kept with its case: exactly the bytes that were printed or sent."""

    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_created_on_template", "created_on", "template_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(TITLE))
    format: Mapped[str] = mapped_column(String(CODE))
    filename: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    context_json: Mapped[str | None] = mapped_column(Text)  # the values (and corrections) it was made from
    is_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_on: Mapped[date] = mapped_column(Date)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiatives.id"), index=True)
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("visitors.id"), index=True)
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id", use_alter=True), index=True)


# ------------------------------------------------------------------------------------------ appeals


class Appeal(Base):
    """An outgoing appeal in the centre's register, and the 59-FZ answer clock around it.

    ``due_date`` is derived (DOMAIN A2) and stored so that lists filter and sort by it in SQL; the
    appeals service recomputes it whenever an input of the rule changes.
    """

    __tablename__ = "appeals"
    __table_args__ = (Index("ix_appeals_open_due", "answer_date", "due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str | None] = mapped_column(String(CODE))
    subject: Mapped[str | None] = mapped_column(String(TITLE))
    sent_date: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(CODE))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"), index=True)
    addressee_text: Mapped[str | None] = mapped_column(String(500))  # as written on the letter
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiatives.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    previous_appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id"))  # a repeat appeal
    registration_number: Mapped[str | None] = mapped_column(String(100))
    registration_date: Mapped[date | None] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_notice_date: Mapped[date | None] = mapped_column(Date)
    extended_until: Mapped[date | None] = mapped_column(Date)
    forwarded_to_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    forwarded_date: Mapped[date | None] = mapped_column(Date)
    answer_date: Mapped[date | None] = mapped_column(Date, index=True)
    answer_summary: Mapped[str | None] = mapped_column(Text)
    answer_outcome: Mapped[str | None] = mapped_column(String(CODE))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    search_text: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    events: Mapped[list[AppealEvent]] = relationship(cascade="all, delete-orphan", order_by="AppealEvent.id")


class FollowUp(Base):
    """A next step someone has to take by a date: a repeat meeting, an initiative's next step, an
    appeal's answer due, ... (``kind``). It links to its record by ``source_id`` (the id in the table
    the kind names) and keeps ``visitor_id``/``initiative_id`` for lists and calls. Done follow-ups stay
    (``done_at``): they are the record's history."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_open", "done_at", "due_on"),
        Index("ix_follow_ups_source", "kind", "source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(CODE))
    source_id: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(TITLE))
    due_on: Mapped[date] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("visitors.id"), index=True)
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiatives.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class AppealEvent(Base):
    """Something that happened to an appeal: registered, extended, forwarded, answered (the timeline)."""

    __tablename__ = "appeal_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(CODE))
    event_date: Mapped[date] = mapped_column(Date)
    details: Mapped[str | None] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Attachment(Base):
    """A stored file: the scan of an answer (PDF, image), of a signed consent form, or a file of a case
    (photos, scans, office files on an initiative or a consultation: kind "file"). Kept inside the
    database, so backups, restore, erasure and PostgreSQL need nothing beside it (docs/architecture.md).
    ``visitor_id`` names the person whose data the file holds: erasing them deletes it."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id", ondelete="CASCADE"), index=True)
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("visitors.id"), index=True)
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(CODE))  # "answer_scan", "consent_scan", "file", "other"
    filename: Mapped[str] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))  # the caption in a letter's enclosures
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)  # a small PNG of a photo
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
