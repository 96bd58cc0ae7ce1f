"""The centre's own templates (issue 5, item 7): copies of built-in letters and uploaded .docx forms.

- ``duplicate_template`` copies a built-in (or own) letter template into table document_templates;
  ``update_letter_template`` saves an edited copy;
- ``upload_docx_template`` stores a municipality's .docx form with ``{{ fields }}``;
- ``check_source`` / ``check_template`` list the problems (syntax errors with their line, unknown fields,
  fields Word split across runs) before anyone prints. A template with problems is not saved: the
  message lists each one so the staff member can fix it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import DocumentTemplate
from cal_desktop.documents.docx_form import check_docx
from cal_desktop.documents.templating import (
    TemplateProblem,
    builtin_templates,
    parse_template,
)
from cal_desktop.documents.templating import (
    check_template as check_letter,
)
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import Conflict, FieldError, NotFound, ValidationError
from cal_desktop.services import audit
from cal_desktop.services.common import Checker
from cal_desktop.services.context import ServiceContext

_ID = re.compile(r"^[a-z0-9_\-]{1,100}$")
MAX_DOCX = 10 * 1024 * 1024


@dataclass(frozen=True)
class CustomTemplate:
    id: int
    template_id: str
    title: str
    kind: str  # "letter" or "docx"
    based_on: str | None
    active: bool
    source: str | None  # the JSON text of a letter template; None for a .docx form


def _dto(row: DocumentTemplate) -> CustomTemplate:
    source = row.content.decode("utf-8") if row.kind == "letter" else None
    return CustomTemplate(row.id, row.template_id, row.title, row.kind, row.based_on, row.active, source)


def check_source(kind: str, content: bytes | str) -> list[str]:
    """Problems of a template's content, in Russian, each with its line/paragraph (empty: fine)."""
    if kind == "docx":
        data = content.encode() if isinstance(content, str) else content
        try:
            return check_docx(data)
        except TemplateProblem as exc:
            return exc.problems
    source = content.decode("utf-8") if isinstance(content, bytes) else content
    try:
        tpl = parse_template(source, builtin=False, template_id="check")
    except TemplateProblem as exc:
        return exc.problems
    return check_letter(tpl)


def check_template(ctx: ServiceContext, template_id: str) -> list[str]:
    """Problems of a stored or built-in template."""
    builtin = builtin_templates()
    with ctx.db.read() as s:
        row = _row(s, template_id, required=False)
        if row is not None:
            return check_source(row.kind, row.content)
    if template_id in builtin:
        return check_letter(builtin[template_id])
    raise NotFound(f"Шаблон «{template_id}» не найден.")


def template_source(ctx: ServiceContext, template_id: str) -> str:
    """The JSON text of a letter template (to show and edit a copy)."""
    with ctx.db.read() as s:
        row = _row(s, template_id, required=False)
        if row is not None:
            if row.kind != "letter":
                raise ValidationError.single("template", "Шаблон", "это форма .docx: откройте её в Word")
            return row.content.decode("utf-8")
    builtin = builtin_templates()
    if template_id in builtin:
        return builtin[template_id].source
    raise NotFound(f"Шаблон «{template_id}» не найден.")


def _row(session: Session, template_id: str, required: bool = True) -> DocumentTemplate | None:
    row = session.scalar(select(DocumentTemplate).where(DocumentTemplate.template_id == template_id))
    if row is None and required:
        raise NotFound(f"Шаблон «{template_id}» не найден среди шаблонов центра.")
    return row


def _free_id(session: Session, base: str) -> str:
    for n in range(1, 1000):
        candidate = f"{base}_{n}"
        if candidate not in builtin_templates() and _row(session, candidate, required=False) is None:
            return candidate
    raise Conflict("Не удалось подобрать идентификатор шаблона.")


def _check_new_id(session: Session, template_id: str) -> None:
    if not _ID.match(template_id):
        raise ValidationError.single(
            "template_id", "Идентификатор", "латинские строчные буквы, цифры, «_» и «-», до 100 знаков"
        )
    if template_id in builtin_templates() or _row(session, template_id, required=False) is not None:
        raise Conflict(f"Шаблон «{template_id}» уже есть.")


