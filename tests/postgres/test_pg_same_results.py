"""The same demo data gives the same results on SQLite and on PostgreSQL (issue 14.7): the monthly
report, the appeals' due dates and states, and every export, compared value by value."""

from __future__ import annotations

import csv
import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.services import appeals, exporting, reports
from cal_desktop.services.appeals import AppealFilter
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo

ANCHOR = date(2026, 6, 15)
SEED, VISITORS, MONTHS = 7, 250, 4


@pytest.fixture
def both(ctx: ServiceContext, template_db: Path, tmp_path: Path) -> Iterator[dict[str, ServiceContext]]:
    """The same demo (seed, size, day) on this test's PostgreSQL database and on a SQLite file."""
    path = tmp_path / "same.db"
    shutil.copyfile(template_db, path)
    lite = Database("sqlite:///" + str(path))
    with lite.session() as s:  # the same acting staff member (id 1 on both: the first row)
        from cal_desktop.db.models import Staff

        s.add(Staff(login="ivanova", display_name="Иванова Мария Петровна", role="admin"))
    lite_ctx = ServiceContext(lite, ctx.actor)
    for c in (ctx, lite_ctx):
        generate_demo(c, seed=SEED, visitors=VISITORS, months=MONTHS, today=ANCHOR)
    yield {"postgresql": ctx, "sqlite": lite_ctx}
    lite.dispose()


def _plain(value: Any) -> Any:
    """A report without what differs by nature: when it was computed, the centre's random id."""
    data = dataclasses.asdict(value)
    data.pop("generated_at", None)
    data["centre"].pop("id", None)
    return data


def test_monthly_report_is_the_same(both: dict[str, ServiceContext]) -> None:
    for month in (3, 5, 6):
        server, lite = (_plain(reports.monthly_report(both[k], 2026, month)) for k in ("postgresql", "sqlite"))
        assert server["figures"] == lite["figures"], f"month {month}"
        assert server == lite


def test_appeals_due_dates_and_states_are_the_same(both: dict[str, ServiceContext]) -> None:
    def register(ctx: ServiceContext) -> list[tuple[Any, ...]]:
        page = appeals.list_appeals(ctx, AppealFilter(as_of=ANCHOR), 0, 10_000, order="sent_desc")
        return [(a.number, a.sent_date, a.due_date, a.state) for a in page.items]

    server, lite = register(both["postgresql"]), register(both["sqlite"])
    assert len(server) >= 5
    assert server == lite
    alerts = [appeals.alerts(both[k], ANCHOR) for k in ("postgresql", "sqlite")]
    assert [[a.number for a in part] for part in alerts[0]] == [[a.number for a in part] for part in alerts[1]]


@pytest.mark.parametrize("kind", sorted(exporting.KINDS))
def test_every_export_is_the_same(both: dict[str, ServiceContext], kind: str, tmp_path: Path) -> None:
    files = {}
    for engine, ctx in both.items():
        files[engine] = tmp_path / f"{kind}-{engine}.csv"
        exporting.export(ctx, kind, files[engine])
    server, lite = (list(csv.reader(files[k].open(encoding="utf-8-sig"), delimiter=";")) for k in both)
    assert len(server) > 1
    assert server == lite
