"""Every built-in template, rendered as PDF and as DOCX, for authors whose names are hard to decline and
to an official whose position is joined by a dash (issue 13, acceptance): an «оглы» patronymic, a
double-barrelled surname, women's first names ending in a consonant and «-ь». The forms expected are
written here by hand from the rules of DOMAIN B5 (and the project's rule that the «… оглы» part stays as
it is), not taken from the program's output."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass

import pytest
from docdata import make_case
from pypdf import PdfReader

from cal_desktop.db.models import Official
from cal_desktop.documents.render_docx import docx_text
from cal_desktop.services import documents


@dataclass(frozen=True)
class Author:
    parts: tuple[str, str, str, str]  # last, first, middle, gender
    nom: str
    gen: str
    dat: str
    acc: str
    short: str
    wrong: tuple[str, ...]  # forms a careless declension would print


AUTHORS = [
    Author(
        ("Мамедов", "Эльдар", "Рашид оглы", "m"),
        nom="Мамедов Эльдар Рашид оглы",
        gen="Мамедова Эльдара Рашид оглы",
        dat="Мамедову Эльдару Рашид оглы",
        acc="Мамедова Эльдара Рашид оглы",
        short="Э.Р. Мамедов",
        wrong=("Рашида оглы", "Рашиду оглы", "оглы оглы", "Мамедовы"),
    ),
    Author(
        ("Петрова-Водкина", "Ассоль", "Ивановна", "f"),
        nom="Петрова-Водкина Ассоль Ивановна",
        gen="Петровой-Водкиной Ассоли Ивановны",
        dat="Петровой-Водкиной Ассоли Ивановне",
        acc="Петрову-Водкину Ассоль Ивановну",
        short="А.И. Петрова-Водкина",
        wrong=("Петрова-Водкиной", "Петровой-Водкина ", "Ассоли Ивановну", "Ассолю", "Ассоль Ивановны"),
    ),
    Author(
        ("Петрова-Водкина", "Любовь", "Сергеевна", "f"),
        nom="Петрова-Водкина Любовь Сергеевна",
        gen="Петровой-Водкиной Любови Сергеевны",
        dat="Петровой-Водкиной Любови Сергеевне",
        acc="Петрову-Водкину Любовь Сергеевну",
        short="Л.С. Петрова-Водкина",
        wrong=("Петрова-Водкиной", "Любви", "Любовью Сергеевну", "Любови Сергеевну", "Любовь Сергеевны"),
    ),
]

POSITION = "Заместитель главы администрации города — начальник управления ЖКХ"
ADDRESSEE = ["Заместителю главы администрации города — начальнику управления ЖКХ", "А.П. Кузнецу"]
SALUTATION = "Уважаемый Андрей Петрович!"
# what a reader would notice in the addressee: a part left in the nominative, a fleeting vowel dropped
ADDRESSEE_WRONG = ("— начальник управления", "Заместитель главы", "Кузнцу", "Кузнецуу", "А.П. Кузнец ")

# template -> (the author's forms that must be there, whether the letter is addressed to the official)
EXPECTED: dict[str, tuple[tuple[str, ...], bool]] = {
    "appeal": (("от {gen}", "{short}"), True),
    "collective_appeal": (("представитель: {nom}", "представителю заявителей {dat} по адресу", "{short}"), True),
    "info_request": ((), True),  # the centre writes it: no author
    "initiative_project": (("в лице представителя {gen}", "представитель — {nom}", "{short}"), True),
    "meeting_minutes": (
        ("Председатель собрания: {nom}.", "{nom} — об инициативе",
         "Избрать представителем инициативной группы {acc}.", "{short}"),
        False,
    ),  # fmt: skip
    "signature_sheet": (("{nom}", "Подписи собрал(а)", "{short}"), False),
    "pd_consent": (("Я, {nom},", "{short}"), False),
    "pd_publication_consent": (("Я, {nom},", "{short}"), False),
    "press_release": ((), False),  # no consent to publication: the group, not the author, is named
    "repeat_appeal": (("от {gen}", "{short}"), True),
}


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _flat(text: str) -> str:
    """Whitespace as one space (the PDF wraps lines; the typography's non-breaking spaces too)."""
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("author", AUTHORS, ids=lambda a: a.parts[1])
def test_every_builtin_template_declines_hard_names_right(ctx, db, author):
    case = make_case(db, author=author.parts)
    with db.session() as s:
        kuznets = Official(organisation_id=case.organisation_id, position=POSITION, last_name="Кузнец",
                           first_name="Андрей", middle_name="Петрович", search_text="кузнец")  # fmt: skip
        s.add(kuznets)
        s.flush()
        official_id = kuznets.id
    ids = [t.id for t in documents.templates(ctx)]
    assert set(ids) == set(EXPECTED)  # a new built-in template needs its expectations here
    problems: list[str] = []
    for tid in ids:
        wanted, addressed = EXPECTED[tid]
        for fmt in ("pdf", "docx"):
            data = documents.render(ctx, tid, case.initiative_id, official_id, fmt=fmt)
            text = _flat(_pdf_text(data) if fmt == "pdf" else docx_text(data))
            must = [w.format(**author.__dict__) for w in wanted]
            if addressed:  # the project is a form: addressed, with no salutation
                must += [*ADDRESSEE, *([SALUTATION] if tid != "initiative_project" else [])]
            problems += [f"{tid}.{fmt}: no «{m}»" for m in must if m not in text]
            problems += [f"{tid}.{fmt}: «{w}»" for w in (*author.wrong, *ADDRESSEE_WRONG) if w in text]
            if tid == "press_release":
                problems += [f"{tid}.{fmt}: names the author" for n in (author.nom, author.short) if n in text]
    assert not problems, "\n".join(problems)
