"""The rows of a report's drill-down, shared by the report service and the areas that describe their own
records in it (events_report), so that neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DrillRow:
    """One record behind a figure, for the list the coordinator opens from a number."""

    id: int
    kind: str  # consultation | initiative | appeal | document
    day: date | None
    title: str
    details: str
