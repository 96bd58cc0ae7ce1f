"""Import of a centre's journal of outgoing appeals (DOMAIN A4) through the appeals service, which
computes each due date by DOMAIN A2.

«Номер» is the register number: a number already in the register is skipped (the same journal can be
loaded again), a number repeated inside the file is a problem. «Орган» is matched by name (created as an
authority when unknown). «Должность» and «Адресат» are matched to an official of that body when exactly
one fits; otherwise they are kept as the addressee's text. «Инициатива» must name one initiative
already in the database (import initiatives first). An empty «Канал» is taken as «почта» (the longest
clock: nothing is flagged overdue too early), with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Appeal, Initiative, Official
from cal_desktop.domain import text
from cal_desktop.domain.vocab import AppealChannel
from cal_desktop.errors import ValidationError
from cal_desktop.services import appeals as appeal_service
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.imports.base import (
    ImportResult,
    Problems,
    Ticker,
    chunks,
    multiline_of,
    text_of,
)
from cal_desktop.services.imports.officials import OrganisationCache
from cal_desktop.services.tabular import Column, Table, cell_date

APPEAL_COLUMNS = (
    Column("number", "Номер", required=True),
    Column("sent_date", "Дата отправки", required=True),
    Column("channel", "Канал"),
    Column("organisation", "Орган"),
    Column("position", "Должность"),
    Column("addressee", "Адресат"),
    Column("initiative", "Инициатива"),
    Column("registration_number", "Рег. номер"),
    Column("registration_date", "Дата регистрации"),
    Column("extended_until", "Продлено до"),
    Column("answer_date", "Дата ответа"),
    Column("answer_outcome", "Итог"),
    Column("subject", "Тема"),  # not in A4; the export writes it so that a round trip keeps it
    Column("answer_summary", "Содержание ответа"),  # likewise
)
_DATES = ("sent_date", "registration_date", "extended_until", "answer_date")
_FIELDS = {
    "number": "number",
    "sent_date": "sent_date",
    "channel": "channel",
    "organisation_id": "organisation",
    "official_id": "addressee",
    "addressee_text": "addressee",
    "initiative_id": "initiative",
    "registration_number": "registration_number",
    "registration_date": "registration_date",
    "extension_notice_date": "extended_until",
    "extended_until": "extended_until",
    "answer_date": "answer_date",
    "answer_outcome": "answer_outcome",
    "subject": "subject",
    "answer_summary": "answer_summary",
}


@dataclass(frozen=True)
class _Row:
    row: int
    data: AppealInput
    organisation: str | None
    position: str | None
    addressee: str | None
    duplicate: bool


class AppealImport:
    kind = "appeals"
    columns: tuple[Column, ...] = APPEAL_COLUMNS

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]:
        initiatives = _initiatives_by_title(session, table)
        existing = _existing_numbers(session, {text_of(rec, "number") or "" for _, rec in table.rows})
        first_row: dict[str, int] = {}
        no_channel = 0
        parsed: list[_Row] = []
        for row, rec in table.each():
            before = len(problems.items)
            dates: dict[str, date | None] = {}
            for code in _DATES:
                try:
                    dates[code] = cell_date(rec.get(code))
                except ValueError as exc:
                    problems.add(row, code, str(exc))
                    dates[code] = None
            number = text_of(rec, "number") or ""
            if number and number in first_row:
                problems.add(row, "number", f"номер повторяется (уже в строке {first_row[number]})")
            first_row.setdefault(number, row)
            if not number:
                problems.add(row, "number", "обязательное поле")
            channel = text_of(rec, "channel")
            if not channel:
                no_channel += 1
            initiative_id = None
            if title := text_of(rec, "initiative"):
                ids = initiatives.get(text.normalize(title), [])
                if len(ids) == 1:
                    initiative_id = ids[0]
                elif not ids:
                    problems.add(
                        row, "initiative", f"инициатива «{title}» не найдена: сначала загрузите инициативы"
                    )
                else:
                    problems.add(row, "initiative", f"в базе {len(ids)} инициативы с таким названием")
            position, addressee = text_of(rec, "position"), text_of(rec, "addressee")
            data = AppealInput(
                sent_date=dates["sent_date"],  # type: ignore[arg-type]  # None is reported by _validate
                channel=channel or AppealChannel.POST.value,
                number=number or None,
                subject=text_of(rec, "subject"),
                addressee_text=" ".join(p for p in (position, addressee) if p) or None,
                initiative_id=initiative_id,
                registration_number=text_of(rec, "registration_number"),
                registration_date=dates["registration_date"],
                extended_until=dates["extended_until"],
                answer_date=dates["answer_date"],
                answer_outcome=text_of(rec, "answer_outcome"),
                answer_summary=multiline_of(rec, "answer_summary"),
            )
            try:
                appeal_service._validate(data)
            except ValidationError as exc:
                # a date that could not be read is already reported; do not call it missing as well
                unreadable = {code for code in _DATES if dates[code] is None and text_of(rec, code)}
                exc.errors = [e for e in exc.errors if _FIELDS.get(e.field) not in unreadable]
                problems.from_validation(row, exc, _FIELDS)
            if len(problems.items) == before:
                parsed.append(
                    _Row(row, data, text_of(rec, "organisation"), position, addressee, number in existing)
                )
        if no_channel:
            table.warnings.append(f"В {no_channel} строках не указан канал: подставлено «почта».")
        return parsed

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None:
        bodies = OrganisationCache(session, ctx, result)
        officials: dict[int, list[Official]] = {}
        registered = _existing_numbers(session, {p.data.number for p in parsed if p.data.number})
        for p in parsed:
            if p.duplicate or p.data.number in registered:  # also registered since the file was read
                result.skipped_duplicates += 1
            else:
                data = p.data
                if p.organisation:
                    org_id = bodies.resolve(p.organisation, None)
                    if org_id not in officials:
                        officials[org_id] = list(
                            session.scalars(select(Official).where(Official.organisation_id == org_id))
                        )
                    official = _match_official(officials[org_id], p.position, p.addressee)
                    data = replace(
                        data,
                        organisation_id=org_id,
                        official_id=official.id if official else None,
                        addressee_text=None if official else data.addressee_text,
                    )
                appeal_service._register_appeal(session, ctx, data)
                result.created += 1
            tick()


def _match_official(candidates: list[Official], position: str | None, name: str | None) -> Official | None:
    """The one official of the body with that position and/or name («Петров Иван Ильич» or
    «Петров И.И.»), or None when none or several fit."""
    if not position and not name:
        return None
    wanted_position = text.normalize(position)
    wanted_name = text.normalize(name)
    fits = []
    for o in candidates:
        if wanted_position and text.normalize(o.position) != wanted_position:
            continue
        if wanted_name:
            forms = {text.normalized_full_name(o.last_name, o.first_name, o.middle_name)}
            if o.last_name:
                initials = text.initials_name(o.last_name, o.first_name, o.middle_name)
                forms |= {text.normalize(initials), text.normalize(initials).replace(". ", ".")}
            if wanted_name not in forms:
                continue
        fits.append(o)
    return fits[0] if len(fits) == 1 else None


def _initiatives_by_title(session: Session, table: Table) -> dict[str, list[int]]:
    titles = {text.normalize(text_of(rec, "initiative")) for _, rec in table.rows} - {""}
    found: dict[str, list[int]] = {}
    if not titles:
        return found
    # Titles have no normalised column: compare in Python, a page of the initiatives at a time.
    query = select(Initiative.id, Initiative.title).order_by(Initiative.id).execution_options(yield_per=2000)
    for initiative_id, title in session.execute(query):
        key = text.normalize(title)
        if key in titles:
            found.setdefault(key, []).append(initiative_id)
    return found


def _existing_numbers(session: Session, numbers: set[str]) -> set[str]:
    existing: set[str] = set()
    for batch in chunks(sorted(n for n in numbers if n)):
        existing.update(session.scalars(select(Appeal.number).where(Appeal.number.in_(batch))))
    return existing
