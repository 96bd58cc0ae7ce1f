"""Fixtures of the report tests: the hand-built March 2026 of ``march_data``."""

from __future__ import annotations

import pytest
from march_data import Scenario, build_march

from cal_desktop.db.engine import Database


@pytest.fixture
def march(db: Database, staff_id: int) -> Scenario:
    return build_march(db, staff_id)
