"""Export to CSV/XLSX with the column names of DOMAIN A4, so that an exported file loads back cleanly.

Rows are streamed from the database in batches (``yield_per``) straight into the file writer, never the
whole table in memory; the file is written atomically (``tabular.write_table``). Every export is
recorded in the audit log (action ``export``): they carry personal data.

Codes are written as their Russian labels (what staff read), phones as «+7 912 345-67-89»; topics and categories are joined with
``; `` (labels themselves hold commas); dates as ДД.ММ.ГГГГ, consultation times as ДД.ММ.ГГГГ ЧЧ:ММ
(local time). Anonymised visitors are left out: there is nothing left to export about them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from cal_desktop.db.models import (
    Appeal,
    Consultation,
    ConsultationTopic,
    Initiative,
    InitiativeMember,
    Official,
    OfficialCategory,
    OfficialTerritory,
    Organisation,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.domain import clock, text
from cal_desktop.domain.vocab import (
    AnswerOutcome,
    AppealChannel,
    Category,
    Channel,
    Gender,
    InitiativeStatus,
    MemberRole,
    Outcome,
    OutOfScopeReason,
    Role,
    Topic,
)
from cal_desktop.errors import CalError, Cancelled
from cal_desktop.services import audit, consent_withdrawn, events_io
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.imports import calls as calls_io
from cal_desktop.services.tabular import write_table

BATCH = 1000

KINDS = {
    "visitors": "Посетители",
    "consultations": "Консультации",
    "initiatives": "Инициативы",
    "appeals": "Журнал обращений",
    "officials": "Должностные лица",
}

HEADERS: dict[str, list[str]] = {
    "visitors": [
        "Фамилия",
        "Имя",
        "Отчество",
        "Пол",
        "Дата рождения",
        "Телефон",
        "Email",
        "Адрес",
        "Территория",
        "Согласие на обработку ПД",
    ],
    "consultations": [
        "Дата",
        "Посетитель",
        "Телефон посетителя",
        "Канал",
        "Темы",
        "Результат",
        "Причина",
        "Описание",
        "Сотрудник",
    ],
    "initiatives": [
        "Название",
        "Описание",
        "Категория",
        "Территория",
        "Адрес",
        "Статус",
        "Автор",
        "Телефон автора",
        "Дата",
    ],
    "appeals": [
        "Номер",
        "Дата отправки",
        "Канал",
        "Орган",
        "Должность",
        "Адресат",
        "Инициатива",
        "Рег. номер",
        "Дата регистрации",
        "Продлено до",
        "Дата ответа",
        "Итог",
        "Тема",
        "Содержание ответа",
    ],
    "officials": [
        "Орган",
        "Должность",
        "Фамилия",
        "Имя",
        "Отчество",
        "Пол",
        "Адрес",
        "Email",
        "Телефон",
        "Категории",
        "Территории",
        "ИНН органа",
    ],
}
WIDTHS: dict[str, list[int]] = {
    "visitors": [18, 14, 18, 6, 14, 18, 26, 36, 22, 14],
    "consultations": [17, 32, 18, 18, 40, 28, 28, 60, 30],
    "initiatives": [40, 60, 20, 22, 36, 24, 32, 18, 12],
    "appeals": [14, 14, 12, 40, 30, 30, 36, 14, 14, 14, 14, 22, 40, 50],
    "officials": [40, 36, 18, 14, 18, 6, 40, 26, 18, 36, 36, 14],
}

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: str
    rows: int


def export(
    ctx: ServiceContext,
    kind: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Write every record of ``kind`` to ``path`` (.csv or .xlsx). ``progress(done, total)`` is called
    every batch; ``cancel()`` returning True stops the job (``errors.Cancelled``) and leaves no file."""
    if kind not in HEADERS:
        raise CalError(f"Неизвестный вид выгрузки «{kind}»: {', '.join(HEADERS)}")
    # a whole table of people's data leaves the program: coordinators and administrators only
    ctx.require(Role.COORDINATOR)
    rows_of = _ROWS[kind]
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(_COUNTED[kind]().subquery())) or 0
        stream = _watched(rows_of(s), total, progress, cancel)
        count = write_table(path, HEADERS[kind], stream, WIDTHS[kind])
    with ctx.db.session() as s:
        audit.record(s, ctx, "export", kind, None, rows=count, format=Path(path).suffix.lower().lstrip("."))
    return ExportResult(kind, str(path), count)


def _watched(
    rows: Iterator[list[Any]], total: int, progress: Progress | None, cancel: CancelCheck | None
) -> Iterator[list[Any]]:
    done = 0
    for row in rows:
        yield row
        done += 1
        if done % BATCH == 0:
            if cancel is not None and cancel():
                raise Cancelled("Выгрузка отменена: файл не создан.")
            if progress is not None:
                progress(done, total)
    if progress is not None:
        progress(done, total)


