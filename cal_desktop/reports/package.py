"""The JSON package of a monthly report: what a centre sends to its network (DOMAIN A3).

Layout (format ``cal-desktop.monthly-report``, version 1)::

    {
      "format": "cal-desktop.monthly-report",
      "format_version": 1,
      "program": "CAL Desktop 0.1.0",
      "generated_at": "2026-04-02T09:15:00Z",
      "centre": {"id": "<uuid>", "name": "ЦАЛ «Северный»", "city": "Киров"},
      "month": "2026-03",                      (null for a period that is not one month)
      "period": {"kind": "month", "start": "2026-03-01", "end": "2026-03-31", "label": "март 2026"},
      "consultations": {"total": 5, "by_channel": {"in_person": 2, ...}, ...},
      "visitors": {"served": 3, "new": 2},
      "initiatives": {...}, "members": {...}, "documents": {...}, "appeals": {...}
    }

The A3 keys are paths from the root: ``consultations.total`` is ``package["consultations"]["total"]``
(``jq .consultations.total``); :func:`get` reads a dotted key. Splits are objects keyed by code, with
every vocabulary code present (zero when nothing); staff by display name, territories by name,
documents by template id. ``appeals.median_answer_days`` is a number or null.
Additive keys (issue 18, ``reports.network``): ``appeals.by_authority`` (organisation names only) and
``appeals.answer_days`` (a histogram of answer days, from which a merge computes the network median).

No personal data: only counts, the centre's name and city, and staff display names (A3 asks for the
split by staff member). Visitors' names, phones and addresses never enter the figures.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import Any

from cal_desktop import __version__
from cal_desktop.reports import network as _network
from cal_desktop.reports.model import (
    ADDITIVE_KEYS,
    FIGURE_KEYS,
    SPLIT_KEYS,
    CentreInfo,
    Figures,
    ReportData,
    zero_split,
)
from cal_desktop.reports.period import Period

FORMAT = "cal-desktop.monthly-report"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})


class PackageError(ValueError):
    """A file that is not a report package this program can read (message in Russian)."""


def to_package(data: ReportData) -> dict[str, Any]:
    """The package of ``data`` as a JSON-ready dict (figures of the period only, no comparisons)."""
    generated = data.generated_at or datetime.now(timezone.utc).replace(tzinfo=None)
    package: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program": f"CAL Desktop {__version__}",
        "generated_at": generated.replace(microsecond=0).isoformat() + "Z",
        "centre": {"id": data.centre.id or None, "name": data.centre.name, "city": data.centre.city},
        "month": data.period.month_code,
        "period": {
            "kind": data.period.kind,
            "start": data.period.start.isoformat(),
            "end": data.period.end.isoformat(),
            "label": data.period.label,
        },
    }
    for key in FIGURE_KEYS:
        group, name = key.split(".", 1)
        value = data.figures[key]
        package.setdefault(group, {})[name] = dict(value) if isinstance(value, Mapping) else value
    _network.to_package(data.figures.values, package)
    if data.template_labels:
        # custom templates are named by id in the figures; their titles help the network read them
        package["labels"] = {"documents.by_template": dict(data.template_labels)}
    return package


def get(package: Mapping[str, Any], key: str) -> Any:
    """A figure by its A3 dotted key (``get(p, "consultations.by_channel")``). Raises KeyError."""
    node: Any = package
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(key)
        node = node[part]
    return node


def from_package(package: Any, source: str = "файл") -> ReportData:
    """Read a package back (for the network merge), checking its format, version and every figure."""
    if not isinstance(package, Mapping) or package.get("format") != FORMAT:
        raise PackageError(f"{source}: это не пакет отчёта ЦАЛ (нет поля format = «{FORMAT}»)")
    version = package.get("format_version")
    if version not in SUPPORTED_VERSIONS:
        raise PackageError(
            f"{source}: версия формата {version} не поддерживается (эта программа читает версии "
            f"{', '.join(map(str, sorted(SUPPORTED_VERSIONS)))}); обновите программу"
        )
    try:
        centre = package["centre"]
        name = str(centre["name"]).strip()
        period_info = package["period"]
        period = Period.range(
            date.fromisoformat(period_info["start"]), date.fromisoformat(period_info["end"])
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageError(f"{source}: нет или неверно поле центра или периода ({exc})") from exc
    if not name:
        raise PackageError(f"{source}: не указано название центра")
    values: dict[str, Any] = {}
    for key in FIGURE_KEYS:
        try:
            value = get(package, key)
        except KeyError:
            if key not in ADDITIVE_KEYS:
                raise PackageError(f"{source}: нет показателя {key}") from None
            value = zero_split(key) if key in SPLIT_KEYS else 0  # an older package: none recorded
        values[key] = _checked(source, key, value)
    try:
        values.update(_network.from_package(package, source))
    except ValueError as exc:
        raise PackageError(str(exc)) from None
    labels = (
        package.get("labels", {}).get("documents.by_template", {})
        if isinstance(package.get("labels"), Mapping)
        else {}
    )
    return ReportData(
        centre=CentreInfo(name=name, city=str(centre.get("city") or ""), id=_centre_id(source, centre)),
        period=period,
        figures=Figures(values),
        template_labels={str(k): str(v) for k, v in labels.items()},
    )


def _checked(source: str, key: str, value: Any) -> Any:
    def is_count(x: Any) -> bool:
        return isinstance(x, int) and not isinstance(x, bool) and x >= 0

    if key in SPLIT_KEYS:
        if not isinstance(value, Mapping) or not all(is_count(v) for v in value.values()):
            raise PackageError(f"{source}: показатель {key} должен быть объектом с неотрицательными целыми")
        return {str(k): int(v) for k, v in value.items()}
    if key == "appeals.median_answer_days":
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or value < 0):
            raise PackageError(f"{source}: показатель {key} должен быть числом или null")
        return value
    if not is_count(value):
        raise PackageError(f"{source}: показатель {key} должен быть неотрицательным целым")
    return value


def _centre_id(source: str, centre: Mapping[str, Any]) -> str:
    """The centre's UUID (issue 18); empty for an older package, which is then told apart by name."""
    raw = centre.get("id")
    if raw is None or raw == "":
        return ""
    try:
        return str(uuid.UUID(str(raw)))
    except ValueError:
        raise PackageError(f"{source}: centre.id «{str(raw)[:40]}» — не UUID") from None
