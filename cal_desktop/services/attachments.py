"""Files of a case (issue 21.1): photos, scans and office files on an initiative or a consultation.

Stored inside the database (``attachments``: bytes, SHA-256, size, a thumbnail of a photo), so that
backups, restore, the erasure of a person and a PostgreSQL server need nothing beside the database
(docs/architecture.md, «Files of a case»). A file on a consultation holds the visitor's data; a file on
an initiative may name a person (a scan of their signature): both are deleted when that person is
erased (``erase_person_files``, called by ``personal_data``). Every change is audited.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Attachment,
    Consultation,
    Document,
    Initiative,
    InitiativeMember,
    Staff,
    Visitor,
)
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, PermissionDenied, ValidationError
from cal_desktop.services import attachments_kinds as kinds
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.files import refuse_database_file

CASE_FILE = "file"  # Attachment.kind of a case's files (answer and consent scans have their own kinds)
MAX_BYTES = kinds.MAX_BYTES
LABELS = {"title": "Подпись", "visitor_id": "Чьи данные"}  # the fields the audit log names


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    title: str  # the caption in a letter's enclosures (the name without its extension by default)
    mime_type: str
    size: int
    created_at: datetime
    author: str
    initiative_id: int | None
    consultation_id: int | None
    visitor_id: int | None  # whose personal data the file holds

    @property
    def is_image(self) -> bool:
        return kinds.is_image(self.mime_type)

    @property
    def is_pdf(self) -> bool:
        return self.mime_type == "application/pdf"


@dataclass(frozen=True)
class FileContent:
    id: int
    filename: str
    mime_type: str
    sha256: str
    content: bytes


@dataclass(frozen=True)
class Owner:
    """What a file belongs to: exactly one of an initiative and a consultation."""

    initiative_id: int | None = None
    consultation_id: int | None = None

    def __post_init__(self) -> None:
        if (self.initiative_id is None) == (self.consultation_id is None):
            raise ValueError("a file belongs to one initiative or one consultation")


# ------------------------------------------------------------------------------------------- adding


def add_path(
    ctx: ServiceContext, owner: Owner, path: str | os.PathLike[str], person_id: int | None = None
) -> AttachmentInfo:
    """Attach a file from disk (a file dialog or a drop). Its size is checked before it is read, and
    the database's own files are never read as ordinary files (SQLite's locks, docs/architecture.md)."""
    p = Path(path)
    refuse_database_file(p)
    try:
        kinds.check_size(p.name, p.stat().st_size)
        content = p.read_bytes()
    except IsADirectoryError:
        raise kinds.refuse(p.name, "это папка; приложите файлы из неё") from None
    except OSError as exc:
        raise CalError(f"Не удалось прочитать файл «{p.name}»: {exc.strerror or exc}") from exc
    return add_file(ctx, owner, p.name, content, person_id=person_id)


def add_file(
    ctx: ServiceContext,
    owner: Owner,
    filename: str,
    content: bytes,
    *,
    title: str | None = None,
    person_id: int | None = None,
) -> AttachmentInfo:
    """Check, classify (HEIC converted, a thumbnail made) and store a file; audited."""
    c = Checker()
    name = c.required(kinds.FIELD, kinds.LABEL, PurePath((filename or "").replace("\\", "/")).name, 300)
    caption = c.optional("title", "Подпись", title, 300)
    c.done()
    sniffed = kinds.sniff(name, content)  # outside the write lock: a thumbnail takes a moment
    with ctx.db.session() as s:
        att = _store(s, ctx, owner, sniffed, caption, person_id)
        # ids and sizes only: a file's name may name a person, and the log outlives an erasure
        audit.record(s, ctx, "attach", _entity(owner), _owner_id(owner), attachment_id=att.id, size=att.size)
        return _info(att, _author(s, att))


def _store(
    session: Session,
    ctx: ServiceContext,
    owner: Owner,
    sniffed: kinds.Sniffed,
    title: str | None,
    person_id: int | None,
) -> Attachment:
    visitor_id = person_id
    if owner.consultation_id is not None:
        consultation = get_or_404(session, Consultation, owner.consultation_id, "Консультация")
        visitor_id = consultation.visitor_id if person_id is None else person_id
    else:
        assert owner.initiative_id is not None
        get_or_404(session, Initiative, owner.initiative_id, "Инициатива")
    if person_id is not None:
        get_or_404(session, Visitor, person_id, "Посетитель")
    att = Attachment(
        initiative_id=owner.initiative_id,
        consultation_id=owner.consultation_id,
        visitor_id=visitor_id,
        kind=CASE_FILE,
        filename=sniffed.filename[:300],
        title=title,
        mime_type=sniffed.mime_type,
        size=len(sniffed.content),
        sha256=hashlib.sha256(sniffed.content).hexdigest(),
        content=sniffed.content,
        thumbnail=sniffed.thumbnail,
        created_by_id=ctx.actor.staff_id,
    )
    session.add(att)
    session.flush()
    return att


# ------------------------------------------------------------------------------------------ reading

_COLUMNS = (
    Attachment.id,
    Attachment.filename,
    Attachment.title,
    Attachment.mime_type,
    Attachment.size,
    Attachment.created_at,
    Attachment.created_by_id,
    Attachment.initiative_id,
    Attachment.consultation_id,
    Attachment.visitor_id,
)


def list_files(ctx: ServiceContext, owner: Owner) -> list[AttachmentInfo]:
    """The files of an initiative or a consultation, oldest first (the bytes are not loaded)."""
    with ctx.db.read() as s:
        return _list(s, owner)


def _list(session: Session, owner: Owner, ids: list[int] | None = None) -> list[AttachmentInfo]:
    query = (
        select(*_COLUMNS, Staff.display_name)
        .outerjoin(Staff, Staff.id == Attachment.created_by_id)
        .where(Attachment.kind == CASE_FILE)
        .order_by(Attachment.created_at, Attachment.id)
    )
    if owner.initiative_id is not None:
        query = query.where(Attachment.initiative_id == owner.initiative_id)
    else:
        query = query.where(Attachment.consultation_id == owner.consultation_id)
    if ids is not None:
        query = query.where(Attachment.id.in_(ids))
    out = []
    for row in session.execute(query):
        (att_id, filename, title, mime, size, created, _by, initiative_id, consultation_id, visitor_id,
         author) = row  # fmt: skip
        out.append(AttachmentInfo(att_id, filename, title or _stem(filename), mime, size or 0, created,
                                  author or "", initiative_id, consultation_id, visitor_id))  # fmt: skip
    return out


def files_of(session: Session, owner: Owner, ids: list[int]) -> list[AttachmentInfo]:
    """Those of ``ids`` that belong to ``owner``, in the order of ``ids`` (a letter's enclosures);
    an id of another case is refused, naming it."""
    found = {a.id: a for a in _list(session, owner, ids)}
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError.single(
            "enclosure_ids", "Приложенные файлы", f"файл № {missing[0]} не относится к этому делу или удалён"
        )
    return [found[i] for i in ids]


def thumbnails(ctx: ServiceContext, ids: list[int]) -> dict[int, bytes]:
    """Small PNGs of the photos among ``ids`` (for the card's panel)."""
    if not ids:
        return {}
    with ctx.db.read() as s:
        rows = s.execute(
            select(Attachment.id, Attachment.thumbnail).where(
                Attachment.id.in_(ids), Attachment.thumbnail.is_not(None)
            )
        )
        return {att_id: bytes(thumb) for att_id, thumb in rows if thumb is not None}


def content(ctx: ServiceContext, attachment_id: int) -> FileContent:
    """The stored bytes (to open or to print). Opening a case's file is recorded in the audit log:
    it may hold a person's data."""
    with ctx.db.session() as s:
        att = _case_file(s, attachment_id)
        audit.record(s, ctx, "view", "attachment", att.id)
        return _content(att)


def content_in(session: Session, attachment_id: int) -> FileContent:
    """The bytes inside a given unit of work (rendering a letter's enclosures)."""
    return _content(_case_file(session, attachment_id))


def _content(att: Attachment) -> FileContent:
    data = bytes(att.content or b"")
    return FileContent(
        att.id, att.filename, att.mime_type, att.sha256 or hashlib.sha256(data).hexdigest(), data
    )


def _case_file(session: Session, attachment_id: int) -> Attachment:
    att = get_or_404(session, Attachment, attachment_id, "Файл")
    if att.kind != CASE_FILE:
        raise ValidationError.single(kinds.FIELD, kinds.LABEL, "это не файл дела")
    return att


# ------------------------------------------------------------------------------------ changing


def set_title(ctx: ServiceContext, attachment_id: int, title: str) -> AttachmentInfo:
    """The caption used in a letter's enclosures («Фото детской площадки»)."""
    c = Checker()
    caption = c.optional("title", "Подпись", title, 300)
    c.done()
    with ctx.db.session() as s:
        att = _case_file(s, attachment_id)
        att.title = caption
        audit.record(s, ctx, "update", "attachment", att.id, fields=["title"])
        s.flush()
        return _info(att, _author(s, att))


def set_person(ctx: ServiceContext, attachment_id: int, person_id: int | None) -> AttachmentInfo:
    """Mark an initiative's file as holding a member's data (a scan of their signature, their
    statement): erasing that person then deletes it. ``None``: the initiative's own file."""
    with ctx.db.session() as s:
        att = _case_file(s, attachment_id)
        if att.initiative_id is None:
            raise ValidationError.single(
                "person", "Чьи данные", "файл консультации принадлежит её посетителю"
            )
        if person_id is not None:
            member = s.scalar(
                select(InitiativeMember.id).where(
                    InitiativeMember.initiative_id == att.initiative_id,
                    InitiativeMember.visitor_id == person_id,
                )
            )
            if member is None:
                raise ValidationError.single("person", "Чьи данные", "это не участник инициативы")
        att.visitor_id = person_id
        audit.record(s, ctx, "update", "attachment", att.id, fields=["visitor_id"])
        s.flush()
        return _info(att, _author(s, att))


def delete_file(ctx: ServiceContext, attachment_id: int) -> None:
    """Delete a file (its author, or a coordinator and above); audited. The freed pages are reused by
    SQLite; a person's erasure additionally wipes them (``personal_data``)."""
    with ctx.db.session() as s:
        att = _case_file(s, attachment_id)
        if att.created_by_id != ctx.actor.staff_id:
            try:
                ctx.require(Role.COORDINATOR)
            except PermissionDenied:
                raise PermissionDenied("Удалить файл может тот, кто его приложил, или координатор.") from None
        case = (
            {"initiative_id": att.initiative_id}
            if att.initiative_id
            else {"consultation_id": att.consultation_id}
        )
        audit.record(s, ctx, "delete", "attachment", att.id, **case)
        s.delete(att)


def erase_person_files(session: Session, visitor_id: int) -> list[int]:
    """Delete every file holding the person's data: marked as theirs, or on their consultations.
    Returns the ids deleted (their viewing copies go too). Called inside the erasure's unit of work."""
    theirs = or_(
        Attachment.visitor_id == visitor_id,
        Attachment.consultation_id.in_(select(Consultation.id).where(Consultation.visitor_id == visitor_id)),
    )
    rows = session.execute(select(Attachment.id, Attachment.initiative_id).where(theirs)).all()
    ids = [r[0] for r in rows]
    if ids:
        _empty_letters_enclosing(session, set(ids), {r[1] for r in rows if r[1] is not None})
        session.execute(
            delete(Attachment).where(Attachment.id.in_(ids)).execution_options(synchronize_session=False)
        )
    return ids


def _empty_letters_enclosing(session: Session, ids: set[int], initiative_ids: set[int]) -> None:
    """A filed letter whose PDF carries one of these files as an enclosure page keeps its register row,
    not its bytes (as ``personal_data`` does with letters naming the person)."""
    if not initiative_ids:
        return
    found = session.execute(
        select(Document.id, Document.context_json).where(
            Document.initiative_id.in_(initiative_ids), Document.context_json.like('%"enclosure_ids"%')
        )
    ).all()
    hit = [doc_id for doc_id, context in found if ids & set(_enclosed(context))]
    if hit:
        session.execute(
            update(Document)
            .where(Document.id.in_(hit))
            .values(content=b"", context_json=None, filename="удалено.pdf")
            .execution_options(synchronize_session=False)
        )


def _enclosed(context_json: str | None) -> list[int]:
    try:
        raw = json.loads(context_json or "{}").get("values", {}).get("enclosure_ids", "")
    except (ValueError, AttributeError):
        return []
    return [int(x) for x in re.findall(r"\d+", str(raw))]


# -------------------------------------------------------------------------------------------- helpers


def _entity(owner: Owner) -> str:
    return "initiative" if owner.initiative_id is not None else "consultation"


def _owner_id(owner: Owner) -> int:
    value = owner.initiative_id if owner.initiative_id is not None else owner.consultation_id
    assert value is not None
    return value


def _stem(filename: str) -> str:
    return PurePath(filename).stem or filename


def _author(session: Session, att: Attachment) -> str:
    if att.created_by_id is None:
        return ""
    staff = session.get(Staff, att.created_by_id)
    return staff.display_name if staff else ""


def _info(att: Attachment, author: str) -> AttachmentInfo:
    return AttachmentInfo(att.id, att.filename, att.title or _stem(att.filename), att.mime_type, att.size or 0,
                          att.created_at, author, att.initiative_id, att.consultation_id, att.visitor_id)  # fmt: skip
