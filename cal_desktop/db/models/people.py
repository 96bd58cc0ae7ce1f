"""The data model: staff, the territory tree, visitors and their consultations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cal_desktop.db.models.base import CODE, NAME, PHONE, TITLE, Base, utcnow

# --------------------------------------------------------------------------------------------- staff


class Staff(Base):
    """A staff account: the person at the desk, the author of documents and audit entries."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(NAME))
    first_name: Mapped[str | None] = mapped_column(String(NAME))
    middle_name: Mapped[str | None] = mapped_column(String(NAME))
    position: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(PHONE))
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(CODE), default="staff")
    password_hash: Mapped[str | None] = mapped_column(String(400))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# ---------------------------------------------------------------------------------------- territory


class Territory(Base):
    """A node of the territory tree: settlement > district > microdistrict > street > yard."""

    __tablename__ = "territories"
    __table_args__ = (UniqueConstraint("parent_id", "name_norm", name="uq_territories_parent_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"), index=True)
    kind: Mapped[str] = mapped_column(String(CODE))
    name: Mapped[str] = mapped_column(String(TITLE))
    name_norm: Mapped[str] = mapped_column(String(TITLE), index=True)

    parent: Mapped[Territory | None] = relationship(remote_side="Territory.id")


# ----------------------------------------------------------------------------------------- visitors


class Visitor(Base):
    """A resident who came to the centre (or phoned, wrote, was met on an outreach visit)."""

    __tablename__ = "visitors"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_name: Mapped[str] = mapped_column(String(NAME))
    first_name: Mapped[str] = mapped_column(String(NAME))
    middle_name: Mapped[str | None] = mapped_column(String(NAME))
    gender: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(PHONE), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(500))
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"), index=True)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_form_version: Mapped[str | None] = mapped_column(String(50))
    consent_withdrawn_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # normalised "фамилия имя отчество" for duplicate matching, and the text searched as you type
    name_norm: Mapped[str] = mapped_column(String(TITLE), index=True)
    search_text: Mapped[str] = mapped_column(String(800))
    # the latest consultation's occurred_at, kept by SQLite triggers (migration 0005) to rank search
    # results by recency; other databases leave it empty and compute it when searching
    last_visit_at: Mapped[datetime | None] = mapped_column(DateTime)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        # the most recent visitors with everything search reads, so that a common word is answered from
        # this index alone (services.visitor_search)
        Index("ix_visitors_recent", "last_visit_at", "name_norm", "search_text", "anonymised_at"),
        # the surnames starting with a word, ranked by the last visit from this index alone
        Index("ix_visitors_name_recent", "name_norm", "last_visit_at", "anonymised_at"),
    )

    territory: Mapped[Territory | None] = relationship()


# ------------------------------------------------------------------------------------ consultations


class Consultation(Base):
    """One conversation with a visitor (or an anonymous one) about their idea or problem."""

    __tablename__ = "consultations"
    __table_args__ = (
        Index("ix_consultations_occurred_on_id", "occurred_on", "id"),
        Index("ix_consultations_visitor_occurred", "visitor_id", "occurred_at"),
        # a visitor's first consultation ("new visitors" of the monthly report)
        Index("ix_consultations_visitor_on", "visitor_id", "occurred_on"),
        Index("ix_consultations_follow_up", "follow_up_date", "follow_up_done"),
        # an import's duplicate check looks consultations up by their moment (services/imports)
        Index("ix_consultations_occurred_at", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    occurred_on: Mapped[date] = mapped_column(Date)  # the centre's local date, for lists and reports
    channel: Mapped[str] = mapped_column(String(CODE))
    summary: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(CODE))
    out_of_scope_reason: Mapped[str | None] = mapped_column(String(CODE))
    duration_min: Mapped[int | None] = mapped_column(Integer)
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("visitors.id"))
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiatives.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    topics: Mapped[list[ConsultationTopic]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ConsultationTopic.topic"
    )
    visitor: Mapped[Visitor | None] = relationship()
    staff: Mapped[Staff | None] = relationship()


class ConsultationTopic(Base):
    """A help topic of a consultation (one consultation has one or more)."""

    __tablename__ = "consultation_topics"
    __table_args__ = (Index("ix_consultation_topics_topic", "topic", "consultation_id"),)

    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(CODE), primary_key=True)


