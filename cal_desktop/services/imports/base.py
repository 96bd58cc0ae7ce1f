"""What every import kind shares: problems collected per row and column, the result, batched lookups."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import Session

from cal_desktop.db.models import AuditEntry, utcnow
from cal_desktop.domain import text
from cal_desktop.errors import Cancelled, ValidationError
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.imports import runs
from cal_desktop.services.tabular import Column, cell_text

T = TypeVar("T")

Progress = Callable[[int, int], None]  # (rows done, rows in total)
CancelCheck = Callable[[], bool]  # True: the user asked to stop

MAX_PROBLEMS = 10_000  # beyond this a file is plainly the wrong one; stop collecting
BATCH = 500  # rows per flush: one multi-row INSERT instead of a round trip per row
CHUNK = 500  # ids/names per IN (...) list: well below SQLite's variable limit


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    kind: str
    rows: int = 0  # data rows read from the file
    created: int = 0  # records of the kind created
    skipped_duplicates: int = 0  # rows matching a record already in the database (or earlier in the file)
    updated: int = 0
    visitors_created: int = 0  # consultations/initiatives: visitors created from names not yet known
    staff_created: int = 0  # consultations: staff profiles created from names not yet known
    organisations_created: int = 0  # officials/appeals: bodies created from names not yet known
    territories_created: int = 0
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary_lines(self) -> list[str]:
        """The counts in Russian, as the CLI prints them and the GUI shows them."""
        verb = "будет создано" if self.dry_run else "создано"
        lines = [f"Строк в файле: {self.rows}", f"Записей {verb}: {self.created}"]
        if self.skipped_duplicates:
            lines.append(f"Пропущено (уже есть в базе или повтор в файле): {self.skipped_duplicates}")
        if self.updated:
            lines.append(f"Обновлено: {self.updated}")
        extra = (
            ("Новых посетителей", self.visitors_created),
            ("Новых сотрудников", self.staff_created),
            ("Новых организаций", self.organisations_created),
            ("Новых территорий", self.territories_created),
        )
        lines += [f"{label}: {n}" for label, n in extra if n]
        if self.dry_run:
            lines.append("Пробная проверка: в базу ничего не записано.")
        return lines


class Problems:
    """Problems found in a file: (row as the spreadsheet shows it, column name in Russian, reason)."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.items: list[tuple[int, str, str]] = []
        self._labels = {c.code: c.label for c in columns}

    def add(self, row: int, column: str, reason: str) -> None:
        """``column`` is a column code of the kind's specification (or already a Russian name)."""
        if len(self.items) < MAX_PROBLEMS:
            self.items.append((row, self._labels.get(column, column), reason))

    def from_validation(self, row: int, exc: ValidationError, field_to_column: dict[str, str]) -> None:
        """The field errors a service raised, each named by the file's column."""
        for e in exc.errors:
            self.add(row, field_to_column.get(e.field, e.label), e.message)

    def __bool__(self) -> bool:
        return bool(self.items)

    def sorted(self) -> list[tuple[int, str, str]]:
        return sorted(self.items, key=lambda p: p[0])


class Ticker:
    """Reports progress every ``every`` rows and stops the job when the user cancels."""

    def __init__(self, total: int, progress: Progress | None, cancel: CancelCheck | None, every: int = 100):
        self.total, self.progress, self.cancel, self.every = total, progress, cancel, every
        self.done = 0

    def __call__(self, n: int = 1) -> None:
        self.done += n
        if self.done % self.every == 0 or self.done == self.total:
            self.check()

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Загрузка отменена: в базу ничего не записано.")
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


DRY_RUN = "cal_import_dry_run"  # session.info key: the session is a dry run, rolled back at its end


def audit_created(session: Session, ctx: ServiceContext, entity: str, ids: Sequence[int]) -> None:
    """The audit entries ``audit.record(session, ctx, "create", entity, id, source="import")`` would
    add, written as one multi-row INSERT: entries need no id back, and going through the ORM would cost
    a round trip per entry (SQLite returns generated ids one row at a time)."""
    if not ids:
        return
    details = json.dumps({"source": "import"})
    at = utcnow()
    rows = [
        {
            "at": at,
            "staff_id": ctx.actor.staff_id,
            "action": "create",
            "entity": entity,
            "entity_id": i,
            "details": details,
        }
        for i in ids
    ]
    added = session.scalars(insert(AuditEntry).returning(AuditEntry.id), rows).all()
    runs.list_added(session, AuditEntry.__tablename__, list(added))  # undone with the import if it fails


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def split_full_name(value: str) -> tuple[str, str, str | None] | None:
    """«Фамилия Имя Отчество» -> parts; None when fewer than two words. Extra words stay in the patronymic
    («Алиев Рустам Гейдар оглы»)."""
    parts = value.split()
    if len(parts) < 2:
        return None
    middle = " ".join(parts[2:]) or None
    return parts[0], parts[1], middle


def text_of(record: dict[str, Any], code: str) -> str | None:
    return cell_text(record.get(code))


def multiline_of(record: dict[str, Any], code: str) -> str | None:
    """Long text (a description) keeping its line breaks, trimmed; ``None`` when empty."""
    value = record.get(code)
    if value is None:
        return None
    if not isinstance(value, str):
        return cell_text(value)
    cleaned = value.replace("\r\n", "\n").strip()
    return cleaned or None


def phone_of(record: dict[str, Any], code: str, problems: Problems, row: int) -> str | None:
    raw = cell_text(record.get(code))
    try:
        return text.parse_phone(raw)
    except ValueError:
        problems.add(row, code, f"неверный номер телефона «{raw}»")
        return None


def parse_codes(
    raw: str | None, parse: Callable[[str], T], labels: Iterable[str]
) -> tuple[list[T], list[str]]:
    """Values separated by ``;`` or ``,`` where some labels themselves hold commas
    («поиск информации, должностного лица, инстанции»): whole labels are taken first, then the rest is
    split. Returns (values in order without repeats, pieces not understood)."""
    found: list[T] = []
    unknown: list[str] = []

    def take(value: T) -> None:
        if value not in found:
            found.append(value)

    long_labels = sorted((lbl for lbl in labels if "," in lbl), key=len, reverse=True)
    for piece in (raw or "").split(";"):
        rest = _fold(piece)
        if not rest:
            continue
        try:
            take(parse(rest))
            continue
        except ValueError:
            pass
        for label in long_labels:
            folded = _fold(label)
            if folded in rest:
                take(parse(label))
                rest = rest.replace(folded, ",")
        for part in rest.split(","):
            part = part.strip()
            if not part:
                continue
            try:
                take(parse(part))
            except ValueError:
                unknown.append(part)
    return found, unknown


def _fold(value: str) -> str:
    return " ".join(value.strip().lower().replace("ё", "е").split())
