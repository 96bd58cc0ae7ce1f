"""The data model: merged visitor records, kept until the day is over for undoing (issue 15.5)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cal_desktop.db.models.base import CODE, Base, utcnow


class VisitorMerge(Base):
    """Two visitor records found to be one person, merged into ``kept_id`` (issue 15.5). The removed
    record's row is deleted; ``snapshot_json`` keeps what undoing needs (both records' fields: personal
    data, wiped when the day is over and undoing is no longer offered). The territories stay so that
    the report of a month before the merge still counts the person where it did."""

    __tablename__ = "visitor_merges"
    __table_args__ = (Index("ix_visitor_merges_merged_on", "merged_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(Integer, index=True)  # no FK: a later erasure or merge may remove it
    removed_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    merged_on: Mapped[date] = mapped_column(Date)  # the centre's local date: undoing ends with it
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kept_territory_before: Mapped[int | None] = mapped_column(Integer)
    removed_territory_id: Mapped[int | None] = mapped_column(Integer)
    snapshot_json: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)

    rows: Mapped[list[VisitorMergeRow]] = relationship(cascade="all, delete-orphan")


class VisitorMergeRow(Base):
    """One row a merge moved to the kept record (``pk_json``) or deleted because the kept record already
    had its twin (``deleted_json``, the whole row, for undoing; ``counted_on``/``counted_code`` keep what
    the monthly report counted it as: a membership's date and role, an event's date)."""

    __tablename__ = "visitor_merge_rows"
    __table_args__ = (Index("ix_visitor_merge_rows_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    merge_id: Mapped[int] = mapped_column(ForeignKey("visitor_merges.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    column_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int | None] = mapped_column(Integer)  # the row's id when it has a single integer key
    pk_json: Mapped[str] = mapped_column(Text)
    deleted_json: Mapped[str | None] = mapped_column(Text)
    counted_on: Mapped[date | None] = mapped_column(Date)
    counted_code: Mapped[str | None] = mapped_column(String(CODE))
# referrals and funding calls (issue 21) live in their own module on this Base
from cal_desktop.db import models_referrals as _models_referrals  # noqa: E402, F401
