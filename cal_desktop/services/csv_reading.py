"""Reading a CSV file as Russian offices save them, and saying exactly what is wrong when it is broken.

Encodings: UTF-8 (with or without a BOM, Excel's «CSV UTF-8»), UTF-16 (Excel's «Текст Юникод», always
with a BOM), and the two 8-bit Cyrillic encodings, Windows-1251 (older Excel) and KOI8-R (old Unix and
mail programs). Both 8-bit ones decode any bytes, so the choice is made by Russian letter frequencies:
the wrong one turns the text into letters Russian rarely uses. The caller is told which encoding was
guessed, so that garbled column names can be explained.

Python's csv module silently swallows the rest of a file into one cell after an unclosed quote; the
reader here notices it and names the line where the quote opens. A cell over csv's limit gets a Russian
message with its line.
"""

from __future__ import annotations

import csv
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
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


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
    record: list[str] = []  # the lines of the record being read: to find an unclosed quote in

    def lines() -> Iterator[str]:
        for found in _LINE.finditer(content):
            record.append(found.group())
            yield found.group()

    reader = csv.reader(lines(), delimiter=delimiter)
    start, count = 1, 0
    pending: tuple[int, list[str]] | None = None
    last: list[str] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise CalError(_problem(record, start, delimiter, str(exc))) from exc
        if pending is not None:
            yield pending
        # held back one record: only the last one can end inside quotes (it ran to the end of the file)
        pending, last = (start, row), record.copy()
        record.clear()
        start = reader.line_num + 1
        count += 1
        if cancel is not None and count % CANCEL_EVERY == 0 and cancel():
            raise Cancelled(CANCELLED)
    if pending is not None:
        opened = _open_quote(last, delimiter)
        if opened is not None:
            raise CalError(_unclosed(pending[0] + opened))
        yield pending


def _unclosed(line: int) -> str:
    return (
        f"Файл CSV повреждён: кавычка, открытая в строке {line}, не закрыта до конца файла. "
        "Закройте её или уберите."
    )


def _problem(record: list[str], start: int, delimiter: str, message: str) -> str:
    opened = _open_quote(record, delimiter)
    if opened is not None:
        return _unclosed(start + opened)
    if "field larger than field limit" in message:
        return f"Файл CSV: ячейка в строке {start} длиннее {CELL_LIMIT} символов. Сократите её."
    return f"Файл CSV повреждён (строка {start}): {message}"


def _open_quote(lines: list[str], delimiter: str) -> int | None:
    """The index of the line where a quote left open at the end of ``lines`` opened, as csv reads it
    (a quote opens a quoted cell only at the start of a cell; ``""`` inside is a quote)."""
    quoted, at_start, opened = False, True, 0
    for index, line in enumerate(lines):
        i = 0
        while i < len(line):
            ch = line[i]
            if quoted:
                close = line.find('"', i)
                if close < 0:
                    break
                if line.startswith('""', close):
                    i = close + 2
                    continue
                quoted, i = False, close + 1
                continue
            if ch == '"' and at_start:
                quoted, opened = True, index
            at_start = ch in (delimiter, "\r", "\n")
            i += 1
    return opened if quoted else None
