"""The personal-data screen: the erasure list with overdue deadlines, anonymisation only after a warning
that it cannot be undone, consent with a scan, withdrawal, and a subject's data as JSON and PDF."""

from __future__ import annotations

import io
import json
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.gui.views import personal_data as view_module
from cal_desktop.gui.views.personal_data import ConsentDialog, PersonalDataView, WithdrawalDialog
from cal_desktop.services import audit, personal_data, visitors
from cal_desktop.services.audit import AuditFilter
from cal_desktop.services.visitors import VisitorInput


def choose(view: PersonalDataView, visitor_id: int, text: str) -> None:
    view.choose_person(visitor_id, text)
    QApplication.processEvents()  # the picker sets its text once more on the next turn of the loop


@pytest.fixture
def person(ctx):  # type: ignore[no-untyped-def]
    return visitors.create_visitor(
        ctx, VisitorInput("Ёлкина", "Алёна", "Игоревна", phone="+79127654321", address="ул. Снежная, 17")
    )


@pytest.fixture
def screen(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    def make(context=ctx):  # type: ignore[no-untyped-def]
        widget = PersonalDataView(context)
        qtbot.addWidget(widget)
        widget.resize(1000, 600)
        widget.show()
        return widget

    return make


def test_erasure_list_shows_overdue_and_anonymise_asks_first(screen, ctx, person, shown) -> None:
    personal_data.record_withdrawal(ctx, person.id, date.today() - timedelta(days=31))
    view = screen()
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "Ёлкина Алёна Игоревна"
    assert view.table.item(0, 1).text() == tr("consent withdrawn")
    deadline = date.today() - timedelta(days=1)
    assert view.table.item(0, 3).text() == f"{deadline:%d.%m.%Y} — " + tr("overdue")
    assert view.table.item(0, 3).foreground().color().name() == "#b00020"
    assert view.summary.text() == tr("People on the list: {n}, of them overdue: {overdue}.").format(
        n=1, overdue=1
    )

    view.table.selectRow(0)
    view.anonymise_row_button.click()  # the question is cancelled: nothing happens
    question = shown.shown[-1]
    assert question[0] == "ask" and question[1] == tr("Anonymisation")
    assert "Ёлкина Алёна Игоревна" in question[2] and re.search(
        "нельзя отменить|отменить нельзя", question[2].lower()
    )
    assert visitors.get_visitor(ctx, person.id).last_name == "Ёлкина"

    shown.answers.append(0)
    view.table.selectRow(0)
    view.anonymise_row_button.click()
    assert visitors.get_visitor(ctx, person.id).last_name == personal_data.ANONYMISED_NAME
    assert view.table.rowCount() == 0
    assert view.summary.text() == tr("Nobody's data has to be anonymised now.")


def test_consent_with_a_scan_and_withdrawal(screen, ctx, person, shown, tmp_path, monkeypatch) -> None:
    scan = tmp_path / "согласие.pdf"
    scan.write_bytes(b"%PDF-1.4 signed consent")
    steps = []

    def fake_exec(dialog):  # type: ignore[no-untyped-def]
        steps.append(dialog)
        if isinstance(dialog, ConsentDialog):
            dialog.load_scan(tmp_path / "photo.gif")  # not a PDF or an image we keep
            assert "PDF" in dialog.error.text()
            dialog.load_scan(scan)
            dialog.version.setText("2")
        else:
            assert isinstance(dialog, WithdrawalDialog)
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(view_module, "exec_dialog", fake_exec)
    (tmp_path / "photo.gif").write_bytes(b"GIF89a")
    view = screen()
    assert not view.consent_button.isEnabled()  # nobody chosen yet
    choose(view, person.id, "Ёлкина Алёна Игоревна, +7 912 765-43-21")
    view.consent_button.click()
    data = personal_data.subject_data(ctx, person.id)
    assert data["субъект"]["согласие_дата"] == date.today()
    assert data["субъект"]["согласие_версия_формы"] == "2"
    assert [s["файл"] for s in data["сканы"]] == ["согласие.pdf"]

    view.withdraw_button.click()
    deadline = date.today() + timedelta(days=30)
    assert f"{deadline:%d.%m.%Y}" in shown.texts()
    assert [c.visitor_id for c in view.candidates] == [person.id]  # now on the erasure list


def test_subject_data_saved_as_json_and_pdf(screen, ctx, person, shown, tmp_path, monkeypatch) -> None:
    targets = iter([tmp_path / "ответ.json", tmp_path / "ответ"])
    monkeypatch.setattr(view_module, "save_file", lambda *args: str(next(targets)))
    view = screen()
    choose(view, person.id, "Ёлкина Алёна Игоревна")
    view.json_button.click()
    data = json.loads((tmp_path / "ответ.json").read_text(encoding="utf-8"))
    assert data["субъект"]["телефон"] == "+79127654321"
    view.pdf_button.click()  # the suffix is added when the name has none
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "ответ.pdf").read_bytes())).pages
    )
    assert "СВЕДЕНИЯ О ПЕРСОНАЛЬНЫХ ДАННЫХ" in text and "Ёлкина" in text and "ул. Снежная, 17" in text
    exports = audit.list_audit(ctx, AuditFilter(action="export", entity="visitor", entity_id=person.id))
    assert exports.total == 2  # both answers are in the audit log


