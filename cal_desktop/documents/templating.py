"""Letter templates: small JSON files whose strings are Jinja templates, rendered into a ``Letter``.

A template (built-in in templates_docs/, or the centre's copy stored in the database) looks like::

    {"id": "appeal", "title": "Обращение к должностному лицу", "kind": "letter",
     "appeal_kind": "proposal", "needs_official": true,
     "letter": {"addressee": ["{{ addressee_position_dat | capfirst }}", "{{ addressee_short_dat }}"],
                "title": "{{ appeal_title }}", "body": [{"text": "{{ substance }}", "split": true}], ...}}

Every string is rendered in a *sandboxed* Jinja environment (no attribute tricks, no imports). The
output is plain text that goes into the letter model, so autoescape is off here: the renderers escape
for their own format. Field values are data: Jinja never evaluates what a value contains, so a name
holding ``{{ ''.__class__ }}`` prints as written. A line that renders empty is dropped (an optional
e-mail, a missing patronymic).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChainableUndefined, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import TemplateError as JinjaError

from cal_desktop.documents.fields import NAMES, TABLES
from cal_desktop.documents.letter import Block, Executor, Letter, Paragraph, Signature, Table
from cal_desktop.documents.sandbox import (
    LimitedEnvironment,
    RenderLimit,
    limit_environment,
    unsafe_constructs,
)
from cal_desktop.errors import CalError
from cal_desktop.paths import templates_dir

_STRING_KEYS = ("title", "number_date", "heading", "salutation", "closing", "date_text", "document_title")
_LIST_KEYS = ("addressee", "sender", "request", "attachments")
_BLOCK_KEYS = ("body", "after_signature")
_STYLES = {"body", "plain", "center", "bold", "right", "item", "small"}


class TemplateProblem(CalError):
    """A template that cannot be used: the message names the place (line) and the problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("Ошибка в шаблоне: " + "; ".join(problems[:5]))


def _capfirst(value: Any) -> str:
    s = str(value or "")
    return s[:1].upper() + s[1:]


@lru_cache(maxsize=2)
def jinja_env(autoescape: bool = False) -> LimitedEnvironment:
    """The one sandboxed environment (plain text for letters; autoescape for XML such as .docx)."""
    env = LimitedEnvironment(autoescape=autoescape, undefined=ChainableUndefined, keep_trailing_newline=False)
    env.filters["capfirst"] = _capfirst
    return limit_environment(env)  # sizes and time are capped (issue 13 item 12)


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    title: str
    kind: str = "letter"  # "letter" (this JSON form) or "docx" (an uploaded form, see docx_form.py)
    description: str = ""
    appeal_kind: str | None = None  # set: filing enters it in the register of appeals (59-FZ check applies)
    needs_official: bool = False
    per_member: bool = False  # batch: one copy per member of the initiative (consent forms)
    needs_previous: bool = False  # cites an earlier appeal (repeat_appeal)
    # which fields name the author and the postal address for the 59-FZ check (the centre for its own letters)
    check_fields: tuple[str, str] = ("author_full", "author_address")
    builtin: bool = True
    spec: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""  # the JSON text (for line numbers in messages and for duplicating)

    @property
    def is_appeal(self) -> bool:
        return self.appeal_kind is not None


# ---------------------------------------------------------------------------------------- loading


def parse_template(source: str, *, builtin: bool, template_id: str | None = None) -> LetterTemplate:
    """A template from its JSON text. Raises TemplateProblem (JSON error with its line, bad shape)."""
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise TemplateProblem([f"строка {exc.lineno}: неверный JSON ({exc.msg})"]) from exc
    if not isinstance(data, dict) or not isinstance(data.get("letter"), dict):
        raise TemplateProblem(["нет раздела «letter» с описанием письма"])
    tid = template_id or str(data.get("id") or "").strip()
    if not tid:
        raise TemplateProblem(["не задан идентификатор шаблона (id)"])
    return LetterTemplate(
        id=tid,
        title=str(data.get("title") or tid),
        kind="letter",
        description=str(data.get("description") or ""),
        appeal_kind=data.get("appeal_kind") or None,
        needs_official=bool(data.get("needs_official", False)),
        per_member=bool(data.get("per_member", False)),
        needs_previous=bool(data.get("needs_previous", False)),
        check_fields=(
            str((data.get("check") or {}).get("author", "author_full")),
            str((data.get("check") or {}).get("address", "author_address")),
        ),
        builtin=builtin,
        spec=data["letter"],
        source=source,
    )


