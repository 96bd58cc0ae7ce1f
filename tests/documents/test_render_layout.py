"""Layout details both renderers share (issue 13.8): non-breaking spaces, signature rows at least 10 mm
high and numbered, table rows that never split in DOCX, table XML in schema order (Word is strict)."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from cal_desktop.documents.docx_xml import SEQUENCES
from cal_desktop.documents.letter import NBSP, Executor, Letter, Paragraph, Signature, Table, typographic
from cal_desktop.documents.render_docx import render_docx
from cal_desktop.documents.render_pdf import register_fonts, story


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()  # story() lays text out in the registered Liberation Serif


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TYPOGRAPHY = [
    ("адрес: г. Пермь, ул. Мира, д. 5, кв. 7", "адрес: г.~Пермь, ул.~Мира, д.~5, кв.~7"),
    ("письмо от 12.03.2025 № 15", "письмо от 12.03.2025 №~15"),
    ("____________ А.С. Петрова", "____________ А.С.~Петрова"),
    ("Главе района О. В. Шульге", "Главе района О.~В.~Шульге"),
    ("Список: Петрова А.С., Гусь А. П.", "Список: Петрова~А.С., Гусь~А.~П."),
    ("с 2019 г. во дворе", "с 2019~г. во дворе"),
    ("на 2025–2026 гг. работы", "на 2025–2026~гг. работы"),
    ("дом сдан в 1975 г. г. Пермь", "дом сдан в 1975~г. г.~Пермь"),
    ("Приложение: на 2 л. в 1 экз.", "Приложение: на 2 л. в 1 экз."),  # nothing to join here
]


@pytest.mark.parametrize(("text", "expected"), TYPOGRAPHY)
def test_non_breaking_spaces_where_russian_typography_needs_them(text, expected):
    assert typographic(text) == expected.replace("~", NBSP)


def _letter(rows: int = 3) -> Letter:
    return Letter(
        title="ПОДПИСНОЙ ЛИСТ",
        addressee=["Главе администрации", "О.В. Шульге"],
        body=[
            Paragraph("Жители дома № 5 по ул. Мира в 2026 г. просят установить площадку."),
            Table(
                ["№", "Фамилия, имя, отчество", "Адрес", "Подпись"],
                [["", "Петрова Анна Сергеевна", "", ""]] + [["", "", "", ""]] * (rows - 1),
                [1, 6, 6, 3],
                title="Подписи",
            ),  # fmt: skip
            Table(["Источник", "Сумма"], [["Бюджет", "100"]], [3, 1]),
        ],
        date_text="02.12.2026",
        signature=Signature("Представитель", "А.С. Петрова"),
    )


def _docx_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))


def test_docx_prints_the_non_breaking_spaces():
    root = _docx_xml(render_docx(_letter()))
    text = "".join(t.text or "" for t in root.iter(f"{W}t"))
    for expected in ("№\u00a05", "ул.\u00a0Мира", "2026\u00a0г.", "О.В.\u00a0Шульге", "А.С.\u00a0Петрова"):
        assert expected in text


def test_pdf_never_breaks_a_line_after_an_abbreviation_or_initials():
    phrase = "жители дома № 5 по ул. Мира, г. Пермь, с 2019 г. и А.С. Петрова, Гусь А.П. "
    letter = Letter(body=[Paragraph(phrase * 12)])
    (para,) = [f for f in story(letter, 120 * mm) if isinstance(f, RLParagraph)]
    para.wrap(120 * mm, 1000 * mm)
    lines = [words for _, words in para.blPara.lines]
    assert len(lines) > 10
    for words in lines:
        assert words[-1] not in ("№", "ул.", "г.", "д.", "А.С.", "Гусь", "2019")
        assert words[0] not in ("5", "Мира,", "Пермь,", "Петрова,", "А.П.")


def test_signature_rows_are_numbered_and_at_least_10_mm_high_in_pdf():
    flow = story(_letter(rows=5), 180 * mm)
    tables = [f for f in flow if isinstance(f, RLTable) and len(f._cellvalues[0]) == 4]
    assert len(tables) == 1
    t = tables[0]
    t.wrap(180 * mm, 1000 * mm)
    heights = t._rowHeights
    assert all(h >= 10 * mm - 0.01 for h in heights[1:])
    assert heights[0] < 10 * mm  # the header row is as high as its text
    numbers = [row[0][0].text if isinstance(row[0], tuple) else row[0].text for row in t._cellvalues[1:]]
    assert numbers == ["1", "2", "3", "4", "5"]
    other = [f for f in flow if isinstance(f, RLTable) and len(f._cellvalues[0]) == 2]
    other[0].wrap(180 * mm, 1000 * mm)
    assert max(other[0]._rowHeights) < 10 * mm  # an ordinary table keeps compact rows


def test_docx_rows_never_split_and_signature_rows_are_10_mm():
    root = _docx_xml(render_docx(_letter(rows=4)))
    tables = root.findall(f".//{W}tbl")
    assert len(tables) == 3  # signatures, the other table, the signature line
    for tbl in tables:
        for tr in tbl.findall(f"{W}tr"):
            assert tr.find(f"{W}trPr/{W}cantSplit") is not None
    sign_rows = tables[0].findall(f"{W}tr")
    assert sign_rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    for tr in sign_rows[1:]:
        height = tr.find(f"{W}trPr/{W}trHeight")
        assert height.get(f"{W}hRule") == "atLeast" and int(height.get(f"{W}val")) >= 567  # 10 mm in twips
    numbers = ["".join(t.text for t in tr.find(f"{W}tc").iter(f"{W}t")) for tr in sign_rows[1:]]
    assert numbers == ["1", "2", "3", "4"]


def _check_order(el: etree._Element, problems: list[str]) -> None:
    name = "w:" + etree.QName(el).localname
    if name in SEQUENCES:
        order = SEQUENCES[name]
        ranks = [
            order.index("w:" + etree.QName(c).localname)
            for c in el
            if "w:" + etree.QName(c).localname in order
        ]
        if ranks != sorted(ranks):
            problems.append(f"{name}: {[etree.QName(c).localname for c in el]}")
    if name == "w:tbl":
        kids = [etree.QName(c).localname for c in el]
        if kids[:2] != ["tblPr", "tblGrid"] or set(kids[2:]) - {"tr"}:
            problems.append(f"w:tbl: {kids}")
    if name == "w:tr":
        kids = [etree.QName(c).localname for c in el if etree.QName(c).localname != "tblPrEx"]
        if "trPr" in kids and kids[0] != "trPr":
            problems.append(f"w:tr: {kids}")
    if name == "w:tc":
        kids = [etree.QName(c).localname for c in el]
        if "tcPr" in kids and kids[0] != "tcPr":
            problems.append(f"w:tc: {kids}")
    for child in el:
        _check_order(child, problems)


def test_docx_property_elements_are_in_schema_order():
    letter = _letter()
    letter.executor = Executor("Иванова М.П.", "+7 900 000-00-00")
    problems: list[str] = []
    _check_order(_docx_xml(render_docx([letter, _letter()])), problems)  # a batch: one section each
    assert not problems, "\n".join(problems)
