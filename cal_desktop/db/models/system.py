"""The data model: calendar overrides, counters, settings, the audit log and import runs."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from cal_desktop.db.models.base import CODE, TITLE, Base, utcnow

# ------------------------------------------------------------------------------------ calendar etc.


class CalendarOverride(Base):
    """A correction of the Russian working calendar: a regional day off added, or a working day restored."""

    __tablename__ = "calendar_overrides"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_day_off: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(300))


class Counter(Base):
    """A numbering sequence (e.g. outgoing appeal numbers per year), incremented under the write lock."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """A setting (the centre's requisites, numbering pattern, delivery days, ...) stored as JSON text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """Who did what and when. Written by the services for every write, export and view of personal data."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    action: Mapped[str] = mapped_column(String(CODE))  # create, update, delete, export, view, ...
    entity: Mapped[str] = mapped_column(String(CODE))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str | None] = mapped_column(Text)  # JSON; never personal data beyond ids


# ------------------------------------------------------------------------------------------- imports


class ImportRun(Base):
    """An import writing in short transactions. While it runs, every row it adds is listed in
    ``import_created``; a failed, cancelled or abandoned run (its process gone) is undone from that list,
    so an import stays all-or-nothing without holding the write lock for minutes. A finished run is
    deleted with its list."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(CODE))
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)  # last slice written
    host: Mapped[str] = mapped_column(String(TITLE))
    pid: Mapped[int] = mapped_column(Integer)


class ImportCreated(Base):
    """One row an unfinished import added: (table, id)."""

    __tablename__ = "import_created"

    run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id", ondelete="CASCADE"), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
