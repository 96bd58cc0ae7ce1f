"""Reports for coordinators (issue 7, DOMAIN A3): figures, comparisons, drill-down, exports, merge.

Only coordinators and administrators may build or export reports (issue 8). The figures are computed by
the database (``reports.figures``); a report carries the period's figures, the previous period's and the
same period a year before. Exports are written to a temporary file beside the target and moved into
place at the end, so a full disk or a cancelled export leaves nothing half-written; every export is
recorded in the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Consultation,
    ConsultationTopic,
    Document,
    Initiative,
    Staff,
    Visitor,
)
from cal_desktop.domain import clock
from cal_desktop.domain.text import full_name
from cal_desktop.domain.vocab import Channel, InitiativeStatus, Outcome, Role, Topic
from cal_desktop.errors import Cancelled, ValidationError
from cal_desktop.reports import authority as _authority
from cal_desktop.reports import authority_officials as _officials
from cal_desktop.reports import figures as _figures
from cal_desktop.reports import figures_drill as _figures_drill
from cal_desktop.reports import merge as _merge
from cal_desktop.reports import territory as _territory
from cal_desktop.reports import territory_tree as _tree
from cal_desktop.reports.export_docx import write_docx
from cal_desktop.reports.export_pdf import write_pdf
from cal_desktop.reports.export_xlsx import write_xlsx
from cal_desktop.reports.model import (
    FIGURE_KEYS,
    FIGURE_TITLES,
    NO_TERRITORY,
    SPLIT_KEYS,
    Breakdown,
    CentreInfo,
    Figures,
    ReportData,
    Row,
    breakdowns,
    format_change,
    format_number,
    summary_rows,
)
from cal_desktop.reports.package import to_package
from cal_desktop.reports.period import Period
from cal_desktop.services import audit, files
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.report_rows import DrillRow as DrillRow  # re-exported: callers use reports.DrillRow
from cal_desktop.services.settings import _get_settings, centre_id, stored_centre_id

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

FORMATS = ("json", "xlsx", "pdf", "docx")
FORMAT_LABELS = {"json": "JSON (пакет для сети)", "xlsx": "Excel", "pdf": "PDF", "docx": "Word"}

# re-exported for the GUI (which talks to services only)
TERRITORY_LEVELS = _territory.LEVELS
TERRITORY_LEVEL_LABELS = _territory.LEVEL_LABELS
AUTHORITY_KEY = _authority.BY_AUTHORITY
AUTHORITY_COLUMNS = _authority.COLUMNS
AUTHORITY_TITLES = _authority.TITLES
authority_code = _authority.row_code
OFFICIAL_KEY = _officials.BY_OFFICIAL
OFFICIAL_COLUMNS = ("official", "authority", *_authority.COLUMNS[1:])
OFFICIAL_TITLES = {**_authority.TITLES, "official": "Должностное лицо"}
official_code = _officials.row_code


def territory_level_of(data: ReportData) -> str:
    """The level the report's territory splits were counted at."""
    return _territory.level_of(data.figures.values)


def authority_rows(data: ReportData) -> list[dict[str, Any]]:
    """The report's ``appeals.by_authority`` rows (empty for a report without them)."""
    return list(data.figures.values.get(_authority.BY_AUTHORITY) or [])


