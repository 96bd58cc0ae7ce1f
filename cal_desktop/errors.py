"""The errors users see, through the GUI or the command line.

Services raise these with a message fit for a centre's staff member (in Russian); the GUI turns them
into dialogs and the CLI into one line on stderr. Anything else reaching the top is a bug: it is logged
with its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


class CalError(Exception):
    """Base of every error meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field: ``field`` is the code, ``label`` the Russian field name."""

    field: str
    label: str
    message: str

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationError(CalError):
    """Input that cannot be saved. Carries every field problem found, not only the first."""

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    @classmethod
    def single(cls, field: str, label: str, message: str) -> ValidationError:
        return cls(FieldError(field, label, message))

    def for_field(self, field: str) -> str | None:
        for e in self.errors:
            if e.field == field:
                return e.message
        return None


class NotFound(CalError):
    """A record that the user asked for does not exist (any more)."""


class Conflict(CalError):
    """The action clashes with data already saved (a duplicate number, a concurrent edit)."""


class PermissionDenied(CalError):
    """The signed-in staff member's role does not allow this action."""


class DatabaseError(CalError):
    """The database file cannot be used: damaged, not a database, or from a newer program version."""


class EnvironmentProblem(CalError):
    """The database or the disk refuses the work for a reason outside the data: busy, read-only, full.
    Nothing was written (the transaction was rolled back) and the database is NOT damaged: the GUI
    keeps what the user typed and never offers to restore a backup for these."""


class DatabaseBusy(EnvironmentProblem):
    """Another operation (an import, another desk) held the database longer than we wait for it."""

    def __init__(self, message: str = "База занята другой операцией, повторите через минуту.") -> None:
        super().__init__(message)


class ServerConflict(DatabaseBusy):
    """A database server cancelled the transaction because another desk changed the same data at the same
    moment (a deadlock, a serialization failure). Nothing was written; doing it again succeeds."""


class DatabaseReadOnly(EnvironmentProblem):
    """The database file or the medium it is on cannot be written (read-only, immutable, no right)."""


class DiskFull(EnvironmentProblem):
    """No space left on the disk holding the database or the file being saved."""


class ImportRejected(CalError):
    """An import file with bad rows; ``problems`` lists (row, column, reason). Nothing was written."""

    def __init__(self, problems: list[tuple[int, str, str]]) -> None:
        self.problems = problems
        first = "; ".join(f"строка {r}, «{c}»: {m}" for r, c, m in problems[:3])
        more = f" (и ещё {len(problems) - 3})" if len(problems) > 3 else ""
        super().__init__(f"Файл не загружен, ошибок: {len(problems)}. {first}{more}")


class Cancelled(CalError):
    """A long job stopped by the user; whatever it did was rolled back."""

    def __init__(self, message: str = "Операция отменена") -> None:
        super().__init__(message)


class PossibleDuplicate(CalError):
    """A new record looks like one already saved; ``existing_ids`` are the likely matches."""

    def __init__(self, message: str, existing_ids: list[int]) -> None:
        super().__init__(message)
        self.existing_ids = existing_ids
