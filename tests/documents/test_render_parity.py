"""The same pages in PDF and DOCX (issue 13.9): each built-in template's DOCX, laid out by LibreOffice,
has the same number of pages and the same words on each page as the program's own PDF."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from docdata import make_case

from cal_desktop.db.models import Initiative, Official
from cal_desktop.documents.letter import Executor, Letter, Paragraph, Signature, Table
from cal_desktop.documents.render_docx import render_docx
from cal_desktop.documents.render_pdf import render_pdf
from cal_desktop.services import documents

pytestmark = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice and poppler needed"
)


def page_words(pdf: Path) -> list[Counter[str]]:
    """The words of each page (a multiset: the two files may order the blocks of a page differently)."""
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    pages = raw.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [Counter(page.split()) for page in pages]


def docx_to_pdf(files: list[Path], tmp: Path) -> None:
    """LibreOffice's own layout of the DOCX files (one run for all: it starts slowly)."""
    profile = (tmp / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp / "lo"), *map(str, files)],
        capture_output=True, check=True, timeout=300,
    )  # fmt: skip


LONG_STORY = (
    "Во дворе дома № 5 по ул. Мира (г. Пермь, микрорайон Южный) с 2019 г. нет ни одной детской "
    "площадки, хотя в доме живут 48 семей с детьми дошкольного и школьного возраста. Дети играют на "
    "проезжей части и у мусорных контейнеров; в 2025 г. во дворе дважды едва не случились наезды. "
    "Жители северо-западной части квартала обращались в управляющую компанию (письмо от 12.03.2025 "
    "№ 15-ж), но получили ответ, что работы не предусмотрены планом на 2025–2026 гг. "
) * 4


def _big_case(db):  # type: ignore[no-untyped-def]
    """A long initiative with 24 supporters, sent to a dash-joined position: several pages."""
    case = make_case(db, extra_members=24)
    with db.session() as s:
        ini = s.get(Initiative, case.initiative_id)
        ini.description = LONG_STORY
        official = Official(
            organisation_id=case.organisation_id,
            position="Заместитель главы администрации города — начальник управления ЖКХ",
            last_name="Кузнец",
            first_name="Андрей",
            middle_name="Петрович",
            search_text="кузнец",
        )
        s.add(official)
        s.flush()
        case.officials["kuznets"] = official.id
    return case, "kuznets"


@pytest.mark.parametrize("scenario", ["short", "long"])
def test_every_builtin_template_has_the_same_pages_in_pdf_and_docx(ctx, db, tmp_path, scenario):
    case, official = (make_case(db), "shulga") if scenario == "short" else _big_case(db)
    ids = [t.id for t in documents.templates(ctx)]
    assert "collective_appeal" in ids and "pd_consent" in ids
    docx_files = []
    for tid in ids:
        for fmt in ("pdf", "docx"):
            data = documents.render(ctx, tid, case.initiative_id, case.officials[official], fmt=fmt)
            (tmp_path / f"{tid}.{fmt}").write_bytes(data)
        docx_files.append(tmp_path / f"{tid}.docx")
    docx_to_pdf(docx_files, tmp_path)
    problems = []
    pages = {}
    for tid in ids:
        ours = page_words(tmp_path / f"{tid}.pdf")
        office = page_words(tmp_path / "lo" / f"{tid}.pdf")
        pages[tid] = len(ours)
        if len(ours) != len(office):
            problems.append(f"{tid}: {len(ours)} pages as PDF, {len(office)} as DOCX")
            continue
        for n, (a, b) in enumerate(zip(ours, office, strict=True), 1):
            if a != b:
                problems.append(f"{tid} page {n}: only in PDF {dict(a - b)}, only in DOCX {dict(b - a)}")
    assert not problems, "\n".join(problems)
    if scenario == "long":  # the comparison covered page breaks inside text and tables
        assert pages["collective_appeal"] >= 2 and pages["signature_sheet"] >= 2


def _letter_of(lines: int, tables: bool) -> Letter:
    body: list = [Paragraph(f"Строка номер {i} по ул. Мира, д. {i}.", "plain") for i in range(lines)]
    if tables:
        rows = [["", f"Гусь-Петрова Анна {k}", "ул. Мира, 5", ""] for k in range(6)]
        body += [
            Table(["№", "ФИО", "Адрес", "Подпись"], rows, [1, 6, 6, 3], title="Подписи заявителей"),
            Table(
                ["Источник", "Сумма"], [["Бюджет", "1"], ["Жители", "2"]], [3, 1], title="Софинансирование"
            ),
        ]
    return Letter(
        title="ПИСЬМО",
        addressee=["Главе района", "О.В. Шульге"],
        body=body,
        closing="С уважением,",
        date_text="02.12.2026",
        signature=Signature("Руководитель", "А.С. Петрова"),
        executor=Executor("Иванова Мария Петровна", "+7 900 000-00-00"),
    )


def test_pages_break_at_the_same_place_whatever_the_length(tmp_path):
    """Text, titled tables and the executor mark cross the page's foot at every offset: the DOCX
    breaks where the PDF does (a mark that does not fit goes to a new page in both)."""
    cases = [(n, False) for n in range(30, 38)] + [(n, True) for n in range(0, 45, 3)]
    files = []
    for n, tables in cases:
        letter = _letter_of(n, tables)
        (tmp_path / f"l{n}{tables}.pdf").write_bytes(render_pdf(letter))
        (tmp_path / f"l{n}{tables}.docx").write_bytes(render_docx(letter))
        files.append(tmp_path / f"l{n}{tables}.docx")
    docx_to_pdf(files, tmp_path)
    problems = []
    for n, tables in cases:
        ours = page_words(tmp_path / f"l{n}{tables}.pdf")
        office = page_words(tmp_path / "lo" / f"l{n}{tables}.pdf")
        if ours != office:
            problems.append(f"{n} lines, tables={tables}: {len(ours)} pages as PDF, {len(office)} as DOCX")
    assert not problems, "\n".join(problems)
