"""Reading and writing the spreadsheets centres keep (DOMAIN.md A4): CSV and XLSX.

Reading: CSV in UTF-8 (with or without a BOM, as Excel's «CSV UTF-8» saves it), UTF-16 with a BOM,
Windows-1251 or KOI8-R (``csv_reading``), the delimiter ``;`` or ``,`` detected from the header line;
XLSX: the first sheet (``xlsx_reading``, which refuses absurd or hostile files from the zip's directory
before reading). The first non-empty row holds the column names, matched to a column specification in
any order and case (ё = е, extra spaces ignored), by the Russian name or the English code. Cell values
stay as the file gives them (XLSX cells may already be dates or numbers); ``cell_text``/``cell_date``/
``cell_datetime`` turn them into what services take. Cells are refused (row and column named) when they
hold control characters, are longer than Excel allows, or are formulas without a saved value.

Writing: CSV in UTF-8 with a BOM and ``;`` (what Russian Excel opens without an import wizard) or XLSX
(bold frozen header, column widths), streamed row by row and written atomically: a temporary file in the
same folder replaces the target only when complete, so a full disk never leaves a half-written file.
Formula-like text is neutralised (``domain.hostile``): an apostrophe in CSV, a string cell in XLSX.
"""

from __future__ import annotations

import calendar
import csv
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from cal_desktop.domain.hostile import control_problem, csv_text, has_control, put, unquote_csv_text
from cal_desktop.domain.text import normalize
from cal_desktop.errors import CalError, Cancelled, ImportRejected
from cal_desktop.services import csv_reading, files, xlsx_reading
from cal_desktop.services.xlsx_reading import CANCEL_EVERY, CANCELLED, CancelCheck, FormulaWithoutValue

SUPPORTED = (".csv", ".xlsx")
XLSX_MAX_ROWS = 1_048_575  # Excel's limit of 1,048,576 rows, less the header
MAX_CELL = 32_767  # Excel's limit of characters in a cell; more is a damaged or crafted file
MAX_CELL_PROBLEMS = 1_000  # stop reading a file this wrong
SHOWN_NAMES = 10  # unknown columns named in the warning
MISSING = "нет обязательного столбца"
DATE_FORMAT = "%d.%m.%Y"
DATETIME_FORMAT = "%d.%m.%Y %H:%M"


@dataclass(frozen=True)
class Column:
    """A column an import knows: its English code, its Russian name (as in DOMAIN A4), required or not."""

    code: str
    label: str
    required: bool = False


