"""Referrals and funding calls (issue 21), declared on the same ``Base`` as ``models.py`` (which imports
this module at its end, so that the metadata and Alembic see these tables).

- ``Referral``: where a consultation with the outcome «перенаправлен» sent the person (an organisation
  of the directory, or a name as typed), an optional date to check back, and the answer to «помогло ли?».
  No personal data: the person is reached through the consultation.
- ``FundingCall``: a call for applications (initiative budgeting, grants, TOS contests, municipal
  subsidies) with its dates, territory, link and an optional document.
- ``CallApplication``: an initiative's application to a call (date, documents, status, result).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from cal_desktop.db.models import CODE, TITLE, Base, utcnow


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), unique=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    # the organisation's name as chosen or typed (kept when the directory entry goes)
    organisation_name: Mapped[str] = mapped_column(String(TITLE))
    check_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(String(CODE))  # ReferralResult, None while unknown
    result_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class FundingCall(Base):
    __tablename__ = "funding_calls"
    __table_args__ = (Index("ix_funding_calls_closes_on_id", "closes_on", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE))
    organiser: Mapped[str | None] = mapped_column(String(TITLE))
    kind: Mapped[str] = mapped_column(String(CODE), index=True)
    opens_on: Mapped[date | None] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    territory_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"), index=True)
    link: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    document_name: Mapped[str | None] = mapped_column(String(TITLE))
    document: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))  # read only when opened
    title_norm: Mapped[str] = mapped_column(String(TITLE), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class CallApplication(Base):
    __tablename__ = "call_applications"
    __table_args__ = (UniqueConstraint("call_id", "initiative_id", name="uq_call_applications_call"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("funding_calls.id", ondelete="CASCADE"))
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"), index=True)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    documents: Mapped[str | None] = mapped_column(Text)  # what was submitted, one per line
    status: Mapped[str] = mapped_column(String(CODE))  # ApplicationStatus
    result: Mapped[str | None] = mapped_column(Text)  # e.g. «выделено 450 000 руб.»
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
