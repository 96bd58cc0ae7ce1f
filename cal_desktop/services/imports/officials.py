"""Import of the directory of authorities: officials with their body (DOMAIN A4).

«Орган» is matched by normalised name to an organisation already in the directory (an authority first);
an unknown one is created as an authority, with «Адрес» as its postal address. «Email» and «Телефон»
are the official's. «Категории» are codes or labels separated by ``;`` (or ``,``); «Территории» are
names separated by ``;``, created when unknown. An official already in the directory (same body,
position and name) is skipped, so the same file can be loaded again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Official, Organisation
from cal_desktop.domain import text
from cal_desktop.domain.requisites import inn_problem
from cal_desktop.domain.vocab import Category, OrganisationKind, Role
from cal_desktop.errors import ValidationError
from cal_desktop.services import directory, organisation_inn
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.imports.base import (
    ImportResult,
    Problems,
    Ticker,
    chunks,
    parse_codes,
    text_of,
)
from cal_desktop.services.imports.people import TerritoryCache
from cal_desktop.services.tabular import Column, Table

OFFICIAL_COLUMNS = (
    Column("organisation", "Орган", required=True),
    Column("position", "Должность", required=True),
    Column("last_name", "Фамилия"),
    Column("first_name", "Имя"),
    Column("middle_name", "Отчество"),
    Column("gender", "Пол"),
    Column("address", "Адрес"),
    Column("email", "Email"),
    Column("phone", "Телефон"),
    Column("categories", "Категории"),
    Column("territories", "Территории"),
    Column("organisation_inn", "ИНН органа"),
)
_FIELDS = {
    "organisation_id": "organisation",
    "position": "position",
    "last_name": "last_name",
    "first_name": "first_name",
    "middle_name": "middle_name",
    "gender": "gender",
    "email": "email",
    "phone": "phone",
    "categories": "categories",
    "territory_ids": "territories",
}


def official_key(
    org_name: str, position: str, last: str | None, first: str | None, middle: str | None
) -> str:
    return "|".join(
        (text.normalize(org_name), text.normalize(position), text.normalized_full_name(last, first, middle))
    )


@dataclass(frozen=True)
class _Row:
    row: int
    data: OfficialInput  # organisation_id and territory_ids filled in at write time
    organisation: str
    address: str | None
    territories: tuple[str, ...]
    key: str
    inn: str | None = None  # the body's ИНН (issue 18)


class OrganisationCache:
    """Bodies by normalised name, looked up once each; unknown ones are created as authorities."""

    def __init__(self, session: Session, ctx: ServiceContext, result: ImportResult) -> None:
        self.session, self.ctx, self.result = session, ctx, result
        self._ids: dict[str, int] = {}

    def find(self, name: str) -> int | None:
        key = text.normalize(name)
        if key not in self._ids:
            rows = self.session.execute(
                select(Organisation.id, Organisation.kind)
                .where(Organisation.name_norm == key)
                .order_by(Organisation.id)
            ).all()
            authorities = [r.id for r in rows if r.kind == OrganisationKind.AUTHORITY.value]
            found = (authorities or [r.id for r in rows] or [None])[0]
            if found is None:
                return None
            self._ids[key] = found
        return self._ids[key]

    def resolve(self, name: str, address: str | None, inn: str | None = None) -> int:
        found = self.find(name)
        if found is not None and inn:
            organisation_inn.fill_missing(self.session, found, inn)
        if found is None:
            data = OrganisationInput(
                kind=OrganisationKind.AUTHORITY.value, name=name, address=address, inn=inn
            )
            found = directory._create_organisation(self.session, self.ctx, data)
            self._ids[text.normalize(name)] = found
            self.result.organisations_created += 1
        return found


class OfficialImport:
    kind = "officials"
    columns: tuple[Column, ...] = OFFICIAL_COLUMNS

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]:
        ctx.require(Role.COORDINATOR)  # as for adding an official by hand
        parsed: list[_Row] = []
        for row, rec in table.each():
            before = len(problems.items)
            organisation = text_of(rec, "organisation") or ""
            if not organisation:
                problems.add(row, "organisation", "обязательное поле")
            elif len(organisation) > 300:
                problems.add(row, "organisation", "не длиннее 300 символов")
            address = text_of(rec, "address")
            inn = organisation_inn.clean_inn(text_of(rec, "organisation_inn")) or None
            if inn_problem(inn):
                problems.add(row, "organisation_inn", inn_problem(inn) or "")
            if address and len(address) > 500:
                problems.add(row, "address", "не длиннее 500 символов")
            categories, unknown = parse_codes(
                text_of(rec, "categories"), Category.parse, Category.labels().values()
            )
            for piece in unknown:
                problems.add(row, "categories", f"неизвестная категория «{piece}»")
            territories = tuple(
                t.strip() for t in (text_of(rec, "territories") or "").split(";") if t.strip()
            )
            data = OfficialInput(
                organisation_id=0,
                position=text_of(rec, "position") or "",
                last_name=text_of(rec, "last_name"),
                first_name=text_of(rec, "first_name"),
                middle_name=text_of(rec, "middle_name"),
                gender=text_of(rec, "gender"),
                email=text_of(rec, "email"),
                phone=text_of(rec, "phone"),
                categories=[c.value for c in categories],
            )
            try:
                directory._validate_official(session, data)
            except ValidationError as exc:
                # the body is resolved (or created) at write time: "choose a body" does not apply here
                exc.errors = [e for e in exc.errors if e.field != "organisation_id"]
                problems.from_validation(row, exc, _FIELDS)
            if len(problems.items) == before:
                key = official_key(
                    organisation, data.position, data.last_name, data.first_name, data.middle_name
                )
                parsed.append(_Row(row, data, organisation, address, territories, key, inn))
        return parsed

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None:
        existing = _existing_keys(session, {text.normalize(p.organisation) for p in parsed})
        bodies = OrganisationCache(session, ctx, result)
        places = TerritoryCache(session, ctx, result)
        for p in parsed:
            if p.key in existing:
                result.skipped_duplicates += 1
            else:
                territory_ids = [t for t in (places.resolve(name) for name in p.territories) if t is not None]
                data = replace(
                    p.data,
                    organisation_id=bodies.resolve(p.organisation, p.address, p.inn),
                    territory_ids=territory_ids,
                )
                directory._create_official(session, ctx, data)
                existing.add(p.key)
                result.created += 1
            tick()


def _existing_keys(session: Session, org_names: set[str]) -> set[str]:
    keys: set[str] = set()
    for batch in chunks(sorted(org_names)):
        rows = session.execute(
            select(
                Organisation.name,
                Official.position,
                Official.last_name,
                Official.first_name,
                Official.middle_name,
            )
            .join(Official, Official.organisation_id == Organisation.id)
            .where(Organisation.name_norm.in_(batch))
        )
        keys.update(official_key(*r) for r in rows)
    return keys