@dataclass
class Table:
    """A file read and matched to a specification.

    ``rows`` holds (row number as the spreadsheet shows it, {code: raw value}) for every non-empty row.
    """

    header_row: int
    columns: dict[str, str]  # code -> the header as written in the file
    rows: list[tuple[int, dict[str, Any]]]
    warnings: list[str] = field(default_factory=list)
    cancel: CancelCheck | None = None

    def each(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """The rows, stopping (``errors.Cancelled``) when the user cancels: parsing a large file takes time."""
        for n, item in enumerate(self.rows, start=1):
            if self.cancel is not None and n % CANCEL_EVERY == 0 and self.cancel():
                raise Cancelled(CANCELLED)
            yield item


# ------------------------------------------------------------------------------------------ reading


def read_raw(
    path: str | os.PathLike[str], cancel: CancelCheck | None = None
) -> Iterator[tuple[int, list[Any]]]:
    """Every row of the file with its spreadsheet row number (1-based), values as the file holds them."""
    return _open(Path(path), cancel)[0]


def _open(path: Path, cancel: CancelCheck | None) -> tuple[Iterator[tuple[int, list[Any]]], list[str]]:
    """The rows and notes for the user (the encoding a CSV was guessed to be in)."""
    if not path.is_file():
        raise CalError(f"Файл не найден: {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows, encoding = csv_reading.read_rows(path, cancel)
        notes = [f"Файл прочитан в кодировке {encoding}."] if encoding else []
        return rows, notes
    if suffix in (".xlsx", ".xlsm"):
        return xlsx_reading.read_rows(path, cancel), []
    raise CalError(f"Неподдерживаемый формат файла «{path.suffix}»: нужен .csv или .xlsx")


detect_delimiter = csv_reading.detect_delimiter


def header_key(text: str) -> str:
    """A header name folded for matching: «Дата  рождения (birth_date)» -> «дата рождения»."""
    folded = normalize(str(text)).strip(" *:")
    return re.sub(r"\s*\([a-z_]+\)$", "", folded).strip()


def _code_in_brackets(text: str) -> str | None:
    found = re.search(r"\(([a-z_]+)\)\s*\*?$", normalize(str(text)))
    return found.group(1) if found else None


def read_table(
    path: str | os.PathLike[str],
    spec: Sequence[Column],
    limit: int | None = None,
    cancel: CancelCheck | None = None,
) -> Table:
    """Read a file and match its header to ``spec``; with ``limit``, only the first data rows (a
    preview: a large XLSX is not read to its end). ``cancel()`` returning True stops the reading
    (``errors.Cancelled``); the table keeps it, so that parsing its rows can stop too.

    Unknown columns are ignored with one warning; missing required columns, a column named twice, a
    cell over Excel's length limit or a formula without a saved value reject the file (ImportRejected
    naming each row and column).
    """
    rows, notes = _open(Path(path), cancel)
    try:
        table = _match(rows, spec, limit)
    except ImportRejected as exc:
        if notes and any(reason == MISSING for _, _, reason in exc.problems):
            # garbled names are the usual sign of a wrong guess: say what was guessed and what helps
            hint = f"{notes[0]} Если названия столбцов искажены, сохраните файл как «CSV UTF-8»."
            raise ImportRejected([*exc.problems, (exc.problems[0][0], "Кодировка", hint)]) from exc
        raise
    finally:
        if hasattr(rows, "close"):
            rows.close()  # an XLSX reader closes its workbook
    table.warnings[:0] = notes
    table.cancel = cancel
    return table


def _match(rows: Iterator[tuple[int, list[Any]]], spec: Sequence[Column], limit: int | None) -> Table:
    header_row, headers = 0, []
    for number, values in rows:
        if any(_present(v) for v in values):
            header_row, headers = number, values
            break
    if not header_row:
        raise CalError("Файл пуст: в первой строке должны быть названия столбцов.")
    positions, columns, warnings = _header(header_row, headers, spec)
    labels = {c.code: c.label for c in spec}
    data: list[tuple[int, dict[str, Any]]] = []
    problems: list[tuple[int, str, str]] = []
    for number, values in rows:
        record = _record(values, positions)
        if record is not None:
            for code, value in record.items():
                why = _cell_problem(value)
                if why:
                    problems.append((number, labels[code], why))
            data.append((number, record))
            if limit is not None and len(data) >= limit:
                break
        if len(problems) >= MAX_CELL_PROBLEMS:
            break
    if problems:
        raise ImportRejected(problems)
    return Table(header_row, columns, data, warnings)


def _record(values: list[Any], positions: dict[str, int]) -> dict[str, Any] | None:
    """The row's cells by column code, or ``None`` when they are all empty. (Runs for every row of
    the file: kept lean.)"""
    record: dict[str, Any] = {}
    present = False
    width = len(values)
    for code, i in positions.items():
        value = values[i] if i < width else None
        if value.__class__ is str:
            if value[:1] == "'":
                # what the program's own CSV export wrote as «'=...» (domain.hostile) reads back as it was
                value = unquote_csv_text(value)
            present = present or not value.isspace() and value != ""
        elif value is not None:
            present = True
        record[code] = value
    return record if present else None


def _header(
    header_row: int, headers: list[Any], spec: Sequence[Column]
) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """Column positions and names by code, and the warnings; ImportRejected for missing or repeated ones."""
    by_key: dict[str, Column] = {}
    for known in spec:
        by_key[header_key(known.label)] = known
        by_key[known.code.lower()] = known
    positions: dict[str, int] = {}
    columns: dict[str, str] = {}
    unknown: list[str] = []
    repeated: dict[str, str] = {}
    for index, raw in enumerate(headers):
        if not _present(raw):
            continue
        name = str(raw).strip()
        col = by_key.get(header_key(name)) or by_key.get(_code_in_brackets(name) or "")
        if col is None:
            unknown.append(name)
        elif col.code in positions:
            repeated.setdefault(col.code, name)
        else:
            positions[col.code] = index
            columns[col.code] = name
    # a column named twice is one problem, however many times it repeats
    problems = [
        (header_row, name, f"столбец «{by_key[code].label}» указан дважды") for code, name in repeated.items()
    ]
    problems += [(header_row, c.label, MISSING) for c in spec if c.required and c.code not in positions]
    if problems:
        raise ImportRejected(problems)
    return positions, columns, [_unknown_warning(unknown)] if unknown else []


def _unknown_warning(names: list[str]) -> str:
    """One line however many unknown columns (a file with 200,000 of them must not give 200,000 lines)."""
    shown = ", ".join(f"«{_short(n)}»" for n in names[:SHOWN_NAMES])
    more = f" и ещё {len(names) - SHOWN_NAMES}" if len(names) > SHOWN_NAMES else ""
    if len(names) == 1:
        return f"Столбец {shown} не используется при загрузке и пропущен."
    return f"Столбцы не используются при загрузке и пропущены ({len(names)}): {shown}{more}."


def _short(name: str, width: int = 60) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def _cell_problem(value: Any) -> str | None:
    if value.__class__ is str:
        if len(value) > MAX_CELL:
            return f"в ячейке {len(value)} символов, можно не больше {MAX_CELL}"
        # NUL and the like, in any column, named as the file names it (line breaks and tabs are
        # allowed here: a single-line field folds them into spaces)
        return control_problem(value, long_text=True) if has_control(value) else None
    if isinstance(value, FormulaWithoutValue):
        return (
            f"формула {_short(value.formula, 40)} без сохранённого значения: откройте файл в Excel "
            "или LibreOffice и сохраните его снова (или замените формулы значениями)"
        )
    return None


def _present(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or value.strip() != "")


# ------------------------------------------------------------------------------------- cell values


def cell_text(value: Any) -> str | None:
    """A cell as trimmed text (``None`` when empty). A number stored by Excel (a phone!) loses ``.0``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.strftime(DATETIME_FORMAT if value.time() != time(0) else DATE_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    cleaned = " ".join(str(value).split())
    return cleaned or None


_DATE_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")

DATE_HINT = "неверная дата (нужно ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)"
DATETIME_HINT = "неверная дата (нужно ДД.ММ.ГГГГ или ДД.ММ.ГГГГ ЧЧ:ММ)"


def cell_date(value: Any) -> date | None:
    """A date from a date cell or text ``ДД.ММ.ГГГГ`` / ``ГГГГ-ММ-ДД`` (a time part is allowed and
    dropped). ``None`` when empty; ValueError with a Russian message when it is not a date."""
    parsed = cell_datetime(value, hint=DATE_HINT)
    return parsed.date() if parsed is not None else None


def cell_datetime(value: Any, hint: str = DATETIME_HINT) -> datetime | None:
    """A local date-time from a cell or text ``ДД.ММ.ГГГГ[ ЧЧ:ММ]`` / ISO; a bare date is midnight."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time(0))
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2_958_466:
        # an XLSX date cell formatted as a number: Excel's serial day count
        from openpyxl.utils.datetime import from_excel

        serial = from_excel(value)
        return serial if isinstance(serial, datetime) else datetime.combine(serial, time(0))
    if not isinstance(value, str):
        raise ValueError(hint)
    raw = value.strip().replace("T", " ")
    day_part, _, time_part = raw.partition(" ")
    if found := _DATE_RE.match(day_part):
        year, month, number = int(found.group(3)), int(found.group(2)), int(found.group(1))
    elif iso := _ISO_RE.match(day_part):
        year, month, number = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    else:
        raise ValueError(hint)
    if problem := _no_such_date(year, month, number):
        raise ValueError(problem)
    try:
        day = date(year, month, number)
        clock = time(0)
        if time_part.strip():
            t = _TIME_RE.match(time_part.strip())
            if not t:
                raise ValueError(hint)
            clock = time(int(t.group(1)), int(t.group(2)), int(t.group(3) or 0))
    except ValueError as exc:
        raise ValueError(hint) from exc
    return datetime.combine(day, clock)


def _no_such_date(year: int, month: int, day: int) -> str | None:
    """«31.02.1990» is a typo, not a format problem: say which date does not exist (as the forms do)."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None  # not a date at all: the expected format is the better hint
    last = calendar.monthrange(year, month)[1]
    if 1 <= day <= last:
        return None
    return (
        f"такой даты нет: {day:02d}.{month:02d}.{year} "
        f"(последний день этого месяца — {last:02d}.{month:02d}.{year})"
    )


# ------------------------------------------------------------------------------------------ writing


def write_table(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int] | None = None,
) -> int:
    """Write a header and rows to .csv or .xlsx atomically; returns the number of data rows.

    Values may be text, numbers, dates or date-times (``None`` is an empty cell). Rows are consumed
    one by one, so a generator streaming from the database keeps memory flat.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUPPORTED:
        raise CalError(f"Неподдерживаемый формат файла «{target.suffix}»: нужен .csv или .xlsx")

    def write(tmp: Path) -> int:
        if suffix == ".csv":
            return _write_csv(tmp, headers, rows)
        return _write_xlsx(tmp, headers, rows, widths)

    return files.write_atomic(target, write)


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(DATETIME_FORMAT if value.time() != time(0) else DATE_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, str):
        return csv_text(value)  # «=HYPERLINK(...)» in a name must not become a live formula
    return str(value)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
            count += 1
    return count


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[int] | None
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Данные")
    sheet.freeze_panes = "A2"
    for i, header in enumerate(headers, start=1):
        width = widths[i - 1] if widths and i <= len(widths) else max(12, len(header) + 2)
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = put(WriteOnlyCell(sheet), header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    try:
        for row in rows:
            if count >= XLSX_MAX_ROWS:
                raise CalError(
                    f"В файл XLSX помещается не больше {XLSX_MAX_ROWS} строк: выгрузите в CSV (.csv)."
                )
            sheet.append([_xlsx_cell(sheet, v, WriteOnlyCell) for v in row])
            count += 1
    except BaseException:
        # finish the sheet's XML stream now, rather than when it is garbage-collected half-open
        try:
            sheet.close()
        except Exception:
            pass
        raise
    book.save(path)
    return count


def _xlsx_cell(sheet: Any, value: Any, cell_type: Any) -> Any:
    if isinstance(value, datetime):
        cell = cell_type(sheet, value=value)
        cell.number_format = "DD.MM.YYYY HH:MM" if value.time() != time(0) else "DD.MM.YYYY"
        return cell
    if isinstance(value, date):
        cell = cell_type(sheet, value=value)
        cell.number_format = "DD.MM.YYYY"
        return cell
    if isinstance(value, str):
        # text is a string cell, never a formula (a phone «+7...» or «=HYPERLINK(...)» in a name)
        return put(cell_type(sheet), value)
    return value
