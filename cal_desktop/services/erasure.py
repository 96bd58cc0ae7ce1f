"""Erasure of a person (152-FZ art. 21), the part a restore needs as well as the personal-data service.

Kept apart from services/personal_data.py so that the backups (services/backup.py, backup_postgres.py)
can re-apply erasures after a restore without importing personal_data, which lists the backups for a
subject's request: the two would import each other.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Consultation, Document, InitiativeMember, Visitor
from cal_desktop.domain import clock
from cal_desktop.services import attachments, attachments_open, audit
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import SYSTEM, ServiceContext

ANONYMISED_NAME = "Данные удалены"
# templates that print every member of an initiative (signature tables, minutes, consent batches)
LISTS_MEMBERS = ("collective_appeal", "signature_sheet", "meeting_minutes", "pd_consent")


def anonymise(session: Session, ctx: ServiceContext, visitor_id: int, **details: Any) -> None:
    visitor = get_or_404(session, Visitor, visitor_id, "Посетитель")
    for name in (
        "middle_name",
        "gender",
        "birth_date",
        "phone",
        "email",
        "address",
        "notes",
        "consent_form_version",
    ):
        setattr(visitor, name, None)
    visitor.last_name = ANONYMISED_NAME
    visitor.first_name = ""
    visitor.name_norm = ""
    visitor.search_text = ""
    visitor.anonymised_at = clock.utcnow()
    # free text written about the person's visits may name them or their circumstances
    session.execute(update(Consultation).where(Consultation.visitor_id == visitor_id).values(summary=None))
    # scans of their consent, files of their consultations and files of a case marked as theirs
    attachments_open.forget_copies(attachments.erase_person_files(session, visitor_id))  # files of a case
    # documents naming the person (consents, their appeals): the register keeps the row, not the text
    member_of = select(InitiativeMember.initiative_id).where(InitiativeMember.visitor_id == visitor_id)
    author_of = member_of.where(InitiativeMember.role.in_(["author", "co_author"]))
    naming = select(Document.id).where(
        or_(
            Document.visitor_id == visitor_id,
            Document.initiative_id.in_(author_of),
            and_(Document.initiative_id.in_(member_of), Document.template_id.in_(LISTS_MEMBERS)),
        )
    )
    session.execute(
        update(Document)
        .where(Document.id.in_(naming))
        .values(content=b"", context_json=None, filename="удалено.pdf")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(InitiativeMember).where(InitiativeMember.visitor_id == visitor_id).values(note=None)
    )
    from cal_desktop.services import visitor_merge  # noqa: PLC0415 (it imports the visitors service)

    visitor_merge.forget(session, visitor_id)  # a merge's undo copy of the person goes too (issue 15.5)
    audit.record(session, ctx, "anonymise", "visitor", visitor_id, **details)


def reapply(
    url: str, erased: list[tuple[int, str]], withdrawn: list[tuple[int, str, str]], source: str
) -> tuple[int, int]:
    """After a restore (152-FZ art. 21): apply to the restored database ``url`` (not yet in use) the
    erasures and consent withdrawals that the replaced database ``source`` holds and it lacks.
    A person is the same when both id and creation time agree, so a backup of another database never
    has the wrong person erased. Returns how many erasures and withdrawals were applied."""
    database = Database(url)
    ctx = ServiceContext(database, SYSTEM)
    erasures = withdrawals = 0
    try:
        with database.session() as s:
            for vid, created in erased:
                visitor = _same_person(s, vid, created)
                if visitor is not None and visitor.anonymised_at is None:
                    anonymise(s, ctx, vid, reapplied_from=source)
                    erasures += 1
            for vid, created, withdrawn_on in withdrawn:
                visitor = _same_person(s, vid, created)
                day = as_date(withdrawn_on)
                if visitor is None or visitor.anonymised_at is not None or day is None:
                    continue
                if visitor.consent_withdrawn_date != day:
                    visitor.consent_withdrawn_date = day
                    audit.record(s, ctx, "withdraw_consent", "visitor", vid, reapplied_from=source)
                    withdrawals += 1
    finally:
        database.dispose()
    return erasures, withdrawals


def _same_person(session: Session, visitor_id: int, created: str) -> Visitor | None:
    visitor = session.get(Visitor, visitor_id)
    if visitor is None:
        return None
    try:
        return visitor if visitor.created_at == datetime.fromisoformat(str(created)) else None
    except ValueError:
        return None


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