def _label(vocab: Any, code: str | None) -> str | None:
    if not code:
        return None
    try:
        return str(vocab(code).label)
    except ValueError:
        return code  # a code this version does not know: keep it rather than lose it


def _gender(code: str | None) -> str | None:
    return {Gender.MALE.value: "м", Gender.FEMALE.value: "ж"}.get(code or "")


def _phone(e164: str | None) -> str | None:
    """«+7 912 345-67-89»: what people read, and text to Excel (a bare «+79123456789» in a CSV is
    turned into a number and shown as 7,91E+10). The import reads it back to the same number."""
    return text.format_phone(e164) or None


def _partitions(session: Session, stmt: Any) -> Iterator[Sequence[Any]]:
    yield from session.execute(stmt.execution_options(yield_per=BATCH)).partitions()


# ------------------------------------------------------------------------------------------ visitors


def _visitors_query() -> Any:
    return select(Visitor.id).where(Visitor.anonymised_at.is_(None))


def _visitor_rows(session: Session) -> Iterator[list[Any]]:
    stmt = (
        select(
            Visitor.last_name,
            Visitor.first_name,
            Visitor.middle_name,
            Visitor.gender,
            Visitor.birth_date,
            Visitor.phone,
            Visitor.email,
            Visitor.address,
            Territory.name,
            Visitor.consent_date,
        )
        .outerjoin(Territory, Territory.id == Visitor.territory_id)
        .where(Visitor.anonymised_at.is_(None))
        .order_by(Visitor.id)
    )
    for part in _partitions(session, stmt):
        for r in part:
            yield [r[0], r[1], r[2], _gender(r[3]), r[4], _phone(r[5]), r[6], r[7], r[8], r[9]]


# ------------------------------------------------------------------------------------- consultations


def _consultations_query() -> Any:
    return select(Consultation.id)


def _consultation_rows(session: Session) -> Iterator[list[Any]]:
    stmt = (
        select(
            Consultation.id,
            Consultation.occurred_at,
            Visitor.last_name,
            Visitor.first_name,
            Visitor.middle_name,
            Visitor.phone,
            Consultation.channel,
            Consultation.outcome,
            Consultation.out_of_scope_reason,
            Consultation.summary,
            Staff.display_name,
        )
        .outerjoin(Visitor, Visitor.id == Consultation.visitor_id)
        .outerjoin(Staff, Staff.id == Consultation.staff_id)
        .order_by(Consultation.occurred_at, Consultation.id)
    )
    for part in _partitions(session, stmt):
        ids = [r[0] for r in part]
        topics: dict[int, list[str]] = {}
        for cid, topic in session.execute(
            select(ConsultationTopic.consultation_id, ConsultationTopic.topic)
            .where(ConsultationTopic.consultation_id.in_(ids))
            .order_by(ConsultationTopic.consultation_id, ConsultationTopic.topic)
        ):
            topics.setdefault(cid, []).append(_label(Topic, topic) or topic)
        for r in part:
            yield [
                clock.utc_to_local(r[1]),
                text.full_name(r[2], r[3], r[4]) or None,
                _phone(r[5]),
                _label(Channel, r[6]),
                "; ".join(topics.get(r[0], [])),
                _label(Outcome, r[7]),
                _label(OutOfScopeReason, r[8]),
                r[9],
                r[10],
            ]


# --------------------------------------------------------------------------------------- initiatives


def _initiatives_query() -> Any:
    return select(Initiative.id)


def _initiative_rows(session: Session) -> Iterator[list[Any]]:
    stmt = (
        select(
            Initiative.id,
            Initiative.title,
            Initiative.description,
            Initiative.category,
            Territory.name,
            Initiative.address,
            Initiative.status,
            Initiative.created_on,
        )
        .outerjoin(Territory, Territory.id == Initiative.territory_id)
        .order_by(Initiative.id)
    )
    for part in _partitions(session, stmt):
        authors: dict[int, tuple[str, str | None]] = {}
        for iid, last, first, middle, phone in session.execute(
            select(
                InitiativeMember.initiative_id,
                Visitor.last_name,
                Visitor.first_name,
                Visitor.middle_name,
                Visitor.phone,
            )
            .join(Visitor, Visitor.id == InitiativeMember.visitor_id)
            .where(
                InitiativeMember.initiative_id.in_([r[0] for r in part]),
                InitiativeMember.role == MemberRole.AUTHOR.value,
            )
            .order_by(InitiativeMember.id)
        ):
            authors.setdefault(iid, (text.full_name(last, first, middle), phone))
        for r in part:
            author, phone = authors.get(r[0], (None, None))
            yield [
                r[1],
                r[2],
                _label(Category, r[3]),
                r[4],
                r[5],
                _label(InitiativeStatus, r[6]),
                author,
                _phone(phone),
                r[7],
            ]


