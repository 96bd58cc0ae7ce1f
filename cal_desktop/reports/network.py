"""The network's additive package keys (issue 18), kept apart from the A3 core so that older packages
without them still read and merge: ``appeals.by_authority``, the ``appeals.answer_days`` histogram,
``initiatives.by_territory`` and the ``territory_level`` the territory splits were counted at.

``to_package`` adds them to a package dict, ``from_package`` reads and checks them (absent = not known),
``total`` combines them across centres: authorities by ИНН, else by normalised name; the network's
median answer time from the sum of the centres' histograms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cal_desktop.reports import authority, effort
from cal_desktop.reports import referrals as _referrals
from cal_desktop.reports.authority import ANSWER_DAYS, BY_AUTHORITY
from cal_desktop.reports.territory import INITIATIVES_KEY, LEVEL_KEY, TOP, check_level


def to_package(values: Mapping[str, Any], package: dict[str, Any]) -> None:
    for key in effort.KEYS:
        if key in values:
            group, name = key.split(".", 1)
            package.setdefault(group, {})[name] = values[key]
    if INITIATIVES_KEY in values:
        package.setdefault("initiatives", {})["by_territory"] = dict(values[INITIATIVES_KEY])
    if LEVEL_KEY in values:
        package["territory_level"] = values[LEVEL_KEY]
    if BY_AUTHORITY in values:
        package.setdefault("appeals", {})["by_authority"] = authority.package_rows(values[BY_AUTHORITY])
    if ANSWER_DAYS in values:
        package.setdefault("appeals", {})["answer_days"] = dict(values[ANSWER_DAYS])
    _referrals.to_package(values, package)  # issue 21


def from_package(package: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The additive keys found in ``package``, checked; raises ValueError with a Russian message."""
    found: dict[str, Any] = _territory_from_package(package, source)
    found.update(_referrals.from_package(package, source))  # issue 21
    for key in effort.KEYS:
        group_name, name = key.split(".", 1)
        node = package.get(group_name)
        if isinstance(node, Mapping) and name in node:
            value = node[name]
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{source}: показатель {key} должен быть неотрицательным числом")
            found[key] = value
    group = package.get("appeals")
    if not isinstance(group, Mapping):
        return found
    if "by_authority" in group:
        found[BY_AUTHORITY] = authority.checked_rows(source, group["by_authority"])
    if "answer_days" in group:
        hist = authority.checked_histogram(f"{source}: {ANSWER_DAYS}", group["answer_days"])
        found[ANSWER_DAYS] = authority.histogram_json(hist)
    return found


def _territory_from_package(package: Mapping[str, Any], source: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if "territory_level" in package:
        try:
            found[LEVEL_KEY] = check_level(package["territory_level"])
        except (ValueError, AttributeError):
            raise ValueError(f"{source}: неизвестный уровень территорий territory_level") from None
    group = package.get("initiatives")
    if isinstance(group, Mapping) and "by_territory" in group:
        split = group["by_territory"]
        ok = isinstance(split, Mapping) and all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in split.values()
        )
        if not ok:
            raise ValueError(
                f"{source}: показатель {INITIATIVES_KEY} должен быть объектом с неотрицательными целыми"
            )
        found[INITIATIVES_KEY] = {str(k): int(n) for k, n in split.items()}
    return found


def total(all_values: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The network total of the additive keys (only those every package carries can be exact)."""
    result: dict[str, Any] = {}
    for key in effort.KEYS:
        if any(key in v for v in all_values):
            result[key] = effort.tidy(sum(float(v.get(key, 0)) for v in all_values))
    splits = [v[INITIATIVES_KEY] for v in all_values if INITIATIVES_KEY in v]
    if splits:
        summed: dict[str, int] = {}
        for split in splits:
            for name, n in split.items():
                summed[name] = summed.get(name, 0) + int(n)
        result[INITIATIVES_KEY] = summed
    levels = {v.get(LEVEL_KEY, TOP) for v in all_values}
    if len(levels) == 1 and all_values:
        result[LEVEL_KEY] = levels.pop()  # centres counting at different levels: no common level
    with_rows = [v[BY_AUTHORITY] for v in all_values if BY_AUTHORITY in v]
    if with_rows:
        result[BY_AUTHORITY] = authority.merge_rows(with_rows)
    if all_values and all(ANSWER_DAYS in v for v in all_values):
        hist = authority.add_histograms(authority.histogram_from_json(v[ANSWER_DAYS]) for v in all_values)
        result[ANSWER_DAYS] = authority.histogram_json(hist)
        result["appeals.median_answer_days"] = authority.percentile(hist, 50)
    result.update(_referrals.total(all_values))  # issue 21
    return result
