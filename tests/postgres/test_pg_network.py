"""Issue 18's figures on PostgreSQL: the same known data give the same authority rows, territory levels
and effort keys as on SQLite (the tests are the SQLite ones, run here on this folder's ``db``)."""

from __future__ import annotations

from test_authority import (  # noqa: F401 (fixtures and tests collected again on PostgreSQL)
    known,
    test_april_sees_the_late_answer_and_its_own_appeals_only,
    test_drill_down_lists_an_authoritys_appeals,
    test_each_authority_counts_its_march_appeals_by_state,
)
from test_effort import test_hours_and_publications_of_the_month  # noqa: F401
from test_territory_levels import (  # noqa: F401
    city,
    test_a_consultation_in_sadovaya_counts_under_its_street_microdistrict_and_district,
    test_initiatives_by_territory_count_the_months_new_initiatives_at_the_level,
    test_the_package_names_its_level_and_a_row_drills_down,
)
