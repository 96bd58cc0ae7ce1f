"""``cal-desktop calendar export`` (RFC 5545, parsed with the icalendar package) and ``calendar calls``."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from cal_desktop.cli import main
from cal_desktop.domain.vocab import Role
from cal_desktop.services import appeals, followups, initiatives, visitors
from cal_desktop.services import consultations as cs
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()
LONG = "Принесёт проект письма; обсудим подписи, сроки и\nадреса — " + "очень длинное описание " * 6


@pytest.fixture
def items(ctx, make_ctx):  # type: ignore[no-untyped-def]
    person = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79121112233"))
    cs.create_consultation(
        ctx,
        ConsultationInput(channel="in_person", topics=["drafting"], outcome="follow_up", visitor_id=person.id,
                          summary=LONG, occurred_at=datetime.now() - timedelta(days=5), follow_up_date=TODAY),
    )  # fmt: skip
    colleague = make_ctx(Role.STAFF, login="kim")
    followups.create(colleague, "Позвонить в управу, уточнить; срок", TODAY + timedelta(days=10))
    card = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), person.id)
    appeal = appeals.register_appeal(
        ctx, AppealInput(sent_date=TODAY - timedelta(days=2), channel="email", initiative_id=card.id)
    )
    return {"appeal": appeal, "person": person}


def _parse(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk("VEVENT")]


def test_export_is_valid_icalendar_and_round_trips_due_dates(ctx, db_path, items, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "напоминания.ics"
    assert main(["--db", str(db_path), "calendar", "export", str(target)]) == 0
    assert "Записано напоминаний, мероприятий и сроков конкурсов: 3" in capsys.readouterr().out
    raw = target.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF everywhere
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75  # folded, by octets
    events = _parse(target)
    expected = {f"followup-{f.id}@cal-desktop": f for f in followups.between(ctx)}
    assert {str(e["UID"]) for e in events} == set(expected)
    for event in events:
        item = expected[str(event["UID"])]
        assert event.decoded("DTSTART") == item.due_on  # exactly the due date, a whole day
    appeal = items["appeal"]
    (appeal_event,) = [e for e in events if expected[str(e["UID"])].kind == "appeal"]
    assert appeal_event.decoded("DTSTART") == appeal.due_date
    meeting = next(e for e in events if expected[str(e["UID"])].kind == "consultation")
    assert "Принесёт проект письма; обсудим подписи, сроки и адреса" in str(meeting["SUMMARY"])  # unescaped back
    assert "Петрова Анна Сергеевна" in str(meeting["SUMMARY"])
    assert "\nКому позвонить: Петрова Анна Сергеевна, +7 912 111-22-33\n" in str(meeting["DESCRIPTION"])
    assert str(icalendar.Calendar.from_ical(raw)["X-WR-TIMEZONE"]) == "Europe/Moscow"
    # a second export keeps the UIDs: the phone updates the events instead of doubling them
    again = tmp_path / "again.ics"
    main(["--db", str(db_path), "calendar", "export", str(again)])
    assert {str(e["UID"]) for e in _parse(again)} == set(expected)


def test_export_filters_by_period_and_staff(ctx, db_path, items, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kim.ics"
    assert main(["--db", str(db_path), "calendar", "export", str(target), "--staff", "KIM"]) == 0
    assert [str(e["SUMMARY"]) for e in _parse(target)] == ["Другое: Позвонить в управу, уточнить; срок"]
    week = tmp_path / "week.ics"
    main(["--db", str(db_path), "calendar", "export", str(week), "--from", TODAY.isoformat(),
          "--to", (TODAY + timedelta(days=7)).isoformat()])  # fmt: skip
    dates = [e.decoded("DTSTART") for e in _parse(week)]
    assert TODAY in dates and all(TODAY <= d <= TODAY + timedelta(days=7) for d in dates)


def test_unknown_staff_and_bad_dates_are_clear(db_path, items, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "x.ics"
    assert main(["--db", str(db_path), "calendar", "export", str(target), "--staff", "nobody"]) == 1
    assert "Сотрудник с логином «nobody» не найден" in capsys.readouterr().err
    assert not target.exists()
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "calendar", "export", str(target), "--from", "31.12.2026"])
    assert exc.value.code == 2 and "ГГГГ-ММ-ДД" in capsys.readouterr().err


def test_call_list_pdf_has_the_numbers(ctx, db_path, items, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "звонки.pdf"
    assert main(["--db", str(db_path), "calendar", "calls", str(target)]) == 0
    assert "Список звонков: 1" in capsys.readouterr().out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "СПИСОК ЗВОНКОВ НА СЕГОДНЯ" in text
    assert "Петрова Анна Сергеевна" in text and "+7 912 111-22-33" in text
