"""Property: whatever a field holds comes out literally (never evaluated, never breaking the file)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cal_desktop.documents.context import CentreData, InitiativeData, PersonData, build_context
from cal_desktop.documents.letter import clean_text
from cal_desktop.documents.render_docx import docx_text, render_docx
from cal_desktop.documents.render_pdf import render_pdf
from cal_desktop.documents.templating import builtin_templates, render_letter

SPECIAL = st.sampled_from(
    ["&", "<", ">", '"', "'", "{{", "}}", "{%", "%}", "{#", "__class__", "\\", "«»", "ё", "\x0b", "\x00"]
)
TEXT = st.lists(st.one_of(SPECIAL, st.text(alphabet="абвгдАБВ xyz019.,-", min_size=1, max_size=5)),
                min_size=1, max_size=12).map("".join)  # fmt: skip


def context(substance: str, title: str):  # type: ignore[no-untyped-def]
    author = PersonData("Петрова", "Анна", "Сергеевна", address="ул. Мира, 5")
    return build_context(today=date(2026, 5, 5), centre=CentreData(centre_name="ЦАЛ"),
                         initiative=InitiativeData(title=title, description=substance), author=author,
                         members=[author])  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(substance=TEXT, title=TEXT)
def test_field_values_print_literally(substance, title):
    ctx = context(substance.strip() or "x", title.strip() or "y")
    letter = render_letter(builtin_templates()["appeal"], ctx.for_template(), ctx.tables)
    expected = clean_text(substance.strip() or "x")
    assert (substance.strip() or "x") in letter.all_text()
    assert f"Об инициативе «{title.strip() or 'y'}»" == letter.heading
    text = docx_text(render_docx(letter))
    assert expected in text
    assert render_pdf(letter).startswith(b"%PDF")
