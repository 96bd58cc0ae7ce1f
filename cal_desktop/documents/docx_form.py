"""Fill-in .docx forms (a municipality's own application form) with ``{{ fields }}``, via docxtpl.

- Rendering uses the sandboxed Jinja environment with autoescape ON: the values go into WordprocessingML,
  so ``&`` and ``<`` must become entities or the file is corrupt (and Word refuses to open it).
- ``check_docx`` reads the form before anyone prints and reports, in Russian: syntax errors with the
  paragraph ("line") they are in, unknown fields, and fields that Word has split across several runs
  (this happens when a field was typed in pieces, corrected, or spell-checked). docxtpl can glue many
  split tags back, but not when the pieces carry different formatting, so they are reported to be
  retyped in one go.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateSyntaxError, meta
from lxml import etree

from cal_desktop.documents.fields import NAMES
from cal_desktop.documents.sandbox import RenderLimit, unsafe_constructs
from cal_desktop.documents.templating import TemplateProblem, jinja_env

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml$")


@dataclass(frozen=True)
class DocxParagraph:
    part: str
    number: int  # 1-based, within the part
    runs: list[str]

    @property
    def text(self) -> str:
        return "".join(self.runs)


def _paragraphs(data: bytes) -> list[DocxParagraph]:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise TemplateProblem(["файл не является документом .docx"]) from exc
    out: list[DocxParagraph] = []
    with z:
        names = [n for n in z.namelist() if _PARTS.match(n)]
        if "word/document.xml" not in names:
            raise TemplateProblem(["в файле нет основного текста (word/document.xml)"])
        for name in sorted(names, key=lambda n: (n != "word/document.xml", n)):
            try:
                root = etree.fromstring(z.read(name))
            except etree.XMLSyntaxError as exc:
                raise TemplateProblem([f"повреждён {name}: {exc}"]) from exc
            for i, p in enumerate(root.iter(f"{W}p"), 1):
                runs = ["".join(t.text or "" for t in r.iter(f"{W}t")) for r in p.iter(f"{W}r")]
                out.append(DocxParagraph(name, i, runs))
    return out


def _where(p: DocxParagraph) -> str:
    part = "" if p.part == "word/document.xml" else f" ({p.part.removeprefix('word/').removesuffix('.xml')})"
    return f"абзац {p.number}{part}"


def check_docx(data: bytes) -> list[str]:
    """Problems of a .docx form (empty list: fine). Each names the paragraph it is in."""
    problems: list[str] = []
    paragraphs = _paragraphs(data)
    env = jinja_env(autoescape=True)
    for p in paragraphs:
        text = p.text
        if "{" not in text and "}" not in text:
            continue
        # a tag whose text spans more than one run was split by Word
        bounds, pos = [], 0
        for r in p.runs:
            bounds.append((pos, pos + len(r)))
            pos += len(r)
        for m in _TAG.finditer(text):
            runs_hit = [i for i, (a, b) in enumerate(bounds) if a < m.end() and b > m.start()]
            if len(runs_hit) > 1:
                problems.append(
                    f"{_where(p)}: поле {m.group(0)!s} разбито Word на {len(runs_hit)} части — "
                    "удалите его и впечатайте заново одним действием"
                )
        try:
            ast = env.parse(text)
        except TemplateSyntaxError as exc:
            problems.append(f"{_where(p)}: синтаксическая ошибка: {exc.message} — «{text.strip()[:80]}»")
            continue
        try:  # compiling finds what parsing does not, e.g. a filter that does not exist
            unknown = sorted(meta.find_undeclared_variables(ast) - NAMES)
        except TemplateSyntaxError as exc:
            problems.append(f"{_where(p)}: ошибка: {exc.message} — «{text.strip()[:80]}»")
            continue
        for name in unknown:
            problems.append(f"{_where(p)}: неизвестное поле «{name}»")
        problems.extend(f"{_where(p)}: {problem}" for _, problem in unsafe_constructs(ast))
    # tags that open in one paragraph and close in another ({% if %} over paragraphs is fine in docxtpl
    # only with the {%p %} form); check the whole text for balance
    whole = "\n".join(p.text for p in paragraphs)
    try:
        env.parse(re.sub(r"\{%(p|tr|tc|r) ", "{% ", whole))
    except TemplateSyntaxError as exc:
        if not problems:
            problems.append(f"строка {exc.lineno} (абзац): синтаксическая ошибка: {exc.message}")
    return problems


def fields_used(data: bytes) -> set[str]:
    env = jinja_env(autoescape=True)
    used: set[str] = set()
    for p in _paragraphs(data):
        try:
            used |= meta.find_undeclared_variables(env.parse(p.text))
        except TemplateSyntaxError:
            continue
    return used


def fill_docx(data: bytes, context: dict[str, Any]) -> bytes:
    """The form filled with the context (sandboxed, autoescaped). Raises TemplateProblem when broken."""
    from docxtpl import DocxTemplate

    try:
        tpl = DocxTemplate(io.BytesIO(data))
        tpl.render(context, jinja_env=jinja_env(autoescape=True), autoescape=True)
    except TemplateSyntaxError as exc:
        raise TemplateProblem([f"строка {exc.lineno}: синтаксическая ошибка: {exc.message}"]) from exc
    except TemplateProblem:
        raise
    except RenderLimit as exc:  # too much text or time (issue 13 item 12): the Russian message as it is
        raise TemplateProblem([f"форма не заполнена: {exc}"]) from exc
    except Exception as exc:  # docxtpl wraps many failures; the form is at fault, not the program
        raise TemplateProblem([f"форму не удалось заполнить: {exc}"]) from exc
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


__all__ = ["check_docx", "fields_used", "fill_docx"]