def test_unwritable_folder_gives_a_clear_message_and_no_file(screen, person, shown, tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setattr(view_module, "save_file", lambda *args: str(blocker / "ответ.json"))
    view = screen()
    choose(view, person.id, "Ёлкина Алёна Игоревна")
    view.json_button.click()
    kind, _title, text = shown.shown[-1]
    assert kind == "warning" and str(blocker) in text and "не существует" in text
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".json", ".part")]


def test_what_each_role_sees(screen, make_ctx, person) -> None:
    staff_view = screen(make_ctx(Role.STAFF))
    assert not hasattr(staff_view, "table")  # no erasure list
    assert staff_view.consent_button.isVisibleTo(staff_view)
    assert not staff_view.json_button.isVisibleTo(staff_view)
    assert not staff_view.anonymise_button.isVisibleTo(staff_view)
    coordinator_view = screen(make_ctx(Role.COORDINATOR))
    assert coordinator_view.pdf_button.isVisibleTo(coordinator_view)
    assert not coordinator_view.anonymise_button.isVisibleTo(coordinator_view)


def test_anonymised_from_the_screen_leaves_no_trace_and_past_reports_unchanged(screen, ctx, db_path, shown):
    """Issue 8 acceptance through the screen: the raw database file holds no trace of the person, and
    the monthly report of the past month is the same as before."""
    from datetime import datetime

    from cal_desktop.reports.period import Period
    from cal_desktop.services import consultations, reports
    from cal_desktop.services.consultations import ConsultationInput

    first_of_month = date.today().replace(day=1)
    last_month = first_of_month - timedelta(days=1)
    v = visitors.create_visitor(
        ctx, VisitorInput("Снегирёва", "Зинаида", "Павловна", phone="+79125550011", address="пер. Тихий, 9")
    )
    for day in (3, 10):
        consultations.create_consultation(
            ctx,
            ConsultationInput(
                channel="phone",
                topics=["drafting"],
                outcome="advised",
                occurred_at=datetime.combine(last_month.replace(day=day), datetime.min.time()).replace(
                    hour=11
                ),
                summary="Снегирёва про пер. Тихий",
                visitor_id=v.id,
            ),
        )
    personal_data.record_withdrawal(ctx, v.id, date.today())
    period = Period.month(last_month.year, last_month.month)
    before = reports.report_package(ctx, period)
    view = screen()
    row = [c.visitor_id for c in view.candidates].index(v.id)
    view.table.selectRow(row)
    shown.answers.append(0)
    view.anonymise_row_button.click()
    after = reports.report_package(ctx, period)
    before.pop("generated_at")
    after.pop("generated_at")
    assert after == before
    assert before["consultations"]["total"] == 2 and before["consultations"]["by_channel"]["phone"] == 2
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for secret in ("Снегирёва", "снегирева", "Зинаида", "79125550011", "Тихий"):
        assert secret.encode() not in raw, secret
