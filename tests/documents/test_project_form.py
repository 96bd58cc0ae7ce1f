"""The initiative project form (issue 13.8): writing lines for every item left empty, the group's list
(names and roles, no phones or home addresses), and no stray «5.» at the start of a line that would read
as a numbered item."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from docdata import make_case

from cal_desktop.documents.letter import NBSP, typographic
from cal_desktop.documents.render_docx import docx_text
from cal_desktop.services import documents

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler needed")


def pdf_lines(data: bytes) -> list[str]:
    raw = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    return [line.strip() for line in raw.stdout.decode().splitlines() if line.strip()]


@needs_poppler
@pytest.mark.parametrize("members", [2, 24])
def test_no_line_of_the_project_starts_with_a_number_that_is_not_an_item(ctx, db, members):
    case = make_case(db, extra_members=members)
    lines = pdf_lines(documents.render(ctx, "initiative_project", case.initiative_id, case.officials["shulga"]))
    numbered = [line for line in lines if re.match(r"\d+\.(\s|$)", line)]
    # the ten items of the form, and nothing else (the territory «…, ул. Мира, 5.» once left «5.» alone)
    assert [re.match(r"\d+", line).group() for line in numbered] == [str(n) for n in range(1, 11)]
    assert any(line.endswith("ул. Мира, 5.") for line in lines)


@needs_poppler
def test_every_empty_item_has_writing_lines_and_the_group_is_listed(ctx, db):
    case = make_case(db, extra_members=3)
    data = documents.render(ctx, "initiative_project", case.initiative_id, case.officials["shulga"])
    lines = pdf_lines(data)
    writing = [n for n, line in enumerate(lines) if set(line) == {"_"}]
    # items 3, 4, 6, 7, 8 are empty in this case (2 and 5 are filled): two lines each
    assert len(writing) == 10
    for item in ("3. Обоснование", "4. Ожидаемый", "6. Планируемые сроки", "8. Объём средств"):
        at = next(n for n, line in enumerate(lines) if line.startswith(item))
        assert at + 1 in writing or at + 2 in writing
    text = docx_text(documents.render(ctx, "initiative_project", case.initiative_id, case.officials["shulga"],
                                      fmt="docx"))  # fmt: skip
    assert "Список инициативной группы" in text and "(список членов группы прилагается)" in text
    for name in ("Петрова Анна Сергеевна", "Гусь Анна Павловна", "Алиев Рашид Магомед оглы"):
        assert name in text
    assert "+7 912 345-67-89" not in text.split("Список инициативной группы")[1]  # no phones in the list
    assert "кв. 10" not in text  # nor members' homes
    filled = documents.render(ctx, "initiative_project", case.initiative_id, case.officials["shulga"],
                              overrides={"rationale": "Детям негде играть.", "budget_needed": "500 000 руб.",
                                         "initiative_expected_result": "Площадка", "residents_participation": "труд",
                                         "initiative_planned_timing": "2027 г."})  # fmt: skip
    assert not [line for line in pdf_lines(filled) if set(line) == {"_"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("территория: микрорайон Южный, ул. Мира, 5.", "территория: микрорайон Южный, ул.~Мира,~5."),
        ("группа (25 чел.); дом 12, кв. 3.", "группа (25 чел.); дом~12, кв.~3."),
        ("от 12.03.2025 № 15-ж", "от 12.03.2025 №~15-ж"),
    ],
)
def test_a_short_number_ending_a_phrase_stays_with_the_word_before(text, expected):
    assert typographic(text) == expected.replace("~", NBSP)
