"""Documents: letters to authorities and application documents from templates (issue 5).

The flow a staff member follows (and the GUI editor drives):

1. ``templates(ctx)`` — built-in templates (templates_docs/) and the centre's own (table
   document_templates);
2. ``build_letter(ctx, template_id, initiative_id, official_id, appeal_id, overrides)`` — the context
   (every field, declined names, tables) and the letter model; ``overrides`` are the staff member's
   corrections (any field, including declined forms) and always win;
3. ``render(...)`` — PDF or DOCX bytes of exactly that letter;
4. ``check_appeal(...)`` — what 59-FZ art. 7 requires and is missing (Russian, one item each);
5. ``document_output.save_draft(...)`` stores the document with its case; ``file_document(...)`` stores it and enters
   the appeal in the outgoing register (refused while the check fails).

Batches (``consent_batch``, ``render_batch``) take a progress callback and a cancel check.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Document,
    DocumentTemplate,
)
from cal_desktop.db.search import fit_column
from cal_desktop.documents import context as dc
from cal_desktop.documents.docx_form import fields_used, fill_docx
from cal_desktop.documents.fields import FIELDS, FieldInfo
from cal_desktop.documents.letter import Letter
from cal_desktop.documents.render_docx import render_docx
from cal_desktop.documents.render_pdf import render_pdf
from cal_desktop.documents.templating import (
    LetterTemplate,
    TemplateProblem,
    builtin_templates,
    parse_template,
    render_letter,
)
from cal_desktop.domain.clock import today
from cal_desktop.domain.vocab import AppealChannel, DocumentFormat
from cal_desktop.errors import Conflict, FieldError, NotFound, ValidationError
from cal_desktop.services import attachments_letter, audit
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.document_context import _context, document_filename, shown_letter_fields
from cal_desktop.services.document_types import (
    BuiltLetter,
    DocumentSummary,
    StoredDocument,
    TemplateInfo,
)


def fields() -> list[FieldInfo]:
    """The reference list of every template field with an example (for the editor and the CLI)."""
    return list(FIELDS)


# ------------------------------------------------------------------------------------------ templates


def _info(t: LetterTemplate) -> TemplateInfo:
    return TemplateInfo(t.id, t.title, t.kind, t.description, t.builtin, t.is_appeal, t.appeal_kind,
                        t.needs_official, t.needs_previous, t.per_member)  # fmt: skip


def _custom(row: DocumentTemplate) -> LetterTemplate:
    if row.kind == "docx":
        return LetterTemplate(id=row.template_id, title=row.title, kind="docx", builtin=False,
                              description="Форма .docx центра", source="")  # fmt: skip
    base = parse_template(row.content.decode("utf-8"), builtin=False, template_id=row.template_id)
    return LetterTemplate(**{**base.__dict__, "title": row.title})


def templates(ctx: ServiceContext) -> list[TemplateInfo]:
    """Built-in templates first (in DOMAIN A5 order), then the centre's own active ones."""
    order = ["appeal", "collective_appeal", "info_request", "initiative_project", "meeting_minutes",
             "signature_sheet", "pd_consent", "press_release", "repeat_appeal"]  # fmt: skip
    builtin = builtin_templates()
    out = [_info(builtin[i]) for i in order if i in builtin]
    out += [_info(t) for i, t in builtin.items() if i not in order]
    with ctx.db.read() as s:
        rows = s.scalars(
            select(DocumentTemplate).where(DocumentTemplate.active.is_(True)).order_by(DocumentTemplate.title)
        )
        for row in rows:
            try:
                out.append(_info(_custom(row)))
            except TemplateProblem:
                continue  # a damaged custom template must not hide the others; the check reports it
    return out


def _template(session: Session, template_id: str) -> tuple[LetterTemplate, DocumentTemplate | None]:
    row = session.scalar(select(DocumentTemplate).where(DocumentTemplate.template_id == template_id))
    if row is not None:
        return _custom(row), row
    builtin = builtin_templates()
    if template_id in builtin:
        return builtin[template_id], None
    raise NotFound(f"Шаблон «{template_id}» не найден.")


def _letter(tpl: LetterTemplate, context: dc.DocumentContext) -> Letter:
    return render_letter(tpl, context.for_template(), context.tables)


