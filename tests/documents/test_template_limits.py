"""Issue 13 item 12: the centre's own templates are safe to add. The check names what the sandbox would
refuse, with its line; filling has a time and output-size limit with a Russian message."""

from __future__ import annotations

import time

import pytest
from test_custom_templates import make_form

from cal_desktop.errors import CalError
from cal_desktop.services import documents, templates


def letter_source(*texts: str) -> str:
    body = ",\n".join('    {"text": "' + t.replace('"', '\\"') + '"}' for t in texts)
    return (
        '{"id": "own", "title": "Своё", "letter": {\n  "title": "ПИСЬМО",\n  "body": [\n' + body + "\n  ]\n}}"
    )


def test_check_reports_dunders_huge_ranges_texts_and_includes_with_their_line():
    source = letter_source(
        "{{ initiative_title }}",
        "{{ ''.__class__.__mro__ }}",
        "{% for i in range(10000000) %}{{ i }}{% endfor %}",
        "{{ 'x' * 300000000 }}",
        "{{ tables['__globals__'] }}{% include 'other' %}",
    )
    problems = templates.check_source("letter", source)
    assert "строка 5: недопустимое обращение к «__class__» (служебные имена закрыты)" in problems
    assert "строка 5: недопустимое обращение к «__mro__» (служебные имена закрыты)" in problems
    assert "строка 6: range на 10000000 элементов: допустимо не более 100000" in problems
    assert "строка 7: повторение текста 300000000 раз — слишком большой текст" in problems
    assert "строка 8: недопустимое обращение к «__globals__» (служебные имена закрыты)" in problems
    assert any(p.startswith("строка 8: подключение других шаблонов") for p in problems)
    assert (
        templates.check_source("letter", letter_source("{% for i in range(20) %}{{ i }}{% endfor %}")) == []
    )


def test_docx_form_check_reports_the_same_with_the_paragraph():
    form = make_form(
        "Кому: {{ addressee_position_dat }}", "{{ today.__class__ }}", "{{ range(999999999)|list }}"
    )
    problems = templates.check_source("docx", form)
    assert "абзац 2: недопустимое обращение к «__class__» (служебные имена закрыты)" in problems
    assert "абзац 3: range на 999999999 элементов: допустимо не более 100000" in problems


def test_a_form_asking_for_200_mb_is_refused_quickly_in_russian(ctx, case):
    # passes the check (nothing constant is huge) but would print 100 000 x 2 000 x the title
    form = make_form("{% for i in range(100000) %}{{ initiative_title * 2000 }}{% endfor %}")
    assert templates.check_source("docx", form) == []
    stored = templates.upload_docx_template(ctx, "Большая форма", form)
    started = time.monotonic()
    with pytest.raises(CalError) as err:
        documents.render(ctx, stored.template_id, case.initiative_id, fmt="docx")
    assert time.monotonic() - started < 2
    assert "слишком большой текст" in str(err.value)


def test_a_letter_that_loops_for_ever_is_stopped_with_a_message(ctx, case):
    copy = templates.duplicate_template(ctx, "appeal")
    loop = "{% for i in range(100000) %}{% for j in range(100000) %}{% set a = j %}{% endfor %}{% endfor %}"
    templates.update_letter_template(ctx, copy.template_id, "x", copy.source.replace("{{ subject }}", loop))
    started = time.monotonic()
    with pytest.raises(CalError) as err:
        documents.render(ctx, copy.template_id, case.initiative_id, case.officials["shulga"])
    assert time.monotonic() - started < 4
    assert "заполнение шаблона заняло больше 1,5 с и остановлено" in str(err.value)
    # the program goes on: the next letter renders
    assert documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"]).startswith(b"%PDF")
