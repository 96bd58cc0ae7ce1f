"""The centre's own templates: copies of letters, uploaded .docx forms, the template check."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document as Docx

from cal_desktop.documents.render_docx import docx_text
from cal_desktop.errors import CalError, ValidationError
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


def test_unknown_filter_is_reported_not_raised():
    """A filter that does not exist («| nosuch») is only found when Jinja compiles: the check must
    report it with its line like any syntax error instead of failing itself."""
    source = templates_source_of("appeal").replace('"{{ subject }}"', '"{{ subject | nosuch }}"')
    line = source[: source.index("nosuch")].count("\n") + 1
    problems = templates.check_source("letter", source)
    assert problems and problems[0].startswith(f"строка {line}:") and "nosuch" in problems[0]
    form_problems = templates.check_source("docx", make_form("Кому: {{ author_full | nosuch }}"))
    assert any("абзац 1" in p and "nosuch" in p for p in form_problems)


@pytest.mark.parametrize(
    "expression",
    ["{{ 1 / 0 }}", "{% for i in range((today|length) ** 9) %}x{% endfor %}", "{{ today + 1 }}"],
)
def test_template_failing_while_filled_gives_a_message_not_a_crash(ctx, case, expression):
    """Errors that only happen when the template is filled (division by zero, a range the sandbox
    refuses, adding a number to text) name the field of the template instead of crashing."""
    copy = templates.duplicate_template(ctx, "appeal")
    templates.update_letter_template(
        ctx, copy.template_id, "x", copy.source.replace("{{ subject }}", expression.replace('"', '\\"'))
    )
    for fmt in ("pdf", "docx"):
        with pytest.raises(CalError) as err:
            documents.render(ctx, copy.template_id, case.initiative_id, case.officials["shulga"], fmt=fmt)
        assert "heading" in str(err.value) and "Ошибка в шаблоне" in str(err.value)


def templates_source_of(template_id: str) -> str:
    from cal_desktop.documents.templating import builtin_templates

    return builtin_templates()[template_id].source