def build_letter(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    overrides: dict[str, Any] | None = None,
    *,
    visitor_id: int | None = None,
    on: date | None = None,
) -> BuiltLetter:
    """The context and the letter for a template (the staff member's ``overrides`` win)."""
    with ctx.db.read() as s:
        return _build(s, ctx, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id, on)


def _build(
    session: Session,
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None,
    appeal_id: int | None,
    overrides: dict[str, Any] | None,
    visitor_id: int | None,
    on: date | None,
) -> BuiltLetter:
    tpl, _ = _template(session, template_id)
    base, appeal_id = _context(
        session, ctx, tpl, initiative_id, official_id, appeal_id, visitor_id, on or today()
    )
    context = base.with_overrides(overrides)
    letter = _letter(tpl, context) if tpl.kind == "letter" else None
    if letter is not None:  # the files of the case picked as enclosures (issue 21.1)
        letter = attachments_letter.with_enclosure_lines(session, letter, context.values, initiative_id)
    return BuiltLetter(_info(tpl), context.values, context.tables, letter, initiative_id, official_id,
                       appeal_id, visitor_id, context.members)  # fmt: skip


# -------------------------------------------------------------------------------------------- output


def _fmt(fmt: str) -> DocumentFormat:
    try:
        return DocumentFormat.parse(fmt.lstrip("."))
    except ValueError:
        raise ValidationError.single("format", "Формат", "допустимы PDF и DOCX") from None


def _bytes(session: Session, built: BuiltLetter, fmt: DocumentFormat) -> bytes:
    if built.letter is not None:
        if fmt is DocumentFormat.PDF:  # the pages of the files picked as enclosures follow the letter
            return attachments_letter.with_pages(session, render_pdf(built.letter), built.letter, built.values,
                                                 built.initiative_id)  # fmt: skip
        return render_docx(built.letter)
    _, row = _template(session, built.template.id)
    assert row is not None
    if fmt is DocumentFormat.PDF:
        raise ValidationError.single(
            "format",
            "Формат",
            "форма .docx заполняется только в DOCX (PDF из неё сделайте в Word/LibreOffice)",
        )
    return fill_docx(
        row.content, {**built.values, **built.tables, "tables": built.tables, "members": built.members}
    )


def render(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    overrides: dict[str, Any] | None = None,
    fmt: str = "pdf",
    *,
    visitor_id: int | None = None,
    on: date | None = None,
) -> bytes:
    """The document as PDF or DOCX bytes (the same bytes the preview shows and filing stores)."""
    kind = _fmt(fmt)
    with ctx.db.read() as s:
        built = _build(s, ctx, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id, on)
        return _bytes(s, built, kind)


def render_built(ctx: ServiceContext, built: BuiltLetter, fmt: str = "pdf") -> bytes:
    """Bytes of a letter already built (the editor renders what it shows without reloading)."""
    with ctx.db.read() as s:
        return _bytes(s, built, _fmt(fmt))


# ------------------------------------------------------------------------------------------ checking


def appeal_problems(built: BuiltLetter, channel: str | None = None) -> list[str]:
    """59-FZ art. 7 part 1 (DOMAIN B1): what a written appeal must contain and this one lacks."""
    v = built.values
    problems: list[str] = []
    if not (v.get("organisation_name") or v.get("addressee_position") or v.get("addressee_full")):
        problems.append("адресат (орган, должностное лицо или его должность)")
    author_field, address_field = _check_fields(built)
    author = (v.get(author_field) or "").split()
    if author_field == "author_full" and len(author) < 2:
        problems.append("фамилия, имя, отчество автора")
    elif not author:
        problems.append("наименование отправителя")
    electronic = channel in (AppealChannel.EMAIL.value, AppealChannel.PORTAL.value)
    has_email = electronic and bool((v.get("author_email") or "").strip())
    if not (v.get(address_field) or "").strip() and not has_email:
        problems.append("почтовый адрес для ответа" + (" (или адрес эл. почты)" if electronic else ""))
    substance = (v.get("substance") or "").strip()
    if built.template.needs_previous:
        substance = substance or (v.get("previous_number") or "").strip()
    if built.template.id == "initiative_project":
        substance = substance or (v.get("initiative_description") or "").strip()
    if not substance:  # an info request must say which information it asks for
        info = built.template.id == "info_request"
        problems.append(
            "суть запроса (какие сведения нужны)"
            if info
            else "суть обращения (предложение, заявление или жалоба)"
        )
    if not (v.get("today") or "").strip():
        problems.append("дата")
    return problems


