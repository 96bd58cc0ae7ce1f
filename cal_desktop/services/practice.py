"""The network's practice library (issue 18, point 4): ``export practice`` and ``import practice``.

A practice package (format ``cal-desktop.practice``, version 1) holds the centre's finished
initiatives (status «реализована»): category, territory kind, the path of statuses with the days spent
in each, the kinds of the authorities written to, the anonymised result, and the anonymised text of
every letter that led to a positive answer. No title, no address, no names: the texts go through
``domain.anonymise`` with the name parts of every person the database knows (visitors, officials,
staff, the centre's head), so a declined «Ивановой» is caught as well as regular patterns.

Other centres' packages are loaded into ``practice_cases``/``practice_letters``: read-only, each case
once (``content_hash`` over its content, so the same file loaded twice, or two centres' files sharing
a case, add it once). The document editor and the initiative card read them through
``services/practice_library.py``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop import __version__
from cal_desktop.db.models import (
    Appeal,
    Document,
    Initiative,
    InitiativeStatusChange,
    Official,
    Organisation,
    PracticeCase,
    PracticeLetter,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.domain import clock
from cal_desktop.domain.anonymise import anonymise, authority_kind, name_stems
from cal_desktop.domain.hostile import control_problem
from cal_desktop.domain.text import normalize
from cal_desktop.domain.vocab import AnswerOutcome, AuthorityKind, Category, InitiativeStatus, Role
from cal_desktop.errors import CalError, ValidationError
from cal_desktop.services import audit, files
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings import _get_settings, centre_id, stored_centre_id

log = logging.getLogger(__name__)
FORMAT = "cal-desktop.practice"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT = 20_000
LETTER_FIELDS = ("substance", "request_text")  # what the staff wrote: the letter without its heading


@dataclass(frozen=True)
class ImportResult:
    files: int
    added: int
    skipped: int  # already in the library
    warnings: list[str] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        return [
            f"Файлов: {self.files}; добавлено практик: {self.added}; уже были в библиотеке: {self.skipped}",
            *self.warnings,
        ]


# ------------------------------------------------------------------------------------------- export


def export_practice(ctx: ServiceContext, path: str | os.PathLike[str]) -> int:
    """Write the practice package of this centre to ``path`` (.json); returns the number of cases."""
    target = Path(path)
    if target.suffix.lower() != ".json":
        raise ValidationError.single("path", "Файл", "нужен файл .json")
    files.refuse_database_file(target)
    centre_id(ctx)  # made once, before the read: the package carries it
    with ctx.db.read() as s:
        stems = _known_names(s)
        cases = [_case(s, ctx, i, stems) for i in _done_initiatives(s)]
        settings = _get_settings(s)
        package = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "program": f"CAL Desktop {__version__}",
            "generated_at": clock.utcnow().replace(microsecond=0).isoformat() + "Z",
            "centre": {"id": stored_centre_id(s), "name": settings.centre_name},
            "cases": cases,
        }
    payload = json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")
    files.write_atomic(target, lambda tmp: tmp.write_bytes(payload))
    with ctx.db.session() as s:
        audit.record(s, ctx, "export", "practice", None, rows=len(cases))
    return len(cases)


def _known_names(s: Session) -> frozenset[str]:
    parts: list[str | None] = []
    for model in (Visitor, Official, Staff):
        rows = s.execute(select(model.last_name, model.first_name, model.middle_name).distinct())
        for row in rows:
            parts.extend(row)
    settings = _get_settings(s)
    parts.append(settings.head_name)  # the centre's head signs the letters
    return name_stems(parts)


def _done_initiatives(s: Session) -> Sequence[Initiative]:
    return s.scalars(
        select(Initiative).where(Initiative.status == InitiativeStatus.DONE.value).order_by(Initiative.id)
    ).all()


def _path(changes: Sequence[InitiativeStatusChange]) -> list[dict[str, Any]]:
    """Each status the initiative went through and the days it stayed (the last, «реализована», 0)."""
    out: list[dict[str, Any]] = []
    for n, change in enumerate(changes):
        nxt = changes[n + 1].changed_on if n + 1 < len(changes) else change.changed_on
        out.append({"status": change.to_status, "days": max((nxt - change.changed_on).days, 0)})
    return out


def _case(s: Session, ctx: ServiceContext, initiative: Initiative, stems: frozenset[str]) -> dict[str, Any]:
    changes = list(initiative.status_changes)
    total = (changes[-1].changed_on - changes[0].changed_on).days if changes else None
    territory_kind = initiative.territory.kind if initiative.territory is not None else None
    appeals = s.scalars(
        select(Appeal).where(Appeal.initiative_id == initiative.id).order_by(Appeal.sent_date)
    )
    kinds: list[str] = []
    letters: list[dict[str, Any]] = []
    today = clock.today()
    for appeal in appeals:
        kind = authority_kind(_organisation_name(s, appeal)).value
        if kind not in kinds:
            kinds.append(kind)
        if appeal.answer_outcome != AnswerOutcome.POSITIVE.value:
            continue
        template_id, text = _letter_text(s, ctx, appeal)
        if text.strip():
            letters.append({"template_id": template_id, "appeal_kind": appeal.kind, "authority_kind": kind,
                            "text": anonymise(text, stems, today)})  # fmt: skip
    return {
        "category": initiative.category,
        "territory_kind": territory_kind,
        "path": _path(changes),
        "total_days": total,
        "authority_kinds": kinds,
        "summary": anonymise(initiative.result_summary or "", stems, today) or None,
        "letters": letters,
    }


def _organisation_name(s: Session, appeal: Appeal) -> str | None:
    org_id = appeal.organisation_id
    if org_id is None and appeal.official_id is not None:
        org_id = s.scalar(select(Official.organisation_id).where(Official.id == appeal.official_id))
    return s.scalar(select(Organisation.name).where(Organisation.id == org_id)) if org_id else None


def _letter_text(s: Session, ctx: ServiceContext, appeal: Appeal) -> tuple[str | None, str]:
    """The letter's own words: the stored document's text fields, else the letter the template makes."""
    if appeal.document_id is not None:
        doc = s.get(Document, appeal.document_id)
        if doc is not None and doc.context_json:
            values = json.loads(doc.context_json).get("values", {})
            return doc.template_id, _join(values)
    template_id = _template_for(appeal.kind)
    if template_id is None:
        return None, ""
    from cal_desktop.services import documents  # the letter builder is heavy: only when needed

    try:
        built = documents._build(s, ctx, template_id, appeal.initiative_id, appeal.official_id, appeal.id,
                                 None, None, appeal.sent_date)  # fmt: skip
    except CalError:  # the template refuses this case today (e.g. a repeat appeal's waiting time)
        log.info("practice: no letter text for appeal %s (template %s)", appeal.id, template_id)
        return template_id, ""
    return template_id, _join(built.values)


def _join(values: dict[str, Any]) -> str:
    return "\n\n".join(str(values[k]).strip() for k in LETTER_FIELDS if str(values.get(k) or "").strip())


def _template_for(appeal_kind: str | None) -> str | None:
    from cal_desktop.documents.templating import builtin_templates

    for template in builtin_templates().values():
        if appeal_kind and template.appeal_kind == appeal_kind:
            return template.id
    return None


# ------------------------------------------------------------------------------------------- import


def import_practice(ctx: ServiceContext, paths: Sequence[str | os.PathLike[str]]) -> ImportResult:
    """Load other centres' practice packages into the library; a case already there is skipped."""
    ctx.require(Role.COORDINATOR)
    packages = [(Path(p), _read_package(Path(p))) for p in paths]  # every file checked before any write
    added = skipped = 0
    warnings: list[str] = []
    with ctx.db.session() as s:
        known = set(s.scalars(select(PracticeCase.content_hash)))
        for path, package in packages:
            centre = package.get("centre") or {}
            for n, raw in enumerate(package["cases"], 1):
                try:
                    case = _clean_case(raw)
                except ValueError as exc:
                    warnings.append(f"{path.name}, практика {n}: пропущена — {exc}")
                    continue
                digest = content_hash(case)
                if digest in known:
                    skipped += 1
                    continue
                known.add(digest)
                s.add(_row(case, digest, centre))
                added += 1
        audit.record(s, ctx, "import", "practice", None, rows=added, skipped=skipped)
    return ImportResult(len(packages), added, skipped, warnings)


