"""Fixtures of the documents tests (the data builders are in docdata.py)."""

from __future__ import annotations

import pytest
from docdata import Case, make_case


@pytest.fixture
def case(db) -> Case:  # type: ignore[no-untyped-def]
    return make_case(db)