def _check_fields(built: BuiltLetter) -> tuple[str, str]:
    builtin = builtin_templates().get(built.template.id)
    return builtin.check_fields if builtin else ("author_full", "author_address")


def check_appeal(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    overrides: dict[str, Any] | None = None,
    channel: str | None = None,
    *,
    visitor_id: int | None = None,
) -> list[str]:
    """Missing items of 59-FZ art. 7, in Russian (empty: the appeal can be filed)."""
    built = build_letter(
        ctx, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id=visitor_id
    )
    return appeal_problems(built, channel)


# ------------------------------------------------------------------------------------------- storing


def suggested_filename(built: BuiltLetter, fmt: str, number: str | None = None, on: date | None = None) -> str:
    """The default file name of a document: «Обращение_Шульге_2026-12-02.pdf» (see document_context)."""
    return document_filename(built.template.id, built.template.title, built.values, fmt, on or today(), number)


def shown_fields(ctx: ServiceContext, built: BuiltLetter) -> list[str]:
    """The fields this document shows now, in the reference order (the editor lists only these). For a
    letter: those whose change changes the letter; for a .docx form: those it mentions. An appeal also
    lists the fields its 59-FZ check reads (the author and the address), which filing depends on."""
    with ctx.db.read() as s:
        tpl, row = _template(s, built.template.id)
    if built.letter is not None:
        names = shown_letter_fields(tpl, dc.DocumentContext(built.values, built.tables, built.members), built.letter)
    else:
        names = fields_used(row.content) if row is not None else set()
    if built.template.is_appeal:
        names |= set(_check_fields(built))
    return [f.name for f in FIELDS if f.name in names]


def _title(template_title: str, number: str | None) -> str:
    """The stored title: the template's, with the outgoing number kept whole when the title is long
    (a 300-character title plus the number would not fit the column, which PostgreSQL enforces)."""
    suffix = f" № {number}" if number else ""
    room = len(fit_column(Document.title, template_title + suffix)) - len(suffix)
    return template_title[: max(room, 0)] + suffix


def _store(
    session: Session,
    ctx: ServiceContext,
    built: BuiltLetter,
    fmt: DocumentFormat,
    content: bytes,
    *,
    draft: bool,
    number: str | None,
    on: date,
) -> int:
    visitor_id = built.visitor_id
    doc = Document(
        template_id=built.template.id,
        title=_title(built.template.title, number),
        format=fmt.value,
        filename=suggested_filename(built, fmt.value, number, on),
        content=content,
        context_json=json.dumps({"values": built.values, "tables": built.tables}, ensure_ascii=False),
        is_draft=draft,
        created_on=today(),
        author_id=ctx.actor.staff_id,
        initiative_id=built.initiative_id,
        visitor_id=visitor_id,
    )
    session.add(doc)
    session.flush()
    audit.record(session, ctx, "create", "document", doc.id, template=built.template.id, draft=draft)
    return doc.id


def _rendered(ctx: ServiceContext, kind: DocumentFormat, *build: Any) -> tuple[BuiltLetter, bytes]:
    """``_build(session, ctx, *build)`` and its bytes in a read transaction: rendering takes long and
    must not hold the write lock."""
    with ctx.db.read() as s:
        built = _build(s, ctx, *build)
        return built, _bytes(s, built, kind)


