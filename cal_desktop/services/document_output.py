"""Documents as the command line makes them (issue 13): the 59-FZ check before output (or a draft
marked «ЧЕРНОВИК»), warnings about the personal-data operator, one letter per addressee, and a repeat
appeal for every overdue unanswered appeal. The rules are those of ``services.documents`` (the GUI's).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from cal_desktop.db.models import Appeal, Official
from cal_desktop.domain.clock import today
from cal_desktop.domain.deadlines import state as clock_state
from cal_desktop.domain.vocab import AppealState
from cal_desktop.errors import CalError, Cancelled, FieldError, ValidationError
from cal_desktop.services import documents
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings import get_settings

DRAFT_MARK = "ЧЕРНОВИК — не для отправки"
WATERMARK = "ЧЕРНОВИК"
PD_TEMPLATES = ("pd_consent", "pd_publication_consent")


class AppealIncomplete(ValidationError):
    """An appeal that lacks what 59-FZ art. 7 requires; ``problems`` are the missing items."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            [FieldError("appeal", "Обращение не отвечает ст. 7 59-ФЗ, не указано", "; ".join(problems))]
        )


@dataclass(frozen=True)
class Rendered:
    content: bytes
    filename: str  # the suggested name (what the document is, for whom, the date)
    warnings: list[str]
    draft: bool
    addressee: str = ""


def operator_warnings(ctx: ServiceContext, template_id: str) -> list[str]:
    """152-FZ art. 9: a consent must name the operator; warn before printing when the centre's legal
    entity or its address is not in the settings (the form would name no one)."""
    if template_id not in PD_TEMPLATES:
        return []
    st = get_settings(ctx)
    out = []
    if not st.organisation_name.strip():
        out.append("в согласии не указан оператор персональных данных — юридическое лицо центра "
                   "(Настройки → «Организация»; в командной строке centre.legal_name)")  # fmt: skip
    if not st.address.strip():
        out.append(
            "в согласии не указан адрес оператора (Настройки → «Адрес»; в командной строке centre.address)"
        )
    return out


def mark_draft(built: documents.BuiltLetter) -> documents.BuiltLetter:
    """The letter marked as a draft: «ЧЕРНОВИК» across every page and beside the number and date."""
    if built.letter is None:
        return built
    letter = replace(built.letter)
    letter.number_date = f"{DRAFT_MARK}. {letter.number_date}" if letter.number_date else DRAFT_MARK
    letter.document_title = f"ЧЕРНОВИК: {letter.document_title}"
    letter.watermark = WATERMARK
    return replace(built, letter=letter)


def for_output(
    built: documents.BuiltLetter, *, draft: bool, channel: str | None = None
) -> documents.BuiltLetter:
    """The letter as it may leave the program, printed or saved — the one rule of the command line
    (``--draft``) and the editor («Черновик»): an appeal that fails the 59-FZ check
    (``documents.appeal_problems``) raises AppealIncomplete unless ``draft``, which marks it."""
    problems = documents.appeal_problems(built, channel) if built.template.is_appeal else []
    if problems and not draft:
        raise AppealIncomplete(problems)
    return mark_draft(built) if draft else built


def marked_if_incomplete(ctx: ServiceContext, built: documents.BuiltLetter, fmt: str, content: bytes) -> bytes:
    """A stored draft of an appeal that fails the 59-FZ check carries the «ЧЕРНОВИК» mark, so that a
    printout from the case cannot pass for the letter; a complete one (or another document) is as it is."""
    if not built.template.is_appeal or built.letter is None or not documents.appeal_problems(built):
        return content
    return documents.render_built(ctx, mark_draft(built), fmt)


def save_draft(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    overrides: dict[str, Any] | None = None,
    fmt: str = "pdf",
    *,
    visitor_id: int | None = None,
) -> int:
    """Store the document with the case as a draft (no 59-FZ check: drafts may be incomplete; an
    incomplete appeal is stored marked «ЧЕРНОВИК»). Here, not in ``documents``, which this module builds on."""
    kind = documents._fmt(fmt)
    built, content = documents._rendered(
        ctx, kind, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id, None
    )
    content = marked_if_incomplete(ctx, built, kind.value, content)  # an incomplete appeal: «ЧЕРНОВИК»
    with ctx.db.session() as s:  # only the insert holds the write lock
        return documents._store(s, ctx, built, kind, content, draft=True, number=None, on=today())