@lru_cache(maxsize=1)
def _builtin_cache(folder: str) -> dict[str, LetterTemplate]:
    out: dict[str, LetterTemplate] = {}
    for path in sorted(Path(folder).glob("*.json")):
        tpl = parse_template(path.read_text(encoding="utf-8"), builtin=True)
        out[tpl.id] = tpl
    return out


def builtin_templates() -> dict[str, LetterTemplate]:
    """The built-in templates of templates_docs/, by id (read once)."""
    return _builtin_cache(str(templates_dir()))


# ----------------------------------------------------------------------------------------- checking


def template_strings(spec: Any) -> list[str]:
    """Every template string of a letter spec (for the fields a template mentions)."""
    return [value for _, value in _strings(spec)]


def _strings(spec: Any, path: str = "") -> list[tuple[str, str]]:
    """Every template string of a letter spec with its JSON path."""
    out: list[tuple[str, str]] = []
    if isinstance(spec, str):
        out.append((path, spec))
    elif isinstance(spec, list):
        for i, item in enumerate(spec):
            out.extend(_strings(item, f"{path}[{i}]"))
    elif isinstance(spec, dict):
        for k, v in spec.items():
            if k in ("style", "table", "widths", "split"):
                continue
            out.extend(_strings(v, f"{path}.{k}" if path else k))
    return out


def _source_line(source: str, value: str, inner_line: int) -> int | None:
    """The line of the JSON source holding ``value`` (plus the line inside it), if it can be found."""
    if not source:
        return None
    encoded = json.dumps(value, ensure_ascii=False)[1:-1]
    idx = source.find(encoded)
    if idx < 0:
        return None
    return source.count("\n", 0, idx) + inner_line


def check_template(tpl: LetterTemplate) -> list[str]:
    """Problems of a letter template, in Russian, each with its line: syntax errors, unknown fields,
    unknown tables and styles. An empty list means the template is fine."""
    problems: list[str] = []
    env = jinja_env()
    for path, value in _strings(tpl.spec):
        try:
            ast = env.parse(value)
        except TemplateSyntaxError as exc:
            line = _source_line(tpl.source, value, exc.lineno or 1)
            where = f"строка {line}" if line else f"поле {path}"
            problems.append(f"{where}: синтаксическая ошибка: {exc.message}")
            continue
        try:  # compiling finds what parsing does not, e.g. a filter that does not exist
            unknown = sorted(meta.find_undeclared_variables(ast) - NAMES)
        except TemplateSyntaxError as exc:
            line = _source_line(tpl.source, value, exc.lineno or 1)
            where = f"строка {line}" if line else f"поле {path}"
            problems.append(f"{where}: ошибка: {exc.message}")
            continue
        for name in unknown:
            line = _source_line(tpl.source, value, 1)
            where = f"строка {line}" if line else f"поле {path}"
            problems.append(f"{where}: неизвестное поле «{name}»")
        problems.extend(_unsafe_access(ast, path, tpl, value))
    for key in _BLOCK_KEYS:
        for i, block in enumerate(tpl.spec.get(key) or []):
            if not isinstance(block, dict):
                problems.append(f'{key}[{i}]: ожидался объект {{"text": …}} или {{"table": …}}')
                continue
            if "table" in block and block["table"] not in TABLES:
                problems.append(f"{key}[{i}]: неизвестная таблица «{block['table']}»")
            if block.get("style", "body") not in _STYLES:
                problems.append(f"{key}[{i}]: неизвестный стиль «{block.get('style')}»")
    return problems


def _unsafe_access(ast: nodes.Template, path: str, tpl: LetterTemplate | None = None, value: str = "") -> list[str]:
    """What the sandbox would refuse when filling (private names, huge ranges and texts), with the line."""
    out = []
    for inner, problem in unsafe_constructs(ast):
        line = _source_line(tpl.source, value, inner) if tpl is not None else None
        out.append(f"{f'строка {line}' if line else f'поле {path}'}: {problem}")
    return out


# ---------------------------------------------------------------------------------------- rendering


