"""Appeals: helpers that registering and the letters' timeline share (date checks, timeline entries, the search text)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    AppealEvent,
    Official,
    Organisation,
)
from cal_desktop.domain import text
from cal_desktop.domain.clock import today
from cal_desktop.domain.vocab import AnswerOutcome, AppealEventKind
from cal_desktop.services.appeals.dtos import LABELS
from cal_desktop.services.common import Checker
from cal_desktop.services.context import ServiceContext

# ----------------------------------------------------------------------------------- validation


def _not_before(c: Checker, field: str, value: date | None, earliest: date | None, what: str) -> None:
    if value is not None and earliest is not None and value < earliest:
        c.fail(field, LABELS[field], f"не может быть раньше {what} ({earliest:%d.%m.%Y})")


def _not_future(c: Checker, field: str, value: date | None) -> None:
    if value is not None and value > today():
        c.fail(field, LABELS[field], "дата не может быть в будущем")


def _check_date(c: Checker, field: str, value: object, required: bool = False) -> date | None:
    if value is None:
        if required:
            c.fail(field, LABELS[field], "обязательное поле")
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        c.fail(field, LABELS[field], "неверная дата")
        return None
    return value


_LETTER_FIELDS = (
    "number",
    "sent_date",
    "channel",
    "kind",
    "subject",
    "addressee_text",
    "organisation_id",
    "official_id",
    "initiative_id",
)


def _require_open(c: Checker, a: Appeal) -> None:
    if a.answer_date is not None:
        c.fail("answer_date", LABELS["answer_date"], f"ответ уже получен {a.answer_date:%d.%m.%Y}")


def _event(
    session: Session,
    ctx: ServiceContext,
    a: Appeal,
    kind: AppealEventKind,
    on: date,
    details: str | None,
    organisation_id: int | None = None,
) -> None:
    session.add(
        AppealEvent(
            appeal_id=a.id,
            kind=kind.value,
            event_date=on,
            details=details,
            organisation_id=organisation_id,
            staff_id=ctx.actor.staff_id,
        )
    )


def _registration_text(number: str | None) -> str:
    return f"Рег. № {number}" if number else "Рег. номер не сообщён"


def _extension_text(until: date | None) -> str:
    return f"Продлено до {until:%d.%m.%Y}" if until else "Продлено на 30 дней"


def _answer_text(outcome: AnswerOutcome | None, summary: str | None) -> str | None:
    parts = [p for p in (outcome.label.capitalize() if outcome else None, summary) if p]
    return ". ".join(parts) or None


def _official_name(o: Official) -> str:
    name = text.initials_name(o.last_name, o.first_name, o.middle_name) if o.last_name else ""
    return f"{o.position} {name}".strip()


def _refresh_search(session: Session, a: Appeal) -> None:
    org = session.get(Organisation, a.organisation_id) if a.organisation_id else None
    fwd = session.get(Organisation, a.forwarded_to_id) if a.forwarded_to_id else None
    official = session.get(Official, a.official_id) if a.official_id else None
    a.search_text = text.search_text(
        a.number,
        a.subject,
        a.addressee_text,
        org.name if org else None,
        org.short_name if org else None,
        fwd.name if fwd else None,
        _official_name(official) if official else None,
        a.registration_number,
    )[:1000]
