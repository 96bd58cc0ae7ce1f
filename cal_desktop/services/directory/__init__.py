"""The directory: authorities and their officials, partners and the resources they offer, media outlets,
and the editing of the territory tree.

Staff read the directory; coordinators edit it (issue 8), so every write calls
``ctx.require(Role.COORDINATOR)``.

Declined forms of an official (DOMAIN B5): the automatic forms come from ``documents.declension``; a
staff correction is stored per grammatical case in ``OfficialDeclinedForm`` and wins from then on.

Resources (what partners offer, what initiatives need) are matched by their normalised words
(``resource_norm``): pymorphy3 normal forms of the meaningful words, so «краски и кисти» and «краска»
share «краска».

The package splits the directory by subject: ``matching`` (resource words), ``territories`` (the tree),
``officials``, ``organisations`` (authorities, partners, media and partners' resources) and ``forms``
(officials' declined forms). Every name is re-exported here, so callers keep importing from
``cal_desktop.services.directory``.
"""

from __future__ import annotations

from cal_desktop.services.directory.forms import (
    DeclinedCorrection,
    OfficialForm,
    _corrections,
    get_declined_forms,
    official_forms,
    set_declined_form,
)
from cal_desktop.services.directory.matching import (
    _STOP_WORDS,
    _WORD,
    _lemma,
    resource_norm,
)
from cal_desktop.services.directory.officials import (
    OFFICIAL_LABELS,
    OfficialDTO,
    OfficialInput,
    OfficialSummary,
    TerritoryRef,
    _apply_official,
    _CleanOfficial,
    _create_official,
    _drop_stale_corrections,
    _official_dto,
    _official_search_text,
    _official_summaries,
    _person_of,
    _refresh_officials_search,
    _validate_official,
    create_official,
    delete_official,
    get_official,
    guess_gender,
    list_officials,
    update_official,
)
from cal_desktop.services.directory.organisations import (
    ORG_LABELS,
    OrganisationDTO,
    OrganisationInput,
    OrganisationSummary,
    ResourceDTO,
    _apply_org,
    _create_organisation,
    _org_dto,
    _org_summary,
    _validate_org,
    add_partner_resource,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    remove_partner_resource,
    update_organisation,
)
from cal_desktop.services.directory.territories import (
    _refuse_sibling_clash,
    ancestor_ids,
    create_territory,
    delete_territory,
    move_territory,
    rename_territory,
    set_territory_kind,
    subtree_ids,
)

__all__ = [
    "DeclinedCorrection",
    "OFFICIAL_LABELS",
    "ORG_LABELS",
    "OfficialDTO",
    "OfficialForm",
    "OfficialInput",
    "OfficialSummary",
    "OrganisationDTO",
    "OrganisationInput",
    "OrganisationSummary",
    "ResourceDTO",
    "TerritoryRef",
    "_CleanOfficial",
    "_STOP_WORDS",
    "_WORD",
    "_apply_official",
    "_apply_org",
    "_corrections",
    "_create_official",
    "_create_organisation",
    "_drop_stale_corrections",
    "_lemma",
    "_official_dto",
    "_official_search_text",
    "_official_summaries",
    "_org_dto",
    "_org_summary",
    "_person_of",
    "_refresh_officials_search",
    "_refuse_sibling_clash",
    "_validate_official",
    "_validate_org",
    "add_partner_resource",
    "ancestor_ids",
    "create_official",
    "create_organisation",
    "create_territory",
    "delete_official",
    "delete_organisation",
    "delete_territory",
    "get_declined_forms",
    "get_official",
    "get_organisation",
    "guess_gender",
    "list_officials",
    "list_organisations",
    "move_territory",
    "official_forms",
    "remove_partner_resource",
    "rename_territory",
    "resource_norm",
    "set_declined_form",
    "set_territory_kind",
    "subtree_ids",
    "update_official",
    "update_organisation",
]
