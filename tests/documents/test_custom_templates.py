"""The centre's own templates: copies of letters, uploaded .docx forms, the template check."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document as Docx

from cal_desktop.documents.render_docx import docx_text
from cal_desktop.errors import ValidationError
from cal_desktop.services import documents, templates


def make_form(*paragraphs: str | tuple[str, ...]) -> bytes:
    """A .docx whose paragraphs are strings, or tuples of runs (to imitate Word splitting a field)."""
    doc = Docx()
    for p in paragraphs:
        para = doc.add_paragraph()
        for run in (p,) if isinstance(p, str) else p:
            para.add_run(run)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_duplicate_edit_and_use_a_copy_of_a_builtin_letter(ctx, case):
    copy = templates.duplicate_template(ctx, "appeal")
    assert copy.template_id == "appeal_1" and copy.based_on == "appeal"
    data = json.loads(copy.source)
    data["letter"]["request"] = [
        "Прошу установить площадку до {{ initiative_planned_timing or 'конца года' }}."
    ]
    templates.update_letter_template(
        ctx, copy.template_id, "Обращение о площадке", json.dumps(data, ensure_ascii=False)
    )
    assert "appeal_1" in [t.id for t in documents.templates(ctx)]
    text = " ".join(
        docx_text(
            documents.render(ctx, "appeal_1", case.initiative_id, case.officials["shulga"], fmt="docx")
        ).split()
    )
    assert "Прошу установить площадку до конца года." in text
    assert "О.В. Шульге" in text


def test_broken_letter_template_is_refused_with_its_line(ctx):
    copy = templates.duplicate_template(ctx, "appeal")
    broken = copy.source.replace('"{{ subject }}"', '"{{ subject }"')
    line = broken[: broken.index('"{{ subject }"')].count("\n") + 1
    problems = templates.check_source("letter", broken)
    assert problems and problems[0].startswith(f"строка {line}:") and "синтаксическая ошибка" in problems[0]
    with pytest.raises(ValidationError) as err:
        templates.update_letter_template(ctx, copy.template_id, "x", broken)
    assert f"строка {line}" in str(err.value)
    unknown = copy.source.replace("{{ subject }}", "{{ subjekt }}")
    assert any("неизвестное поле «subjekt»" in p for p in templates.check_source("letter", unknown))
    assert templates.check_source("letter", "{ not json")[0].startswith("строка 1: неверный JSON")


def test_builtin_templates_pass_the_check(ctx):
    for t in documents.templates(ctx):
        assert templates.check_template(ctx, t.id) == [], t.id


def test_docx_form_check_finds_split_unknown_and_broken_fields():
    form = make_form(
        "Кому: {{ addressee_position_dat }}",
        ("От: {{ auth", "or_gen }}"),
        "{{ nonsense_field }}",
        "Дата: {{ today ",
    )
    problems = templates.check_source("docx", form)
    assert any("абзац 2" in p and "разбито Word на 2 части" in p for p in problems)
    assert any("абзац 3" in p and "неизвестное поле «nonsense_field»" in p for p in problems)
    assert any("абзац 4" in p and "синтаксическая ошибка" in p for p in problems)
    assert templates.check_source("docx", b"not a zip") == ["файл не является документом .docx"]


def test_docx_form_filled_with_escaping_and_declined_forms(ctx, case):
    form = make_form(
        "Кому: {{ addressee_position_dat | capfirst }} {{ addressee_short_dat }}",
        "От: {{ author_gen }}",
        "Суть: {{ substance }}",
        "{% for m in members %}{{ m.person_full }}; {% endfor %}",
    )
    with pytest.raises(ValidationError):
        templates.upload_docx_template(ctx, "Форма района", make_form("{{ bad"))
    stored = templates.upload_docx_template(ctx, "Форма района", form)
    nasty = "ООО \"Рога & Копыта\" <b> {{ ''.__class__ }}"
    data = documents.render(
        ctx,
        stored.template_id,
        case.initiative_id,
        case.officials["aliev"],
        overrides={"substance": nasty},
        fmt="docx",
    )
    text = docx_text(data)
    assert "Кому: Исполняющему обязанности главы администрации Р.М. Алиеву" in text
    assert "От: Петровой Анны Сергеевны" in text
    assert f"Суть: {nasty}" in text
    assert "Петрова Анна Сергеевна; Гусь Анна Павловна;" in text
    with pytest.raises(ValidationError):
        documents.render(ctx, stored.template_id, case.initiative_id, fmt="pdf")
