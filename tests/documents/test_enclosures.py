"""A letter's enclosures picked from the files of its initiative (issue 21.1): the GOST mark in the PDF
and the DOCX, the photos' pages scaled to A4 with a caption, the pages of a PDF, refusals."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docdata import Case
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from test_documents_service import flat, pdf_text

from cal_desktop.cli import main
from cal_desktop.db.models import Document, Initiative
from cal_desktop.documents.render_docx import docx_text
from cal_desktop.errors import ValidationError
from cal_desktop.services import attachments, documents
from cal_desktop.services.attachments import Owner


def _photo(size: tuple[int, int], color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for n in range(pages):
        canvas.drawString(100, 700, f"Answer page {n + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _two_photos(ctx, case: Case) -> list[int]:
    owner = Owner(initiative_id=case.initiative_id)
    wide = attachments.add_file(
        ctx, owner, "двор.jpg", _photo((1200, 800), (200, 30, 30)), title="Двор сейчас"
    )
    tall = attachments.add_file(ctx, owner, "качели.jpg", _photo((600, 900), (30, 30, 200)))
    return [wide.id, tall.id]


def _images(page) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    return [(img.image.width, img.image.height) for img in page.images]


def test_appeal_with_two_photos_has_their_pages_and_the_gost_enclosure_line(ctx, case) -> None:
    ids = _two_photos(ctx, case)
    plain = documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"])
    overrides = {"enclosure_ids": ", ".join(map(str, ids))}
    pdf = documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"], overrides=overrides)
    letter_pages = len(PdfReader(io.BytesIO(plain)).pages)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == letter_pages + 2
    letter_text = flat(" ".join(p.extract_text() for p in reader.pages[:letter_pages]))
    assert "Приложение: фото на 2 л. в 1 экз." in letter_text
    # the mark comes after the request and before the date and signature
    assert letter_text.index("Прошу") < letter_text.index("Приложение: фото на 2 л. в 1 экз.")
    for page in reader.pages[letter_pages:]:
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=1)
        assert len(_images(page)) == 1
    captions = pdf_text(pdf)
    assert "Приложение. Фото 1 из 2: Двор сейчас" in captions
    assert "Приложение. Фото 2 из 2: качели" in captions
    docx = flat(docx_text(documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"],
                                           overrides=overrides, fmt="docx")))  # fmt: skip
    assert "Приложение: фото на 2 л. в 1 экз." in docx


def test_several_enclosures_are_numbered_and_a_pdf_adds_its_pages(ctx, case) -> None:
    ids = _two_photos(ctx, case)
    answer = attachments.add_file(ctx, Owner(initiative_id=case.initiative_id), "ответ.pdf", _pdf(3),
                                  title="ответ администрации")  # fmt: skip
    smeta = attachments.add_file(ctx, Owner(initiative_id=case.initiative_id), "смета.xlsx", b"PK\x03\x04zip")
    overrides = {"attachments_text": "копия протокола собрания на 1 л. в 1 экз.",
                 "enclosure_ids": f"{answer.id},{ids[0]},{smeta.id},{ids[1]}"}  # fmt: skip
    built = documents.build_letter(
        ctx, "appeal", case.initiative_id, case.officials["shulga"], overrides=overrides
    )
    assert built.letter is not None
    expected = [
        "Приложение:",
        "1. копия протокола собрания на 1 л. в 1 экз.",
        "2. ответ администрации на 3 л. в 1 экз.",
        "3. фото на 2 л. в 1 экз.",
        "4. смета в 1 экз.",
    ]
    assert built.letter.attachment_lines() == expected
    pdf = documents.render_built(ctx, built, "pdf")
    text = pdf_text(pdf)
    for line in expected:
        assert line in text
    assert "Answer page 3" in text and "Приложение 3. Фото 2 из 2: качели" in text
    plain_pages = len(PdfReader(io.BytesIO(documents.render(ctx, "appeal", case.initiative_id))).pages)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= plain_pages + 5  # 3 pages of the answer, 2 photos
    docx = flat(docx_text(documents.render_built(ctx, built, "docx")))
    for line in expected[1:]:
        assert line in docx


def test_a_file_of_another_initiative_or_a_bad_list_is_refused(ctx, db, case) -> None:
    with db.session() as s:
        other = Initiative(title="Другая", category="improvement", status="idea", created_on=date.today(),
                           search_text="другая")  # fmt: skip
        s.add(other)
        s.flush()
        other_id = other.id
    foreign = attachments.add_file(
        ctx, Owner(initiative_id=other_id), "чужое.jpg", _photo((100, 100), (0, 0, 0))
    )
    with pytest.raises(ValidationError, match=f"файл № {foreign.id} не относится к этому делу"):
        documents.render(ctx, "appeal", case.initiative_id, overrides={"enclosure_ids": str(foreign.id)})
    with pytest.raises(ValidationError, match="нужны номера файлов"):
        documents.render(ctx, "appeal", case.initiative_id, overrides={"enclosure_ids": "1; DROP"})


def test_filing_stores_the_pdf_with_the_enclosure_pages(ctx, db, case) -> None:
    ids = _two_photos(ctx, case)
    overrides = {"enclosure_ids": ",".join(map(str, ids))}
    doc_id, appeal_id = documents.file_document(ctx, "appeal", case.initiative_id, case.officials["shulga"],
                                                overrides=overrides)  # fmt: skip
    assert appeal_id is not None
    with db.read() as s:
        stored = s.get(Document, doc_id)
        assert stored is not None
        content = bytes(stored.content)
    assert "Приложение. Фото 2 из 2" in pdf_text(content)


def test_command_line_renders_enclosures(ctx, case, db_path, tmp_path, capsys) -> None:
    ids = _two_photos(ctx, case)
    out = tmp_path / "obr.pdf"
    code = main(["--db", str(db_path), "document", "render", "appeal", "--initiative", str(case.initiative_id),
                 "--official", str(case.officials["shulga"]), "--set", f"enclosure_ids={ids[0]},{ids[1]}",
                 "-o", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "Приложение. Фото 1 из 2: Двор сейчас" in pdf_text(out.read_bytes())
