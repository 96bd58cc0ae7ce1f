"""Initiatives: a resident's idea for a place, from idea to result (issue 4).

Rules kept here (DOMAIN A1):
- an initiative always has at least one author (a visitor); it is created with one, and the last author
  can be neither removed nor given another role;
- every status change is an ``InitiativeStatusChange`` row (from, to, UTC time, local date, staff member,
  reason, comment); the row written at creation has no ``from``;
- ``declined`` needs an out-of-scope reason; ``done`` needs the result, and marks the initiative as a
  success story (cleared again if it is reopened);
- reopening a closed initiative (done, paused, declined, withdrawn -> an open status) is allowed, but needs
  a comment saying why: the history then explains itself, and the monthly report's "status at the end of
  M" stays right because it reads the history, not the current status;
- supporters attracted in a month are members with role supporter/volunteer whose ``added_on`` falls in it.

Lists are filtered, counted and paged in SQL (indexes on status, category, territory, staff, created_on),
with territory filters covering the whole subtree through a recursive CTE.

The package splits the service by use case: ``dtos`` (inputs and outputs), ``reads`` (lists, the
board, the card, the team), ``pipeline`` (validation, creating, editing, status changes), ``members``, ``resources``
(resources, partners, publications, the next step) and ``success`` (success stories and their export).
Every name is re-exported here, so callers keep importing from ``cal_desktop.services.initiatives``.
"""

from __future__ import annotations

from cal_desktop.services.initiatives.dtos import (
    LABELS,
    AppealRow,
    DocumentRow,
    InitiativeCard,
    InitiativeFilter,
    InitiativeInput,
    InitiativeSummary,
    LinkedConsultation,
    MemberDTO,
    PartnerLink,
    PublicationDTO,
    ResourceNeed,
    StatusChangeDTO,
    SuccessStory,
)
from cal_desktop.services.initiatives.members import (
    _refuse_last_author,
    add_member,
    change_member_role,
    remove_member,
)
from cal_desktop.services.initiatives.pipeline import (
    _apply,
    _change_status,
    _Clean,
    _create_initiative,
    _creation_reason,
    _validate,
    _visitor_or_fail,
    change_status,
    create_from_consultation,
    create_initiative,
    update_initiative,
)
from cal_desktop.services.initiatives.reads import (
    _card,
    _consultations,
    _filtered,
    _members,
    _summaries,
    _timeline,
    board,
    board_counts,
    get_initiative,
    list_initiatives,
    list_members,
)
from cal_desktop.services.initiatives.resources import (
    add_partner,
    add_publication,
    add_resource,
    remove_partner,
    remove_publication,
    remove_resource,
    set_next_step,
    set_resource_found,
)
from cal_desktop.services.initiatives.success import (
    _EARLIEST,
    SUCCESS_FORMAT,
    SUCCESS_FORMAT_VERSION,
    SUCCESS_HEADERS,
    _success_package,
    _success_xlsx,
    export_success_stories,
    success_stories,
    supporters_added,
)

__all__ = [
    "AppealRow",
    "DocumentRow",
    "InitiativeCard",
    "InitiativeFilter",
    "InitiativeInput",
    "InitiativeSummary",
    "LABELS",
    "LinkedConsultation",
    "MemberDTO",
    "PartnerLink",
    "PublicationDTO",
    "ResourceNeed",
    "SUCCESS_FORMAT",
    "SUCCESS_FORMAT_VERSION",
    "SUCCESS_HEADERS",
    "StatusChangeDTO",
    "SuccessStory",
    "_Clean",
    "_EARLIEST",
    "_apply",
    "_card",
    "_change_status",
    "_consultations",
    "_create_initiative",
    "_creation_reason",
    "_filtered",
    "_members",
    "_refuse_last_author",
    "_success_package",
    "_success_xlsx",
    "_summaries",
    "_timeline",
    "_validate",
    "_visitor_or_fail",
    "add_member",
    "add_partner",
    "add_publication",
    "add_resource",
    "board",
    "board_counts",
    "change_member_role",
    "change_status",
    "create_from_consultation",
    "create_initiative",
    "export_success_stories",
    "get_initiative",
    "list_initiatives",
    "list_members",
    "remove_member",
    "remove_partner",
    "remove_publication",
    "remove_resource",
    "set_next_step",
    "set_resource_found",
    "success_stories",
    "supporters_added",
    "update_initiative",
]
