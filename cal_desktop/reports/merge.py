"""Network consolidation: several centres' JSON packages combined into one table per figure with a total.

Each package is checked (format and version, every figure present and well-formed); two packages of the
same centre and the same period are refused with both file names, since adding them would count a
centre twice. Centres are told apart by their ``centre.id`` (a UUID, issue 18): two centres that both
kept the default name are two centres. A package without an id (an older program) falls back to its
name, compared case-insensitively with ``ё`` = ``е``.

The network total of a split or a count is the sum over the centres. Packages of different periods get
a total per period as well; the overall total then leaves «visitors served» empty, since a person may
come in both months and the packages cannot tell. The median answer time is computed from the sum of
the centres' histograms of answer days when every package carries one, else left empty (null).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from cal_desktop import __version__
from cal_desktop.errors import CalError, Cancelled
from cal_desktop.reports import export_referrals
from cal_desktop.reports import network as _network
from cal_desktop.reports.authority import BY_AUTHORITY
from cal_desktop.reports.authority import COLUMNS as AUTHORITY_COLUMNS
from cal_desktop.reports.authority import TITLES as AUTHORITY_TITLES
from cal_desktop.reports.export_xlsx import BOLD, SHEET_NAMES, cell, fit_columns, header, title_rows
from cal_desktop.reports.model import (
    EXTRA_SCALARS,
    EXTRA_SPLITS,
    FIGURE_KEYS,
    FIGURE_TITLES,
    SPLIT_KEY_HEADERS,
    SPLIT_KEYS,
    Figures,
    ReportData,
    zero_split,
)
from cal_desktop.reports.package import FORMAT_VERSION, PackageError, from_package, to_package
from cal_desktop.reports.period import Period

NETWORK_FORMAT = "cal-desktop.network-report"


class MergeRefused(CalError):
    """The packages cannot be combined (bad file, unsupported version, the same centre and month twice)."""


@dataclass(frozen=True)
class Entry:
    source: Path
    data: ReportData

    @property
    def column(self) -> str:
        return self.data.centre.name

    @property
    def centre_key(self) -> str:
        """Who the centre is: its UUID, or its folded name for a package without one."""
        return f"id:{self.data.centre.id}" if self.data.centre.id else f"name:{_fold(self.data.centre.name)}"


@dataclass(frozen=True)
class Merged:
    entries: list[Entry]
    total: Figures
    # the total of each period when the packages cover several (empty for one period)
    by_period: list[tuple[Period, Figures]] = field(default_factory=list)

    @property
    def periods(self) -> list[str]:
        periods = sorted({e.data.period for e in self.entries})
        return [p.label for p in periods]

    @property
    def same_period(self) -> bool:
        return len({(e.data.period.start, e.data.period.end) for e in self.entries}) == 1

    def column(self, entry: Entry) -> str:
        """A centre's column heading (with the period when the packages cover several periods, and the
        start of its id when another centre has the same name)."""
        name = entry.data.centre.name
        namesakes = {e.centre_key for e in self.entries if _fold(e.data.centre.name) == _fold(name)}
        if len(namesakes) > 1:
            name = f"{name} [{entry.data.centre.id[:8] or 'без id'}]"
        if self.same_period:
            return name
        return f"{name} ({entry.data.period.label})"

    def template_label(self, code: str) -> str:
        for e in self.entries:
            label = e.data.label("documents.by_template", code)
            if label != code:
                return label
        return code


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def read_package(path: Path) -> ReportData:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MergeRefused(f"{path.name}: не удалось прочитать файл ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:  # an .xlsx or a Windows-1251 text chosen by mistake
        raise MergeRefused(f"{path.name}: это не пакет отчёта в JSON (файл не в кодировке UTF-8)") from exc
    try:
        package = json.loads(raw)
    except ValueError as exc:
        raise MergeRefused(f"{path.name}: это не JSON ({exc})") from exc
    try:
        return from_package(package, source=path.name)
    except PackageError as exc:
        raise MergeRefused(str(exc)) from exc


def merge(
    paths: Sequence[Path],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Merged:
    if not paths:
        raise MergeRefused("Не указано ни одного файла пакета отчёта.")
    entries: list[Entry] = []
    seen: dict[tuple[str, Any, Any], tuple[Path, str]] = {}
    for n, path in enumerate(paths):
        if cancel is not None and cancel():
            raise Cancelled("Сведение отчётов отменено; файл не создан.")
        data = read_package(path)
        key = (Entry(path, data).centre_key, data.period.start, data.period.end)
        if key in seen:
            first_path, first_name = seen[key]
            names = (
                f"«{first_name}»"
                if first_name == data.centre.name
                else f"«{first_name}» и «{data.centre.name}»"
            )
            raise MergeRefused(
                f"Два пакета одного центра за один период: {names}, {data.period.label} — "
                f"{first_path.name} и {path.name}. Оставьте один из них."
            )
        seen[key] = (path, data.centre.name)
        entries.append(Entry(path, data))
        if progress is not None:
            progress(n + 1, len(paths))
    entries.sort(key=lambda e: (_fold(e.data.centre.name), e.data.centre.id, e.data.period.start))
    periods = sorted({e.data.period for e in entries}, key=lambda p: (p.start, p.end))
    if len(periods) == 1:
        return Merged(entries, _total([e.data.figures for e in entries]))
    by_period = [(p, _total([e.data.figures for e in entries if e.data.period == p])) for p in periods]
    overall = dict(_total([e.data.figures for e in entries]).values)
    overall["visitors.served"] = None  # a person may come in two months: never added across them
    return Merged(entries, Figures(overall), by_period)


def _total(all_figures: Sequence[Figures]) -> Figures:
    values: dict[str, Any] = {}
    for key in FIGURE_KEYS:
        if key in SPLIT_KEYS:
            split = zero_split(key)
            for f in all_figures:
                for code, n in f[key].items():
                    split[code] = split.get(code, 0) + int(n)
            values[key] = split
        elif key == "appeals.median_answer_days":
            values[key] = None  # not derivable from the centres' medians
        else:
            values[key] = sum(int(f[key]) for f in all_figures)
    values.update(_network.total([f.values for f in all_figures]))  # issue 18: exact median, authorities
    return Figures(values)


# ------------------------------------------------------------------------------------------- output


def _nested(figures: Figures) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in FIGURE_KEYS:
        group, name = key.split(".", 1)
        value = figures[key]
        out.setdefault(group, {})[name] = dict(value) if isinstance(value, Mapping) else value
    _network.to_package(figures.values, out)
    return out


def write_json(merged: Merged, target: Path) -> None:
    document = {
        "format": NETWORK_FORMAT,
        "format_version": FORMAT_VERSION,
        "program": f"CAL Desktop {__version__}",
        "periods": merged.periods,
        "centres": [
            {
                "id": e.data.centre.id or None,
                "name": e.data.centre.name,
                "city": e.data.centre.city,
                "source": e.source.name,
                **_package_head(e),
            }
            for e in merged.entries
        ],
        "total": _nested(merged.total),
        "by_period": [
            {
                "month": p.month_code,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "label": p.label,
                "total": _nested(f),
            }
            for p, f in merged.by_period
        ],  # fmt: skip
        "by_centre": [to_package(e.data) for e in merged.entries],
    }
    with open(target, "w", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def _package_head(e: Entry) -> dict[str, Any]:
    return {
        "month": e.data.period.month_code,
        "start": e.data.period.start.isoformat(),
        "end": e.data.period.end.isoformat(),
    }


def write_xlsx(merged: Merged, target: Path) -> None:
    """A summary sheet (figures x centres, with the network total) and a sheet per split figure."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Сводка по сети"
    columns = [merged.column(e) for e in merged.entries]
    subtitle = f"Центров: {len(merged.entries)}. Период: {', '.join(merged.periods)}"
    title_rows(ws, "Сводный отчёт сети центров активных людей", subtitle)
    months = [f"Итого за {p.label}" for p, _ in merged.by_period]
    header(ws, 4, ["Показатель", *columns, *months, "Итого по сети"])
    row = 5
    extra = [k for k in EXTRA_SCALARS if k in merged.total.values]  # issue 18's hours, publications
    for key in (*FIGURE_KEYS, *extra):
        cell(ws, row, 1, FIGURE_TITLES.get(key) or EXTRA_SCALARS[key])
        for col, e in enumerate(merged.entries, start=2):
            cell(ws, row, col, _scalar(e.data.figures, key))
        for col, (_, figures) in enumerate(merged.by_period, start=len(columns) + 2):
            cell(ws, row, col, _scalar(figures, key)).font = BOLD
        total = cell(ws, row, len(columns) + len(months) + 2, merged.total.scalar(key))
        total.font = BOLD
        row += 1
    for note in _notes(merged):
        row += 1
        cell(ws, row, 1, note)
    fit_columns(ws, 4)
    ws.column_dimensions["A"].width = 46
    _authority_sheet(wb.create_sheet("Органы власти"), merged, subtitle)
    export_referrals.merged_sheet(wb, merged.total.values, subtitle)  # issue 21
    for key in SPLIT_KEYS:
        _split_sheet(wb.create_sheet(SHEET_NAMES[key]), merged, key, columns, subtitle)
    for key in EXTRA_SPLITS:  # issue 18: additive splits, when the packages carry them
        if key in merged.total.values:
            _split_sheet(wb.create_sheet(SHEET_NAMES[key]), merged, key, columns, subtitle)
    wb.save(target)


