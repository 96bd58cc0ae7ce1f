"""The register of outgoing appeals and the 59-FZ answer clock around each (DOMAIN.md A2).

Every appeal stores its derived ``due_date`` (so that lists filter and sort by it in SQL); it is
recomputed here whenever an input of the rule changes: registration, extension, forwarding, the
settings, or the calendar overrides (``recompute_due_dates``). States are not stored: they depend on
the date they are seen from, and are computed in SQL from ``due_date``/``answer_date`` and that date.

Forwarding (DOMAIN A2, ``domain/deadlines.py``): the clock restarts from the new body's registration.
``registration_*`` then holds the NEW body's registration (the first body's stays in the timeline); an
extension recorded before the forwarding is dropped, since it was the first body's.

Every change is an ``AppealEvent`` (the timeline, also shown on the initiative's card) and an audit entry.

The package splits the register by use case: ``dtos`` (inputs and outputs), ``deadlines`` (the
clock and ``recompute_due_dates``), ``numbering``, ``reads`` (lists, the card, alerts), ``shared`` (their common helpers), ``register``
(validation, registering and editing) and ``events`` (the letters' timeline: registration, extension,
forwarding, answer, scans). Every name is re-exported here, so callers keep importing from
``cal_desktop.services.appeals``.
"""

from __future__ import annotations

from cal_desktop.services.appeals.deadlines import (
    _RULES_KEY,
    _clock,
    _facts,
    _refresh_due,
    _rules,
    _state_condition,
    recompute_due_dates,
)
from cal_desktop.services.appeals.dtos import (
    LABELS,
    MAX_SCAN_BYTES,
    SCAN_TYPES,
    Alerts,
    AppealDTO,
    AppealEventDTO,
    AppealFilter,
    AppealInput,
    AppealSummary,
    AttachmentInfo,
    ScanFile,
)
from cal_desktop.services.appeals.events import (
    _check_scan,
    _store_scan,
    add_scan,
    get_scan,
    record_answer,
    record_extension,
    record_forwarding,
    record_registration,
)
from cal_desktop.services.appeals.numbering import (
    _free_number,
    _locked_counter,
    _number_taken,
    next_appeal_number,
    peek_appeal_number,
)
from cal_desktop.services.appeals.reads import (
    ORDERS,
    _addressee,
    _attachment_info,
    _dto,
    _event_dto,
    _filtered,
    _initiative_appeal_events,
    _summaries,
    _summary_select,
    alerts,
    appeal_summaries,
    due_report,
    get_appeal,
    initiative_appeal_events,
    list_appeal_ids,
    list_appeals,
    newly_overdue_since,
)
from cal_desktop.services.appeals.register import (
    _Clean,
    _register_appeal,
    _validate,
    register_appeal,
    update_appeal,
)
from cal_desktop.services.appeals.shared import (
    _LETTER_FIELDS,
    _answer_text,
    _check_date,
    _event,
    _extension_text,
    _not_before,
    _not_future,
    _official_name,
    _refresh_search,
    _registration_text,
    _require_open,
)

__all__ = [
    "Alerts",
    "AppealDTO",
    "AppealEventDTO",
    "AppealFilter",
    "AppealInput",
    "AppealSummary",
    "AttachmentInfo",
    "LABELS",
    "MAX_SCAN_BYTES",
    "ORDERS",
    "SCAN_TYPES",
    "ScanFile",
    "_Clean",
    "_LETTER_FIELDS",
    "_RULES_KEY",
    "_addressee",
    "_answer_text",
    "_attachment_info",
    "_check_date",
    "_check_scan",
    "_clock",
    "_dto",
    "_event",
    "_event_dto",
    "_extension_text",
    "_facts",
    "_filtered",
    "_free_number",
    "_initiative_appeal_events",
    "_locked_counter",
    "_not_before",
    "_not_future",
    "_number_taken",
    "_official_name",
    "_refresh_due",
    "_refresh_search",
    "_register_appeal",
    "_registration_text",
    "_require_open",
    "_rules",
    "_state_condition",
    "_store_scan",
    "_summaries",
    "_summary_select",
    "_validate",
    "add_scan",
    "alerts",
    "appeal_summaries",
    "due_report",
    "get_appeal",
    "get_scan",
    "initiative_appeal_events",
    "list_appeal_ids",
    "list_appeals",
    "newly_overdue_since",
    "next_appeal_number",
    "peek_appeal_number",
    "recompute_due_dates",
    "record_answer",
    "record_extension",
    "record_forwarding",
    "record_registration",
    "register_appeal",
    "update_appeal",
]
