"""The program sends no data anywhere (152-FZ art. 18 p. 5): its flows open no network connection."""

from __future__ import annotations

import socket

import pytest

from cal_desktop.services import backup, consultations, personal_data, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_core_flows_open_no_socket(ctx, no_sockets, tmp_path) -> None:
    v = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна", phone="+79123456789"))
    consultations.create_consultation(
        ctx, ConsultationInput(channel="in_person", topics=["drafting"], outcome="advised", visitor_id=v.id)
    )
    visitors.search_visitors(ctx, "елкина")
    personal_data.subject_data_json(ctx, v.id)
    backup.create_backup(ctx, tmp_path / "b.db")


def test_documents_reports_imports_and_exports_open_no_socket(ctx, no_sockets, tmp_path) -> None:
    """The rest of the flows that produce or read files: documents (PDF and DOCX, a consent batch),
    the monthly report in every format, an import and an export, a subject's data as PDF, a restore."""
    from datetime import date

    from cal_desktop.reports.period import Period
    from cal_desktop.services import documents, exporting, initiatives, reports, subject_report
    from cal_desktop.services.imports import import_file
    from cal_desktop.services.initiatives import InitiativeInput

    author = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна", phone="+79123456789"))
    card = initiatives.create_initiative(ctx, InitiativeInput("Каток во дворе", "sport"), author.id)
    for fmt in ("pdf", "docx"):
        assert documents.render(ctx, "pd_consent", card.id, visitor_id=author.id, fmt=fmt)
    assert documents.consent_batch(ctx, card.id).startswith(b"%PDF")
    today = date.today()
    for fmt in ("json", "xlsx", "pdf", "docx"):
        assert reports.export_report(
            ctx, Period.month(today.year, today.month), fmt, tmp_path / f"r.{fmt}"
        ).exists()
    source = tmp_path / "visitors.csv"
    source.write_text("Фамилия;Имя;Телефон\nПетров;Пётр;+79120000001\n", encoding="utf-8")
    assert import_file(ctx, "visitors", source).created == 1
    exporting.export(ctx, "visitors", tmp_path / "out.xlsx")
    assert subject_report.subject_report_pdf(ctx, author.id).startswith(b"%PDF")
    copy = backup.create_backup(ctx, tmp_path / "copy.db")
    backup.restore_backup(ctx, copy.path)
