"""Documents made in one go for many people or initiatives: the consent forms of an initiative's members
and one letter per initiative (services.documents builds each; this module only loops and renders)."""

from __future__ import annotations

from cal_desktop.documents import context as dc
from cal_desktop.documents.letter import Letter
from cal_desktop.documents.render_docx import render_docx
from cal_desktop.documents.render_pdf import render_pdf
from cal_desktop.domain.clock import today
from cal_desktop.domain.vocab import DocumentFormat
from cal_desktop.errors import Cancelled, ValidationError
from cal_desktop.services import consent_withdrawn
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.document_context import _context, _members
from cal_desktop.services.document_types import CancelCheck, Progress
from cal_desktop.services.documents import _fmt, _letter, _template


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
        members = consent_withdrawn.without_withdrawn(s, members)  # issue 15.3: never those who withdrew
        if not members:
            raise ValidationError.single("initiative", "Инициатива", "все участники отозвали согласие")
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


