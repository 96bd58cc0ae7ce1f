"""Documents: letters to authorities and application documents from templates (issue 5).

The flow a staff member follows (and the GUI editor drives):

1. ``templates(ctx)`` — built-in templates (templates_docs/) and the centre's own (table
   document_templates);
2. ``build_letter(ctx, template_id, initiative_id, official_id, appeal_id, overrides)`` — the context
   (every field, declined names, tables) and the letter model; ``overrides`` are the staff member's
   corrections (any field, including declined forms) and always win;
3. ``render(...)`` — PDF or DOCX bytes of exactly that letter;
4. ``check_appeal(...)`` — what 59-FZ art. 7 requires and is missing (Russian, one item each);
5. ``save_draft(...)`` stores the document with its case; ``file_document(...)`` stores it and enters
   the appeal in the outgoing register (refused while the check fails).

Batches (``consent_batch``, ``render_batch``) take a progress callback and a cancel check.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Document,
    DocumentTemplate,
    Initiative,
    InitiativeMember,
    InitiativeResource,
    Official,
    Staff,
    Visitor,
)
from cal_desktop.db.search import fit_column
from cal_desktop.documents import context as dc
from cal_desktop.documents.docx_form import fill_docx
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
from cal_desktop.domain import text
from cal_desktop.domain.clock import today
from cal_desktop.domain.vocab import AppealChannel, Category, DocumentFormat, MemberRole
from cal_desktop.errors import Cancelled, FieldError, NotFound, ValidationError
from cal_desktop.services import audit
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings import _get_settings

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_ROLE_ORDER = {MemberRole.AUTHOR.value: 0, MemberRole.CO_AUTHOR.value: 1, MemberRole.SUPPORTER.value: 2,
               MemberRole.VOLUNTEER.value: 3}  # fmt: skip
_APPEAL_TITLES = {"proposal": "ОБРАЩЕНИЕ", "application": "ЗАЯВЛЕНИЕ", "complaint": "ЖАЛОБА"}


# ---------------------------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    title: str
    kind: str  # "letter" or "docx"
    description: str
    builtin: bool
    is_appeal: bool
    appeal_kind: str | None
    needs_official: bool
    needs_previous: bool
    per_member: bool


@dataclass(frozen=True)
class BuiltLetter:
    """What the editor shows: the values (editable), the tables, and the letter made from them."""

    template: TemplateInfo
    values: dict[str, str]
    tables: dict[str, list[list[str]]]
    letter: Letter | None  # None for a .docx form (it is filled, not laid out)
    initiative_id: int | None
    official_id: int | None
    appeal_id: int | None
    visitor_id: int | None
    members: list[dict[str, str]] = field(default_factory=list)  # for loops in .docx forms


@dataclass(frozen=True)
class StoredDocument:
    id: int
    template_id: str
    title: str
    format: str
    filename: str
    content: bytes
    is_draft: bool
    created_on: date
    initiative_id: int | None
    appeal_id: int | None


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    template_id: str
    title: str
    format: str
    is_draft: bool
    created_on: date
    appeal_id: int | None


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


# -------------------------------------------------------------------------------------- the context


def _person(v: Visitor, role: str | None = None) -> dc.PersonData:
    return dc.PersonData(
        last_name=v.last_name,
        first_name=v.first_name,
        middle_name=v.middle_name,
        gender=v.gender,
        address=v.address,
        phone=text.format_phone(v.phone) if v.phone else None,
        email=v.email,
        birth_date=v.birth_date,
        role=MemberRole(role).label if role in _ROLE_ORDER else role,
    )


def _members(session: Session, initiative_id: int) -> list[tuple[int, dc.PersonData]]:
    """Members in role order (authors first), each person once, erased ones left out."""
    rows = session.execute(
        select(InitiativeMember.role, Visitor)
        .join(Visitor, Visitor.id == InitiativeMember.visitor_id)
        .where(InitiativeMember.initiative_id == initiative_id, Visitor.anonymised_at.is_(None))
        .order_by(InitiativeMember.added_at, InitiativeMember.id)
    ).all()
    rows = sorted(rows, key=lambda r: _ROLE_ORDER.get(r[0], 9))
    seen: set[int] = set()
    out = []
    for role, v in rows:
        if v.id not in seen:
            seen.add(v.id)
            out.append((v.id, _person(v, role)))
    return out


def _official(session: Session, official_id: int) -> dc.OfficialData:
    o = get_or_404(session, Official, official_id, "Должностное лицо")
    corrections = {
        f.grammatical_case: dc.Correction(f.position, f.full_name, f.short_name) for f in o.declined_forms
    }
    org = o.organisation
    return dc.OfficialData(
        position=o.position,
        organisation_name=org.name if org else "",
        organisation_address=org.address if org else None,
        organisation_email=org.email if org else None,
        last_name=o.last_name,
        first_name=o.first_name,
        middle_name=o.middle_name,
        gender=o.gender,
        corrections=corrections,
    )


def _staff(session: Session, staff_id: int | None) -> dc.StaffData | None:
    if staff_id is None:
        return None
    s = session.get(Staff, staff_id)
    if s is None:
        return None
    return dc.StaffData(s.display_name, s.last_name, s.first_name, s.middle_name, s.position,
                        text.format_phone(s.phone) if s.phone else None, s.email)  # fmt: skip


def _centre(session: Session) -> dc.CentreData:
    st = _get_settings(session)
    return dc.CentreData(
        centre_name=st.centre_name,
        organisation_name=st.organisation_name,
        address=st.address,
        phone=st.phone,
        email=st.email,
        inn=st.inn,
        ogrn=st.ogrn,
        head_position=st.head_position,
        head_name=st.head_name,
        city=st.city,
        consent_form_version=st.consent_form_version,
        retention_years=st.retention_years,
    )


def _initiative(session: Session, initiative_id: int) -> dc.InitiativeData:
    i = get_or_404(session, Initiative, initiative_id, "Инициатива")
    resources = tuple(
        session.scalars(select(InitiativeResource.resource).where(InitiativeResource.initiative_id == i.id))
    )
    try:
        category = Category(i.category).label
    except ValueError:
        category = i.category
    return dc.InitiativeData(
        title=i.title,
        description=i.description,
        category=category,
        territory=i.territory.name if i.territory else None,
        address=i.address,
        expected_result=i.expected_result,
        estimated_cost=i.estimated_cost,
        planned_timing=i.planned_timing,
        resources=resources,
    )


def _previous(session: Session, appeal_id: int) -> dc.AppealData:
    a = get_or_404(session, Appeal, appeal_id, "Обращение")
    return dc.AppealData(
        a.number, a.sent_date, a.subject, a.registration_number, a.registration_date, a.due_date
    )


def _latest_appeal_id(session: Session, initiative_id: int | None) -> int | None:
    if initiative_id is None:
        return None
    return session.scalar(
        select(Appeal.id)
        .where(Appeal.initiative_id == initiative_id)
        .order_by(Appeal.sent_date.desc(), Appeal.id.desc())
        .limit(1)
    )


def _context(
    session: Session,
    ctx: ServiceContext,
    tpl: LetterTemplate,
    initiative_id: int | None,
    official_id: int | None,
    appeal_id: int | None,
    visitor_id: int | None,
    on: date,
) -> tuple[dc.DocumentContext, int | None]:
    members: list[tuple[int, dc.PersonData]] = []
    initiative = None
    if initiative_id is not None:
        initiative = _initiative(session, initiative_id)
        members = _members(session, initiative_id)
    person = None
    if visitor_id is not None:
        v = get_or_404(session, Visitor, visitor_id, "Посетитель")
        person = _person(v)
    author = members[0][1] if members else person
    if person is None and author is not None:
        person = author
    if tpl.needs_previous and appeal_id is None:
        appeal_id = _latest_appeal_id(session, initiative_id)
    result = dc.build_context(
        today=on,
        centre=_centre(session),
        staff=_staff(session, ctx.actor.staff_id),
        initiative=initiative,
        author=author,
        members=[m for _, m in members],
        official=_official(session, official_id) if official_id is not None else None,
        previous=_previous(session, appeal_id) if appeal_id is not None else None,
        person=person,
        appeal_title=_APPEAL_TITLES.get(tpl.appeal_kind or "", "ОБРАЩЕНИЕ"),
    )
    if tpl.id == "info_request":
        result.values["subject"] = "О предоставлении информации"
        result.values["request_text"] = (
            "Просим предоставить указанную информацию в установленный законом срок по адресу центра."
        )
        result.values["substance"] = ""
    return result, appeal_id


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
        return render_pdf(built.letter) if fmt is DocumentFormat.PDF else render_docx(built.letter)
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


def _filename(built: BuiltLetter, fmt: DocumentFormat, number: str | None, on: date) -> str:
    base = built.template.id + (f"_{number}" if number else "") + f"_{on:%Y-%m-%d}"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in base)
    return f"{safe}.{fmt.value}"


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
        filename=_filename(built, fmt, number, on),
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


def save_draft(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    overrides: dict[str, Any] | None = None,
    fmt: str = "pdf",
    *,
    visitor_id: int | None = None,
) -> int:
    """Store the document with the case as a draft (no 59-FZ check: drafts may be incomplete)."""
    kind = _fmt(fmt)
    with ctx.db.session() as s:
        built = _build(
            s, ctx, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id, None
        )
        return _store(s, ctx, built, kind, _bytes(s, built, kind), draft=True, number=None, on=today())


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
    register (number from the settings pattern, due date per DOMAIN A2). All in one transaction.

    Returns (document_id, appeal_id); appeal_id is None for documents that are not appeals.
    Raises ValidationError naming the missing 59-FZ items; nothing is stored then."""
    from cal_desktop.services.appeals import AppealInput, _register_appeal, next_appeal_number

    kind = _fmt(fmt)
    sent = sent_date or today()
    try:
        channel_code = AppealChannel.parse(channel).value
    except ValueError:
        raise ValidationError.single(
            "channel", "Способ отправки", f"неизвестное значение «{channel}»"
        ) from None
    with ctx.db.session() as s:
        tpl, _ = _template(s, template_id)
        if not tpl.is_appeal:
            built = _build(
                s, ctx, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id, sent
            )
            return _store(
                s, ctx, built, kind, _bytes(s, built, kind), draft=False, number=None, on=sent
            ), None
        built = _build(
            s, ctx, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id, sent
        )
        problems = appeal_problems(built, channel_code)
        if problems:
            raise ValidationError(
                [FieldError("appeal", "Обращение нельзя зарегистрировать, не указано", p) for p in problems]
            )
        number = next_appeal_number(s, sent)
        # the centre's own letters print their outgoing number; a citizen's appeal does not
        if "document_number" not in (overrides or {}):
            built = _build(s, ctx, template_id, initiative_id, official_id, built.appeal_id,
                           {**(overrides or {}), "document_number": number}, visitor_id, sent)  # fmt: skip
        document_id = _store(s, ctx, built, kind, _bytes(s, built, kind), draft=False, number=number, on=sent)
        # the register names a directory official itself, in the nominative like every other row (the
        # dative block as sent stays in the stored letter); otherwise the body the letter is addressed to
        addressee = "" if official_id is not None else built.values.get("organisation_name", "")
        new_appeal_id = _register_appeal(
            s,
            ctx,
            AppealInput(
                sent_date=sent,
                channel=channel_code,
                kind=tpl.appeal_kind,
                subject=(built.values.get("subject") or built.template.title)[:300],
                official_id=official_id,
                addressee_text=addressee[:500] or None,
                initiative_id=initiative_id,
                document_id=document_id,
                previous_appeal_id=built.appeal_id if tpl.needs_previous else None,
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


# -------------------------------------------------------------------------------------------- batches


def _tick(progress: Progress | None, cancel: CancelCheck | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise Cancelled("Подготовка документов отменена.")
    if progress is not None:
        progress(done, total)


def consent_batch(
    ctx: ServiceContext,
    initiative_id: int,
    fmt: str = "pdf",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    template_id: str = "pd_consent",
) -> bytes:
    """Consent forms (or another per-person template) for every member of an initiative, one file."""
    kind = _fmt(fmt)
    with ctx.db.read() as s:
        tpl, _ = _template(s, template_id)
        if tpl.kind != "letter":
            raise ValidationError.single("template", "Шаблон", "пакет собирается только из шаблонов-писем")
        members = _members(s, initiative_id)
        if not members:
            raise ValidationError.single("initiative", "Инициатива", "у инициативы нет участников")
        letters: list[Letter] = []
        total = len(members)
        _tick(progress, cancel, 0, total)
        # the initiative's context once; only the person's fields change from form to form
        base, _ = _context(s, ctx, tpl, initiative_id, None, None, None, today())
        for n, (_visitor_id, person) in enumerate(members, 1):
            values = {**base.values, **dc.person_values("person", person), "person_role": person.role or ""}
            letters.append(_letter(tpl, dc.DocumentContext(values, base.tables, base.members)))
            _tick(progress, cancel, n, total)
    return render_pdf(letters) if kind is DocumentFormat.PDF else render_docx(letters)


def render_batch(
    ctx: ServiceContext,
    template_id: str,
    initiative_ids: list[int],
    official_id: int | None = None,
    fmt: str = "pdf",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> bytes:
    """One template for many initiatives (e.g. a letter per initiative to the same official), one file."""
    kind = _fmt(fmt)
    letters: list[Letter] = []
    total = len(initiative_ids)
    _tick(progress, cancel, 0, total)
    with ctx.db.read() as s:
        tpl, _ = _template(s, template_id)
        if tpl.kind != "letter":
            raise ValidationError.single("template", "Шаблон", "пакет собирается только из шаблонов-писем")
        for n, iid in enumerate(initiative_ids, 1):
            base, _ = _context(s, ctx, tpl, iid, official_id, None, None, today())
            letters.append(_letter(tpl, base))
            _tick(progress, cancel, n, total)
    if not letters:
        raise ValidationError.single("initiative", "Инициативы", "не выбрано ни одной")
    return render_pdf(letters) if kind is DocumentFormat.PDF else render_docx(letters)


__all__ = [
    "BuiltLetter",
    "DocumentSummary",
    "StoredDocument",
    "TemplateInfo",
    "build_letter",
    "check_appeal",
    "consent_batch",
    "fields",
    "file_document",
    "get_document",
    "list_documents",
    "render",
    "render_batch",
    "render_built",
    "save_draft",
    "templates",
]
