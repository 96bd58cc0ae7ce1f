"""Import of visitors, and the visitor/staff/territory lookups that other kinds share.

Duplicate rule (DOMAIN A4): the same normalised full name plus the same phone or birth date. A row with
neither phone nor birth date matches a namesake who has neither either: nothing tells them apart, and
re-importing the same file must not create the person twice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.locks import lock_visitor_identity
from cal_desktop.db.models import Staff, Territory, Visitor
from cal_desktop.domain import text
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import ValidationError
from cal_desktop.services import staff as staff_service
from cal_desktop.services import territories
from cal_desktop.services import visitors as visitor_service
from cal_desktop.services.audit import record
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.imports.base import (
    BATCH,
    ImportResult,
    Problems,
    Ticker,
    audit_created,
    chunks,
    text_of,
)
from cal_desktop.services.tabular import Column, Table, cell_date
from cal_desktop.services.visitors import VisitorInput

VISITOR_COLUMNS = (
    Column("last_name", "Фамилия", required=True),
    Column("first_name", "Имя", required=True),
    Column("middle_name", "Отчество"),
    Column("gender", "Пол"),
    Column("birth_date", "Дата рождения"),
    Column("phone", "Телефон"),
    Column("email", "Email"),
    Column("address", "Адрес"),
    Column("territory", "Территория"),
    Column("consent_date", "Согласие на обработку ПД"),
)
# service field -> file column
_VISITOR_FIELDS = {c.code: c.code for c in VISITOR_COLUMNS} | {"territory_id": "territory"}


@dataclass(frozen=True)
class _Known:
    id: int
    phone: str | None
    birth_date: date | None


class VisitorIndex:
    """Visitors by normalised full name, loaded once for every name a file mentions (no SELECT per row).

    Visitors created during the import are added, so a name repeated in the file resolves to the same
    person. Whole ORM objects are kept: later ``session.get`` calls in the services hit the identity map.
    """

    def __init__(self, session: Session, names: set[str]) -> None:
        self.by_name: dict[str, list[_Known]] = {}
        self._keep: list[Visitor] = []
        for batch in chunks(sorted(n for n in names if n)):
            query = (
                select(Visitor)
                .where(Visitor.name_norm.in_(batch), Visitor.anonymised_at.is_(None))
                .order_by(Visitor.id)
            )
            for v in session.scalars(query):
                self._keep.append(v)
                self.add(v.name_norm, v.id, v.phone, v.birth_date)

    def add(self, name_norm: str, id_: int, phone: str | None, birth_date: date | None) -> None:
        self.by_name.setdefault(name_norm, []).append(_Known(id_, phone, birth_date))

    def candidates(self, name_norm: str) -> list[_Known]:
        return self.by_name.get(name_norm, [])

    def duplicate(self, name_norm: str, phone: str | None, birth_date: date | None) -> int | None:
        """The id of a visitor this one duplicates under the rule of the module docstring."""
        for known in self.candidates(name_norm):
            if phone is not None and known.phone == phone:
                return known.id
            if birth_date is not None and known.birth_date == birth_date:
                return known.id
            if phone is None and birth_date is None and known.phone is None and known.birth_date is None:
                return known.id
        return None


class TerritoryCache:
    """Territory names resolved once each; unknown names are created (DOMAIN A4) and counted."""

    def __init__(self, session: Session, ctx: ServiceContext, result: ImportResult) -> None:
        self.session, self.ctx, self.result = session, ctx, result
        self._ids: dict[str, int] = {}

    def resolve(self, name: str | None) -> int | None:
        key = text.normalize(name)
        if not key or name is None:
            return None
        if key not in self._ids:
            known = self.session.scalars(
                select(Territory.id).where(Territory.name_norm == key).limit(1)
            ).first()
            resolved = territories._resolve_by_name(self.session, self.ctx, name)
            if resolved is None:  # not reached: the name is not empty
                return None
            self._ids[key] = resolved
            if known is None:
                self.result.territories_created += 1
        return self._ids[key]


class StaffIndex:
    """Staff by normalised display name (a centre has a handful: all loaded). Unknown names become new
    staff profiles with a generated login and no password: kinder to a centre moving off spreadsheets
    than refusing its history; an administrator can merge or deactivate them later."""

    def __init__(self, session: Session, ctx: ServiceContext, result: ImportResult) -> None:
        self.session, self.ctx, self.result = session, ctx, result
        self._members = list(session.scalars(select(Staff)))
        self._ids = {text.normalize(m.display_name): m.id for m in self._members}

    def known(self, name: str) -> bool:
        return text.normalize(name) in self._ids

    def resolve(self, name: str) -> int:
        key = text.normalize(name)
        if key not in self._ids:
            clean = staff_service._validate(staff_service.StaffInput(display_name=name))
            member = Staff(login=staff_service._unique_login(self.session, staff_service._login_base(clean)))
            member.role, member.active = Role.STAFF.value, True
            staff_service._apply(member, clean)
            self.session.add(member)
            self.session.flush()
            record(self.session, self.ctx, "create", "staff", member.id, source="import")
            self._members.append(member)
            self._ids[key] = member.id
            self.result.staff_created += 1
        return self._ids[key]


def staff_problems(name: str) -> list[str]:
    """Why a staff name the import would create is not a valid profile name (needs surname and name)."""
    try:
        staff_service._validate(staff_service.StaffInput(display_name=name))
    except ValidationError as exc:
        return [e.message for e in exc.errors]
    return []


def create_visitors(session: Session, ctx: ServiceContext, inputs: list[VisitorInput]) -> list[Visitor]:
    """What ``visitors._create_visitor`` does for each input (duplicates already ruled out by the
    caller), flushed in batches: one INSERT per batch instead of a round trip per row. The objects are
    returned (and so kept in the session's identity map for later checks)."""
    made: list[Visitor] = []
    pending: list[Visitor] = []
    for data in inputs:
        visitor = Visitor()
        visitor_service._apply(visitor, visitor_service._validate(data))
        visitor.created_by_id = ctx.actor.staff_id
        session.add(visitor)
        pending.append(visitor)
        if len(pending) >= BATCH:
            _flush_audited(session, ctx, pending, "visitor")
        made.append(visitor)
    _flush_audited(session, ctx, pending, "visitor")
    return made


def _flush_audited(session: Session, ctx: ServiceContext, pending: list[Any], entity: str) -> None:
    session.flush()
    audit_created(session, ctx, entity, [obj.id for obj in pending])
    pending.clear()


# --------------------------------------------------------------------------------------- visitors


@dataclass(frozen=True)
class _VisitorRow:
    row: int
    data: VisitorInput  # validated: phone already in E.164
    territory: str | None
    name_norm: str


class VisitorImport:
    kind = "visitors"
    columns: tuple[Column, ...] = VISITOR_COLUMNS

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]:
        parsed: list[_VisitorRow] = []
        for row, rec in table.each():
            dates: dict[str, date | None] = {}
            for code in ("birth_date", "consent_date"):
                try:
                    dates[code] = cell_date(rec.get(code))
                except ValueError as exc:
                    problems.add(row, code, str(exc))
                    dates[code] = None
            data = VisitorInput(
                last_name=text_of(rec, "last_name") or "",
                first_name=text_of(rec, "first_name") or "",
                middle_name=text_of(rec, "middle_name"),
                gender=text_of(rec, "gender"),
                birth_date=dates["birth_date"],
                phone=text_of(rec, "phone"),
                email=text_of(rec, "email"),
                address=text_of(rec, "address"),
                consent_date=dates["consent_date"],
            )
            try:
                clean = visitor_service._validate(data)
            except ValidationError as exc:
                problems.from_validation(row, exc, _VISITOR_FIELDS)
                continue
            data = VisitorInput(
                last_name=clean.last_name,
                first_name=clean.first_name,
                middle_name=clean.middle_name,
                gender=clean.gender,
                birth_date=clean.birth_date,
                phone=clean.phone,
                email=clean.email,
                address=clean.address,
                consent_date=clean.consent_date,
            )
            name = text.normalized_full_name(clean.last_name, clean.first_name, clean.middle_name)
            parsed.append(_VisitorRow(row, data, text_of(rec, "territory"), name))
        return parsed

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None:
        lock_visitor_identity(session)  # another import of the same file waits for this slice (server)
        index = VisitorIndex(session, {p.name_norm for p in parsed})
        places = TerritoryCache(session, ctx, result)
        batch: list[VisitorInput] = []
        for p in parsed:
            if index.duplicate(p.name_norm, p.data.phone, p.data.birth_date) is not None:
                result.skipped_duplicates += 1
            else:
                data = replace(p.data, territory_id=places.resolve(p.territory))
                batch.append(data)
                index.add(p.name_norm, 0, data.phone, data.birth_date)  # later rows of the file match it
            if len(batch) >= BATCH:
                result.created += len(create_visitors(session, ctx, batch))
                batch.clear()
            tick()
        result.created += len(create_visitors(session, ctx, batch))
