"""The data model: initiatives, their status history, members, resources and partners."""

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

from cal_desktop.db.models.base import CODE, TITLE, Base, utcnow
from cal_desktop.db.models.people import Territory, Visitor

# -------------------------------------------------------------------------------------- initiatives


class Initiative(Base):
    """A resident's idea for a place, worked on by its authors with the centre's help."""

    __tablename__ = "initiatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(CODE), index=True)
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"), index=True)
    address: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(CODE), index=True)
    decline_reason: Mapped[str | None] = mapped_column(String(CODE))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)  # who accompanies it
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_date: Mapped[date | None] = mapped_column(Date, index=True)
    result_summary: Mapped[str | None] = mapped_column(Text)
    success_story: Mapped[bool] = mapped_column(Boolean, default=False)
    # initiative project fields (DOMAIN B2), used by the initiative_project template
    expected_result: Mapped[str | None] = mapped_column(Text)
    estimated_cost: Mapped[str | None] = mapped_column(String(100))
    planned_timing: Mapped[str | None] = mapped_column(String(200))
    created_on: Mapped[date] = mapped_column(Date, index=True)  # local date, for reports
    search_text: Mapped[str] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    territory: Mapped[Territory | None] = relationship()
    members: Mapped[list[InitiativeMember]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan"
    )
    status_changes: Mapped[list[InitiativeStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="InitiativeStatusChange.changed_at"
    )
    resources: Mapped[list[InitiativeResource]] = relationship(cascade="all, delete-orphan")


class InitiativeStatusChange(Base):
    """The status history: every change with from, to, when, who and a comment (the first has no from)."""

    __tablename__ = "initiative_status_changes"
    __table_args__ = (Index("ix_status_changes_initiative_changed", "initiative_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(CODE))
    to_status: Mapped[str] = mapped_column(String(CODE))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_on: Mapped[date] = mapped_column(Date, index=True)  # local date, for "status at month end"
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(String(CODE))  # out-of-scope reason for `declined`
    comment: Mapped[str | None] = mapped_column(Text)


class InitiativeMember(Base):
    """A resident taking part in an initiative: author, co-author, supporter, volunteer."""

    __tablename__ = "initiative_members"
    __table_args__ = (
        UniqueConstraint("initiative_id", "visitor_id", "role", name="uq_initiative_members_person_role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("visitors.id"), index=True)
    role: Mapped[str] = mapped_column(String(CODE))
    added_on: Mapped[date] = mapped_column(Date, index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(String(500))

    initiative: Mapped[Initiative] = relationship(back_populates="members")
    visitor: Mapped[Visitor] = relationship()


class InitiativeResource(Base):
    """Something an initiative needs (a hall, transport, paint, a designer); matched to partners' offers."""

    __tablename__ = "initiative_resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    resource: Mapped[str] = mapped_column(String(TITLE))
    resource_norm: Mapped[str] = mapped_column(String(TITLE))
    found: Mapped[bool] = mapped_column(Boolean, default=False)


class InitiativePartner(Base):
    """A partner organisation involved in an initiative, and with what."""

    __tablename__ = "initiative_partners"
    __table_args__ = (
        UniqueConstraint("initiative_id", "organisation_id", name="uq_initiative_partners_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    contribution: Mapped[str | None] = mapped_column(String(500))
    added_on: Mapped[date] = mapped_column(Date)
    # issue 18: what kind of help (vocab ContributionKind; money is not a centre resource) and the
    # volunteers' hours it brought, for ``effort.volunteer_hours`` and ``resources.in_kind_count``
    kind: Mapped[str | None] = mapped_column(String(CODE))
    hours: Mapped[int | None] = mapped_column(Integer)
