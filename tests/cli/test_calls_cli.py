"""``import calls``, ``export calls`` and the calls' closing dates in ``calendar export`` (issue 21)."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest
from openpyxl import Workbook

from cal_desktop.cli import main
from cal_desktop.services import followups
from cal_desktop.services import funding_calls as calls
from cal_desktop.services.funding_calls import CallFilter, CallInput

HEADER = "Название;Организатор;Вид;Начало приёма;Окончание приёма;Территория;Ссылка"
TODAY = date.today()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_calls_closing_date_appears_in_calendar_export(ctx, db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    closes = TODAY + timedelta(days=40)
    call = calls.create_call(ctx, CallInput(title="Конкурс ТОС; весна", kind="tos_contest", closes_on=closes,
                                            organiser="Администрация города"))  # fmt: skip
    target = tmp_path / "calendar.ics"
    code, out, _ = run(capsys, "--db", str(db_path), "calendar", "export", str(target))
    assert code == 0 and "Записано напоминаний, мероприятий и сроков конкурсов: 3" in out  # the closing date and two reminders before it
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    closing = [e for e in events if str(e["UID"]) == f"funding-call-{call.id}@cal-desktop"]
    assert len(closing) == 1 and closing[0].decoded("DTSTART") == closes
    assert str(closing[0]["SUMMARY"]) == "Окончание приёма заявок: Конкурс ТОС; весна"
    assert "Администрация города" in str(closing[0]["DESCRIPTION"])
    reminders = sorted(e.decoded("DTSTART") for e in events if str(e["UID"]).startswith("followup-"))
    assert reminders == [closes - timedelta(days=14), closes - timedelta(days=3)]
    later = tmp_path / "later.ics"
    assert main(["--db", str(db_path), "calendar", "export", str(later), "--from", str(closes + timedelta(days=1))]) == 0
    assert b"funding-call-" not in later.read_bytes()  # outside the period


def test_import_calls_then_export_round_trips(ctx, db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    closes = TODAY + timedelta(days=30)
    opens = TODAY - timedelta(days=30)
    source = tmp_path / "calls.csv"
    source.write_text(
        f"{HEADER}\n"
        f"Народный бюджет;Минфин области;инициативное бюджетирование;{opens:%d.%m.%Y};{closes:%d.%m.%Y};Заречный;https://x.ru\n"
        f"=HYPERLINK(\"http://evil\");Фонд;гранты;;{closes:%Y-%m-%d};;\n"
        f"Субсидии НКО;;;;{closes:%d.%m.%Y};;\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(db_path), "import", "calls", str(source))
    assert code == 0, err
    assert "Записей создано: 3" in out and "Новых территорий: 1" in out
    items = calls.list_calls(ctx, CallFilter()).items
    assert {c.title: c.kind.label for c in items}["Субсидии НКО"] == "другое"
    assert len([f for f in followups.between(ctx) if f.kind == "call_deadline"]) == 6
    code, out, _ = run(capsys, "--db", str(db_path), "import", "calls", str(source))
    assert "Пропущено (уже есть в базе или повтор в файле): 3" in out
    exported = tmp_path / "out.csv"
    code, out, _ = run(capsys, "--db", str(db_path), "export", "calls", str(exported))
    assert code == 0 and "Выгружено строк: 3" in out
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == HEADER
    assert any(line.startswith('"\'=HYPERLINK') for line in lines[1:])  # a formula never goes out live
    row = f"Народный бюджет;Минфин области;инициативное бюджетирование;{opens:%d.%m.%Y};{closes:%d.%m.%Y};Заречный"
    assert row in exported.read_text(encoding="utf-8-sig")


def test_a_bad_row_rejects_the_whole_file_naming_it(ctx, db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER.split(";"))
    ws.append(["Хороший конкурс", None, "гранты", None, TODAY + timedelta(days=9), None, None])
    ws.append(["Плохой конкурс", None, "лотерея", "31.02.2027", None, None, None])
    ws.append(["", None, None, TODAY + timedelta(days=5), TODAY, None, None])
    path = tmp_path / "calls.xlsx"
    wb.save(path)
    code, out, err = run(capsys, "--db", str(db_path), "import", "calls", str(path))
    assert code == 1
    assert "строка 3" in err.lower() or "Строка 3" in err
    assert "Вид" in err and "лотерея" in err and "Начало приёма" in err and "Окончание приёма" in err
    assert "Название" in err and "Начало приёма" in err
    assert calls.list_calls(ctx, CallFilter(open_only=False)).total == 0  # nothing written
