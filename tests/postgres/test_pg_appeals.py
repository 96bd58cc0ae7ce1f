"""The outgoing register on PostgreSQL: due dates (DOMAIN A2), state filters computed in SQL, the
`appeals due` command against a server URL, and documents rendered and filed with their case."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from docdata import make_case
from docx import Document as DocxFile
from pypdf import PdfReader

from cal_desktop.cli import main
from cal_desktop.db.engine import Database
from cal_desktop.domain.vocab import AppealState
from cal_desktop.services import appeals as svc
from cal_desktop.services import documents
from cal_desktop.services.appeals import AppealFilter, AppealInput
from cal_desktop.services.context import ServiceContext

AS_OF = date(2026, 6, 20)


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def journal(ctx: ServiceContext) -> dict[str, int]:
    """What DOMAIN A2 predicts for each on 20.06.2026 is in tests/cli/test_appeals_cli.py."""
    rows = {
        "A-1": AppealInput(date(2026, 4, 28), "email", number="A-1", addressee_text="Глава района",
                           registration_number="Вх-1", registration_date=date(2026, 5, 2)),
        "A-2": AppealInput(date(2026, 5, 12), "почта", number="A-2", registration_date=date(2026, 5, 13)),
        "A-3": AppealInput(date(2026, 6, 1), "post", number="A-3"),
        "A-4": AppealInput(date(2026, 5, 20), "email", number="A-4"),
        "A-5": AppealInput(date(2026, 4, 30), "portal", number="A-5", registration_date=date(2026, 5, 2),
                           extension_notice_date=date(2026, 5, 25)),
        "A-6": AppealInput(date(2026, 4, 30), "email", number="A-6", answer_date=date(2026, 5, 20),
                           answer_outcome="разъяснение"),
        "A-7": AppealInput(date(2026, 4, 30), "email", number="A-7", answer_date=date(2026, 6, 25),
                           answer_outcome="отказ"),
        "A-8": AppealInput(date(2026, 6, 22), "email", number="A-8"),
    }  # fmt: skip
    return {n: svc.register_appeal(ctx, data).id for n, data in rows.items()}


def test_appeals_due_command_on_a_server_url(
    pg_url: str, journal: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", pg_url, "appeals", "due", "--as-of", "2026-06-20", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    got = [(r["number"], r["registration_date"], r["due_date"], r["state"]) for r in out["appeals"]]
    assert got == [
        ("A-1", "2026-05-02", "2026-06-01", "overdue"),
        ("A-7", "2026-05-03", "2026-06-02", "overdue"),
        ("A-2", "2026-05-13", "2026-06-15", "overdue"),
        ("A-4", "2026-05-23", "2026-06-22", "due_soon"),
        ("A-5", "2026-05-02", "2026-07-01", "waiting"),
        ("A-3", "2026-06-11", "2026-07-13", "waiting"),
    ]
    assert out["appeals"][0]["id"] == journal["A-1"]


def test_state_filters_in_sql_agree_with_the_rule(ctx: ServiceContext, journal: dict[str, int]) -> None:
    expected = {
        "overdue": {"A-1", "A-2", "A-7"},
        "due_soon": {"A-4"},
        "waiting": {"A-3", "A-5", "A-8"},  # A-8 sent after 20.06: its clock lies ahead
        "answered": {"A-6"},
        "answered_late": set(),
    }
    for state, numbers in expected.items():
        page = svc.list_appeals(ctx, AppealFilter(state=state, as_of=AS_OF), limit=50)
        assert {r.number for r in page.items} == numbers, state
        assert all(r.state == AppealState(state) for r in page.items)
    assert svc.list_appeals(ctx, AppealFilter(open_only=True, as_of=AS_OF)).total == 7  # A-7 answered later
    assert svc.list_appeals(ctx, AppealFilter(text="глава района")).total == 1
    assert (
        svc.list_appeals(ctx, AppealFilter(sent_from=date(2026, 4, 30), sent_to=date(2026, 4, 30))).total == 3
    )
    by_due = svc.list_appeals(ctx, order="due", limit=100).items
    assert [r.due_date for r in by_due] == sorted(r.due_date for r in by_due)
    due_soon, overdue = svc.alerts(ctx, AS_OF)
    assert {r.number for r in due_soon} == {"A-4"} and {r.number for r in overdue} == {"A-1", "A-2", "A-7"}


def test_answer_moves_an_appeal_out_of_the_open_list(ctx: ServiceContext, journal: dict[str, int]) -> None:
    svc.record_answer(ctx, journal["A-1"], date(2026, 6, 10), "ответ получен", "разъяснение")
    a1 = svc.get_appeal(ctx, journal["A-1"], AS_OF)
    assert a1.state == AppealState.ANSWERED_LATE
    assert "A-1" not in {r.number for r in svc.due_report(ctx, AS_OF)}


def test_document_rendered_and_filed_with_its_case(ctx: ServiceContext, db: Database) -> None:
    case = make_case(db)
    pdf = documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"],
                           overrides={"subject": "О детской площадке"})  # fmt: skip
    assert "О детской площадке" in _pdf_text(pdf)
    docx = documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"], fmt="docx")
    assert "Шульге" in "\n".join(p.text for p in DocxFile(io.BytesIO(docx)).paragraphs)
    doc_id, appeal_id = documents.file_document(
        ctx, "info_request", case.initiative_id, case.officials["tsoi"],
        overrides={"substance": "о плане ремонта дворов"}, sent_date=date(2026, 5, 4),
    )  # fmt: skip
    stored = documents.get_document(ctx, doc_id)
    assert "04.05.2026 № ЦАЛ-2026-0001" in _pdf_text(stored.content)
    appeal = svc.get_appeal(ctx, appeal_id)
    assert appeal.number == "ЦАЛ-2026-0001" and appeal.due_date is not None
    assert [d.id for d in documents.list_documents(ctx, case.initiative_id)] == [doc_id]
