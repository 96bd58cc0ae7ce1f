"""Authority responsiveness (issue 18): ``appeals.by_authority`` on known data and on the demo."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Appeal, Official, Organisation
from cal_desktop.reports import authority, figures
from cal_desktop.reports.package import from_package, to_package
from cal_desktop.reports.period import Period
from cal_desktop.services import reports
from cal_desktop.services.appeals import due_report
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo

MARCH = Period.month(2026, 3)


def _org(s, name: str) -> int:  # type: ignore[no-untyped-def]
    o = Organisation(kind="authority", name=name, name_norm=name.lower(), search_text=name.lower())
    s.add(o)
    s.flush()
    return o.id


def _appeal(s, number: str, sent: date, due: date | None, answered: date | None = None, **kw) -> None:  # type: ignore[no-untyped-def]
    s.add(Appeal(number=number, sent_date=sent, channel="email", due_date=due, answer_date=answered, **kw))
    s.flush()


@pytest.fixture
def known(db: Database) -> dict[str, int]:
    """Two organisations, one reached through its official, and an appeal with no addressee."""
    d = date
    with db.session() as s:
        adm = _org(s, "Администрация города")
        duma = _org(s, "Городская дума")
        official = Official(organisation_id=duma, position="Председатель", search_text="председатель")
        s.add(official)
        s.flush()
        # administration: on time (10 days, positive), late (40 days), overdue, waiting, extended+forwarded
        _appeal(
            s,
            "A1",
            d(2026, 3, 2),
            d(2026, 3, 20),
            d(2026, 3, 12),
            organisation_id=adm,
            answer_outcome="positive",
        )
        _appeal(
            s,
            "A2",
            d(2026, 3, 1),
            d(2026, 3, 5),
            d(2026, 3, 31),
            organisation_id=adm,
            answer_outcome="refusal",
        )
        _appeal(s, "A3", d(2026, 3, 3), d(2026, 3, 25), None, organisation_id=adm)
        _appeal(s, "A4", d(2026, 3, 20), d(2026, 4, 20), None, organisation_id=adm, extended=True)
        _appeal(
            s, "A5", d(2026, 3, 10), d(2026, 3, 30), d(2026, 4, 2), organisation_id=adm, forwarded_to_id=duma
        )
        # the duma through its official: answered in 4 days, positive
        _appeal(
            s,
            "D1",
            d(2026, 3, 5),
            d(2026, 4, 5),
            d(2026, 3, 9),
            official_id=official.id,
            answer_outcome="positive",
        )
        # no addressee known; and one sent in February (not in March's rows)
        _appeal(s, "X1", d(2026, 3, 31), None, None)
        _appeal(s, "F1", d(2026, 2, 27), d(2026, 3, 10), None, organisation_id=adm)
    return {"adm": adm, "duma": duma}


def _rows(db: Database, period: Period = MARCH) -> dict[str, dict]:  # type: ignore[type-arg]
    with db.read() as s:
        f = figures.compute(s, period)
    return {r["authority"]: r for r in f[authority.BY_AUTHORITY]}


def test_each_authority_counts_its_march_appeals_by_state(db: Database, known: dict[str, int]) -> None:
    rows = _rows(db)
    adm = rows["Администрация города"]
    assert {k: adm[k] for k in authority.COUNTS} == {
        "sent": 5,
        "answered_on_time": 1,
        "answered_late": 1,
        "overdue": 2,  # A3 (due 25 March) and A5 (answered only in April)
        "waiting": 1,
        "extended": 1,
        "forwarded": 1,
        "positive": 1,
    }
    assert adm["answer_days"] == {"10": 1, "30": 1}
    assert adm["median_answer_days"] == 20 and adm["p90_answer_days"] == 28
    assert adm["positive_share"] == 50.0
    duma = rows["Городская дума"]
    assert (duma["sent"], duma["answered_on_time"], duma["median_answer_days"], duma["positive"]) == (
        1,
        1,
        4,
        1,
    )
    assert rows[authority.NO_AUTHORITY]["sent"] == 1 and rows[authority.NO_AUTHORITY]["waiting"] == 1
    # the unknown addressee is listed last, the busiest authority first
    assert list(rows) == ["Администрация города", "Городская дума", authority.NO_AUTHORITY]


def test_april_sees_the_late_answer_and_its_own_appeals_only(db: Database, known: dict[str, int]) -> None:
    rows = _rows(db, Period.month(2026, 4))
    assert rows == {}  # nothing was sent in April
    quarter = _rows(db, Period.quarter(2026, 1))["Администрация города"]
    assert (quarter["sent"], quarter["answered_late"], quarter["overdue"]) == (6, 1, 3)  # F1 from February
    spring = _rows(db, Period.range(date(2026, 3, 1), date(2026, 4, 30)))["Администрация города"]
    # by the end of April A5's answer (2 April, due 30 March) has come: late, no longer overdue; but A4
    # (due 20 April) is now overdue beside A3
    assert (spring["answered_late"], spring["overdue"], spring["median_answer_days"]) == (2, 2, 23)


def test_percentiles_follow_the_histogram() -> None:
    assert authority.percentile({}, 50) is None
    assert authority.percentile({5: 1}, 90) == 5
    assert authority.percentile({1: 1, 2: 1, 10: 1, 30: 1}, 50) == 6
    assert authority.percentile({1: 1, 2: 1}, 50) == 1.5
    days = {d: 1 for d in range(1, 11)}
    assert authority.percentile(days, 90) == 9.1


def test_package_carries_the_rows_without_database_ids_and_reads_them_back(
    db: Database, known: dict[str, int], ctx: ServiceContext
) -> None:
    package = reports.report_package(ctx, MARCH)
    rows = package["appeals"]["by_authority"]
    assert [r["authority"] for r in rows][:2] == ["Администрация города", "Городская дума"]
    assert all("organisation_id" not in r for r in rows)
    assert {
        "authority",
        "inn_or_null",
        "sent",
        "answered_on_time",
        "answered_late",
        "overdue",
        "median_answer_days",
        "positive",
    } <= set(rows[0])
    assert package["appeals"]["answer_days"] == {"4": 1, "10": 1, "30": 1}
    back = from_package(json.loads(json.dumps(package)))
    assert back.figures[authority.BY_AUTHORITY] == authority.package_rows(rows)
    assert to_package(back)["appeals"]["by_authority"] == rows


def test_a_package_with_a_negative_count_is_refused(
    db: Database, known: dict[str, int], ctx: ServiceContext
) -> None:
    from cal_desktop.reports.package import PackageError

    package = reports.report_package(ctx, MARCH)
    package["appeals"]["by_authority"][0]["overdue"] = -1
    with pytest.raises(PackageError, match="by_authority, строка 1.*overdue"):
        from_package(package, source="x.json")


# ------------------------------------------------------------------------------ acceptance on demo


def test_on_demo_data_rows_sum_to_sent_and_overdue_matches_appeals_due(ctx: ServiceContext) -> None:
    generate_demo(ctx, seed=11, visitors=300, months=12, today=date(2026, 6, 15))
    months = [Period.month(2025, m) for m in range(7, 13)] + [Period.month(2026, m) for m in range(1, 7)]
    # a month's own appeals are rarely overdue by its end (30 days to answer): longer periods too
    longer = [
        Period.quarter(2026, 1),
        Period.quarter(2026, 2),
        Period.range(date(2025, 6, 1), date(2026, 6, 15)),
    ]
    seen_sent = seen_overdue = 0
    for period in months + longer:
        package = reports.report_package(ctx, period)
        rows = package["appeals"]["by_authority"]
        assert sum(r["sent"] for r in rows) == package["appeals"]["sent"], period.label
        for r in rows:
            parts = r["answered_on_time"] + r["answered_late"] + r["overdue"] + r["waiting"]
            assert parts == r["sent"], (period.label, r["authority"])
        # `appeals due --as-of <month end>`: its overdue appeals sent in the month, per organisation
        due = [
            a
            for a in due_report(ctx, period.end)
            if a.state.value == "overdue" and period.start <= a.sent_date <= period.end
        ]
        overdue_by_org: dict[str, int] = {}
        for a in due:
            with ctx.db.read() as s:
                appeal = s.get(Appeal, a.id)
                assert appeal is not None
                org = s.get(Organisation, a.organisation_id) if a.organisation_id else None
                if org is None and appeal.official_id:
                    official = s.get(Official, appeal.official_id)
                    org = official.organisation if official else None
                name = org.name if org else authority.NO_AUTHORITY
            overdue_by_org[name] = overdue_by_org.get(name, 0) + 1
        assert {r["authority"]: r["overdue"] for r in rows if r["overdue"]} == overdue_by_org, period.label
        seen_sent += package["appeals"]["sent"]
        seen_overdue += sum(overdue_by_org.values())
    assert seen_sent > 0 and seen_overdue > 0  # the demo really exercised both


# ----------------------------------------------------------------------------------------- exports


def test_xlsx_pdf_and_docx_show_each_authority_with_its_figures(
    db: Database, known: dict[str, int], ctx: ServiceContext, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    import docx
    from openpyxl import load_workbook

    xlsx = reports.export_report(ctx, MARCH, "xlsx", tmp_path / "r.xlsx")
    ws = load_workbook(xlsx)["Органы власти"]
    heads = [c.value for c in ws[4]]
    first = dict(zip(heads, [c.value for c in ws[5]], strict=True))
    assert first["Орган"] == "Администрация города"
    assert (first["Отправлено"], first["Просрочено"], first["Медиана, дней"]) == (5, 2, 20)
    assert first["Доля положительных, %"] == 50
    officials = load_workbook(xlsx)["Должностные лица"]  # the centre's own sheet: per official
    assert [c.value for c in officials[5]][:4] == ["Председатель", "Городская дума", 1, 1]

    document = docx.Document(str(reports.export_report(ctx, MARCH, "docx", tmp_path / "r.docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Орган")
    assert [c.text for c in table.rows[1].cells][:5] == ["Администрация города", "5", "1", "1", "2"]

    if shutil.which("pdftotext"):
        pdf = reports.export_report(ctx, MARCH, "pdf", tmp_path / "r.pdf")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Ответы органов власти" in text and "Городская дума" in text


def test_drill_down_lists_an_authoritys_appeals(
    db: Database, known: dict[str, int], ctx: ServiceContext
) -> None:
    def numbers(code: str | None) -> list[str]:
        page = reports.drill_down(ctx, MARCH, authority.BY_AUTHORITY, code)
        assert page.total == len(page.rows)
        return sorted(r.title for r in page.rows)

    assert numbers(str(known["adm"])) == ["A1", "A2", "A3", "A4", "A5"]
    assert numbers(str(known["duma"])) == ["D1"]  # reached through its official
    assert numbers(authority.UNKNOWN_CODE) == ["X1"]
    assert len(numbers(None)) == 7


def test_per_official_rows_on_screen_drill_down_but_never_in_the_package(
    db: Database, known: dict[str, int], ctx: ServiceContext
) -> None:
    from cal_desktop.reports import authority_officials

    with db.session() as s:  # a second official of the duma: D2 due on the last day, answered in April
        named = Official(organisation_id=known["duma"], position="Депутат", last_name="Шульга", first_name="Олег",
                         middle_name="Викторович", search_text="депутат")  # fmt: skip
        s.add(named)
        s.flush()
        _appeal(s, "D2", date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 10), official_id=named.id)
        _appeal(s, "D3", date(2026, 3, 2), date(2026, 3, 12), None, official_id=named.id)
    data = reports.report(ctx, MARCH)
    rows = {r["official"]: r for r in reports.official_rows(data)}
    assert list(rows) == ["Депутат Шульга О.В.", "Председатель"]  # most appeals first
    deputy = rows["Депутат Шульга О.В."]
    assert (deputy["authority"], deputy["sent"], deputy["answered_late"], deputy["overdue"]) == (
        "Городская дума",
        2,
        0,
        1,
    )
    assert deputy["waiting"] == 1 and rows["Председатель"]["median_answer_days"] == 4
    page = reports.drill_down(ctx, MARCH, reports.OFFICIAL_KEY, reports.official_code(deputy))
    assert sorted(r.title for r in page.rows) == ["D2", "D3"]
    package = json.dumps(reports.report_package(ctx, MARCH), ensure_ascii=False)
    assert "Шульга" not in package and "by_official" not in package
    assert authority_officials.official_title(None, None, None, None) == "—"