def render_document(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_id: int | None = None,
    appeal_id: int | None = None,
    overrides: dict[str, Any] | None = None,
    fmt: str = "pdf",
    *,
    visitor_id: int | None = None,
    draft: bool = False,
    on: date | None = None,
) -> Rendered:
    """The document's bytes. An appeal that fails the 59-FZ check (``documents.appeal_problems``, the
    same function the editor uses) raises AppealIncomplete unless ``draft``, which marks it «ЧЕРНОВИК»."""
    built = documents.build_letter(
        ctx, template_id, initiative_id, official_id, appeal_id, overrides, visitor_id=visitor_id, on=on
    )
    shown = for_output(built, draft=draft)
    content = documents.render_built(ctx, shown, fmt)
    name = documents.suggested_filename(built, fmt, on=on)
    if draft:
        name = f"ЧЕРНОВИК_{name}"
    addressee = built.values.get("addressee_short_dat") or built.values.get("organisation_name") or ""
    return Rendered(content, name, operator_warnings(ctx, template_id), draft, addressee)


def render_per_addressee(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_ids: list[int],
    overrides: dict[str, Any] | None = None,
    fmt: str = "pdf",
    *,
    visitor_id: int | None = None,
    draft: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Rendered]:
    """One document per official (each declined for its addressee), with distinct file names. Every
    letter is built and checked before any is returned: one failing addressee stops the batch.
    ``progress(done, total)`` after each letter; ``cancel()`` true stops it (Cancelled)."""
    if len(set(official_ids)) != len(official_ids):
        raise ValidationError.single("official", "Адресаты", "одно должностное лицо указано дважды")
    out: list[Rendered] = []
    used: set[str] = set()
    overrides = common_overrides(overrides) if len(official_ids) > 1 else overrides
    for n, official_id in enumerate(official_ids):
        if cancel is not None and cancel():
            raise Cancelled("Подготовка писем отменена.")
        try:
            item = render_document(ctx, template_id, initiative_id, official_id, None, overrides, fmt,
                                   visitor_id=visitor_id, draft=draft)  # fmt: skip
        except ValidationError as exc:  # say which addressee's letter is incomplete
            raise ValidationError(
                [replace(e, label=f"Адресат №{official_id}. {e.label}") for e in exc.errors]
            ) from exc
        out.append(replace(item, filename=_distinct(item.filename, used)))  # two addressees, one surname
        if progress is not None:
            progress(n + 1, len(official_ids))
    return out


def _distinct(name: str, used: set[str]) -> str:
    """``name``, or «name_2.pdf», «name_3.pdf», … when a file of this batch already has it."""
    stem, dot, ext = name.rpartition(".")
    n = 2
    while name in used:
        name = f"{stem}_{n}{dot}{ext}"
        n += 1
    used.add(name)
    return name


def common_overrides(overrides: dict[str, Any] | None) -> dict[str, Any]:
    """The staff member's corrections that hold for every addressee: a declined form of one addressee
    must not stick to the others."""
    return {k: v for k, v in (overrides or {}).items() if not k.startswith(("addressee_", "organisation_"))}


def file_per_addressee(
    ctx: ServiceContext,
    template_id: str,
    initiative_id: int | None,
    official_ids: list[int],
    overrides: dict[str, Any] | None = None,
    fmt: str = "pdf",
    channel: str = "post",
    sent_date: date | None = None,
    *,
    visitor_id: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Rendered]:
    """One document per official, each declined and filed separately (an appeal enters the register
    each time). Every letter is checked first: when one lacks what 59-FZ requires, none is filed."""
    ids = list(dict.fromkeys(official_ids))
    if not ids:
        raise ValidationError.single("official", "Адресаты", "не выбрано ни одного")
    shared = common_overrides(overrides)
    for official_id in ids:  # the check of all before the first filing
        built = documents.build_letter(ctx, template_id, initiative_id, official_id, None, shared,
                                       visitor_id=visitor_id, on=sent_date)  # fmt: skip
        problems = documents.appeal_problems(built, channel) if built.template.is_appeal else []
        if problems:
            whom = built.values.get("addressee_short_dat") or f"№{official_id}"
            raise ValidationError.single("appeal", f"Письмо {whom}: не указано", "; ".join(problems))
    out: list[Rendered] = []
    for n, official_id in enumerate(ids):
        if cancel is not None and cancel():
            raise Cancelled(f"Остановлено: зарегистрировано {n} из {len(ids)}.")
        if progress is not None:
            progress(n, len(ids))
        document_id, _ = documents.file_document(ctx, template_id, initiative_id, official_id, None, shared, fmt,
                                                 channel, sent_date, visitor_id=visitor_id)  # fmt: skip
        stored = documents.get_document(ctx, document_id)
        out.append(Rendered(stored.content, stored.filename, [], False, stored.title))
    return out


