"""After a withdrawal of consent (issue 15.3, 152-FZ art. 9 part 2, art. 21 part 5): only anonymous
records and the processing the law requires may continue.

- a document whose author (the visitor chosen, or the initiative's author and co-authors) withdrew
  consent carries the same warning as the desk (``document_warnings``, shown by the document editor);
- per-person batches for an initiative's members leave such people out (``without_withdrawn``);
- the «mailing» export lists only the people who may be contacted: a consent given and not withdrawn,
  data not erased (``mailing_rows``, registered in ``services.exporting``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import InitiativeMember, Territory, Visitor
from cal_desktop.domain import text
from cal_desktop.domain.vocab import MemberRole
from cal_desktop.services.context import ServiceContext

T = TypeVar("T")
AUTHOR_ROLES = (MemberRole.AUTHOR.value, MemberRole.CO_AUTHOR.value)


def warning_text(full_name: str, withdrawn: Any) -> str:
    return (
        f"{full_name} отозвал(а) согласие на обработку персональных данных {withdrawn:%d.%m.%Y}: "
        "можно вести только обезличенные записи и обработку, которую требует закон."
    )


def document_warnings(ctx: ServiceContext, initiative_id: int | None, visitor_id: int | None) -> list[str]:
    """One warning per author of the document (the chosen person, the initiative's authors) who withdrew."""
    with ctx.db.read() as s:
        people = select(Visitor.last_name, Visitor.first_name, Visitor.middle_name, Visitor.consent_withdrawn_date)
        people = people.where(Visitor.consent_withdrawn_date.is_not(None), Visitor.anonymised_at.is_(None))
        ids: set[int] = {visitor_id} if visitor_id is not None else set()
        if initiative_id is not None:
            ids.update(
                s.scalars(
                    select(InitiativeMember.visitor_id).where(
                        InitiativeMember.initiative_id == initiative_id, InitiativeMember.role.in_(AUTHOR_ROLES)
                    )
                )
            )
        if not ids:
            return []
        rows = s.execute(people.where(Visitor.id.in_(ids)).order_by(Visitor.name_norm)).all()
    return [warning_text(text.full_name(last, first, middle), when) for last, first, middle, when in rows]


def withdrawn_among(session: Session, ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    found = session.scalars(
        select(Visitor.id).where(Visitor.id.in_(list(ids)), Visitor.consent_withdrawn_date.is_not(None))
    )
    return set(found)


def without_withdrawn(session: Session, members: list[tuple[int, T]]) -> list[tuple[int, T]]:
    """(visitor id, …) pairs of a batch without the people who withdrew their consent."""
    gone = withdrawn_among(session, [vid for vid, _ in members])
    return [m for m in members if m[0] not in gone]


# -------------------------------------------------------------------------------------- mailing export

MAILING_TITLE = "Рассылка (с действующим согласием)"
MAILING_HEADERS = ["Фамилия", "Имя", "Отчество", "Телефон", "Email", "Территория", "Согласие от"]
MAILING_WIDTHS = [18, 14, 18, 18, 26, 22, 14]


def _may_contact() -> Any:
    return (
        Visitor.anonymised_at.is_(None),
        Visitor.consent_date.is_not(None),
        Visitor.consent_withdrawn_date.is_(None),
        (Visitor.phone.is_not(None)) | (Visitor.email.is_not(None)),
    )


def mailing_query() -> Any:
    return select(Visitor.id).where(*_may_contact())


def mailing_rows(session: Session) -> Iterator[list[Any]]:
    stmt = (
        select(
            Visitor.last_name, Visitor.first_name, Visitor.middle_name, Visitor.phone, Visitor.email,
            Territory.name, Visitor.consent_date,
        )  # fmt: skip
        .outerjoin(Territory, Territory.id == Visitor.territory_id)
        .where(*_may_contact())
        .order_by(Visitor.name_norm, Visitor.id)
        .execution_options(yield_per=1000)
    )
    for r in session.execute(stmt):
        yield [r[0], r[1], r[2], text.format_phone(r[3]) if r[3] else None, r[4], r[5], r[6]]
