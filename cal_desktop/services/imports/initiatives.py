"""Import of initiatives (DOMAIN A4).

«Автор» («Фамилия Имя Отчество») must match a visitor already in the database (import visitors
first); «Телефон автора» tells namesakes apart. «Статус» (default «идея») starts the status history,
dated «Дата» (default today). An empty «Категория» becomes «другое» with a warning. An initiative with
the same title and the same author already in the database (or earlier in the file) is skipped, so the
same file can be loaded again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Initiative, InitiativeMember
from cal_desktop.domain import clock, text
from cal_desktop.domain.vocab import Category, InitiativeStatus, MemberRole
from cal_desktop.errors import ValidationError
from cal_desktop.services import initiatives as initiative_service
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.imports.base import (
    ImportResult,
    Problems,
    Ticker,
    chunks,
    multiline_of,
    phone_of,
    split_full_name,
    text_of,
)
from cal_desktop.services.imports.people import TerritoryCache, VisitorIndex
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.tabular import Column, Table, cell_date

INITIATIVE_COLUMNS = (
    Column("title", "Название", required=True),
    Column("description", "Описание"),
    Column("category", "Категория"),
    Column("territory", "Территория"),
    Column("address", "Адрес"),
    Column("status", "Статус"),
    Column("author", "Автор"),
    Column("author_phone", "Телефон автора"),
    Column("created", "Дата"),
)
_FIELDS = {
    "title": "title",
    "description": "description",
    "category": "category",
    "territory_id": "territory",
    "address": "address",
    "status": "status",
    "author_id": "author",
}


@dataclass(frozen=True)
class _Row:
    row: int
    data: InitiativeInput
    territory: str | None
    status: str
    created_on: date
    author_id: int
    key: tuple[str, int]


def find_visitor(
    index: VisitorIndex, full_name: str | None, phone: str | None, problems: Problems, row: int, column: str
) -> int | None:
    """The one visitor a name (and phone) means, or a problem saying why there is none."""
    if not full_name:
        problems.add(row, column, "обязательное поле")
        return None
    parts = split_full_name(full_name)
    if parts is None:
        problems.add(row, column, "укажите «Фамилия Имя Отчество» (не меньше двух слов)")
        return None
    candidates = index.candidates(text.normalized_full_name(*parts))
    if phone is not None:
        same_phone = [c for c in candidates if c.phone == phone]
        if same_phone:
            return same_phone[0].id
        if len(candidates) == 1 and candidates[0].phone is None:
            return candidates[0].id
        problems.add(
            row, column, f"посетитель «{full_name}» с этим телефоном не найден: сначала загрузите посетителей"
        )
        return None
    if len(candidates) == 1:
        return candidates[0].id
    if not candidates:
        problems.add(row, column, f"посетитель «{full_name}» не найден: сначала загрузите посетителей")
    else:
        problems.add(row, column, f"в базе {len(candidates)} посетителя с таким ФИО: укажите телефон")
    return None


class InitiativeImport:
    kind = "initiatives"
    columns: tuple[Column, ...] = INITIATIVE_COLUMNS

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]:
        names = {
            text.normalized_full_name(*parts)
            for _, rec in table.rows
            if (parts := split_full_name(text_of(rec, "author") or "")) is not None
        }
        index = VisitorIndex(session, names)
        no_category = 0
        parsed: list[_Row] = []
        for row, rec in table.each():
            before = len(problems.items)
            try:
                created = cell_date(rec.get("created")) or clock.today()
            except ValueError as exc:
                problems.add(row, "created", str(exc))
                created = clock.today()
            if created > clock.today():
                problems.add(row, "created", "дата не может быть в будущем")
            status_text = text_of(rec, "status")
            try:
                status = InitiativeStatus.parse(status_text) if status_text else InitiativeStatus.IDEA
            except ValueError:
                problems.add(row, "status", f"неизвестный статус «{status_text}»")
                status = InitiativeStatus.IDEA
            category = text_of(rec, "category")
            if not category:
                no_category += 1
            data = InitiativeInput(
                title=text_of(rec, "title") or "",
                category=category or Category.OTHER.value,
                description=multiline_of(rec, "description"),
                address=text_of(rec, "address"),
            )
            try:
                initiative_service._validate(session, data)
            except ValidationError as exc:
                problems.from_validation(row, exc, _FIELDS)
            phone = phone_of(rec, "author_phone", problems, row)
            author = find_visitor(index, text_of(rec, "author"), phone, problems, row, "author")
            if len(problems.items) == before and author is not None:
                key = (text.normalize(data.title), author)
                parsed.append(_Row(row, data, text_of(rec, "territory"), status.value, created, author, key))
        if no_category:
            table.warnings.append(f"В {no_category} строках не указана категория: подставлено «другое».")
        return parsed

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None:
        existing = _existing_keys(session, {p.author_id for p in parsed})
        places = TerritoryCache(session, ctx, result)
        for p in parsed:
            if p.key in existing:
                result.skipped_duplicates += 1
            else:
                data = replace(p.data, territory_id=places.resolve(p.territory))
                initiative_service._create_initiative(
                    session, ctx, data, p.author_id, status=p.status, created_on=p.created_on
                )
                existing.add(p.key)
                result.created += 1
            tick()


def _existing_keys(session: Session, author_ids: set[int]) -> set[tuple[str, int]]:
    keys: set[tuple[str, int]] = set()
    for batch in chunks(sorted(author_ids)):
        rows = session.execute(
            select(Initiative.title, InitiativeMember.visitor_id)
            .join(InitiativeMember, InitiativeMember.initiative_id == Initiative.id)
            .where(InitiativeMember.visitor_id.in_(batch), InitiativeMember.role == MemberRole.AUTHOR.value)
        )
        keys.update((text.normalize(title), visitor_id) for title, visitor_id in rows)
    return keys
