"""Referrals in the monthly report (issue 21): by organisation and how many helped, in every format and
summed by ``report merge``."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from cal_desktop.db.models import Consultation, Organisation
from cal_desktop.db.models_referrals import Referral
from cal_desktop.reports import package
from cal_desktop.reports.merge import merge, write_json, write_xlsx
from cal_desktop.reports.model import summary_rows
from cal_desktop.reports.period import Period
from cal_desktop.services import reports
from cal_desktop.services.context import ServiceContext

MARCH = Period.month(2026, 3)


def _consultation(s, day: date, outcome: str = "referred") -> int:  # type: ignore[no-untyped-def]
    c = Consultation(occurred_at=datetime(day.year, day.month, day.day, 10), occurred_on=day, channel="in_person",
                     outcome=outcome)  # fmt: skip
    s.add(c)
    s.flush()
    return c.id


@pytest.fixture
def filled(db):  # type: ignore[no-untyped-def]
    with db.session() as s:
        fund = Organisation(kind="partner", name="Фонд «Добрый двор»", name_norm="фонд добрый двор", search_text="")
        s.add(fund)
        s.flush()
        march = date(2026, 3, 10)
        s.add(Referral(consultation_id=_consultation(s, march), organisation_id=fund.id,
                       organisation_name="Фонд «Добрый двор»", result="helped"))  # fmt: skip
        s.add(Referral(consultation_id=_consultation(s, march), organisation_id=fund.id,
                       organisation_name="Фонд «Добрый двор»", result="not_helped"))  # fmt: skip
        s.add(Referral(consultation_id=_consultation(s, march), organisation_name="МФЦ", result="helped"))
        s.add(Referral(consultation_id=_consultation(s, march), organisation_name="мфц"))
        _consultation(s, march)  # imported, where to unknown
        s.add(Referral(consultation_id=_consultation(s, date(2026, 4, 1)), organisation_name="МФЦ", result="helped"))
        _consultation(s, march, outcome="advised")
    return db


def test_a_referral_that_helped_counts_in_the_months_helped(filled, ctx: ServiceContext) -> None:
    data = reports.report(ctx, MARCH)
    assert data.figures["referrals.helped"] == 2
    assert data.figures["referrals.by_organisation"] == [
        {"organisation": "МФЦ", "count": 2, "helped": 1},  # «мфц» is the same organisation
        {"organisation": "Фонд «Добрый двор»", "count": 2, "helped": 1},
        {"organisation": "не указана", "count": 1, "helped": 0},
    ]
    rows = {r.key: r for r in summary_rows(data)}
    assert rows["referrals.helped"].value == 2 and rows["referrals.helped"].title == "Перенаправлений, которые помогли"
    april = reports.report(ctx, Period.month(2026, 4))
    assert april.figures["referrals.helped"] == 1


def test_an_empty_month_has_no_referrals(ctx: ServiceContext) -> None:
    data = reports.report(ctx, MARCH)
    assert data.figures["referrals.by_organisation"] == [] and data.figures["referrals.helped"] == 0


def test_exports_show_the_table(filled, ctx: ServiceContext, tmp_path: Path) -> None:
    xlsx = reports.export_report(ctx, MARCH, "xlsx", tmp_path / "r.xlsx")
    sheet = load_workbook(xlsx)["Перенаправления"]
    values = [r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]]
    assert values[0] == ("Организация", "Перенаправлено", "Помогло")
    assert ("МФЦ", 2, 1) in values and values[-1] == ("Итого", 5, 2)
    pdf = reports.export_report(ctx, MARCH, "pdf", tmp_path / "r.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Перенаправления в другие организации" in text and "Фонд «Добрый двор»" in text
    docx = reports.export_report(ctx, MARCH, "docx", tmp_path / "r.docx")
    cells = [c.text for t in DocxDocument(str(docx)).tables for row in t.rows for c in row.cells]
    assert "Фонд «Добрый двор»" in cells and "Помогло" in cells


def test_packages_carry_them_and_merge_sums_them(filled, ctx: ServiceContext, tmp_path: Path) -> None:
    first = reports.report_package(ctx, MARCH)
    assert first["referrals"]["helped"] == 2
    assert first["referrals"]["by_organisation"][1] == {"organisation": "Фонд «Добрый двор»", "count": 2, "helped": 1}
    paths = []
    for n in range(2):
        p = dict(first, centre={**first["centre"], "id": str(uuid.uuid4()), "name": f"ЦАЛ {n}"})
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(p, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    older = {k: v for k, v in first.items() if k != "referrals"}  # a package from before issue 21
    older["centre"] = {**first["centre"], "id": str(uuid.uuid4()), "name": "Старый ЦАЛ"}
    (tmp_path / "old.json").write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    merged = merge([*paths, tmp_path / "old.json"])
    assert merged.total["referrals.helped"] == 4
    assert {r["organisation"]: r["count"] for r in merged.total["referrals.by_organisation"]}["МФЦ"] == 4
    write_json(merged, tmp_path / "net.json")
    net = json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))
    assert net["total"]["referrals"]["helped"] == 4
    write_xlsx(merged, tmp_path / "net.xlsx")
    sheet = load_workbook(tmp_path / "net.xlsx")["Перенаправления"]
    assert ("Итого", 10, 4) in list(sheet.iter_rows(min_row=5, values_only=True))
    assert package.from_package(first).figures["referrals.helped"] == 2


def test_a_bad_package_is_refused_naming_the_key(filled, ctx: ServiceContext) -> None:
    first = reports.report_package(ctx, MARCH)
    first["referrals"]["by_organisation"][0]["helped"] = 9  # more than were sent
    with pytest.raises(package.PackageError, match="referrals.by_organisation, строка 1"):
        package.from_package(first)


def test_helped_opens_the_consultations_behind_it(filled, ctx: ServiceContext) -> None:
    page = reports.drill_down(ctx, MARCH, "referrals.helped")
    assert page.kind == "consultation" and page.total == 2
    assert {r.id for r in page.rows} == {1, 3}  # the Fund's that helped and the МФЦ one
