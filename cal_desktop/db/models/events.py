"""The data model: meetings and events, signature campaigns and sheets."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cal_desktop.db.models.base import CODE, TITLE, Base, utcnow

# ------------------------------------------------------------------------------- meetings and events


class Event(Base):
    """A meeting or event of the centre: a residents' meeting, a meeting with an official, an action,
    a training, a network event. Present people are visitors (``EventParticipant``) plus a head-count of
    those not named; the report counts both."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_held_on_id", "held_on", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(CODE), index=True)
    title: Mapped[str | None] = mapped_column(String(TITLE))  # the subject or agenda in a few words
    held_on: Mapped[date] = mapped_column(Date)  # the centre's local date
    start_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(500))
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"), index=True)
    organiser_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    unnamed_count: Mapped[int] = mapped_column(Integer, default=0)  # present but not named
    guests: Mapped[str | None] = mapped_column(Text)  # officials and partners present, as written
    decisions: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    initiatives: Mapped[list[EventInitiative]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    participants: Mapped[list[EventParticipant]] = relationship(cascade="all, delete-orphan")


class EventInitiative(Base):
    """An initiative a meeting or event was about (one event may serve several)."""

    __tablename__ = "event_initiatives"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EventParticipant(Base):
    """A visitor present at a meeting or event."""

    __tablename__ = "event_participants"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitors.id"), primary_key=True, index=True)


class SignatureCampaign(Base):
    """Signatures gathered for an initiative (an initiative project needs a threshold the municipality
    sets): the target and period; completed on the day its returned sheets reached the target. Only
    counts and sheet numbers are kept, not the signatories."""

    __tablename__ = "signature_campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    target: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"))
    completed_on: Mapped[date | None] = mapped_column(Date, index=True)
    # the highest sheet number printed so far: the next print run goes on from it (no number twice)
    sheets_printed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    sheets: Mapped[list[SignatureSheet]] = relationship(
        cascade="all, delete-orphan", order_by="SignatureSheet.number"
    )


class SignatureSheet(Base):
    """A numbered signature sheet returned: signatures counted valid and invalid (with the reason)."""

    __tablename__ = "signature_sheets"
    __table_args__ = (UniqueConstraint("campaign_id", "number", name="uq_signature_sheets_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("signature_campaigns.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    returned_on: Mapped[date] = mapped_column(Date, index=True)
    valid_count: Mapped[int] = mapped_column(Integer, default=0)
    invalid_count: Mapped[int] = mapped_column(Integer, default=0)
    invalid_reason: Mapped[str | None] = mapped_column(String(300))