# -------------------------------------------------------------------------- repeats to non-responders


@dataclass(frozen=True)
class RepeatMade:
    first_number: str
    first_due: date
    addressee: str
    filename: str = ""
    content: bytes = b""
    filed_number: str | None = None  # the repeat appeal's number when filed
    problem: str = ""  # why none was made for this appeal


def overdue_unanswered(
    ctx: ServiceContext, as_of: date
) -> list[tuple[int, str, date, int | None, int | None, str]]:
    """Appeals overdue and unanswered on ``as_of`` that have no repeat appeal yet: (id, number, due,
    initiative_id, official_id, channel)."""
    with ctx.db.read() as s:
        repeated = select(Appeal.previous_appeal_id).where(Appeal.previous_appeal_id.is_not(None))
        rows = s.execute(
            select(Appeal.id, Appeal.number, Appeal.due_date, Appeal.initiative_id, Appeal.official_id,
                   Appeal.channel, Appeal.answer_date)
            .where(Appeal.sent_date <= as_of, Appeal.due_date < as_of, Appeal.id.not_in(repeated))
            .order_by(Appeal.due_date, Appeal.number)
        ).all()  # fmt: skip
    return [
        (r.id, r.number, r.due_date, r.initiative_id, r.official_id, r.channel)
        for r in rows
        if clock_state(r.due_date, r.answer_date, as_of) is AppealState.OVERDUE
    ]


def _addressee_text(ctx: ServiceContext, appeal_id: int) -> str:
    with ctx.db.read() as s:
        a = s.get(Appeal, appeal_id)
        if a is None:
            return ""
        if a.official_id is not None:
            o = s.get(Official, a.official_id)
            return " ".join(x for x in (o.position if o else "", o.last_name if o else "") if x)
        return a.addressee_text or ""


def repeat_overdue(
    ctx: ServiceContext,
    as_of: date | None = None,
    fmt: str = "pdf",
    *,
    file: bool = False,
    appeal_ids: Collection[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[RepeatMade]:
    """A repeat appeal for every overdue unanswered appeal (none for answered or not yet due ones, none
    twice); with ``file`` each is filed in the register as a repeat of the first. An appeal whose repeat
    cannot be made (the 59-FZ check fails) is reported with the reason; the others are still made."""
    day = as_of or today()
    out: list[RepeatMade] = []
    used: set[str] = set()  # two overdue appeals to one official: two files, not one overwritten
    rows = overdue_unanswered(ctx, day)
    if appeal_ids is not None:  # the register's selection (its current filter)
        wanted = set(appeal_ids)
        rows = [r for r in rows if r[0] in wanted]
    for n, (appeal_id, number, due, initiative_id, official_id, channel) in enumerate(rows):
        if cancel is not None and cancel():
            raise Cancelled(f"Остановлено: подготовлено {len(out)} из {len(rows)}.")
        if progress is not None:
            progress(n, len(rows))
        addressee = _addressee_text(ctx, appeal_id)
        overrides = None if official_id is not None else {"organisation_name": addressee}
        try:
            made = render_document(
                ctx, "repeat_appeal", initiative_id, official_id, appeal_id, overrides, fmt, on=day
            )
            content, filed, name = made.content, None, made.filename
            if file:  # the filed copy carries its outgoing number: that is the one to send
                document_id, new_id = documents.file_document(ctx, "repeat_appeal", initiative_id, official_id,
                                                              appeal_id, overrides, fmt, channel, day)  # fmt: skip
                filed = _number(ctx, new_id)
                stored = documents.get_document(ctx, document_id)
                content, name = stored.content, stored.filename
            out.append(RepeatMade(number, due, addressee, _distinct(name, used), content, filed))
        except CalError as exc:
            out.append(RepeatMade(number, due, addressee, problem=str(exc)))
    return out


def _number(ctx: ServiceContext, appeal_id: int | None) -> str | None:
    if appeal_id is None:
        return None
    with ctx.db.read() as s:
        a = s.get(Appeal, appeal_id)
        return a.number if a else None


__all__ = [
    "DRAFT_MARK",
    "AppealIncomplete",
    "Rendered",
    "RepeatMade",
    "operator_warnings",
    "overdue_unanswered",
    "render_document",
    "common_overrides",
    "file_per_addressee",
    "render_per_addressee",
    "repeat_overdue",
]
