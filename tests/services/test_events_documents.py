"""Documents from a meeting (issue 16): the attendance sheet and the minutes' values from the record."""

from __future__ import annotations

from datetime import date, time

import pytest
from pypdf import PdfReader

from cal_desktop.services import events, events_documents, initiatives, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def meeting(ctx):  # type: ignore[no-untyped-def]
    """12 present (2 named) at a meeting of an initiative with 30 members."""
    people = [
        visitors.create_visitor(
            ctx, VisitorInput(f"Житель{i}", "Иван", phone=f"+7912000{i:04d}", address=f"ул. Мира, {i}")
        ).id
        for i in range(30)
    ]
    idea = initiatives.create_initiative(
        ctx, InitiativeInput("Сквер у школы", "благоустройство"), people[0]
    ).id
    for p in people[1:]:
        initiatives.add_member(ctx, idea, p, "supporter")
    return events.create_event(
        ctx,
        EventInput(
            "residents_meeting", date(2026, 3, 10), time(18, 30), place="Школа №5", unnamed_count=10,
            decisions="Поддержать инициативу", initiative_ids=(idea,), participant_ids=tuple(people[:2]),
        ),
    )  # fmt: skip


def test_minutes_say_the_number_present_not_the_members(ctx, meeting) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.read() as s:
        values, tables = events_documents.minutes_values(s, meeting.id)
    assert values["present_count"] == "12"
    assert values["meeting_date"] == "10.03.2026 в 18:30" and values["meeting_place"] == "Школа №5"
    assert values["meeting_decisions"] == "Поддержать инициативу"
    rows = tables["attendance_table"]  # the minutes print no home addresses (152-FZ, issue 13.7)
    assert len(rows) == 12 and rows[0] == ["1", "Житель0 Иван", ""]
    assert rows[11] == ["12", "", ""]


def test_attendance_sheet_has_numbered_rows_for_everyone(ctx, meeting, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = events_documents.attendance_sheet(ctx, meeting.id)
    assert sheet.title == "Лист регистрации участников собрания жителей"
    assert [p[0] for p in sheet.people] == ["Житель0 Иван", "Житель1 Иван"]
    assert sheet.empty_rows >= 12
    path = events_documents.write_attendance(ctx, meeting.id, tmp_path / "лист.pdf")
    pdf_text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "Лист регистрации" in pdf_text and "Житель1 Иван" in pdf_text and "Сквер у школы" in pdf_text
    assert "14" in pdf_text  # the last empty numbered row: 2 named + 12 empty
    assert not list(tmp_path.glob("*.part"))