def _scalar(figures: Figures, key: str) -> Any:
    """A one-number view; an additive key a package does not carry is empty, not zero."""
    return figures.scalar(key) if key in figures.values else None


def _notes(merged: Merged) -> list[str]:
    notes = []
    if merged.by_period:
        notes.append("Посетители разных месяцев не суммируются: один человек мог прийти в оба месяца.")
    if (
        merged.total["appeals.median_answer_days"] is None
        and merged.total.values.get("appeals.answer_days") is None
    ):
        notes.append(
            "Медиана срока ответа по сети не вычислена: не все пакеты содержат распределение сроков."
        )
    return notes


def _authority_sheet(ws: Worksheet, merged: Merged, subtitle: str) -> None:
    """The network's authorities: the centres' rows combined by ИНН, else by normalised name."""
    title_rows(ws, "Ответы органов власти по сети", subtitle)
    header(ws, 4, [AUTHORITY_TITLES[k] for k in AUTHORITY_COLUMNS])
    for r, row in enumerate(merged.total.values.get(BY_AUTHORITY) or [], start=5):
        for col, key in enumerate(AUTHORITY_COLUMNS, start=1):
            cell(ws, r, col, row.get(key))
    fit_columns(ws, 4)


def _split_sheet(ws: Worksheet, merged: Merged, key: str, columns: list[str], subtitle: str) -> None:
    title, head = EXTRA_SPLITS.get(key) or (FIGURE_TITLES[key], SPLIT_KEY_HEADERS[key])
    title_rows(ws, title, subtitle)
    header(ws, 4, [head, "Код", *columns, "Итого по сети"])
    total_split: Mapping[str, int] = merged.total[key]
    codes = list(total_split)
    first_data = merged.entries[0].data if merged.entries else None
    for r, code in enumerate(codes, start=5):
        label = first_data.label(key, code) if first_data else code
        if key == "documents.by_template":
            label = merged.template_label(code)
        cell(ws, r, 1, label)
        cell(ws, r, 2, code)
        for col, e in enumerate(merged.entries, start=3):
            cell(ws, r, col, int(e.data.figures.values.get(key, {}).get(code, 0)))
        cell(ws, r, len(columns) + 3, int(total_split[code])).font = BOLD
    last = 5 + len(codes)
    cell(ws, last, 1, "Итого").font = BOLD
    for col, e in enumerate(merged.entries, start=3):
        cell(ws, last, col, sum(e.data.figures.values.get(key, {}).values())).font = BOLD
    cell(ws, last, len(columns) + 3, sum(total_split.values())).font = BOLD
    fit_columns(ws, 4)


__all__ = ["MergeRefused", "Merged", "PackageError", "merge", "read_package", "write_json", "write_xlsx"]
