"""Small pieces every service uses: collecting field errors, parsing inputs, pages of results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from cal_desktop.domain import hostile, text
from cal_desktop.domain.clock import today
from cal_desktop.errors import FieldError, NotFound, ValidationError

T = TypeVar("T")
E = TypeVar("E")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: the rows and the total count of the filtered query."""

    items: Sequence[T]
    total: int
    offset: int
    limit: int


class Checker:
    """Collects every field problem of one input, then raises them together.

    >>> c = Checker(); name = c.required("last_name", "Фамилия", "  "); c.done()  # raises ValidationError
    """

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, label: str, message: str) -> None:
        self.errors.append(FieldError(field, label, message))

    def required(
        self, field: str, label: str, value: str | None, max_len: int = 300, long_text: bool = False
    ) -> str:
        cleaned = (value or "").strip()
        if not cleaned:
            self.fail(field, label, "обязательное поле")
        else:
            self._text(field, label, cleaned, max_len, long_text)
        return cleaned

    def optional(
        self, field: str, label: str, value: str | None, max_len: int = 500, long_text: bool = False
    ) -> str | None:
        cleaned = (value or "").strip()
        self._text(field, label, cleaned, max_len, long_text)
        return cleaned or None

    def no_controls(self, field: str, label: str, value: str | None, long_text: bool = False) -> str | None:
        """Only the control-character rule, for a text checked otherwise (or not at all) elsewhere."""
        problem = hostile.control_problem(value, long_text)
        if problem:
            self.fail(field, label, problem)
        return value

    def _text(self, field: str, label: str, cleaned: str, max_len: int, long_text: bool) -> None:
        """Length, then control characters (NUL and the like; tabs and line breaks only in long texts:
        descriptions and notes)."""
        if len(cleaned) > max_len:
            self.fail(field, label, f"не длиннее {max_len} символов")
            return
        problem = hostile.control_problem(cleaned, long_text)
        if problem:
            self.fail(field, label, problem)

    def phone(self, field: str, label: str, value: str | None) -> str | None:
        try:
            return text.parse_phone(value)
        except ValueError:
            self.fail(field, label, "неверный номер телефона (пример: +7 912 345-67-89)")
            return None

    def email(self, field: str, label: str, value: str | None) -> str | None:
        try:
            return text.parse_email(value)
        except ValueError:
            self.fail(field, label, "неверный адрес эл. почты (пример: name@mail.ru)")
            return None

    def past_date(self, field: str, label: str, value: date | None) -> date | None:
        if value is not None and value > today():
            self.fail(field, label, "дата не может быть в будущем")
        return value

    def code(
        self, field: str, label: str, value: str | None, parse: Callable[[str], E], required: bool = True
    ) -> E | None:
        """A vocabulary value from its code or Russian label."""
        if value is None or not str(value).strip():
            if required:
                self.fail(field, label, "обязательное поле")
            return None
        try:
            return parse(str(value))
        except ValueError:
            self.fail(field, label, f"неизвестное значение «{value}»")
            return None

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def get_or_404(session, model: type[T], id_: int, what: str) -> T:  # type: ignore[no-untyped-def]
    obj = session.get(model, id_)
    if obj is None:
        raise NotFound(f"{what} №{id_} не найден(а).")
    return obj


def like_pattern(normalised: str) -> str:
    """A LIKE pattern for a normalised substring, with LIKE's wildcards escaped (escape char ``\\``)."""
    escaped = normalised.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


__all__ = ["Checker", "Page", "ValidationError", "get_or_404", "like_pattern"]