def _refuse_problems(problems: list[str]) -> None:
    if problems:
        raise ValidationError([FieldError("template", "Шаблон", p) for p in problems])


def duplicate_template(
    ctx: ServiceContext, source_id: str, new_id: str | None = None, title: str | None = None
) -> CustomTemplate:
    """A copy of a letter template (built-in or own) that the centre can edit."""
    ctx.require(Role.COORDINATOR)
    source = template_source(ctx, source_id)
    with ctx.db.session() as s:
        template_id = new_id or _free_id(s, source_id)
        _check_new_id(s, template_id)
        base = parse_template(source, builtin=False, template_id=template_id)
        row = DocumentTemplate(
            template_id=template_id,
            title=(title or f"{base.title} (копия)").strip()[:300],
            kind="letter",
            based_on=source_id,
            content=source.encode("utf-8"),
            created_by_id=ctx.actor.staff_id,
        )
        s.add(row)
        s.flush()
        audit.record(s, ctx, "create", "document_template", row.id, based_on=source_id)
        return _dto(row)


def _check_title(title: str | None) -> None:
    """Required, and no control characters (the title goes into file names and lists); longer titles
    are cut to 300 characters, as before."""
    check = Checker()
    check.required("title", "Название", title, max_len=100_000)
    check.done()


def update_letter_template(ctx: ServiceContext, template_id: str, title: str, source: str) -> CustomTemplate:
    """Save an edited copy; refused (with every problem and its line) when the template is broken."""
    ctx.require(Role.COORDINATOR)
    _check_title(title)
    _refuse_problems(check_source("letter", source))
    with ctx.db.session() as s:
        row = _row(s, template_id)
        assert row is not None
        if row.kind != "letter":
            raise ValidationError.single(
                "template", "Шаблон", "это форма .docx: загрузите новую версию файла"
            )
        row.title = title.strip()[:300]
        row.content = source.encode("utf-8")
        audit.record(s, ctx, "update", "document_template", row.id)
        return _dto(row)


def upload_docx_template(
    ctx: ServiceContext, title: str, content: bytes, template_id: str | None = None
) -> CustomTemplate:
    """Add (or replace) a .docx form with {{ fields }}; refused with the list of problems if any."""
    ctx.require(Role.COORDINATOR)
    _check_title(title)
    if len(content) > MAX_DOCX:
        raise ValidationError.single("file", "Файл", "не больше 10 МБ")
    _refuse_problems(check_source("docx", content))
    with ctx.db.session() as s:
        row = _row(s, template_id, required=False) if template_id else None
        if row is None:
            new_id = template_id or _free_id(s, "form")
            _check_new_id(s, new_id)
            row = DocumentTemplate(template_id=new_id, title=title.strip()[:300], kind="docx", content=content,
                                   created_by_id=ctx.actor.staff_id)  # fmt: skip
            s.add(row)
            s.flush()
            audit.record(s, ctx, "create", "document_template", row.id, kind="docx")
        else:
            if row.kind != "docx":
                raise ValidationError.single("template", "Шаблон", "этот шаблон — письмо, а не форма .docx")
            row.title = title.strip()[:300]
            row.content = content
            audit.record(s, ctx, "update", "document_template", row.id, kind="docx")
        return _dto(row)


def list_custom_templates(ctx: ServiceContext, include_inactive: bool = False) -> list[CustomTemplate]:
    with ctx.db.read() as s:
        stmt = select(DocumentTemplate).order_by(DocumentTemplate.title)
        if not include_inactive:
            stmt = stmt.where(DocumentTemplate.active.is_(True))
        return [_dto(r) for r in s.scalars(stmt)]


def set_template_active(ctx: ServiceContext, template_id: str, active: bool) -> None:
    """Hide a template from the picker (kept: documents already made from it still name it)."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        row = _row(s, template_id)
        assert row is not None
        row.active = active
        audit.record(s, ctx, "update", "document_template", row.id, active=active)


__all__ = [
    "CustomTemplate",
    "check_source",
    "check_template",
    "duplicate_template",
    "list_custom_templates",
    "set_template_active",
    "template_source",
    "update_letter_template",
    "upload_docx_template",
]
