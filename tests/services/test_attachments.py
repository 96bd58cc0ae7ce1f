"""Files of a case (issue 21.1): kinds, limits, thumbnails, owners, audit, erasure, restore."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from cal_desktop.db.models import AuditEntry, Initiative
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, PermissionDenied, ValidationError
from cal_desktop.services import (
    attachments,
    attachments_open,
    backup,
    consultations,
    document_output,
    open_databases,
    personal_data,
    visitors,
)
from cal_desktop.services.attachments import Owner
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


def photo(color: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (640, 480), fmt: str = "JPEG",
          marker: bytes = b"") -> bytes:  # fmt: skip
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, fmt)
    return out.getvalue() + marker  # a marker after the end of the image: a byte string to search for


@pytest.fixture
def initiative_id(db) -> int:
    with db.session() as s:
        ini = Initiative(title="Детская площадка", category="improvement", status="idea",
                         created_on=date.today(), search_text="детская площадка")  # fmt: skip
        s.add(ini)
        s.flush()
        return ini.id


@pytest.fixture(autouse=True)
def _private_temp(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()


def _consultation(ctx, visitor_id: int) -> int:
    return consultations.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person",
            topics=["drafting"],
            outcome="advised",
            occurred_at=datetime.now(),
            visitor_id=visitor_id,
        ),  # fmt: skip
    ).id


def test_photo_pdf_and_office_file_are_stored_with_size_checksum_and_thumbnail(ctx, initiative_id) -> None:
    owner = Owner(initiative_id=initiative_id)
    jpeg = photo()
    a = attachments.add_file(ctx, owner, "C:\\Фото\\двор.jpg", jpeg)
    pdf = attachments.add_file(ctx, owner, "ответ.pdf", b"%PDF-1.4\n%%EOF\n")
    docx = attachments.add_file(ctx, owner, "смета.docx", b"PK\x03\x04rest-of-zip")
    assert (a.filename, a.title, a.mime_type, a.size, a.is_image) == (
        "двор.jpg",
        "двор",
        "image/jpeg",
        len(jpeg),
        True,
    )
    assert pdf.is_pdf and docx.mime_type.endswith("wordprocessingml.document")
    assert [f.id for f in attachments.list_files(ctx, owner)] == [a.id, pdf.id, docx.id]
    thumbs = attachments.thumbnails(ctx, [a.id, pdf.id])
    assert list(thumbs) == [a.id]
    with Image.open(io.BytesIO(thumbs[a.id])) as t:
        assert t.format == "PNG" and max(t.size) == 160
    stored = attachments.content(ctx, a.id)
    assert stored.content == jpeg and len(stored.sha256) == 64
    assert attachments.set_title(ctx, a.id, "Площадка сейчас").title == "Площадка сейчас"


def test_refusals_name_the_file(ctx, initiative_id, tmp_path, db_path, monkeypatch) -> None:
    owner = Owner(initiative_id=initiative_id)
    with pytest.raises(ValidationError, match="«virus.exe»: такие файлы не прикладываются"):
        attachments.add_file(ctx, owner, "virus.exe", b"MZ\x90\x00" * 10)
    with pytest.raises(ValidationError, match="«смета.xlsx»: содержимое не похоже на файл XLSX"):
        attachments.add_file(ctx, owner, "смета.xlsx", b"<html>not a spreadsheet</html>")
    with pytest.raises(ValidationError, match="«пусто.pdf»: пустой файл"):
        attachments.add_file(ctx, owner, "пусто.pdf", b"")
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100
    if not attachments_open.attachments.kinds.heic_supported():
        with pytest.raises(ValidationError, match="«IMG_0001.HEIC»: .*HEIC.*JPEG"):
            attachments.add_file(ctx, owner, "IMG_0001.HEIC", heic)
    big = tmp_path / "видео.pdf"
    with open(big, "wb") as f:  # sparse: the size is checked before anything is read
        f.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(ValidationError, match=r"«видео.pdf»: файл 20.0 МБ больше допустимых 20 МБ"):
        attachments.add_path(ctx, owner, big)
    monkeypatch.setattr(open_databases, "_opened", {db_path.resolve()})  # as services.database.open_database does
    with pytest.raises(CalError, match="файл базы данных"):
        attachments.add_path(ctx, owner, db_path.with_name(db_path.name + "-wal"))
    assert attachments.list_files(ctx, owner) == []


def test_adding_and_deleting_are_audited_and_deletion_needs_author_or_coordinator(
    ctx, db, make_ctx, initiative_id
) -> None:
    owner = Owner(initiative_id=initiative_id)
    a = attachments.add_file(ctx, owner, "двор.png", photo(fmt="PNG"))
    other = make_ctx(Role.STAFF, "other")
    with pytest.raises(PermissionDenied, match="тот, кто его приложил"):
        attachments.delete_file(other, a.id)
    attachments.delete_file(ctx, a.id)
    assert attachments.list_files(ctx, owner) == []
    with db.read() as s:
        actions = [
            (e.action, e.entity, e.entity_id) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    assert ("attach", "initiative", initiative_id) in actions
    assert ("delete", "attachment", a.id) in actions


def test_a_consultation_file_belongs_to_the_visitor(ctx, db) -> None:
    v = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна")).id
    c = _consultation(ctx, v)
    a = attachments.add_file(ctx, Owner(consultation_id=c), "паспорт.png", photo(fmt="PNG"))
    assert a.visitor_id == v and a.consultation_id == c
    assert [f.id for f in attachments.list_files(ctx, Owner(consultation_id=c))] == [a.id]


def _raw(db_path: Path, *folders: Path) -> bytes:
    raw = db_path.read_bytes()
    for extra in (
        db_path.with_name(db_path.name + "-wal"),
        *(p for f in folders for p in f.rglob("*") if p.is_file()),
    ):
        if extra.exists():
            raw += extra.read_bytes()
    return raw


def test_erasing_a_person_removes_their_files_from_the_database_and_viewing_copies(
    ctx, db, db_path, initiative_id
) -> None:
    v = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна")).id
    keep_v = visitors.create_visitor(ctx, VisitorInput("Кузнецов", "Олег")).id
    c = _consultation(ctx, v)
    secret_a, secret_b, kept = b"SECRET-PASSPORT-SCAN-1", b"SECRET-SIGNATURE-2", b"PLAYGROUND-PHOTO-KEEP"
    on_consultation = attachments.add_file(
        ctx, Owner(consultation_id=c), "паспорт.png", photo(fmt="PNG", marker=secret_a)
    )
    on_initiative = attachments.add_file(ctx, Owner(initiative_id=initiative_id), "подпись.jpg",
                                         photo(marker=secret_b), person_id=v)  # fmt: skip
    playground = attachments.add_file(ctx, Owner(initiative_id=initiative_id), "двор.jpg", photo(marker=kept))
    others = attachments.add_file(
        ctx, Owner(consultation_id=_consultation(ctx, keep_v)), "х.png", photo(fmt="PNG")
    )
    copy = attachments_open.viewing_copy(ctx, on_consultation.id)
    assert copy.read_bytes().endswith(secret_a) and copy.parent != db_path.parent
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    folder = attachments_open.viewing_folder()
    assert secret_a in _raw(db_path, folder) and secret_b in _raw(db_path, folder)

    personal_data.anonymise_visitor(ctx, v)

    raw = _raw(db_path, folder)
    assert secret_a not in raw and secret_b not in raw and not copy.exists()
    assert kept in raw
    left = [f.id for f in attachments.list_files(ctx, Owner(initiative_id=initiative_id))]
    assert left == [playground.id] and on_initiative.id not in left
    assert [f.id for f in attachments.list_files(ctx, Owner(consultation_id=_other_c(others)))] == [others.id]


def _other_c(info: attachments.AttachmentInfo) -> int:
    assert info.consultation_id is not None
    return info.consultation_id


def test_restore_reapplies_the_erasure_of_files(ctx, db, db_path, tmp_path) -> None:
    v = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна")).id
    secret = b"SECRET-IN-THE-BACKUP"
    attachments.add_file(
        ctx, Owner(consultation_id=_consultation(ctx, v)), "скан.png", photo(fmt="PNG", marker=secret)
    )
    copy = backup.create_backup(ctx, tmp_path / "B.db").path
    personal_data.anonymise_visitor(ctx, v)
    result = backup.restore_database(ctx, copy)
    assert result.erasures == 1
    assert secret not in _raw(db_path)


def test_viewing_copies_are_private_named_safely_and_swept(ctx, initiative_id, tmp_path) -> None:
    a = attachments.add_file(ctx, Owner(initiative_id=initiative_id), "../..\\evil:na*me.pdf", b"%PDF-1.4 x")
    path = attachments_open.viewing_copy(ctx, a.id)
    assert path.parent == attachments_open.viewing_folder() and path.name == f"{a.id}-evil_na_me.pdf"
    old = path.stat().st_mtime - attachments_open.KEEP_SECONDS - 10
    os.utime(path, (old, old))
    assert attachments_open.sweep() == 1 and not path.exists()


def test_erasure_empties_a_letter_carrying_the_persons_file_as_an_enclosure(ctx, db, initiative_id) -> None:
    from cal_desktop.db.models import Document

    v = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Алёна")).id
    owner = Owner(initiative_id=initiative_id)
    theirs = attachments.add_file(ctx, owner, "подпись.jpg", photo(), person_id=v)
    playground = attachments.add_file(ctx, owner, "двор.jpg", photo((10, 200, 10)))
    with_theirs = document_output.save_draft(ctx, "appeal", initiative_id, overrides={"enclosure_ids": f"{theirs.id}"})
    without = document_output.save_draft(ctx, "appeal", initiative_id, overrides={"enclosure_ids": f"{playground.id}"})
    personal_data.anonymise_visitor(ctx, v)
    with db.read() as s:
        emptied, kept = s.get(Document, with_theirs), s.get(Document, without)
        assert emptied is not None and kept is not None
        assert emptied.content == b"" and emptied.context_json is None
        assert bytes(kept.content).startswith(b"%PDF")
