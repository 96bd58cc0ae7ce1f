"""Import from spreadsheets (DOMAIN.md A4): visitors, consultations, officials, initiatives, appeals.

An import is all-or-nothing. The file is read and every row parsed and validated first, against a read
snapshot and without the write lock, collecting every problem as (row number as the spreadsheet shows it,
column name in Russian, reason in Russian); any problem raises ``errors.ImportRejected`` and nothing is
written. Then the rows are written in short transactions (slices of about half a second, so that other
desks and processes get the write lock in between), each listed under an import run (``runs``): an
import stopped half way (cancelled, rejected by a late check, killed, a power cut) is undone, at once or
at the next start. A dry run does the writes in one transaction and rolls it back, so its counts are
exactly what the real import would do; it holds the write lock while it writes (a known cost: a desk
saving meanwhile waits, and after the busy timeout is told «База занята…» with its form kept).
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from cal_desktop.errors import CalError, ImportRejected, ServerConflict, ValidationError
from cal_desktop.services import audit
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.files import refuse_database_file
from cal_desktop.services.imports import runs
from cal_desktop.services.imports.base import DRY_RUN, CancelCheck, ImportResult, Problems, Progress, Ticker
from cal_desktop.services.tabular import Column, Table, read_table

__all__ = ["KINDS", "RULES", "ImportResult", "Preview", "columns_of", "import_file", "preview"]


class Importer(Protocol):
    kind: str
    columns: tuple[Column, ...]

    def parse(self, session: Session, ctx: ServiceContext, table: Table, problems: Problems) -> list[Any]: ...

    def write(
        self, session: Session, ctx: ServiceContext, parsed: list[Any], result: ImportResult, tick: Ticker
    ) -> None: ...


# Russian names of the kinds, as the CLI and the GUI show them.
KINDS = {
    "visitors": "Посетители",
    "consultations": "Консультации",
    "officials": "Должностные лица",
    "initiatives": "Инициативы",
    "appeals": "Журнал обращений",
    "events": "Мероприятия",
    "calls": "Конкурсы и гранты",
}

# How each kind matches what is already in the database: shown by the CLI's help and the GUI dialog.
RULES = {
    "visitors": "Повтор (то же ФИО и телефон или дата рождения) пропускается: файл можно загрузить снова. "
    "Незнакомые территории создаются.",
    "consultations": "«Посетитель» ищется по ФИО (и «Телефону посетителя», если есть однофамильцы); "
    "незнакомый человек создаётся как новый посетитель; пустой — анонимная консультация. Незнакомый "
    "«Сотрудник» создаётся как профиль сотрудника без пароля. Пустые канал, темы, результат: «очно», "
    "«другое», «консультация дана». Уже загруженная консультация (то же время, посетитель, канал, "
    "результат, описание) пропускается.",
    "officials": "Незнакомый «Орган» создаётся как орган власти (с «Адресом»); повтор (орган, должность, "
    "ФИО) пропускается. Нужна роль координатора.",
    "initiatives": "«Автор» должен уже быть в базе посетителей (загрузите их сначала); повтор (то же "
    "название и автор) пропускается. Пустая категория — «другое», пустой статус — «идея».",
    "appeals": "Номер, уже имеющийся в реестре, пропускается; «Инициатива» должна быть в базе; «Должность» "
    "и «Адресат» связываются с должностным лицом органа, если оно одно такое; срок ответа рассчитывается "
    "по правилу 59-ФЗ; пустой канал — «почта».",
    "events": "«Инициатива» должна быть в базе (несколько — через «;»); «Организатор» — логин или имя "
    "сотрудника, пустой — тот, кто загружает; «Участников» — число присутствовавших; пустой вид — «другое». "
    "Повтор (те же дата, время, вид, место и инициативы) пропускается.",
    "calls": "Пустой вид — «другое»; незнакомые территории создаются; повтор (то же название и окончание "
    "приёма) пропускается. Перед окончанием приёма появятся напоминания (за 14 и за 3 дня).",
}


def _importer(kind: str) -> Importer:
    if kind == "visitors":
        from cal_desktop.services.imports.people import VisitorImport

        return VisitorImport()
    if kind == "consultations":
        from cal_desktop.services.imports.consultations import ConsultationImport

        return ConsultationImport()
    if kind == "officials":
        from cal_desktop.services.imports.officials import OfficialImport

        return OfficialImport()
    if kind == "initiatives":
        from cal_desktop.services.imports.initiatives import InitiativeImport

        return InitiativeImport()
    if kind == "appeals":
        from cal_desktop.services.imports.appeals import AppealImport

        return AppealImport()
    if kind == "events":
        from cal_desktop.services.imports.events import EventImport

        return EventImport()
    if kind == "calls":  # funding calls (issue 21)
        from cal_desktop.services.imports.calls import CallImport

        return CallImport()
    raise CalError(f"Неизвестный вид загрузки «{kind}»: {', '.join(KINDS)}")


def columns_of(kind: str) -> tuple[Column, ...]:
    """The columns a file of this kind may have (DOMAIN A4), required ones flagged."""
    return _importer(kind).columns


@dataclass(frozen=True)
class Preview:
    """What the GUI shows before an import: recognised columns, the first rows as text with their
    row numbers as the spreadsheet shows them, and warnings (unknown columns)."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    warnings: list[str]


