"""Initiatives: success stories for a period and their export package."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cal_desktop import __version__
from cal_desktop.db.models import (
    Initiative,
    InitiativeMember,
    InitiativeStatusChange,
    Territory,
)
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import (
    SUPPORTER_ROLES,
    Category,
    InitiativeStatus,
)
from cal_desktop.errors import ValidationError
from cal_desktop.services import audit, files
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.initiatives.dtos import SuccessStory
from cal_desktop.services.settings import _get_settings


def success_stories(ctx: ServiceContext, date_from: date, date_to: date) -> list[SuccessStory]:
    """Initiatives marked done in the period (by the date of the change to «реализована»), for the network.

    Only the title, category, territory, result and dates: no names of authors or staff.
    """
    done_on = (
        select(
            InitiativeStatusChange.initiative_id, func.max(InitiativeStatusChange.changed_on).label("done_on")
        )
        .where(InitiativeStatusChange.to_status == InitiativeStatus.DONE.value)
        .where(InitiativeStatusChange.changed_on.between(date_from, date_to))
        .group_by(InitiativeStatusChange.initiative_id)
        .subquery()
    )
    with ctx.db.read() as s:
        rows = s.execute(
            select(
                Initiative.id,
                Initiative.title,
                Initiative.category,
                Territory.name,
                Initiative.result_summary,
                Initiative.created_on,
                done_on.c.done_on,
            )
            .join(done_on, done_on.c.initiative_id == Initiative.id)
            .outerjoin(Territory, Territory.id == Initiative.territory_id)
            .where(Initiative.success_story.is_(True))
            .order_by(done_on.c.done_on, Initiative.id)
        ).all()
    return [SuccessStory(r[0], r[1], Category(r[2]), r[3], r[4], r[5], r[6]) for r in rows]


SUCCESS_FORMAT = "cal-desktop.success-stories"
SUCCESS_FORMAT_VERSION = 1
SUCCESS_HEADERS = ("Название", "Категория", "Территория", "Результат", "Создана", "Реализована")
_EARLIEST = date(2000, 1, 1)


def export_success_stories(
    ctx: ServiceContext,
    path: str | os.PathLike[str],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> int:
    """Write the success stories of the period (default: all, up to today) for the network.

    ``.json``: a versioned package (format ``cal-desktop.success-stories``, version 1) naming the
    centre and the period, with one object per story; ``.xlsx``: one sheet, bold frozen header.
    Only what :func:`success_stories` returns: no authors, phones or staff names. The file appears
    whole or not at all (a temporary file renamed over the target). Returns the number of stories.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise ValidationError.single("path", "Файл", "нужен файл .json или .xlsx")
    start, end = date_from or _EARLIEST, date_to or clock.today()
    if start > end:
        raise ValidationError.single("date_from", "Начало периода", "позже конца периода")
    stories = success_stories(ctx, start, end)
    with ctx.db.read() as s:
        centre = _get_settings(s)
    if suffix == ".json":
        package = _success_package(stories, centre.centre_name, centre.city, start, end)
        payload = json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")
        files.write_atomic(target, lambda tmp: tmp.write_bytes(payload))
    else:
        files.write_atomic(target, lambda tmp: _success_xlsx(tmp, stories, centre.centre_name, start, end))
    with ctx.db.session() as s:
        audit.record(s, ctx, "export", "success_stories", None, rows=len(stories), format=suffix[1:])
    return len(stories)


def _success_package(
    stories: list[SuccessStory], centre: str, city: str | None, start: date, end: date
) -> dict[str, Any]:
    return {
        "format": SUCCESS_FORMAT,
        "format_version": SUCCESS_FORMAT_VERSION,
        "program": f"CAL Desktop {__version__}",
        "generated_at": clock.utcnow().replace(microsecond=0).isoformat() + "Z",
        "centre": {"name": centre, "city": city},
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "stories": [
            {
                "title": x.title,
                "category": x.category.value,
                "category_label": x.category.label,
                "territory": x.territory,
                "result": x.result_summary,
                "created_on": x.created_on.isoformat(),
                "done_on": x.done_on.isoformat(),
            }
            for x in stories
        ],
    }


def _success_xlsx(tmp: Path, stories: list[SuccessStory], centre: str, start: date, end: date) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from cal_desktop.domain.hostile import put

    book = Workbook()
    sheet = book.active
    sheet.title = "Истории успеха"
    sheet.append(list(SUCCESS_HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for r, x in enumerate(stories, start=2):
        values = [
            x.title,
            x.category.label,
            x.territory or "",
            x.result_summary or "",
            x.created_on,
            x.done_on,
        ]
        for c, value in enumerate(values, start=1):
            put(sheet.cell(row=r, column=c), value)  # a title «=HYPERLINK(...)» stays text
    for row in sheet.iter_rows(min_row=2):
        row[3].alignment = Alignment(wrap_text=True, vertical="top")
        for cell in row[4:6]:
            cell.number_format = "DD.MM.YYYY"
    for letter, width in zip("ABCDEF", (40, 22, 24, 60, 12, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    book.properties.title = f"Истории успеха: {centre}, {start:%d.%m.%Y}–{end:%d.%m.%Y}"
    book.save(tmp)


def supporters_added(ctx: ServiceContext, date_from: date, date_to: date) -> int:
    """Members with role supporter or volunteer added in the period (the monthly report's figure)."""
    with ctx.db.read() as s:
        return (
            s.scalar(
                select(func.count())
                .where(InitiativeMember.role.in_([str(r) for r in SUPPORTER_ROLES]))
                .where(InitiativeMember.added_on.between(date_from, date_to))
            )
            or 0
        )