# ------------------------------------------------------------------------------------------- appeals


def _appeals_query() -> Any:
    return select(Appeal.id)


def _appeal_rows(session: Session) -> Iterator[list[Any]]:
    stmt = (
        select(
            Appeal,
            Organisation.name,
            Official.position,
            Official.last_name,
            Official.first_name,
            Official.middle_name,
            Initiative.title,
        )
        .outerjoin(Organisation, Organisation.id == Appeal.organisation_id)
        .outerjoin(Official, Official.id == Appeal.official_id)
        .outerjoin(Initiative, Initiative.id == Appeal.initiative_id)
        .order_by(Appeal.sent_date, Appeal.id)
    )
    for part in _partitions(session, stmt):
        for a, org, position, last, first, middle, initiative in part:
            addressee = text.full_name(last, first, middle) if last else None
            yield [
                a.number,
                a.sent_date,
                _label(AppealChannel, a.channel),
                org,
                position,
                addressee if position or last else a.addressee_text,
                initiative,
                a.registration_number,
                a.registration_date,
                a.extended_until,
                a.answer_date,
                _label(AnswerOutcome, a.answer_outcome),
                a.subject,
                a.answer_summary,
            ]
        session.expunge_all()  # the Appeal objects of this batch are no longer needed


# ----------------------------------------------------------------------------------------- officials


def _officials_query() -> Any:
    return select(Official.id)


def _official_rows(session: Session) -> Iterator[list[Any]]:
    org = aliased(Organisation)
    stmt = (
        select(
            Official.id,
            org.name,
            Official.position,
            Official.last_name,
            Official.first_name,
            Official.middle_name,
            Official.gender,
            org.address,
            Official.email,
            Official.phone,
            org.inn,
        )
        .join(org, org.id == Official.organisation_id)
        .order_by(org.name, Official.id)
    )
    for part in _partitions(session, stmt):
        ids = [r[0] for r in part]
        categories: dict[int, list[str]] = {}
        for oid, category in session.execute(
            select(OfficialCategory.official_id, OfficialCategory.category).where(
                OfficialCategory.official_id.in_(ids)
            )
        ):
            categories.setdefault(oid, []).append(_label(Category, category) or category)
        places: dict[int, list[str]] = {}
        for oid, name in session.execute(
            select(OfficialTerritory.official_id, Territory.name)
            .join(Territory, Territory.id == OfficialTerritory.territory_id)
            .where(OfficialTerritory.official_id.in_(ids))
            .order_by(Territory.name)
        ):
            places.setdefault(oid, []).append(name)
        for r in part:
            yield [
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                _gender(r[6]),
                r[7],
                r[8],
                _phone(r[9]),
                "; ".join(sorted(categories.get(r[0], []))),
                "; ".join(places.get(r[0], [])),
                r[10] or "",
            ]


_ROWS: dict[str, Callable[[Session], Iterator[list[Any]]]] = {
    "visitors": _visitor_rows,
    "consultations": _consultation_rows,
    "initiatives": _initiative_rows,
    "appeals": _appeal_rows,
    "officials": _official_rows,
}
_COUNTED: dict[str, Callable[[], Any]] = {
    "visitors": _visitors_query,
    "consultations": _consultations_query,
    "initiatives": _initiatives_query,
    "appeals": _appeals_query,
    "officials": _officials_query,
}

# meetings and events (issue 16): their rows are built in services/events_io.py
KINDS["events"] = "Мероприятия"
HEADERS["events"] = events_io.HEADERS
WIDTHS["events"] = events_io.WIDTHS
_ROWS["events"] = events_io.event_rows
_COUNTED["events"] = events_io.events_query

# contacts for a mailing (issue 15.3): only people with a consent in force
KINDS["mailing"] = consent_withdrawn.MAILING_TITLE
HEADERS["mailing"] = consent_withdrawn.MAILING_HEADERS
WIDTHS["mailing"] = consent_withdrawn.MAILING_WIDTHS
_ROWS["mailing"] = consent_withdrawn.mailing_rows
_COUNTED["mailing"] = consent_withdrawn.mailing_query
# funding calls (issue 21): their rows are built in services/imports/calls.py
KINDS["calls"] = "Конкурсы и гранты"
HEADERS["calls"] = calls_io.HEADERS
WIDTHS["calls"] = calls_io.WIDTHS
_ROWS["calls"] = calls_io.call_rows
_COUNTED["calls"] = calls_io.calls_query