@lru_cache(maxsize=4096)
def _compiled(value: str) -> Any:
    """Templates compile once: the same strings render for every letter of a batch."""
    return jinja_env().from_string(value)


def _render(value: str, context: dict[str, Any], where: str) -> str:
    try:
        return _compiled(value).render(context).strip()
    except TemplateSyntaxError as exc:
        raise TemplateProblem(
            [f"{where}, строка {exc.lineno}: синтаксическая ошибка: {exc.message}"]
        ) from exc
    except RenderLimit as exc:  # too much text or time: the Russian message as it is
        raise TemplateProblem([f"{where}: {exc}"]) from exc
    except JinjaError as exc:  # SecurityError and friends: refused by the sandbox
        raise TemplateProblem([f"{where}: шаблон обращается к недоступному ({exc})"]) from exc
    except Exception as exc:  # 1/0, text + number, a range too big: the template is at fault, not the program
        raise TemplateProblem(
            [f"{where}: шаблон не удалось заполнить ({type(exc).__name__}: {exc})"]
        ) from exc


def _lines(values: list[Any], context: dict[str, Any], where: str) -> list[str]:
    out: list[str] = []
    for i, v in enumerate(values or []):
        text = _render(str(v), context, f"{where}[{i}]")
        out.extend(line.strip() for line in text.split("\n") if line.strip())
    return out


def _blocks(
    specs: list[Any], context: dict[str, Any], tables: dict[str, list[list[str]]], where: str
) -> list[Block]:
    out: list[Block] = []
    for i, spec in enumerate(specs or []):
        if isinstance(spec, str):
            spec = {"text": spec}
        if "table" in spec:
            name = spec["table"]
            header = [_render(str(h), context, f"{where}[{i}].header") for h in spec.get("header", [])]
            rows = tables.get(name, [])
            min_rows = int(spec.get("min_rows", 0))
            if not rows and not min_rows:
                continue  # a list with nobody in it (a project without a group yet): no empty header
            if len(rows) < min_rows:  # blank numbered lines to sign by hand
                start = len(rows)
                rows = [*rows, *([str(n + 1), *([""] * (len(header) - 1))] for n in range(start, min_rows))]
            out.append(
                Table(
                    header=header,
                    rows=rows,
                    widths=[float(w) for w in spec.get("widths", [])],
                    title=_render(str(spec.get("title", "")), context, f"{where}[{i}].title"),
                    font_size=float(spec.get("font_size", 12)),
                    row_mm=float(spec.get("row_mm", 0)),
                )
            )
            continue
        text = _render(str(spec.get("text", "")), context, f"{where}[{i}]")
        style = spec.get("style", "body")
        if spec.get("split"):
            out.extend(Paragraph(p.strip(), style) for p in text.split("\n") if p.strip())
        elif text:
            out.append(Paragraph(text, style))
    return out


def render_letter(tpl: LetterTemplate, context: dict[str, Any], tables: dict[str, list[list[str]]]) -> Letter:
    """The letter model of ``tpl`` for one context. Raises TemplateProblem for a broken template."""
    spec = tpl.spec
    letter = Letter()
    for key in _STRING_KEYS:
        if key in spec:
            setattr(letter, key, _render(str(spec[key]), context, key))
    for key in _LIST_KEYS:
        if key in spec:
            setattr(letter, key, _lines(spec[key], context, key))
    for key in _BLOCK_KEYS:
        if key in spec:
            setattr(letter, key, _blocks(spec[key], context, tables, key))
    if "signature" in spec:
        sig = spec["signature"] or {}
        letter.signature = Signature(
            position=_render(str(sig.get("position", "")), context, "signature.position"),
            decoding=_render(str(sig.get("decoding", "")), context, "signature.decoding"),
        )
    if "executor" in spec:
        ex = spec["executor"] or {}
        letter.executor = Executor(
            name=_render(str(ex.get("name", "")), context, "executor.name"),
            phone=_render(str(ex.get("phone", "")), context, "executor.phone"),
        )
    letter.page_numbers = bool(spec.get("page_numbers", True))
    letter.font_size = float(spec.get("font_size", 14))
    if not letter.document_title:
        letter.document_title = tpl.title
    return letter


__all__ = [
    "LetterTemplate",
    "TemplateProblem",
    "builtin_templates",
    "check_template",
    "jinja_env",
    "parse_template",
    "render_letter",
    "template_strings",
]
