"""Meetings and events in the report's drill-down: the records behind ``events.*`` (issue 16)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from cal_desktop.services.events_query import _rows
from cal_desktop.services.report_rows import DrillRow


def describe_events(s: Session, ids: Sequence[int]) -> list[DrillRow]:
    """«собрание жителей: Площадка во дворе» with the place and the number of participants."""
    rows = []
    for r in _rows(s, list(ids)):
        title = r.kind.label + (f": {r.title}" if r.title else "")
        details = "; ".join(
            x for x in (r.place or "", f"участников {r.participants}", r.organiser or "") if x
        )
        rows.append(DrillRow(r.id, "event", r.held_on, title, details))
    return rows
