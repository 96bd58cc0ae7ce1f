"""Reading a CSV file as Russian offices save them, and saying exactly what is wrong when it is broken.

Encodings: UTF-8 (with or without a BOM, Excel's «CSV UTF-8»), UTF-16 (Excel's «Текст Юникод», always
with a BOM), and the two 8-bit Cyrillic encodings, Windows-1251 (older Excel) and KOI8-R (old Unix and
mail programs). Both 8-bit ones decode any bytes, so the choice is made by Russian letter frequencies:
the wrong one turns the text into letters Russian rarely uses. The caller is told which encoding was
guessed, so that garbled column names can be explained.

Left to itself, Python's csv module silently swallows the rest of a file into one cell after an
unclosed quote, or glues a line onto the previous one after a quote closed in mid-cell. It reads
strictly here, and a broken quote is reported with the line where it opens. A cell over csv's limit
gets a Russian message with its line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cal_desktop.errors import CalError, Cancelled
from cal_desktop.services.xlsx_reading import CANCEL_EVERY, CANCELLED, CancelCheck

MAX_BYTES = 200 * 1024 * 1024
CELL_LIMIT = csv.field_size_limit()  # 131,072 characters unless someone changed it
ENCODING_NAMES = {"cp1251": "Windows-1251", "koi8_r": "KOI8-R", "utf-16": "UTF-16"}

# How often each lowercase letter occurs in Russian text (per mille, rounded): the score of a decoding
_FREQ = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
        (
            110,
            85,
            80,
            73,
            67,
            63,
            55,
            47,
            45,
            44,
            35,
            32,
            30,
            28,
            26,
            20,
            19,
            17,
            17,
            16,
            16,
            14,
            12,
            10,
            9,
            7,
            6,
            5,
            4,
            3,
            3,
            1,
            1,
        ),
        strict=True,
    )
)
_BREAK = re.compile(r"\r\n|\r|\n")


def decode(data: bytes) -> tuple[str, str | None]:
    """The text and, when it was not UTF-8, the encoding's name for the user."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ENCODING_NAMES["utf-16"]
        except UnicodeDecodeError as exc:
            raise CalError("Файл CSV повреждён: начинается как UTF-16, но дальше не UTF-16.") from exc
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > len(data) // 4:
        raise CalError(
            "Кодировка файла CSV не распознана (похоже на UTF-16 без метки). Сохраните файл как «CSV UTF-8»."
        )
    candidates = []
    for encoding in ("cp1251", "koi8_r"):
        try:
            candidates.append((_score(data.decode(encoding)), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:  # unreachable: KOI8-R decodes any bytes
        raise CalError("Файл не в кодировке UTF-8: сохраните его как «CSV UTF-8» или XLSX.")
    encoding = max(candidates)[1]
    return data.decode(encoding), ENCODING_NAMES[encoding]


def _score(text: str) -> float:
    """Mean Russian letter frequency of the Cyrillic letters, plus a little for lower case (Russian
    text is mostly lower case; the wrong 8-bit table swaps the cases)."""
    letters = [ch for ch in text[:200_000] if "\u0400" <= ch <= "\u04ff"]
    if not letters:
        return 0.0
    weight = sum(_FREQ.get(ch.lower(), 0) for ch in letters) / len(letters)
    lower = sum(1 for ch in letters if ch.islower()) / len(letters)
    return weight + 10 * lower


def detect_delimiter(header_line: str) -> str:
    """``;`` or ``,`` (or a tab), whichever the header line holds most of; ``;`` when none."""
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ";"


def read_rows(
    path: Path, cancel: CancelCheck | None = None
) -> tuple[Iterator[tuple[int, list[Any]]], str | None]:
    """(rows with their line numbers, the encoding's name when it was guessed). Each row's number is the
    line where it starts."""
    if path.stat().st_size > MAX_BYTES:
        raise CalError(
            f"Файл CSV слишком велик для загрузки (больше {MAX_BYTES // (1024 * 1024)} МБ): разделите его на части."
        )
    content, encoding = decode(path.read_bytes())
    first_line = next((line for line in content.splitlines() if line.strip()), "")
    return _rows(content, detect_delimiter(first_line), cancel), encoding


def _rows(content: str, delimiter: str, cancel: CancelCheck | None) -> Iterator[tuple[int, list[Any]]]:
    # strict: a quote left open at the end, or text after a closing quote, is an error rather than
    # the rest of the file (or of the line) silently swallowed into one cell
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    start, count = 1, 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CalError(_problem(content, start, reader.line_num, delimiter, str(exc))) from exc
        yield start, row
        start = reader.line_num + 1
        count += 1
        if cancel is not None and count % CANCEL_EVERY == 0 and cancel():
            raise Cancelled(CANCELLED)


def _problem(content: str, start: int, at: int, delimiter: str, message: str) -> str:
    trouble = _broken_quote(content, start, delimiter)
    if trouble is not None:
        opened, closed_early = trouble
        if closed_early:
            return (
                f"Файл CSV повреждён: кавычка, открытая в строке {opened}, закрыта посреди ячейки (строка {at}). "
                'Кавычку внутри ячейки пишут двумя подряд: "".'
            )
        return (
            f"Файл CSV повреждён: кавычка, открытая в строке {opened}, не закрыта до конца файла. "
            "Закройте её или уберите."
        )
    if "field larger than field limit" in message:
        return f"Файл CSV: ячейка в строке {start} длиннее {CELL_LIMIT} символов. Сократите её."
    return f"Файл CSV повреждён (строка {start}): {message}"


def _broken_quote(content: str, line: int, delimiter: str) -> tuple[int, bool] | None:
    """The first broken quoted cell of the record starting at ``line``: (the line where its quote
    opened, True when text follows its closing quote / False when it never closes). A quote opens a
    quoted cell only at the start of a cell, ``""`` inside is a quote, a quote elsewhere is a
    character (as csv reads it)."""
    text = content[_line_offset(content, line) :]
    quoted, i, opened = False, 0, 0
    while True:
        found = text.find('"', i)
        if found < 0:
            break
        if quoted:
            if text.startswith('""', found):
                i = found + 2
                continue
            if text[found + 1 : found + 2] not in ("", delimiter, "\r", "\n"):
                return line + len(_BREAK.findall(text, 0, opened)), True
            quoted, i = False, found + 1  # followed by a delimiter or a line break: a cell ends
            continue
        if found == 0 or text[found - 1] in (delimiter, "\r", "\n"):
            quoted, opened = True, found
        i = found + 1
    return (line + len(_BREAK.findall(text, 0, opened)), False) if quoted else None


def _line_offset(content: str, line: int) -> int:
    """Where line number ``line`` (1-based, as csv counts them) starts in ``content``."""
    if line <= 1:
        return 0
    for number, found in enumerate(_BREAK.finditer(content), start=2):
        if number == line:
            return found.end()
    return len(content)
