"""The network's additive package keys (issue 18), kept apart from the A3 core so that older packages
without them still read and merge: ``appeals.by_authority`` and the ``appeals.answer_days`` histogram.

``to_package`` adds them to a package dict, ``from_package`` reads and checks them (absent = not known),
``total`` combines them across centres: authorities by ИНН, else by normalised name; the network's
median answer time from the sum of the centres' histograms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cal_desktop.reports import authority
from cal_desktop.reports.authority import ANSWER_DAYS, BY_AUTHORITY


def to_package(values: Mapping[str, Any], package: dict[str, Any]) -> None:
    if BY_AUTHORITY in values:
        package.setdefault("appeals", {})["by_authority"] = authority.package_rows(values[BY_AUTHORITY])
    if ANSWER_DAYS in values:
        package.setdefault("appeals", {})["answer_days"] = dict(values[ANSWER_DAYS])


def from_package(package: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The additive keys found in ``package``, checked; raises ValueError with a Russian message."""
    group = package.get("appeals")
    if not isinstance(group, Mapping):
        return {}
    found: dict[str, Any] = {}
    if "by_authority" in group:
        found[BY_AUTHORITY] = authority.checked_rows(source, group["by_authority"])
    if "answer_days" in group:
        hist = authority.checked_histogram(f"{source}: {ANSWER_DAYS}", group["answer_days"])
        found[ANSWER_DAYS] = authority.histogram_json(hist)
    return found


def total(all_values: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The network total of the additive keys (only those every package carries can be exact)."""
    result: dict[str, Any] = {}
    with_rows = [v[BY_AUTHORITY] for v in all_values if BY_AUTHORITY in v]
    if with_rows:
        result[BY_AUTHORITY] = authority.merge_rows(with_rows)
    if all_values and all(ANSWER_DAYS in v for v in all_values):
        hist = authority.add_histograms(authority.histogram_from_json(v[ANSWER_DAYS]) for v in all_values)
        result[ANSWER_DAYS] = authority.histogram_json(hist)
        result["appeals.median_answer_days"] = authority.percentile(hist, 50)
    return result
