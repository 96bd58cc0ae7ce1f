"""Effort keys (issue 18, point 5): consultation hours from durations, publications in the media."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Consultation, Initiative, InitiativePartner, Organisation, Publication
from cal_desktop.reports import figures, package
from cal_desktop.reports.merge import merge, write_xlsx
from cal_desktop.reports.model import summary_rows
from cal_desktop.reports.period import Period
from cal_desktop.services import reports
from cal_desktop.services.context import ServiceContext

MARCH = Period.month(2026, 3)


def _fill(db: Database) -> None:
    with db.session() as s:
        for day, minutes in [(date(2026, 3, 1), 30), (date(2026, 3, 31), 45), (date(2026, 3, 15), None),
                             (date(2026, 4, 1), 600)]:  # fmt: skip
            s.add(Consultation(occurred_at=datetime(day.year, day.month, day.day, 9), occurred_on=day,
                               channel="phone", outcome="advised", duration_min=minutes))  # fmt: skip
        s.add(Publication(title="Сюжет о дворе", published_on=date(2026, 3, 20)))
        s.add(Publication(title="Заметка", published_on=date(2026, 2, 28)))


def test_hours_and_publications_of_the_month(db: Database, ctx: ServiceContext) -> None:
    _fill(db)
    with db.read() as s:
        f = figures.compute(s, MARCH)
    assert f["effort.consultation_hours"] == 1.2  # 75 minutes
    assert f["publications.count"] == 1
    data = reports.report(ctx, MARCH)
    rows = {r.key: r for r in summary_rows(data)}
    assert rows["effort.consultation_hours"].value == 1.2 and rows["publications.count"].previous == 1
    page = reports.drill_down(ctx, MARCH, "effort.consultation_hours")
    assert page.total == 2  # the consultations with a recorded duration


def _two_centres(package: dict, tmp_path: Path) -> list[Path]:  # type: ignore[type-arg]
    """The same package as two centres' files (other ids and names)."""
    paths = []
    for n in range(2):
        p = dict(package, centre={**package["centre"], "id": str(uuid.uuid4()), "name": f"ЦАЛ {n}"})
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(p, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def test_packages_carry_and_merges_add_them(db: Database, ctx: ServiceContext, tmp_path: Path) -> None:
    _fill(db)
    first = reports.report_package(ctx, MARCH)
    assert first["effort"] == {"consultation_hours": 1.2, "volunteer_hours": 0} and first["publications"] == {
        "count": 1
    }
    paths = _two_centres(first, tmp_path)
    merged = merge(paths)
    total = merged.total
    assert total["effort.consultation_hours"] == 2.4 and total["publications.count"] == 2
    out = tmp_path / "net.xlsx"
    write_xlsx(merged, out)
    rows = {
        r[0]: r for r in load_workbook(out)["Сводка по сети"].iter_rows(min_row=5, values_only=True) if r[0]
    }
    assert rows["Публикаций в СМИ"][1:4] == (1, 1, 2)
    assert package.from_package(first).figures["publications.count"] == 1


def _partners(db: Database) -> None:
    """Two partners in March (one in kind with 12 volunteers' hours, one giving money), one in April."""
    with db.session() as s:
        initiative = Initiative(title="Сквер", category="improvement", status="implementing",
                                created_on=date(2026, 2, 1), search_text="сквер")  # fmt: skip
        s.add(initiative)
        s.flush()
        for n, (day, kind, hours) in enumerate([(date(2026, 3, 2), "in_kind", 12), (date(2026, 3, 9), "money", None),
                                                (date(2026, 4, 1), "in_kind", 5)]):  # fmt: skip
            org = Organisation(kind="partner", name=f"Партнёр {n}", name_norm=f"партнер {n}", search_text="")
            s.add(org)
            s.flush()
            s.add(InitiativePartner(initiative_id=initiative.id, organisation_id=org.id, added_on=day,
                                    kind=kind, hours=hours))  # fmt: skip


def test_volunteer_hours_and_in_kind_resources_not_money(
    db: Database, ctx: ServiceContext, tmp_path: Path
) -> None:
    _partners(db)
    with db.read() as s:
        f = figures.compute(s, MARCH)
    assert f["effort.volunteer_hours"] == 12 and f["resources.in_kind_count"] == 1  # the money is not counted
    rows = {r.key: r for r in summary_rows(reports.report(ctx, MARCH))}
    assert rows["resources.in_kind_count"].title == "Ресурсов партнёров в натуральной форме"
    assert reports.drill_down(ctx, MARCH, "effort.volunteer_hours").total == 1
    first = reports.report_package(ctx, MARCH)
    assert first["effort"]["volunteer_hours"] == 12 and first["resources"] == {"in_kind_count": 1}
    paths = _two_centres(first, tmp_path)
    total = merge(paths).total
    assert total["effort.volunteer_hours"] == 24 and total["resources.in_kind_count"] == 2
