"""The data model's base class, naming convention and column sizes (conventions: see the package)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    MetaData,
)
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names make migrations reproducible on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE = 32  # length of a vocabulary code column
NAME = 100  # a name part
TITLE = 300
PHONE = 20


def utcnow() -> datetime:
    """Now in UTC, naive (how every ``*_at`` column stores time)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