def preview(path: str | os.PathLike[str], kind: str, limit: int = 20) -> Preview:
    """The first ``limit`` rows of a file as the import reads them. Raises ImportRejected when required
    columns are missing, CalError when the file cannot be read."""
    from cal_desktop.services.tabular import cell_text

    spec = columns_of(kind)
    refuse_database_file(path)
    table = read_table(path, spec, limit=limit)
    codes = [c.code for c in spec if c.code in table.columns]
    labels = {c.code: c.label for c in spec}
    first = table.rows
    rows = [[cell_text(rec.get(code)) or "" for code in codes] for _, rec in first]
    return Preview([labels[c] for c in codes], rows, [n for n, _ in first], list(table.warnings))


class _DryRun(Exception):
    """Raised inside the unit of work to roll a dry run back."""


def import_file(
    ctx: ServiceContext,
    kind: str,
    path: str | os.PathLike[str],
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Import a CSV/XLSX file of ``kind`` (visitors, consultations, officials, initiatives, appeals).

    ``progress(done, total)`` is called as rows are written; ``cancel()`` returning True stops the job
    (``errors.Cancelled``) with nothing written. Raises ``ImportRejected`` listing every bad row.
    The file is parsed and checked against a read snapshot, without the write lock; the rows are then
    written in short slices that are undone if the import does not finish (``runs``).
    """
    importer = _importer(kind)
    refuse_database_file(path)
    table = read_table(path, importer.columns, cancel=cancel)
    result = ImportResult(kind=kind, rows=len(table.rows), dry_run=dry_run)
    if not table.rows:
        raise CalError("В файле нет ни одной строки с данными после строки заголовков.")
    tick = Ticker(len(table.rows), progress, cancel)
    tick.check()
    with ctx.db.read() as session:
        problems = Problems(importer.columns)
        parsed = importer.parse(session, ctx, table, problems)
    if problems:
        raise ImportRejected(problems.sorted())
    tick.check()
    result.warnings.extend(table.warnings)
    if dry_run:
        _dry_run(ctx, importer, parsed, result, tick)
    else:
        _write_in_slices(ctx, importer, parsed, result, tick)
    return result


def _write(
    importer: Importer,
    session: Session,
    ctx: ServiceContext,
    parsed: list[Any],
    result: ImportResult,
    tick: Ticker,
    offset: int = 0,
) -> None:
    """``parsed`` starts at the file's row ``offset`` (of those parsed): names the row a late check
    refuses."""
    try:
        importer.write(session, ctx, parsed, result, tick)
    except ValidationError as exc:  # a rule only the write could check: still all-or-nothing
        at = min(max(tick.done - offset, 0), len(parsed) - 1)
        row = getattr(parsed[at], "row", 0) if parsed else 0
        raise ImportRejected([(row, e.label, e.message) for e in exc.errors]) from exc


def _write_in_slices(
    ctx: ServiceContext, importer: Importer, parsed: list[Any], result: ImportResult, tick: Ticker
) -> None:
    run = runs.Run(ctx.db, importer.kind)
    try:
        sizes = runs.SliceSizer()
        start = 0
        while start < len(parsed):
            part = parsed[start : start + sizes.rows]
            _write_slice(run, sizes, importer, ctx, part, result, tick)
            start += len(part)
            tick.check()
        with run.finish() as session:
            audit.record(
                session,
                ctx,
                "import",
                importer.kind,
                None,
                created=result.created,
                skipped=result.skipped_duplicates,
            )
    except BaseException:
        run.undo()
        raise


SLICE_TRIES = 3  # a slice a database server cancelled (deadlock with another desk) is written again


def _write_slice(
    run: runs.Run,
    sizes: runs.SliceSizer,
    importer: Importer,
    ctx: ServiceContext,
    part: list[Any],
    result: ImportResult,
    tick: Ticker,
) -> None:
    """One slice; when the server cancels it (``ServerConflict``: rolled back, nothing written), the
    counts go back to where they were and the slice is written again, so the user never sees it."""
    for attempt in range(1, SLICE_TRIES + 1):
        counts, done = copy.deepcopy(vars(result)), tick.done
        try:
            with sizes.timed(), run.slice() as session:
                _write(importer, session, ctx, part, result, tick, offset=tick.done)
            return
        except ServerConflict:
            if attempt == SLICE_TRIES:
                raise
            vars(result).update(counts)
            tick.done = done


def _dry_run(
    ctx: ServiceContext, importer: Importer, parsed: list[Any], result: ImportResult, tick: Ticker
) -> None:
    """The real writes in one transaction, rolled back: the counts are exactly what the import would do."""
    try:
        with ctx.db.session() as session:
            session.info[DRY_RUN] = True  # an importer may count instead of writing what cannot fail
            _write(importer, session, ctx, parsed, result, tick)
            raise _DryRun
    except _DryRun:
        pass
