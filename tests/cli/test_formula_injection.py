"""Formula injection (OWASP «CSV injection»): whatever text the database holds, no file the program
writes for a spreadsheet carries a live formula. Every export of the command line is checked with
openpyxl's cell types and a CSV reader, with formula-like text in names, titles, territories and the
centre's own name."""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from cal_desktop.cli import main
from cal_desktop.db.models import (
    Appeal,
    Consultation,
    Initiative,
    Official,
    Organisation,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.domain.hostile import FORMULA_STARTS
from cal_desktop.services import appeals, directory, initiatives, settings, visitors
from cal_desktop.services import consultations as cs
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.territories import create_territory
from cal_desktop.services.visitors import VisitorInput

LINK, PLUS, MINUS, AT = '=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(1)"
PAYLOADS = (LINK, PLUS, MINUS, AT)
KINDS = ("visitors", "consultations", "initiatives", "appeals", "officials")


@pytest.fixture
def hostile_db(ctx, db, staff_id, db_path) -> Path:  # type: ignore[no-untyped-def]
    """Records made through the services, then their texts replaced by formulas (as old data, another
    program or a tampered file could leave them; the services' own checks are not what is tested)."""
    north = create_territory(ctx, "Северный")
    person = visitors.create_visitor(
        ctx, VisitorInput("Иванов", "Иван", phone="+79123456789", address="ул. Ленина, 5", territory_id=north)
    )
    cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="phone",
            topics=["other"],
            outcome="advised",
            summary="вопрос",
            visitor_id=person.id,
            staff_id=staff_id,
            occurred_at=datetime(2026, 3, 10, 10, 0),
        ),
    )
    card = initiatives.create_initiative(
        ctx, InitiativeInput("Скамейки", "improvement", territory_id=north, address="двор"), person.id
    )
    initiatives.change_status(ctx, card.id, "done", result_summary="Поставили")
    org = directory.create_organisation(ctx, OrganisationInput(kind="authority", name="Администрация"))
    directory.create_official(
        ctx, OfficialInput(organisation_id=org.id, position="Глава", last_name="Петров", first_name="Олег")
    )
    appeals.register_appeal(
        ctx,
        AppealInput(
            sent_date=date(2026, 3, 10),
            channel="email",
            number="ИСХ-1",
            organisation_id=org.id,
            addressee_text="Главе",
            subject="Скамейки",
            initiative_id=card.id,
        ),
    )
    settings.save_settings(ctx, replace(settings.get_settings(ctx), centre_name=LINK))
    with db.session() as s:
        s.execute(update(Visitor).values(last_name=LINK, first_name=PLUS, middle_name=MINUS, address=AT))
        s.execute(update(Territory).values(name=LINK))
        s.execute(update(Staff).where(Staff.id == staff_id).values(display_name=MINUS + " Сотрудник"))
        s.execute(update(Consultation).values(summary=AT))
        s.execute(update(Initiative).values(title=LINK, description=PLUS, address=MINUS, result_summary=AT))
        s.execute(update(Organisation).values(name=LINK, address=PLUS))
        s.execute(update(Official).values(position=MINUS, last_name=AT))
        s.execute(update(Appeal).values(number=PLUS, subject=LINK, addressee_text=AT))
    return db_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> None:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert code == 0, err


def _xlsx_texts(path: Path) -> str:
    """Every text of the workbook; fails on any formula cell."""
    texts = []
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{path.name} {sheet.title}!{cell.coordinate}: {cell.value!r}"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    return "\n".join(texts)


def _csv_cells(path: Path) -> list[str]:
    """Every cell of the CSV; fails on any cell a spreadsheet would run as a formula."""
    cells = [v for row in csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";") for v in row]
    live = [v for v in cells if v.startswith(FORMULA_STARTS)]
    assert not live, f"{path.name}: {live}"
    return cells


@pytest.mark.parametrize("kind", KINDS)
def test_every_export_table_holds_no_live_formula(capsys, hostile_db, tmp_path, kind):
    as_csv, as_xlsx = tmp_path / f"{kind}.csv", tmp_path / f"{kind}.xlsx"
    _run(capsys, "--db", str(hostile_db), "export", kind, str(as_csv))
    _run(capsys, "--db", str(hostile_db), "export", kind, str(as_xlsx))
    cells = _csv_cells(as_csv)
    texts = _xlsx_texts(as_xlsx)
    # the hostile texts did reach the files, as inert text
    injected = [p for p in PAYLOADS if p in texts]
    assert injected, texts
    for payload in injected:
        assert "'" + payload in cells or any(payload in c and not c.startswith(payload) for c in cells)


def test_monthly_report_success_stories_and_merge_hold_no_formula(capsys, hostile_db, tmp_path):
    report = tmp_path / "march.xlsx"
    _run(
        capsys, "--db", str(hostile_db), "report", "monthly", "2026-03", "--format", "xlsx", "-o", str(report)
    )
    texts = _xlsx_texts(report)
    assert LINK in texts  # the territory's row, as text
    assert any(line.startswith(LINK) for line in texts.splitlines())  # the subtitle starts with the centre

    stories = tmp_path / "stories.xlsx"
    _run(capsys, "--db", str(hostile_db), "export", "success-stories", str(stories))
    texts = _xlsx_texts(stories)
    assert LINK in texts.splitlines() and AT in texts.splitlines()

    packages = []
    for name in (PLUS, AT):  # other centres' packages name their centre as they like
        package = tmp_path / f"{name}.json"
        _run(capsys, "--db", str(hostile_db), "report", "monthly", "2026-03", "-o", str(package))
        data = json.loads(package.read_text(encoding="utf-8"))
        data["centre"]["name"] = name
        data["centre"]["id"] = str(uuid.uuid4())  # two centres (the same id twice is refused)
        package.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        packages.append(str(package))
    merged = tmp_path / "network.xlsx"
    _run(capsys, "report", "merge", *packages, "-o", str(merged))
    headings = _xlsx_texts(merged).splitlines()
    assert PLUS in headings and AT in headings
