"""Organisations' ИНН (issue 18): checked in the form's service and the directory import, carried as
``inn_or_null`` in ``appeals.by_authority`` so that ``report merge`` combines authorities by it."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Appeal, Organisation
from cal_desktop.errors import ImportRejected, ValidationError
from cal_desktop.reports.merge import merge
from cal_desktop.reports.period import Period
from cal_desktop.services import directory, reports
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OrganisationInput
from cal_desktop.services.imports import import_file

GOOD = "7707083893"  # a real ИНН of a legal entity (10 digits, check digit right)
MARCH = Period.month(2026, 3)


def test_the_form_service_checks_and_keeps_the_inn(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as bad:
        directory.create_organisation(
            ctx, OrganisationInput(kind="authority", name="Администрация", inn="7707083894")
        )
    assert bad.value.errors[0].label == "ИНН" and "контрольная цифра" in bad.value.errors[0].message
    org = directory.create_organisation(
        ctx, OrganisationInput(kind="authority", name="Администрация", inn="77 0708 3893")
    )
    assert org.inn == GOOD
    again = directory.update_organisation(
        ctx, org.id, OrganisationInput(kind="authority", name="Администрация", inn="")
    )
    assert again.inn is None


def test_directory_import_fills_the_inn_and_names_a_wrong_one(
    ctx: ServiceContext, db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Орган;Должность;ИНН органа\nДума;Председатель;12345\n", "utf-8")
    with pytest.raises(ImportRejected) as rejected:
        import_file(ctx, "officials", bad)
    assert rejected.value.problems[0][0] == 2 and "10 цифр" in rejected.value.problems[0][2]
    good = tmp_path / "good.csv"
    good.write_text(f"Орган;Должность;ИНН органа\nДума;Председатель;{GOOD}\nДума;Секретарь;\n", "utf-8")
    import_file(ctx, "officials", good)
    with db.read() as s:
        assert s.scalars(select(Organisation.inn).where(Organisation.name == "Дума")).all() == [GOOD]


def test_reports_carry_the_inn_and_merge_combines_by_it(
    ctx: ServiceContext, db: Database, tmp_path: Path
) -> None:
    org = directory.create_organisation(
        ctx, OrganisationInput(kind="authority", name="Администрация города", inn=GOOD)
    )
    with db.session() as s:
        s.add(Appeal(number="A1", sent_date=date(2026, 3, 2), channel="post", organisation_id=org.id,
                     due_date=date(2026, 4, 2)))  # fmt: skip
    package = reports.report_package(ctx, MARCH)
    assert [r["inn_or_null"] for r in package["appeals"]["by_authority"]] == [GOOD]
    paths = []
    for n, name in enumerate(["Администрация города", "Адм. г. Энска"]):  # two spellings, one ИНН
        rows = [{**r, "authority": name} for r in package["appeals"]["by_authority"]]
        p = {**package, "centre": {**package["centre"], "id": str(uuid.uuid4()), "name": f"ЦАЛ {n}"},
             "appeals": {**package["appeals"], "by_authority": rows}}  # fmt: skip
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(p, ensure_ascii=False), "utf-8")
        paths.append(path)
    merged = merge(paths).total["appeals.by_authority"]
    assert len(merged) == 1 and merged[0]["sent"] == 2 and merged[0]["inn_or_null"] == GOOD
