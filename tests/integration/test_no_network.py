"""The program sends no data anywhere (152-FZ art. 18 p. 5): its flows open no network connection."""

from __future__ import annotations

import socket

import pytest

from cal_desktop.services import backup, consultations, document_batches, personal_data, visitors
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
    assert document_batches.consent_batch(ctx, card.id).startswith(b"%PDF")
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


def _inet_sockets() -> list[str]:
    """This process's open TCP/UDP sockets (IPv4 and IPv6), found through /proc: catches Qt's own
    C++ sockets too, which the patched Python ``socket`` module cannot see."""
    import os
    from pathlib import Path

    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    test_server = _test_server_port()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/self/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) > 9 and fields[9] in inodes and not fields[2].endswith(test_server):
                    found.append(f"{table} {fields[1]} -> {fields[2]}")
    return found


def _test_server_port() -> str:
    """«:PORT» in /proc's hex of the throwaway PostgreSQL server the suite itself keeps connections to
    (CAL_TEST_PG_URL, tests on both engines): those are the tests', not the program's."""
    import os

    from sqlalchemy.engine import make_url

    url = os.environ.get("CAL_TEST_PG_URL")
    port = make_url(url).port if url else None
    return f":{port:04X}" if port else ":no-test-server"


@pytest.mark.skipif(not __import__("pathlib").Path("/proc/self/net/tcp").exists(), reason="needs Linux /proc")
def test_the_window_and_every_area_open_no_socket(db, db_path, no_sockets, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The whole program as it runs: sign-in, every area and tab, the daily and the exit backup."""
    from PySide6.QtCore import QThreadPool

    from cal_desktop.gui import app, messages, startup
    from cal_desktop.services import accounts
    from cal_desktop.services.accounts import AccountInput
    from cal_desktop.services.context import SYSTEM, ServiceContext

    monkeypatch.setenv("CAL_DESKTOP_GUI_INI", str(db_path.parent / "desk.ini"))
    monkeypatch.setattr(backup, "default_backup_folder", lambda: db_path.parent / "backups")
    shown = messages.Recorder()
    monkeypatch.setattr(messages, "backend", shown)
    accounts.create_first_admin(ServiceContext(db, SYSTEM), AccountInput("admin", "Админ Анна"), "secret123")

    def sign_in(dialog):  # type: ignore[no-untyped-def]
        dialog.login.setText("admin")
        dialog.password.setText("secret123")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(startup, "exec_dialog", sign_in)
    before = _inet_sockets()
    window = app.start(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    for area in window.areas:
        page = window.show_area(area.key)
        for index in range(page.count() if hasattr(page, "show_tab") else 0):
            page.setCurrentIndex(index)
        qtbot.wait(50)
    QThreadPool.globalInstance().waitForDone(10_000)
    window.idle_lock.stop()
    window.close()  # the exit backup
    assert _inet_sockets() == before == []
    assert [m for m in shown.shown if m[0] != "info"] == []  # no error (a refused socket would show one)
