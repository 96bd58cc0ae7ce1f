"""The reports service: roles, comparisons, drill-down, atomic exports, audit."""

from __future__ import annotations

import errno
import json
import os
from datetime import date, datetime

import pytest
from sqlalchemy import select

from cal_desktop.db.models import AuditEntry, Consultation, ConsultationTopic, Visitor
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, Cancelled, PermissionDenied, ValidationError
from cal_desktop.services import reports
from cal_desktop.services.reports import Period

MARCH = Period.month(2026, 3)


def _consult(db, day: date, channel: str = "in_person", visitor_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        c = Consultation(
            occurred_at=datetime(day.year, day.month, day.day, 12),
            occurred_on=day,
            channel=channel,
            outcome="advised",
            visitor_id=visitor_id,
        )
        s.add(c)
        s.flush()
        s.add(ConsultationTopic(consultation_id=c.id, topic="info_search"))
        return c.id


def _visitor(db, last: str) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        v = Visitor(last_name=last, first_name="Иван", name_norm=last.lower(), search_text=last.lower())
        s.add(v)
        s.flush()
        return v.id


def test_staff_may_not_build_or_export_reports(make_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    staff = make_ctx(Role.STAFF)
    for call in (
        lambda: reports.monthly_report(staff, 2026, 3),
        lambda: reports.period_report(staff, date(2026, 1, 1), date(2026, 3, 31)),
        lambda: reports.export_report(staff, MARCH, "xlsx", tmp_path / "r.xlsx"),
        lambda: reports.report_package(staff, MARCH),
        lambda: reports.drill_down(staff, MARCH, "consultations.total"),
        lambda: reports.drill_ids(staff, MARCH, "consultations.total"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "r.xlsx").exists()


def test_a_coordinator_gets_the_month_with_its_comparisons(db, make_ctx) -> None:  # type: ignore[no-untyped-def]
    for day in (date(2026, 3, 1), date(2026, 3, 31), date(2026, 3, 15)):
        _consult(db, day)
    _consult(db, date(2026, 2, 28), "phone")
    for day in (date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 5), date(2025, 3, 6), date(2025, 3, 7)):
        _consult(db, day)
    data = reports.monthly_report(make_ctx(Role.COORDINATOR), 2026, 3)
    assert data.figures["consultations.total"] == 3
    assert data.previous is not None and data.previous["consultations.total"] == 1
    assert data.year_ago is not None and data.year_ago["consultations.total"] == 5
    total = next(r for r in reports.summary_rows(data) if r.key == "consultations.total")
    assert (total.value, total.previous, total.change, total.year_ago, total.change_year) == (3, 1, 2, 5, -2)
    phone = next(
        r
        for b in reports.breakdowns(data)
        if b.key == "consultations.by_channel"
        for r in b.rows
        if r.key == "phone"
    )
    assert (phone.title, phone.value, phone.previous) == ("по телефону", 0, 1)


def test_a_quarter_compares_with_the_previous_quarter(ctx, db) -> None:  # type: ignore[no-untyped-def]
    _consult(db, date(2026, 1, 1))
    _consult(db, date(2025, 12, 31))
    data = reports.period_report(ctx, date(2026, 1, 1), date(2026, 3, 31))
    assert data.period == Period.quarter(2026, 1)
    assert data.figures["consultations.total"] == 1
    assert data.previous is not None and data.previous["consultations.total"] == 1
    with pytest.raises(ValidationError):
        reports.period_report(ctx, date(2026, 3, 1), date(2026, 2, 1))
    with pytest.raises(ValidationError):
        reports.monthly_report(ctx, 2026, 13)


def test_drill_down_shows_the_consultations_behind_a_number(ctx, db) -> None:  # type: ignore[no-untyped-def]
    v = _visitor(db, "Кузнецов")
    mine = _consult(db, date(2026, 3, 2), "phone", v)
    anon = _consult(db, date(2026, 3, 3), "phone")
    _consult(db, date(2026, 3, 4), "online")
    page = reports.drill_down(ctx, MARCH, "consultations.by_channel", "phone")
    assert page.kind == "consultation" and page.total == 2
    assert [r.id for r in page.rows] == [anon, mine]  # newest first
    assert page.rows[1].title == "Кузнецов Иван" and page.rows[0].title == "аноним"
    assert "по телефону" in page.rows[0].details and "поиск информации" in page.rows[0].details
    assert reports.drill_ids(ctx, MARCH, "visitors.new") == ("consultation", [mine])
    small = reports.drill_down(ctx, MARCH, "consultations.total", limit=1, offset=1)
    assert small.total == 3 and len(small.rows) == 1
    with pytest.raises(ValidationError):
        reports.drill_down(ctx, MARCH, "consultations.nothing")


def test_export_is_audited_and_json_is_the_package(ctx, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _consult(db, date(2026, 3, 2))
    steps: list[tuple[int, int]] = []
    path = reports.export_report(
        ctx, MARCH, "json", tmp_path / "march.json", progress=lambda d, t: steps.append((d, t))
    )
    assert json.loads(path.read_text(encoding="utf-8"))["consultations"]["total"] == 1
    assert steps[-1][0] == steps[-1][1]
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "report")).one()
    assert entry.action == "export" and entry.staff_id == ctx.actor.staff_id
    assert json.loads(entry.details or "{}")["period"] == "2026-03"


def test_unknown_format_is_refused(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="Формат"):
        reports.export_report(ctx, MARCH, "odt", tmp_path / "r.odt")


def test_a_full_disk_leaves_the_old_file_and_no_temporary(ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "march.xlsx"
    target.write_bytes(b"previous report")

    def full_disk(data, tmp) -> None:  # type: ignore[no-untyped-def]
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reports, "write_xlsx", full_disk)
    with pytest.raises(CalError, match="Недостаточно места"):
        reports.export_report(ctx, MARCH, "xlsx", target)
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in out.iterdir()) == ["march.xlsx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_explained(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(CalError, match="Нет права записи"):
            reports.export_report(ctx, MARCH, "pdf", folder / "r.pdf")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_a_refused_folder_is_explained(ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    from cal_desktop.services import files

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(CalError, match="Нет права записи"):
        reports.export_report(ctx, MARCH, "pdf", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_cancel_leaves_no_file(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    calls = iter([False, False, True, True, True])
    with pytest.raises(Cancelled):
        reports.export_report(ctx, MARCH, "pdf", out / "r.pdf", cancel=lambda: next(calls))
    assert list(out.iterdir()) == []


def test_merge_files_needs_xlsx_or_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        reports.merge_files([tmp_path / "a.json"], tmp_path / "out.csv")
