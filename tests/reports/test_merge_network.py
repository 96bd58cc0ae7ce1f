"""A sound merge (issue 18): centres told apart by id, months kept apart, the network median from the
centres' histograms, authorities combined by ИНН or normalised name."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from march_data import EXPECTED_MARCH
from openpyxl import load_workbook

from cal_desktop.reports import package
from cal_desktop.reports.merge import MergeRefused, merge, write_json, write_xlsx
from cal_desktop.reports.model import CentreInfo, Figures, ReportData
from cal_desktop.reports.period import Period

MARCH = Period.month(2026, 3)
APRIL = Period.month(2026, 4)
DEFAULT_NAME = "Центр активных людей"


def _row(name: str, inn: str | None, sent: int, days: dict[str, int], overdue: int = 0) -> dict[str, Any]:
    answered = sum(days.values())
    return {
        "authority": name,
        "inn_or_null": inn,
        "sent": sent,
        "answered_on_time": answered,
        "answered_late": 0,
        "overdue": overdue,
        "waiting": sent - answered - overdue,
        "extended": 0,
        "forwarded": 0,
        "positive": 1 if answered else 0,
        "answer_days": days,
        "median_answer_days": None,
    }


def _file(tmp_path: Path, filename: str, *, centre_id: str | None, name: str = DEFAULT_NAME,
          period: Period = MARCH, served: int = 3, hist: dict[str, int] | None = None,
          rows: list[dict[str, Any]] | None = None) -> Path:  # fmt: skip
    values = dict(EXPECTED_MARCH)
    values["visitors.served"] = served
    if hist is not None:
        values["appeals.answer_days"] = hist
    if rows is not None:
        values["appeals.by_authority"] = rows
    data = ReportData(CentreInfo(name, city="Киров", id=centre_id or ""), period, Figures(values))
    path = tmp_path / filename
    path.write_text(json.dumps(package.to_package(data), ensure_ascii=False), encoding="utf-8")
    return path


def test_two_centres_with_the_default_name_are_two_centres(tmp_path: Path) -> None:
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    merged = merge([_file(tmp_path, "a.json", centre_id=a), _file(tmp_path, "b.json", centre_id=b)])
    assert len(merged.entries) == 2
    assert merged.total["consultations.total"] == 2 * EXPECTED_MARCH["consultations.total"]
    columns = [merged.column(e) for e in merged.entries]
    assert len(set(columns)) == 2 and all(c.startswith(DEFAULT_NAME) for c in columns)
    out = tmp_path / "net.json"
    write_json(merged, out)
    assert sorted(c["id"] for c in json.loads(out.read_text(encoding="utf-8"))["centres"]) == sorted([a, b])


def test_the_same_centre_and_month_twice_is_refused_even_renamed(tmp_path: Path) -> None:
    same = str(uuid.uuid4())
    first = _file(tmp_path, "first.json", centre_id=same)
    again = _file(tmp_path, "again.json", centre_id=same, name="ЦАЛ «Новое имя»")
    with pytest.raises(MergeRefused, match="first.json и again.json"):
        merge([first, again])


def test_a_package_without_an_id_still_merges_by_name(tmp_path: Path) -> None:
    a = _file(tmp_path, "old.json", centre_id=None, name="ЦАЛ «Северный»")
    b = _file(tmp_path, "old2.json", centre_id=None, name="цал «северный»")
    with pytest.raises(MergeRefused, match="Два пакета одного центра"):
        merge([a, b])


def test_different_months_give_a_total_per_month_and_never_add_visitors_across_months(tmp_path: Path) -> None:
    north, south = str(uuid.uuid4()), str(uuid.uuid4())
    merged = merge(
        [
            _file(tmp_path, "n3.json", centre_id=north, served=3),
            _file(tmp_path, "n4.json", centre_id=north, period=APRIL, served=4),
            _file(tmp_path, "s3.json", centre_id=south, served=10),
        ]
    )
    per_month = {p: f for p, f in merged.by_period}
    assert per_month[MARCH]["visitors.served"] == 13
    assert per_month[APRIL]["visitors.served"] == 4
    assert per_month[MARCH]["consultations.total"] == 10 and per_month[APRIL]["consultations.total"] == 5
    assert merged.total["visitors.served"] is None
    assert merged.total["consultations.total"] == 15  # consultations do add up across months

    out = tmp_path / "net.xlsx"
    write_xlsx(merged, out)
    rows = {
        r[0]: r for r in load_workbook(out)["Сводка по сети"].iter_rows(min_row=4, values_only=True) if r[0]
    }
    heads = list(rows["Показатель"])
    served = dict(zip(heads, rows["Посетителей обслужено"], strict=True))
    assert served["Итого за март 2026"] == 13 and served["Итого за апрель 2026"] == 4
    assert served["Итого по сети"] is None
    doc = tmp_path / "net.json"
    write_json(merged, doc)
    months = json.loads(doc.read_text(encoding="utf-8"))["by_period"]
    assert [m["total"]["visitors"]["served"] for m in months] == [13, 4]


def test_the_network_median_comes_from_the_centres_histograms(tmp_path: Path) -> None:
    # medians 15 and 30: their mean or median would say 22.5; the network's answers say 20
    a = _file(tmp_path, "a.json", centre_id=str(uuid.uuid4()), hist={"10": 1, "20": 1})
    b = _file(tmp_path, "b.json", centre_id=str(uuid.uuid4()), hist={"30": 1})
    merged = merge([a, b])
    assert merged.total["appeals.median_answer_days"] == 20
    assert merged.total["appeals.answer_days"] == {"10": 1, "20": 1, "30": 1}
    # one package without a histogram (an older program): no median rather than a wrong one
    c = _file(tmp_path, "c.json", centre_id=str(uuid.uuid4()))
    assert merge([a, b, c]).total["appeals.median_answer_days"] is None


def test_authorities_combine_by_inn_else_by_normalised_name(tmp_path: Path) -> None:
    a = _file(tmp_path, "a.json", centre_id=str(uuid.uuid4()), rows=[
        _row("Администрация города Кирова", "4348000001", 3, {"10": 1}),
        _row("Городская Дума", None, 2, {"5": 2}),
    ])  # fmt: skip
    b = _file(tmp_path, "b.json", centre_id=str(uuid.uuid4()), rows=[
        _row("Администрация г. Кирова", "4348000001", 2, {"30": 1}, overdue=1),
        _row("городская  дума", None, 1, {}),
        _row("Прокуратура", None, 1, {}),
    ])  # fmt: skip
    rows = {r["authority"]: r for r in merge([a, b]).total["appeals.by_authority"]}
    assert set(rows) == {"Администрация города Кирова", "Городская Дума", "Прокуратура"}
    adm = rows["Администрация города Кирова"]
    assert (adm["sent"], adm["overdue"], adm["median_answer_days"], adm["answer_days"]) == (
        5,
        1,
        20,
        {"10": 1, "30": 1},
    )
    assert rows["Городская Дума"]["sent"] == 3 and rows["Городская Дума"]["median_answer_days"] == 5


def test_a_centre_gets_one_id_that_its_packages_carry(ctx) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import reports
    from cal_desktop.services.settings import centre_id

    first = reports.report_package(ctx, MARCH)["centre"]["id"]
    assert str(uuid.UUID(first)) == first
    assert reports.report_package(ctx, APRIL)["centre"]["id"] == first == centre_id(ctx)


def test_initiatives_by_territory_add_up_in_the_merged_workbook(tmp_path: Path) -> None:
    values = dict(EXPECTED_MARCH)
    paths = []
    for n, split in enumerate(({"Кировский район": 2, "не указана": 1}, {"Кировский район": 3})):
        data = ReportData(
            CentreInfo(f"ЦАЛ {n}", id=str(uuid.uuid4())),
            MARCH,
            Figures({**values, "initiatives.by_territory": split}),
        )
        path = tmp_path / f"{n}.json"
        path.write_text(json.dumps(package.to_package(data), ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    merged = merge(paths)
    assert merged.total["initiatives.by_territory"] == {"Кировский район": 5, "не указана": 1}
    out = tmp_path / "net.xlsx"
    write_xlsx(merged, out)
    rows = {
        r[0]: r
        for r in load_workbook(out)["Инициативы по территориям"].iter_rows(min_row=5, values_only=True)
    }
    assert rows["Кировский район"][2:] == (2, 3, 5)
