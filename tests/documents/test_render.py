"""The two renderers: same text, GOST layout features, embedded fonts, literal special characters."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

from cal_desktop.documents.letter import Executor, Letter, Paragraph, Signature, Table
from cal_desktop.documents.render_docx import docx_text, render_docx
from cal_desktop.documents.render_pdf import render_pdf

TRICKY = "ООО \"Рога & Копыта\" <b>жирный</b> 'кавычки' {{ ''.__class__ }} {% if 1 %}x{% endif %}"


def make_letter(body_paragraphs: int = 3) -> Letter:
    return Letter(
        title="ОБРАЩЕНИЕ",
        addressee=["Главе администрации Центрального района", "О.В. Шульге"],
        sender=["от Петровой Анны Сергеевны", "адрес: ул. Мира, д. 5, кв. 7", "тел. +7 912 345-67-89"],
        heading="О благоустройстве двора по ул. Мира, 5",
        salutation="Уважаемый Олег Викторович!",
        body=[Paragraph("Жители дома давно хотят обустроить детскую площадку. " * 10)] * body_paragraphs
        + [Paragraph(TRICKY)],
        request=["Прошу рассмотреть возможность установки детской площадки."],
        attachments=["фотографии двора на 2 л. в 1 экз."],
        date_text="05.05.2026",
        signature=Signature("", "А.С. Петрова"),
        executor=Executor("Иванова Мария Петровна", "+7 912 000-00-00"),
        after_signature=[
            Table(
                ["№", "ФИО", "Адрес", "Подпись"],
                [["1", "Гусь Анна Павловна", "ул. Мира, 5", ""]],
                [1, 6, 6, 3],
            )
        ],
    )


def pdf_text(data: bytes) -> str:
    """The PDF's text with line wraps and runs of spaces collapsed to single spaces."""
    if shutil.which("pdftotext"):
        raw = subprocess.run(
            ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
    else:
        raw = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(raw.split())


def test_pdf_holds_every_part_and_special_characters_literally():
    text = pdf_text(render_pdf(make_letter()))
    for expected in (
        "Главе администрации Центрального района",
        "О.В. Шульге",
        "от Петровой Анны Сергеевны",
        "ОБРАЩЕНИЕ",
        "Уважаемый Олег Викторович!",
        "Прошу рассмотреть",
        "Приложение: фотографии двора на 2 л. в 1 экз.",
        "А.С. Петрова",
        "Иванова Мария Петровна",
        "Гусь Анна Павловна",
        "<b>жирный</b>",
        '"Рога & Копыта"',
        "{{ ''.__class__ }}",
    ):
        assert expected in text, expected


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdf_embeds_every_font():
    data = render_pdf(make_letter())
    out = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True).stdout.decode()
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "Liberation" in row and " yes yes " in row, out


def top_margin_texts(data: bytes) -> list[str]:
    """What each page prints in its top margin (above 20 mm from the top edge)."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[str] = []
        limit = float(page.mediabox.height) - 20 * 72 / 25.4

        def visit(text, cm, tm, font, size, found=found, limit=limit):  # type: ignore[no-untyped-def]
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and y > limit:
                found.append(text.strip())

        page.extract_text(visitor_text=visit)
        out.append("".join(found))
    return out


def test_pdf_page_numbers_from_page_two():
    tops = top_margin_texts(render_pdf(make_letter(body_paragraphs=12)))
    assert len(tops) >= 2
    assert tops[0] == ""
    assert tops[1] == "2"


def test_batch_pdf_restarts_page_numbers_per_letter():
    tops = top_margin_texts(render_pdf([make_letter(body_paragraphs=12), make_letter(body_paragraphs=12)]))
    assert tops.count("2") == 2 and tops.count("") == 2


def test_docx_same_text_and_layout():
    data = render_docx(make_letter())
    text = docx_text(data)
    for expected in (
        "Главе администрации Центрального района",
        "от Петровой Анны Сергеевны",
        "ОБРАЩЕНИЕ",
        "Уважаемый Олег Викторович!",
        "Приложение: фотографии двора на 2 л. в 1 экз.",
        "А.С. Петрова",
        "Иванова Мария Петровна",
        TRICKY,
    ):
        assert expected in text, expected
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = z.read("word/document.xml").decode()
        headers = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
    assert "<w:titlePg/>" in document  # different first page: no number on page 1
    assert " PAGE " in headers
    assert 'w:left="1134"' in document  # 20 mm left margin (in twentieths of a point)
    assert 'w:yAlign="bottom"' in document  # executor mark framed at the bottom of the page
    assert 'w:firstLine="709"' in document  # 1.25 cm paragraph indent


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice not installed"
)
def test_docx_converts_in_libreoffice_with_the_same_text(tmp_path):
    letter = make_letter()
    src = tmp_path / "letter.docx"
    src.write_bytes(render_docx(letter))
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    converted = pdf_text((tmp_path / "letter.pdf").read_bytes())
    direct = pdf_text(render_pdf(letter))
    for line in (
        "Главе администрации Центрального района",
        "от Петровой Анны Сергеевны",
        "ОБРАЩЕНИЕ",
        "Уважаемый Олег Викторович!",
        "Приложение: фотографии двора на 2 л. в 1 экз.",
        "А.С. Петрова",
        "Иванова Мария Петровна",
        '"Рога & Копыта" <b>жирный</b>',
    ):
        assert line in converted and line in direct, line
