"""A letter's «Приложения» picked from the files of its initiative (issue 21.1).

The editor (or ``document render --set enclosure_ids=3,5``) puts the chosen files' ids in the field
``enclosure_ids``. ``services.documents`` calls two hooks: ``with_enclosure_lines`` while building the
letter (the GOST mark lists them after whatever staff typed in «Приложения»), and ``with_pages`` on the
PDF bytes (photos scaled to A4 with a caption, the pages of PDFs). The DOCX lists the same enclosures;
its files go with it as they are.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from sqlalchemy.orm import Session

from cal_desktop.documents import enclosures
from cal_desktop.documents.letter import Letter
from cal_desktop.errors import ValidationError
from cal_desktop.services import attachments

FIELD = "enclosure_ids"
LABEL = "Приложенные файлы"
_IDS = re.compile(r"^\s*\d+(\s*[,; ]\s*\d+)*\s*$")


def picked_ids(values: Mapping[str, str]) -> list[int]:
    """The ids in the field, in the order chosen, each once."""
    raw = (values.get(FIELD) or "").strip()
    if not raw:
        return []
    if not _IDS.match(raw):
        raise ValidationError.single(FIELD, LABEL, f"«{raw[:40]}»: нужны номера файлов через запятую")
    return list(dict.fromkeys(int(x) for x in re.findall(r"\d+", raw)))


def format_ids(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids)


def _files(
    session: Session, values: Mapping[str, str], initiative_id: int | None
) -> list[enclosures.EnclosureFile]:
    ids = picked_ids(values)
    if not ids:
        return []
    if initiative_id is None:
        raise ValidationError.single(FIELD, LABEL, "файлы прикладываются к письму по инициативе")
    infos = attachments.files_of(session, attachments.Owner(initiative_id=initiative_id), ids)
    return [
        enclosures.EnclosureFile(info.title, info.mime_type, attachments.content_in(session, info.id).content)
        for info in infos
    ]


def with_enclosure_lines(
    session: Session, letter: Letter, values: Mapping[str, str], initiative_id: int | None
) -> Letter:
    """The letter with the picked files added to its enclosure mark."""
    files = _files(session, values, initiative_id)
    if not files:
        return letter
    lines = [e.text for e in enclosures.group(files)]
    return dataclasses.replace(letter, attachments=[*letter.attachments, *lines])


def with_pages(
    session: Session, pdf: bytes, letter: Letter, values: Mapping[str, str], initiative_id: int | None
) -> bytes:
    """The letter's PDF with the pages of its picked files appended."""
    files = _files(session, values, initiative_id)
    if not files:
        return pdf
    grouped = enclosures.group(files)
    items = [a for a in letter.attachments if a and a.strip()]
    first = len(items) - len(grouped) + 1  # the picked files come after the typed enclosures
    return enclosures.append_pages(pdf, grouped, first if len(items) > 1 else None)
