"""Reading the first sheet of an XLSX file, refusing hostile or absurd files before openpyxl reads them.

An XLSX is a zip of XML. A 1.2 MB file can unpack to hundreds of megabytes of XML (a «zip bomb», or
just a sheet with a million formatted empty rows), which openpyxl would parse for many minutes holding
gigabytes. The zip's central directory states every member's packed and unpacked size, and Python's
zipfile never unpacks more than that size (a member that lies fails its CRC check), so it is a sound
limit: the file is refused in milliseconds when the unpacked total, a member's compression ratio or the
number of members is absurd, and when the sheet says it has more rows than an import takes.

Rows are read with openpyxl's own sheet parser, driven here rather than through ``iter_rows`` so that
(1) a formula cell without a saved value (a file written by a program that does not calculate) is
noticed instead of read as empty, (2) the row limit holds even when the sheet's stated size lies, and
(3) the caller can cancel between rows.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cal_desktop.errors import CalError, Cancelled

MAX_ROWS = 250_000  # data rows an import takes (a centre's whole history fits many times over)
MAX_UNPACKED = 256 * 1024 * 1024  # about 350,000 rows of ten columns as openpyxl writes them
MAX_RATIO = 100  # real sheets pack 5-20 times; a bomb packs hundreds or thousands of times
RATIO_FLOOR = 8 * 1024 * 1024  # members smaller than this may pack as well as they like
MAX_MEMBERS = 5_000
CANCEL_EVERY = 500  # rows between two looks at the Cancel button
CANCELLED = "Загрузка отменена: в базу ничего не записано."

CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class FormulaWithoutValue:
    """A formula cell whose file holds no computed value: what the formula gives is unknown."""

    formula: str

    def __str__(self) -> str:
        return self.formula


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} МБ"


def inspect_zip(path: Path) -> None:
    """Refuse an XLSX whose central directory shows an absurd unpacked size or compression ratio.

    Reads only the directory at the end of the file: nothing is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CalError(f"Файл Excel повреждён или это не XLSX: {exc}") from exc
    if len(members) > MAX_MEMBERS:
        raise CalError(f"Файл Excel не похож на таблицу: в нём {len(members)} частей. Сохраните его заново.")
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise CalError(
            f"Файл Excel слишком велик для загрузки: в распакованном виде {_mb(total)} (можно не больше "
            f"{_mb(MAX_UNPACKED)}). Удалите лишние листы, строки и оформление или разделите файл на части."
        )
    for m in members:
        if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise CalError(
                f"Файл Excel не загружен: его часть «{m.filename}» сжата в {m.file_size // max(m.compress_size, 1)} "
                f"раз ({_mb(m.compress_size)} -> {_mb(m.file_size)}); так выглядят повреждённые или "
                "намеренно испорченные файлы. Скопируйте данные в новый файл и загрузите его."
            )


def read_rows(path: Path, cancel: CancelCheck | None = None) -> Iterator[tuple[int, list[Any]]]:
    """(row number as the spreadsheet shows it, values) for every row of the first sheet that has one.

    Values are what the file saved (numbers, text, dates); a formula with no saved value is a
    :class:`FormulaWithoutValue`. Raises CalError for a refused or damaged file, ``Cancelled``."""
    inspect_zip(path)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged file raises anything from KeyError to zipfile.BadZipFile
        raise CalError(f"Файл Excel повреждён или это не XLSX: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        stated = getattr(sheet, "max_row", None)
        if isinstance(stated, int) and stated > MAX_ROWS + 1:
            raise _too_many(stated)
        yield from _parse(book, sheet, cancel)
    finally:
        book.close()


def _too_many(rows: int) -> CalError:
    return CalError(
        f"В файле Excel {rows} строк, а за одну загрузку принимается не больше {MAX_ROWS}. "
        "Удалите пустые строки внизу листа или разделите файл на части."
    )


def _parse(book: Any, sheet: Any, cancel: CancelCheck | None) -> Iterator[tuple[int, list[Any]]]:
    # openpyxl's internals, used on purpose (see the module docstring); tests cover them on upgrade
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            formula = element.find(FORMULA_TAG)
            # no saved value: no <v>, or an empty one on a cell that is not text (openpyxl writes
            # <v></v>); an empty text result (=IF(A1="";"";A1)) is t="str" with <v></v> and is empty
            if formula is not None and cell["value"] is None and element.get("t") != "str":
                cell["value"] = FormulaWithoutValue("=" + (formula.text or ""))
            return cell

    count = 0
    try:
        with sheet._get_source() as source:
            parser = Parser(
                source,
                sheet._shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            for number, cells in parser.parse():
                count += 1
                if count > MAX_ROWS + 1:
                    raise _too_many(number)
                if cancel is not None and count % CANCEL_EVERY == 0 and cancel():
                    raise Cancelled(CANCELLED)
                if cells:
                    values: list[Any] = [None] * max(c["column"] for c in cells)
                    for c in cells:
                        values[c["column"] - 1] = c["value"]
                    yield number, values
    except (CalError, Cancelled):
        raise
    except Exception as exc:  # bad XML, a shared string index out of range, a bad cell reference
        raise CalError(f"Файл Excel повреждён (строка {count}): {exc}") from exc
