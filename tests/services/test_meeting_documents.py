"""Documents of a meeting from its record (issue 16.2): minutes that count the people present (12 of an
initiative's 30 members), name the chair and the secretary, carry the agenda and the decisions, and
elect the representative in the accusative; the attendance sheet's empty numbered rows; the notice-board
announcement."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time

import pytest
from pypdf import PdfReader

from cal_desktop.documents.render_docx import docx_text
from cal_desktop.errors import ValidationError
from cal_desktop.services import documents, events, events_documents, initiatives, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.events_documents import MinutesRoles
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

NAMED = [
    ("Прохорова", "Кристина", "Валерьевна", "f"),
    ("Мамедов", "Эльдар", "Рашид оглы", "m"),
    ("Петрова-Водкина", "Любовь", "Ивановна", "f"),
]


@pytest.fixture
def meeting(ctx):  # type: ignore[no-untyped-def]
    """A residents' meeting of an initiative with 30 members: 12 present, 3 of them named."""
    named = [
        visitors.create_visitor(ctx, VisitorInput(last, first, middle, gender, address=f"ул. Мира, {n}, кв. 1")).id
        for n, (last, first, middle, gender) in enumerate(NAMED, 1)
    ]  # fmt: skip
    others = [
        visitors.create_visitor(ctx, VisitorInput(f"Житель{i}", "Иван", address=f"ул. Мира, 9, кв. {i}")).id
        for i in range(27)
    ]
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), others[0]).id
    for p in [*named, *others[1:]]:
        initiatives.add_member(ctx, idea, p, "supporter")
    event = events.create_event(
        ctx,
        EventInput(
            "residents_meeting", date(2026, 3, 10), time(18, 30), title="О благоустройстве сквера",
            place="школа № 5, актовый зал", unnamed_count=9, guests="О.В. Шульга, глава района",
            decisions="Поддержать благоустройство сквера.\nОбратиться в администрацию района.",
            initiative_ids=(idea,), participant_ids=tuple(named),
        ),
    )  # fmt: skip
    return event, named, idea


def test_minutes_from_the_record_count_those_present_and_elect_in_the_accusative(ctx, meeting):
    event, (prokhorova, mamedov, petrova), idea = meeting
    roles = MinutesRoles(chair_id=mamedov, secretary_id=petrova, representative_id=prokhorova)
    preset = events_documents.minutes_preset(ctx, event.id, roles)
    assert preset.initiative_id == idea
    assert sorted(name for _, name in preset.present)[0] == "Мамедов Эльдар Рашид оглы"
    for fmt, read in (("docx", docx_text), ("pdf", _pdf_text)):
        text = " ".join(read(documents.render(ctx, "meeting_minutes", preset.initiative_id,
                                              overrides=preset.overrides, fmt=fmt)).split())  # fmt: skip
        assert "Присутствовали: 12 чел." in text  # those present, not the 30 members
        assert "Дата проведения: 10.03.2026 в 18:30" in text and "школа № 5, актовый зал" in text
        assert "Председатель собрания: Мамедов Эльдар Рашид оглы." in text
        assert "Секретарь собрания: Петрова-Водкина Любовь Ивановна." in text
        assert "1. О благоустройстве сквера." in text
        assert "Мамедов Эльдар Рашид оглы — о благоустройстве сквера." in text
        assert "Поддержать благоустройство сквера." in text and "Обратиться в администрацию района." in text
        assert "Приглашённые: О.В. Шульга, глава района." in text
        assert "Избрать представителем инициативной группы Прохорову Кристину Валерьевну." in text
        assert "ул. Мира" not in text  # no home addresses in the minutes
        assert "Житель5" not in text  # absent members are not listed
    rows = preset.overrides["attendance_table"]
    assert len(rows) == 12 and [r[1] for r in rows[:3]] == sorted(" ".join(n[:3]) for n in NAMED)
    assert rows[3:] == [[str(n), "", ""] for n in range(4, 13)]


def test_the_roles_are_people_who_were_present(ctx, meeting):
    event, _named, _idea = meeting
    absent = visitors.create_visitor(ctx, VisitorInput("Отсутствующий", "Пётр")).id
    with pytest.raises(ValidationError) as caught:
        events_documents.minutes_preset(ctx, event.id, MinutesRoles(chair_id=absent))
    assert "Председатель" in caught.value.message and "присутствовавших" in caught.value.message


def test_attendance_sheet_has_more_empty_numbered_rows_than_the_head_count(ctx, meeting, tmp_path):
    event, _named, _idea = meeting
    sheet = events_documents.attendance_sheet(ctx, event.id)
    assert len(sheet.people) == 3 and sheet.empty_rows >= 12  # 9 unnamed + spare rows
    path = events_documents.write_attendance(ctx, event.id, tmp_path / "лист.pdf")
    text = _pdf_text(path.read_bytes())
    last = len(sheet.people) + sheet.empty_rows
    assert f"\n{last}\n" in f"\n{text}\n".replace(" ", "\n") and str(last + 1) not in text.split()


def test_announcement_is_one_large_a4_page_with_when_where_and_what(ctx, meeting, tmp_path):
    event, _named, _idea = meeting
    path = events_documents.write_announcement(ctx, event.id, tmp_path / "объявление.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = " ".join(_pdf_text(path.read_bytes()).split())
    assert "ОБЪЯВЛЕНИЕ" in text and "Уважаемые жители!" in text
    assert "Во вторник, 10 марта 2026 г., в 18:30" in text and "состоится собрание жителей" in text
    assert "школа № 5, актовый зал" in text and "О благоустройстве сквера" in text
    assert "Прохорова" not in text  # a notice board shows no residents' names
    sizes = _font_sizes(reader)
    assert min(sizes) >= 18 and max(sizes) >= 48  # large type, read from a few steps away


def test_a_very_long_subject_still_fits_one_page(ctx, meeting, tmp_path):
    _event, _named, idea = meeting
    long_one = events.create_event(
        ctx,
        EventInput("action", date(2026, 4, 4), time(10, 0), title=("О сквере и дворе " * 17)[:290],
                   place=("двор дома № 5 по ул. Мира, " * 18)[:490], initiative_ids=(idea,)),
    )  # fmt: skip
    path = events_documents.write_announcement(ctx, long_one.id, tmp_path / "a.pdf")
    assert len(PdfReader(str(path)).pages) == 1
    assert "состоится субботник (акция)" in " ".join(_pdf_text(path.read_bytes()).split())


def _font_sizes(reader: PdfReader) -> list[float]:
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            sizes.append(size * tm[0])

    reader.pages[0].extract_text(visitor_text=visit)
    return sizes


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    import io

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
