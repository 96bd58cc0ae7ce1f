"""Signature sheets printed from a campaign (issues 13.8 and 16.3): one page per sheet, each with its
campaign number, the initiative's text, the 16+ note and the date-of-birth column, empty numbered rows
at least 10 mm high; numbers go on from the last print run."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from cal_desktop.documents.render_docx import docx_text
from cal_desktop.errors import ValidationError
from cal_desktop.services import events_signatures, initiatives, signature_sheets, visitors
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

STORY = (
    "Во дворе школы № 5 нет ни одной скамейки и ни одного фонаря; жители предлагают обустроить сквер "
    "с дорожками, освещением и площадкой для отдыха. "
)


@pytest.fixture
def campaign(ctx):  # type: ignore[no-untyped-def]
    author = visitors.create_visitor(ctx, VisitorInput("Мамедов", "Эльдар", "Рашид оглы", "m")).id
    idea = initiatives.create_initiative(
        ctx, InitiativeInput("Сквер у школы", "благоустройство", description=STORY), author
    ).id
    return events_signatures.create_campaign(ctx, idea, 300, date(2026, 3, 1))


def _pages(data: bytes) -> list[str]:
    if shutil.which("pdftotext"):
        raw = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
        pages = raw.stdout.decode().split("\f")
        return [p for p in pages if p.strip()]
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def test_each_sheet_is_one_page_with_its_number_the_text_and_the_birth_date_column(ctx, campaign):
    made = signature_sheets.print_sheets(ctx, campaign.id, 3)
    assert (made.first, made.last) == (1, 3)
    pages = _pages(made.content)
    assert len(pages) == 3  # one page per sheet: no signature without the text it supports
    for n, page in enumerate(pages, 1):
        flat = " ".join(page.split())
        assert f"ПОДПИСНОЙ ЛИСТ № {n}" in flat
        assert "в поддержку инициативы «Сквер у школы»" in flat and "обустроить сквер" in flat
        assert "рождения" in flat and "достигшие 16 лет" in flat  # the header cell wraps: «Дата / рождения»
        assert "Подписи собрал(а)" in flat and "Мамедов" not in flat  # the collector writes their name
        numbers = [int(line.split()[0]) for line in page.splitlines() if line.strip()[:1].isdigit()
                   and line.split()[0].isdigit() and len(line.split()) == 1]  # fmt: skip
        assert numbers == list(range(1, made.rows_per_sheet + 1))
    assert made.rows_per_sheet >= 10
    assert "Мамедов Эльдар" not in made.content.decode("latin-1")  # blank sheets: no one's name printed
    assert made.filename.startswith("Подписные_листы_1-3_") and made.filename.endswith(".pdf")


def test_rows_are_at_least_10_mm_high(ctx, campaign):
    made = signature_sheets.print_sheets(ctx, campaign.id, 1)
    page = PdfReader(io.BytesIO(made.content)).pages[0]
    tops: list[float] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip().isdigit() and cm[4] + tm[4] < 90:  # the row numbers in the first column
            tops.append(cm[5] + tm[5])

    page.extract_text(visitor_text=visit)
    steps = sorted({round(a - b, 1) for a, b in zip(tops, tops[1:], strict=False) if a > b})
    assert len(tops) >= 10 and steps and min(steps) >= 10 / 25.4 * 72 - 0.5  # 10 mm in points


def test_numbers_go_on_from_the_last_print_run_and_the_returned_sheets(ctx, campaign):
    signature_sheets.print_sheets(ctx, campaign.id, 4)
    assert signature_sheets.numbers(ctx, campaign.id).next_number == 5
    second = signature_sheets.print_sheets(ctx, campaign.id, 2, "docx")
    assert (second.first, second.last) == (5, 6)
    text = docx_text(second.content)
    assert "ПОДПИСНОЙ ЛИСТ № 5" in text and "ПОДПИСНОЙ ЛИСТ № 6" in text and "№ 4" not in text
    assert text.count("Дата рождения") == 2 and text.count("достигшие 16 лет") == 2
    events_signatures.add_sheet(ctx, campaign.id, 9, date(2026, 3, 2), 10)  # a hand-made sheet came back
    assert signature_sheets.numbers(ctx, campaign.id).next_number == 10


def test_a_long_initiative_text_leaves_fewer_rows_but_one_page(ctx):
    author = visitors.create_visitor(ctx, VisitorInput("Петрова-Водкина", "Ассоль")).id
    idea = initiatives.create_initiative(
        ctx, InitiativeInput("Сквер", "благоустройство", description=STORY * 6), author
    ).id
    c = events_signatures.create_campaign(ctx, idea, 100, date(2026, 3, 1))
    made = signature_sheets.print_sheets(ctx, c.id, 2)
    short = signature_sheets.print_sheets(ctx, events_signatures.create_campaign(
        ctx, initiatives.create_initiative(ctx, InitiativeInput("Двор", "благоустройство"), author).id, 50,
        date(2026, 3, 1)).id, 1)  # fmt: skip
    assert len(PdfReader(io.BytesIO(made.content)).pages) == 2
    assert 5 <= made.rows_per_sheet < short.rows_per_sheet


@pytest.mark.parametrize("count", [0, -1, None, 501])
def test_a_bad_count_is_refused_naming_the_field(ctx, campaign, count):
    with pytest.raises(ValidationError) as caught:
        signature_sheets.print_sheets(ctx, campaign.id, count)
    assert "Сколько листов" in caught.value.message
    assert signature_sheets.numbers(ctx, campaign.id).sheets_printed == 0