def territory_tree(ctx: ServiceContext, period: Period) -> list[dict[str, Any]]:
    """The territory tree with the period's consultations and new initiatives at every level (issue 18):
    nested ``{id, name, kind, consultations, initiatives, children}``; drill with ``tree_code(node)``."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.read() as s:
        return _tree.tree(s, period)


def tree_code(node: dict[str, Any]) -> str:
    """The drill-down code of a tree node (the «не указана» node: the split's own code)."""
    return NO_TERRITORY if node["id"] is None else f"{_tree.CODE_PREFIX}{node['id']}"


def official_rows(data: ReportData) -> list[dict[str, Any]]:
    """The report's rows per official (the centre's own report only: a merged one has none)."""
    return list(data.figures.values.get(_officials.BY_OFFICIAL) or [])


__all__ = [
    "AUTHORITY_COLUMNS",
    "AUTHORITY_KEY",
    "AUTHORITY_TITLES",
    "TERRITORY_LEVELS",
    "TERRITORY_LEVEL_LABELS",
    "authority_code",
    "authority_rows",
    "official_rows",
    "territory_tree",
    "tree_code",
    "official_code",
    "OFFICIAL_KEY",
    "OFFICIAL_COLUMNS",
    "OFFICIAL_TITLES",
    "territory_level_of",
    "FIGURE_KEYS",
    "FIGURE_TITLES",
    "FORMATS",
    "SPLIT_KEYS",
    "Breakdown",
    "DrillPage",
    "DrillRow",
    "Figures",
    "Period",
    "ReportData",
    "Row",
    "breakdowns",
    "drill_down",
    "export_report",
    "format_change",
    "format_number",
    "merge_files",
    "monthly_report",
    "period_report",
    "report",
    "report_package",
    "summary_rows",
]


# ------------------------------------------------------------------------------------------ reports


def monthly_report(ctx: ServiceContext, year: int, month: int) -> ReportData:
    """The report of one month with the previous month and the same month a year before."""
    if not 1 <= month <= 12:
        raise ValidationError.single("month", "Месяц", "от 1 до 12")
    return report(ctx, Period.month(year, month))


def period_report(ctx: ServiceContext, start: date, end: date) -> ReportData:
    """The report of any period (a quarter, a year or a range), compared with the period before it."""
    if end < start:
        raise ValidationError.single("end", "Конец периода", "раньше начала периода")
    return report(ctx, Period.range(start, end))


def report(
    ctx: ServiceContext, period: Period, *, compare: bool = True, territory_level: str | None = None
) -> ReportData:
    """The report of ``period``; territory splits at ``territory_level`` (TERRITORY_LEVELS; top if None)."""
    ctx.require(Role.COORDINATOR)
    level = _level(territory_level)
    centre_id(ctx)  # made once, before the read: the package must carry it
    with ctx.db.read() as s:
        return _report(s, period, compare=compare, level=level)


def _level(territory_level: str | None) -> str:
    try:
        return _territory.check_level(territory_level)
    except ValueError as exc:
        raise ValidationError.single("territory_level", "Уровень территорий", str(exc)) from None


def _report(
    session: Session, period: Period, *, compare: bool = True, level: str = _territory.TOP
) -> ReportData:
    current = _figures.compute(session, period, level)
    previous = _figures.compute(session, period.previous(), level) if compare else None
    year_ago = _figures.compute(session, period.year_before(), level) if compare else None
    ids = list(current["documents.by_template"])
    for other in (previous, year_ago):
        if other is not None:
            ids += [k for k in other["documents.by_template"] if k not in ids]
    return ReportData(
        centre=_centre(session),
        period=period,
        figures=current,
        previous=previous,
        year_ago=year_ago,
        template_labels=_figures.template_titles(session, ids),
        generated_at=clock.utcnow(),
    )


def _centre(session: Session) -> CentreInfo:
    from cal_desktop.documents.declension import decline_position  # noqa: PLC0415 (loads the dictionaries)

    s = _get_settings(session)
    return CentreInfo(
        name=s.centre_name,
        organisation_name=s.organisation_name,
        address=s.address,
        phone=s.phone,
        email=s.email,
        website=s.website,
        inn=s.inn,
        ogrn=s.ogrn,
        city=s.city,
        head_position=s.head_position,
        head_name=s.head_name,
        name_genitive=decline_position(s.centre_name, "gen"),
        id=stored_centre_id(session),
    )


# ------------------------------------------------------------------------------------------ exports


def report_package(ctx: ServiceContext, period: Period, territory_level: str | None = None) -> dict[str, Any]:
    """The anonymised JSON package (DOMAIN A3) of ``period`` as a dict, e.g. to print to stdout."""
    ctx.require(Role.COORDINATOR)
    level = _level(territory_level)
    centre_id(ctx)
    with ctx.db.read() as s:
        data = _report(s, period, compare=False, level=level)
    with ctx.db.session() as s:
        audit.record(s, ctx, "export", "report", None, period=period.code, format="json")
    return to_package(data)


def export_report(
    ctx: ServiceContext,
    period: Period,
    fmt: str,
    path: str | Path,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    territory_level: str | None = None,
) -> Path:
    """Write the report of ``period`` as json, xlsx, pdf or docx to ``path`` (atomically); returns it.

    The JSON package holds the period's figures only; the other formats add the comparisons.
    """
    ctx.require(Role.COORDINATOR)
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError.single("format", "Формат", f"один из: {', '.join(FORMATS)}")
    target = Path(path)
    level = _level(territory_level)
    steps = 3
    _step(progress, cancel, 0, steps)
    centre_id(ctx)
    with ctx.db.read() as s:
        data = _report(s, period, compare=fmt != "json", level=level)
    _step(progress, cancel, 1, steps)
    write_atomic(target, lambda tmp: _write(data, fmt, tmp), cancel)
    _step(progress, None, 2, steps)
    with ctx.db.session() as s:
        audit.record(s, ctx, "export", "report", None, period=period.code, format=fmt, file=target.name)
    _step(progress, None, steps, steps)
    return target


def _write(data: ReportData, fmt: str, tmp: Path) -> None:
    if fmt == "json":
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(to_package(data), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    elif fmt == "xlsx":
        write_xlsx(data, tmp)
    elif fmt == "pdf":
        write_pdf(data, str(tmp))
    else:
        write_docx(data, tmp)


def _step(progress: Progress | None, cancel: CancelCheck | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise Cancelled("Выгрузка отчёта отменена; файл не создан.")
    if progress is not None:
        progress(done, total)


def write_atomic(target: Path, write: Callable[[Path], None], cancel: CancelCheck | None = None) -> None:
    """The report file whole or not at all (see ``services.files``)."""
    files.write_atomic(target, write, cancel, "Выгрузка отчёта отменена; файл не создан.")


# ------------------------------------------------------------------------------------- drill-down


@dataclass(frozen=True)
class DrillPage:
    key: str
    code: str | None
    kind: str
    total: int
    rows: list[DrillRow]
    offset: int
    limit: int


def drill_ids(
    ctx: ServiceContext, period: Period, key: str, code: str | None = None, territory_level: str | None = None
) -> tuple[str, list[int]]:
    """(kind, ids) of every record behind a figure (kind: consultation/initiative/appeal/document)."""
    ctx.require(Role.COORDINATOR)
    level = _level(territory_level)
    with ctx.db.read() as s:
        d = _drill(s, key, period, code, level)
        return d.kind, _figures_drill.drill_ids(s, d, limit=1_000_000)


def drill_down(
    ctx: ServiceContext,
    period: Period,
    key: str,
    code: str | None = None,
    offset: int = 0,
    limit: int = 200,
    territory_level: str | None = None,
) -> DrillPage:
    """A page of the records behind figure ``key`` (split part ``code``) in ``period``, newest first."""
    ctx.require(Role.COORDINATOR)
    level = _level(territory_level)
    with ctx.db.read() as s:
        d = _drill(s, key, period, code, level)
        total = _figures_drill.drill_count(s, d)
        ids = _figures_drill.drill_ids(s, d, limit=limit, offset=offset)
        rows = _DESCRIBE[d.kind](s, ids)
    return DrillPage(key, code, d.kind, total, rows, offset, limit)


def _drill(s: Session, key: str, period: Period, code: str | None, level: str) -> _figures_drill.Drill:
    ids = None
    if code is not None and code.startswith(_tree.CODE_PREFIX):  # a node of the territory tree
        try:
            ids = _tree.subtree_ids(s, int(code.removeprefix(_tree.CODE_PREFIX)))
        except ValueError:
            raise ValidationError.single("code", "Территория", f"неизвестная территория «{code}»") from None
        return _figures_drill.drill(key, period, code, territory_ids=ids)
    below_top = key == "consultations.by_territory" and level != _territory.TOP
    if code is not None and (below_top or key == _territory.INITIATIVES_KEY):
        # a territory row is a label at the chosen level: which territories carry it
        ids = _territory.ids_for_label(s, _territory.all_ids(s), level, code)
    try:
        return _figures_drill.drill(key, period, code, territory_ids=ids)
    except KeyError:
        raise ValidationError.single("figure", "Показатель", f"нельзя раскрыть «{key}»") from None


def _ordered(ids: Sequence[int], found: dict[int, DrillRow]) -> list[DrillRow]:
    return [found[i] for i in ids if i in found]


def _describe_consultations(s: Session, ids: Sequence[int]) -> list[DrillRow]:
    if not ids:
        return []
    query = (
        select(Consultation, Visitor.last_name, Visitor.first_name, Visitor.middle_name, Staff.display_name)
        .outerjoin(Visitor, Visitor.id == Consultation.visitor_id)
        .outerjoin(Staff, Staff.id == Consultation.staff_id)
        .where(Consultation.id.in_(ids))
    )
    topics: dict[int, list[str]] = {}
    order = {t.value: n for n, t in enumerate(Topic)}
    topic_query = select(ConsultationTopic.consultation_id, ConsultationTopic.topic).where(
        ConsultationTopic.consultation_id.in_(ids)
    )
    topic_rows = sorted(s.execute(topic_query), key=lambda row: order.get(row[1], len(order)))
    for cid, topic in topic_rows:
        topics.setdefault(cid, []).append(_label(Topic, topic))
    found = {}
    for c, last, first, middle, staff_name in s.execute(query):
        who = full_name(last, first, middle) if last else "аноним"
        details = "; ".join(
            x
            for x in (
                _label(Channel, c.channel),
                _label(Outcome, c.outcome),
                ", ".join(topics.get(c.id, [])),
                staff_name or "",
            )
            if x
        )
        found[c.id] = DrillRow(c.id, "consultation", c.occurred_on, who, details)
    return _ordered(ids, found)


def _describe_initiatives(s: Session, ids: Sequence[int]) -> list[DrillRow]:
    if not ids:
        return []
    found = {
        i.id: DrillRow(i.id, "initiative", i.created_on, i.title, _label(InitiativeStatus, i.status))
        for i in s.scalars(select(Initiative).where(Initiative.id.in_(ids)))
    }
    return _ordered(ids, found)


def _describe_appeals(s: Session, ids: Sequence[int]) -> list[DrillRow]:
    if not ids:
        return []
    found = {}
    for a in s.scalars(select(Appeal).where(Appeal.id.in_(ids))):
        parts = [a.subject or a.addressee_text or ""]
        if a.due_date:
            parts.append(f"срок {a.due_date:%d.%m.%Y}")
        parts.append(f"ответ {a.answer_date:%d.%m.%Y}" if a.answer_date else "без ответа")
        found[a.id] = DrillRow(a.id, "appeal", a.sent_date, a.number, "; ".join(p for p in parts if p))
    return _ordered(ids, found)


def _describe_documents(s: Session, ids: Sequence[int]) -> list[DrillRow]:
    if not ids:
        return []
    query = select(Document.id, Document.created_on, Document.title, Document.template_id).where(
        Document.id.in_(ids)
    )
    found = {i: DrillRow(i, "document", day, title, tid) for i, day, title, tid in s.execute(query)}
    return _ordered(ids, found)


_DESCRIBE: dict[str, Callable[[Session, Sequence[int]], list[DrillRow]]] = {
    "consultation": _describe_consultations,
    "initiative": _describe_initiatives,
    "appeal": _describe_appeals,
    "document": _describe_documents,
    "event": lambda s, ids: _events_report().describe_events(s, ids),
}


def _events_report():  # type: ignore[no-untyped-def]
    """Meetings and events behind a figure (issue 16); imported late: that module uses DrillRow."""
    from cal_desktop.services import events_report

    return events_report


def _label(vocab: Any, code: str | None) -> str:
    if not code:
        return ""
    try:
        return str(vocab(code).label)
    except ValueError:
        return code


# ------------------------------------------------------------------------------------------ months


def first_month_with_data(ctx: ServiceContext) -> date | None:
    """The date of the earliest consultation (the GUI's period picker starts there)."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.read() as s:
        return s.execute(select(func.min(Consultation.occurred_on))).scalar()


# ------------------------------------------------------------------------------------------- merge


def merge_files(
    paths: Sequence[str | Path],
    out: str | Path,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> _merge.Merged:
    """Combine several centres' JSON packages into one table per figure (.xlsx) or one package (.json).

    Needs no database: a network coordinator runs it on the files the centres sent.
    """
    target = Path(out)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "json"):
        raise ValidationError.single("output", "Файл результата", "должен оканчиваться на .xlsx или .json")
    merged = _merge.merge([Path(p) for p in paths], progress=progress, cancel=cancel)
    if fmt == "json":
        write_atomic(target, lambda tmp: _merge.write_json(merged, tmp), cancel)
    else:
        write_atomic(target, lambda tmp: _merge.write_xlsx(merged, tmp), cancel)
    return merged