def file_document(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    overrides: dict[str, Any] | None = None,
    fmt: str = "pdf",
    channel: str = "post",
    sent_date: date | None = None,
    *,
    visitor_id: int | None = None,
) -> tuple[int, int | None]:
    """Store the final document with its case and, for an appeal template, enter it in the outgoing
    register (number from the settings pattern, due date per DOMAIN A2). Built, checked and rendered
    before one short write transaction, which stores everything or nothing (issue 12, item 2).

    Returns (document_id, appeal_id); appeal_id is None for documents that are not appeals.
    Raises ValidationError naming the missing 59-FZ items; nothing is stored then."""
    from cal_desktop.services.appeals import peek_appeal_number

    kind = _fmt(fmt)
    sent = sent_date or today()
    try:
        channel_code = AppealChannel.parse(channel).value
    except ValueError:
        raise ValidationError.single(
            "channel", "Способ отправки", f"неизвестное значение «{channel}»"
        ) from None
    args = (template_id, initiative_id, official_id, appeal_id)
    built, content = _rendered(ctx, kind, *args, overrides, visitor_id, sent)
    if not built.template.is_appeal:
        with ctx.db.session() as s:
            return _store(s, ctx, built, kind, content, draft=False, number=None, on=sent), None
    problems = appeal_problems(built, channel_code)
    if problems:
        raise ValidationError(
            [FieldError("appeal", "Обращение нельзя зарегистрировать, не указано", p) for p in problems]
        )
    # the centre's own letters print their outgoing number: rendered with the number the register would
    # give now; the short write transaction takes it only if it is still the next one, else renders again
    numbered = "document_number" not in (overrides or {})
    with ctx.db.read() as s:
        expected = peek_appeal_number(s, sent)
    for _attempt in range(_NUMBER_ATTEMPTS):
        if numbered:
            built, content = _rendered(ctx, kind, *args[:3], built.appeal_id,
                                       {**(overrides or {}), "document_number": expected}, visitor_id, sent)  # fmt: skip
        try:
            with ctx.db.session() as s:
                return _file_appeal(s, ctx, built, kind, content, channel_code, sent, expected if numbered else None)
        except _NumberTaken as taken:
            expected = taken.number  # another desk filed meanwhile: print the number that is free now
    raise Conflict("База занята другой операцией, повторите через минуту.")


_NUMBER_ATTEMPTS = 5


class _NumberTaken(Exception):
    def __init__(self, number: str) -> None:
        super().__init__(number)
        self.number = number


def _file_appeal(
    s: Session,
    ctx: ServiceContext,
    built: BuiltLetter,
    kind: DocumentFormat,
    content: bytes,
    channel_code: str,
    sent: date,
    printed: str | None,
) -> tuple[int, int]:
    """The write transaction of filing: the number, the document, the register row — nothing slow.
    ``printed``: the number the content carries; raises _NumberTaken (rolling back) when it is gone."""
    from cal_desktop.services.appeals import AppealInput, _register_appeal, next_appeal_number

    number = next_appeal_number(s, sent)
    if printed is not None and number != printed:
        raise _NumberTaken(number)
    document_id = _store(s, ctx, built, kind, content, draft=False, number=number, on=sent)
    # the register names a directory official itself, in the nominative like every other row (the
    # dative block as sent stays in the stored letter); otherwise the body the letter is addressed to
    official_id = built.official_id
    addressee = "" if official_id is not None else built.values.get("organisation_name", "")
    new_appeal_id = _register_appeal(
        s,
        ctx,
        AppealInput(
            sent_date=sent,
            channel=channel_code,
            kind=built.template.appeal_kind,
            subject=(built.values.get("subject") or built.template.title)[:300],
            official_id=official_id,
            addressee_text=addressee[:500] or None,
            initiative_id=built.initiative_id,
            document_id=document_id,
            previous_appeal_id=built.appeal_id if built.template.needs_previous else None,
            number=number,
        ),
    )
    doc = s.get(Document, document_id)
    if doc is not None:
        doc.appeal_id = new_appeal_id
    return document_id, new_appeal_id


def get_document(ctx: ServiceContext, document_id: int) -> StoredDocument:
    with ctx.db.read() as s:
        d = get_or_404(s, Document, document_id, "Документ")
        return StoredDocument(d.id, d.template_id, d.title, d.format, d.filename, d.content, d.is_draft,
                              d.created_on, d.initiative_id, d.appeal_id)  # fmt: skip


def list_documents(ctx: ServiceContext, initiative_id: int, limit: int = 200) -> list[DocumentSummary]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(Document.id, Document.template_id, Document.title, Document.format, Document.is_draft,
                   Document.created_on, Document.appeal_id)
            .where(Document.initiative_id == initiative_id)
            .order_by(Document.created_at.desc(), Document.id.desc())
            .limit(limit)
        ).all()  # fmt: skip
        return [DocumentSummary(*r) for r in rows]


__all__ = [
    "BuiltLetter",
    "DocumentSummary",
    "StoredDocument",
    "TemplateInfo",
    "build_letter",
    "check_appeal",
    "fields",
    "file_document",
    "get_document",
    "list_documents",
    "render",
    "render_built",
    "shown_fields",
    "suggested_filename",
    "templates",
]