def _read_package(path: Path) -> dict[str, Any]:
    files.refuse_database_file(path)

    def bad(reason: str) -> ValidationError:
        return ValidationError.single("path", f"Файл «{path.name}»", reason)

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise bad("больше 20 МБ — это не пакет практик")
        package = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise bad("не найден") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise bad(f"не читается как JSON ({exc.__class__.__name__})") from None
    if not isinstance(package, dict) or package.get("format") != FORMAT:
        raise bad("это не пакет практик CAL Desktop (export practice)")
    if package.get("format_version") != FORMAT_VERSION:
        raise bad(f"версия пакета {package.get('format_version')} не поддерживается")
    if not isinstance(package.get("cases"), list):
        raise bad("в пакете нет списка практик")
    return package


def _text(value: Any, limit: int = MAX_TEXT) -> str:
    text = "" if value is None else str(value)
    if control_problem(text, long_text=True):
        text = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    return text[:limit].strip()


def _clean_case(raw: Any) -> dict[str, Any]:
    """The case with only known fields, checked; ``ValueError`` names what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("не объект")
    category = Category(str(raw.get("category")))  # ValueError for an unknown one
    path = [{"status": InitiativeStatus(str(p.get("status"))).value, "days": max(int(p.get("days") or 0), 0)}
            for p in raw.get("path") or [] if isinstance(p, dict)]  # fmt: skip
    kinds = [AuthorityKind(str(k)).value for k in raw.get("authority_kinds") or []]
    letters = []
    for letter in raw.get("letters") or []:
        if isinstance(letter, dict) and _text(letter.get("text")):
            kind = letter.get("authority_kind")
            letters.append({
                "template_id": _text(letter.get("template_id"), 100) or None,
                "appeal_kind": _text(letter.get("appeal_kind"), 32) or None,
                "authority_kind": AuthorityKind(str(kind)).value if kind else None,
                "text": _text(letter.get("text")),
            })  # fmt: skip
    total = raw.get("total_days")
    return {
        "category": category.value,
        "territory_kind": _text(raw.get("territory_kind"), 32) or None,
        "path": path,
        "total_days": int(total) if total is not None else None,
        "authority_kinds": kinds,
        "summary": _text(raw.get("summary")) or None,
        "letters": letters,
    }


def content_hash(case: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(case, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _row(case: dict[str, Any], digest: str, centre: Any) -> PracticeCase:
    centre = centre if isinstance(centre, dict) else {}
    row = PracticeCase(
        content_hash=digest,
        centre_id=_text(centre.get("id"), 64) or None,
        centre_name=_text(centre.get("name"), 300) or "центр без названия",
        category=case["category"],
        territory_kind=case["territory_kind"],
        path_json=json.dumps(case["path"], ensure_ascii=False),
        authority_kinds=",".join(case["authority_kinds"]),
        total_days=case["total_days"],
        summary=case["summary"],
    )
    row.letters = [
        PracticeLetter(
            template_id=x["template_id"],
            appeal_kind=x["appeal_kind"],
            authority_kind=x["authority_kind"],
            text=x["text"],
            search_text=normalize(x["text"]),
        )  # fmt: skip
        for x in case["letters"]
    ]
    return row


def territory_kind_of(s: Session, territory_id: int | None) -> str | None:
    return s.scalar(select(Territory.kind).where(Territory.id == territory_id)) if territory_id else None


__all__ = ["FORMAT", "ImportResult", "content_hash", "export_practice", "import_practice", "date"]
