"""The data model: organisations (authorities, partners, media), officials, publications."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cal_desktop.db.models.base import CODE, NAME, PHONE, TITLE, Base, utcnow

# ---------------------------------------------------------------------------------------- directory


class Organisation(Base):
    """An authority, a partner (NGO, business, institution) or a media outlet."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(CODE), index=True)
    partner_kind: Mapped[str | None] = mapped_column(String(CODE))
    name: Mapped[str] = mapped_column(String(TITLE))
    short_name: Mapped[str | None] = mapped_column(String(TITLE))
    address: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(PHONE))
    website: Mapped[str | None] = mapped_column(String(300))
    reception_hours: Mapped[str | None] = mapped_column(String(300))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    inn: Mapped[str | None] = mapped_column(String(12), index=True)  # ИНН, check digits validated
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    name_norm: Mapped[str] = mapped_column(String(TITLE), index=True)
    search_text: Mapped[str] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    officials: Mapped[list[Official]] = relationship(back_populates="organisation")
    resources: Mapped[list[PartnerResource]] = relationship(cascade="all, delete-orphan")


class PartnerResource(Base):
    """A resource a partner offers (premises, printing, volunteers, materials)."""

    __tablename__ = "partner_resources"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    resource: Mapped[str] = mapped_column(String(TITLE))
    resource_norm: Mapped[str] = mapped_column(String(TITLE))


class Official(Base):
    """A person in an authority to whom appeals are addressed."""

    __tablename__ = "officials"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    position: Mapped[str] = mapped_column(String(TITLE))
    last_name: Mapped[str | None] = mapped_column(String(NAME))
    first_name: Mapped[str | None] = mapped_column(String(NAME))
    middle_name: Mapped[str | None] = mapped_column(String(NAME))
    gender: Mapped[str | None] = mapped_column(String(1))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(PHONE))
    reception_hours: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    organisation: Mapped[Organisation] = relationship(back_populates="officials")
    categories: Mapped[list[OfficialCategory]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    territories: Mapped[list[OfficialTerritory]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    declined_forms: Mapped[list[OfficialDeclinedForm]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class OfficialCategory(Base):
    __tablename__ = "official_categories"

    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(CODE), primary_key=True)


class OfficialTerritory(Base):
    __tablename__ = "official_territories"

    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"), primary_key=True)
    territory_id: Mapped[int] = mapped_column(ForeignKey("territories.id"), primary_key=True)


class OfficialDeclinedForm(Base):
    """A staff correction of how an official's position and name decline; it wins over the automatic form.

    One row per grammatical case (``dat``, ``gen``, ``ins``); an empty column means "no correction".
    """

    __tablename__ = "official_declined_forms"

    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"), primary_key=True)
    grammatical_case: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    position: Mapped[str | None] = mapped_column(String(TITLE))
    full_name: Mapped[str | None] = mapped_column(String(TITLE))  # «Шульге Олегу Викторовичу»
    short_name: Mapped[str | None] = mapped_column(String(TITLE))  # «О.В. Шульге»
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Publication(Base):
    """A publication in the media about an initiative or the centre."""

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiatives.id"), index=True)
    media_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    title: Mapped[str] = mapped_column(String(TITLE))
    url: Mapped[str | None] = mapped_column(String(500))
    published_on: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


