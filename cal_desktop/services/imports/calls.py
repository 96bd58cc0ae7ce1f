"""Import and export of funding calls (issue 21, DOMAIN A4 «Funding calls»): a network coordinator sends
the year's list to every centre. Registered in ``services.imports`` and ``services.exporting``.

Columns: Название (required) · Организатор · Вид · Начало приёма · Окончание приёма (required) ·
Территория · Ссылка. «Вид» is a code or a Russian label (empty: «другое», with a warning); an unknown
territory is created. A row with the same title (normalised) and closing date as a call already in the
database, or earlier in the file, is skipped, so the same list can be loaded again. Each call written
gets its deadline reminders (``funding_calls.sync_deadlines``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Territory
from cal_desktop.db.models_referrals import FundingCall
from cal_desktop.domain import text
from cal_desktop.domain.vocab_referrals import FundingKind
from cal_desktop.errors import ValidationError
from cal_desktop.services import funding_calls
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.funding_calls import CallInput
from cal_desktop.services.imports.base import ImportResult, Problems, Ticker, text_of
from cal_desktop.services.imports.people import TerritoryCache
from cal_desktop.services.tabular import Column, Table, cell_date

CALL_COLUMNS = (
    Column("title", "Название", required=True),
    Column("organiser", "Организатор"),
    Column("kind", "Вид"),
    Column("opens", "Начало приёма"),
    Column("closes", "Окончание приёма", required=True),
    Column("territory", "Территория"),
    Column("link", "Ссылка"),
)
HEADERS = [c.label for c in CALL_COLUMNS]
WIDTHS = [50, 36, 30, 14, 16, 24, 50]
_FIELDS = {
    "title": "title",
    "organiser": "organiser",
    "kind": "kind",
    "opens_on": "opens",
    "closes_on": "closes",
    "link": "link",
}

Key = tuple[str, date]


@dataclass(frozen=True)
class _Row:
    row: int
    data: CallInput
    territory: str | None
    key: Key


def _key(title: str | None, closes_on: date) -> Key:
    return (text.normalize(title), closes_on)


class CallImport:
    kind = "calls"
    columns: tuple[Column, ...] = CALL_COLUMNS

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]:
        no_kind = 0
        parsed: list[_Row] = []
        for row, rec in table.each():
            before = len(problems.items)
            bad_dates = set()
            dates: dict[str, date | None] = {}
            for code in ("opens", "closes"):
                try:
                    dates[code] = cell_date(rec.get(code))
                except ValueError as exc:
                    problems.add(row, code, str(exc))
                    bad_dates.add(_FIELDS["closes_on" if code == "closes" else "opens_on"])
            kind = text_of(rec, "kind")
            no_kind += not kind
            territory = text_of(rec, "territory")
            if territory is not None and len(territory) > 200:
                problems.add(row, "territory", "не длиннее 200 символов")
            data = CallInput(
                title=text_of(rec, "title"), kind=kind or FundingKind.OTHER.value, closes_on=dates.get("closes"),
                opens_on=dates.get("opens"), organiser=text_of(rec, "organiser"), link=text_of(rec, "link"),
            )  # fmt: skip
            try:
                clean = funding_calls._validate(session, data)  # noqa: SLF001 (the import checks like the form)
            except ValidationError as exc:
                # a bad date was named already; «обязательное поле» on top of it would only confuse
                errors = [e for e in exc.errors if _FIELDS.get(e.field) not in bad_dates]
                problems.from_validation(row, ValidationError(errors), _FIELDS)
                continue
            closes = data.closes_on
            if len(problems.items) == before and closes is not None:
                data = replace(data, kind=str(clean["kind"]))
                parsed.append(_Row(row, data, territory, _key(data.title, closes)))
        if no_kind:
            table.warnings.append(f"В {no_kind} строках не указан вид: подставлено «другое».")
        return parsed

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None:
        existing = {
            _key(title, closes)
            for title, closes in session.execute(select(FundingCall.title, FundingCall.closes_on))
        }
        places = TerritoryCache(session, ctx, result)
        for p in parsed:
            if p.key in existing:
                result.skipped_duplicates += 1
            else:
                data = replace(p.data, territory_id=places.resolve(p.territory))
                funding_calls._create_call(session, ctx, data)  # noqa: SLF001 (one transaction per slice)
                existing.add(p.key)
                result.created += 1
            tick()


# ------------------------------------------------------------------------------------------- export


def calls_query() -> Any:
    return select(FundingCall.id)


def call_rows(session: Session) -> Iterator[list[Any]]:
    """Every call, by closing date, as the A4 columns (what ``import calls`` reads back)."""
    stmt = (
        select(
            FundingCall.title, FundingCall.organiser, FundingCall.kind, FundingCall.opens_on,
            FundingCall.closes_on, Territory.name, FundingCall.link,
        )  # fmt: skip
        .outerjoin(Territory, Territory.id == FundingCall.territory_id)
        .order_by(FundingCall.closes_on, FundingCall.id)
    )
    for title, organiser, kind, opens, closes, territory, link in session.execute(stmt):
        label = FundingKind(kind).label if kind in FundingKind.labels() else kind
        yield [title, organiser, label, opens, closes, territory, link]
