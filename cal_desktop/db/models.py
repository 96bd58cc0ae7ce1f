"""The whole data model (SQLAlchemy 2 typed ORM).

Conventions:
- vocabulary codes (domain/vocab.py) are stored as short strings, validated by the services;
- ``*_at`` columns are UTC timestamps (naive, UTC by convention); ``*_on`` / ``*_date`` columns are the
  centre's local calendar dates;
- ``*_norm`` / ``search_text`` columns hold text normalised by ``domain.text`` for search and matching;
- personal data is erased by overwriting it in place (``anonymised_at`` set), never soft-deleted.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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


# ------------------------------------------------------------------------------- practice library


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


# ----------------------------------------------------------------------------- merged visitor records


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
