"""The figures of a report (DOMAIN A3) and what every exporter shows about them.

``Figures`` holds the numbers of one period under the A3 keys (``figures["consultations.total"]``);
``ReportData`` adds the centre, the period, the comparison periods and the labels. Exporters
(json, xlsx, pdf, docx) and the GUI read the same rows from :func:`summary_rows` and
:func:`breakdowns`, so every format shows the same numbers in the same order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cal_desktop.domain.vocab import (
    Channel,
    EventKind,
    InitiativeStatus,
    Outcome,
    OutOfScopeReason,
    Topic,
)
from cal_desktop.reports.period import Period

NO_TERRITORY = "не указана"
NO_STAFF = "не указан"

# The built-in templates of DOMAIN A5: stable ids and what staff call them.
BUILTIN_TEMPLATES: dict[str, str] = {
    "appeal": "обращение к должностному лицу",
    "collective_appeal": "коллективное обращение",
    "info_request": "запрос информации",
    "initiative_project": "заявка на инициативный проект",
    "meeting_minutes": "протокол собрания жителей",
    "signature_sheet": "подписной лист",
    "pd_consent": "согласие на обработку персональных данных",
    "press_release": "пресс-релиз",
    "repeat_appeal": "повторное обращение",
    "pd_publication_consent": "согласие на распространение персональных данных",
}

# Every A3 key, in the order reports show them, with its Russian title.
FIGURE_TITLES: dict[str, str] = {
    "consultations.total": "Консультаций всего",
    "consultations.by_channel": "Консультации по каналам",
    "consultations.by_topic": "Консультации по темам",
    "consultations.by_outcome": "Консультации по результатам",
    "consultations.by_staff": "Консультации по сотрудникам",
    "consultations.anonymous": "Анонимных консультаций",
    "consultations.out_of_scope": "Обращения вне профиля ЦАЛ",
    "consultations.by_territory": "Консультации по территориям",
    "visitors.served": "Посетителей обслужено",
    "visitors.new": "Новых посетителей",
    "initiatives.opened": "Инициатив открыто",
    "initiatives.by_status": "Инициативы по статусам на конец периода",
    "initiatives.implemented": "Инициатив реализовано",
    "members.supporters_attracted": "Привлечено сторонников и волонтёров",
    "documents.by_template": "Подготовлено документов по шаблонам",
    "appeals.sent": "Обращений отправлено",
    "appeals.answered": "Ответов получено",
    "appeals.overdue_at_month_end": "Просрочено ответов на конец периода",
    "appeals.median_answer_days": "Медианный срок ответа, дней",
    # meetings and events (issue 16): additive keys, see ADDITIVE_KEYS
    "events.held": "Проведено мероприятий",
    "events.by_kind": "Мероприятия по видам",
    "events.participants": "Участников мероприятий",
    "signatures.collected": "Собрано подписей",
    "signatures.campaigns_completed": "Завершено сборов подписей",
}
# Keys added after format version 1 was first sent: a package without them still reads (as zero), so
# that older centres' packages merge with newer ones.
ADDITIVE_KEYS: tuple[str, ...] = (
    "events.held",
    "events.by_kind",
    "events.participants",
    "signatures.collected",
    "signatures.campaigns_completed",
)
FIGURE_KEYS: tuple[str, ...] = tuple(FIGURE_TITLES)
SPLIT_KEYS: tuple[str, ...] = (
    "consultations.by_channel",
    "consultations.by_topic",
    "consultations.by_outcome",
    "consultations.by_staff",
    "consultations.out_of_scope",
    "consultations.by_territory",
    "initiatives.by_status",
    "documents.by_template",
    "events.by_kind",
)
SCALAR_KEYS: tuple[str, ...] = tuple(k for k in FIGURE_KEYS if k not in SPLIT_KEYS)
# Additive one-number figures (issue 18): shown after the A3 rows when a report carries them.
EXTRA_SCALARS: dict[str, str] = {
    "effort.consultation_hours": "Часов консультаций (по записанной длительности)",
    "publications.count": "Публикаций в СМИ",
    "referrals.helped": "Перенаправлений, которые помогли",  # issue 21 (reports/referrals.py)
    "effort.volunteer_hours": "Часов волонтёров партнёров",
    "resources.in_kind_count": "Ресурсов партнёров в натуральной форме",
}
# Additive splits (issue 18): shown when a report carries them, optional in packages.
EXTRA_SPLITS: dict[str, tuple[str, str]] = {
    "initiatives.by_territory": ("Инициативы, открытые за период, по территориям", "Территория"),
}

# Splits whose keys are vocabulary codes: every code is always present (zero when nothing).
VOCAB_SPLITS = {
    "consultations.by_channel": Channel,
    "consultations.by_topic": Topic,
    "consultations.by_outcome": Outcome,
    "consultations.out_of_scope": OutOfScopeReason,
    "initiatives.by_status": InitiativeStatus,
    "events.by_kind": EventKind,
}

# The short column header of a split's key in tables.
SPLIT_KEY_HEADERS = {
    "consultations.by_channel": "Канал",
    "consultations.by_topic": "Тема",
    "consultations.by_outcome": "Результат",
    "consultations.by_staff": "Сотрудник",
    "consultations.out_of_scope": "Причина",
    "consultations.by_territory": "Территория",
    "initiatives.by_status": "Статус",
    "documents.by_template": "Шаблон",
    "events.by_kind": "Вид",
}

Number = int | float


def zero_split(key: str) -> dict[str, int]:
    """A split with every known part at zero: the vocabulary's codes, the built-in templates."""
    if key == "documents.by_template":
        return dict.fromkeys(BUILTIN_TEMPLATES, 0)
    vocab = VOCAB_SPLITS.get(key)
    return {m.value: 0 for m in vocab} if vocab else {}


@dataclass(frozen=True)
class Figures:
    """The A3 figures of one period: ``values`` maps each A3 key to an int, a split dict or the median."""

    values: Mapping[str, Any]

    def __post_init__(self) -> None:
        missing = [k for k in FIGURE_KEYS if k not in self.values]
        if missing:
            raise ValueError(f"figures missing: {missing}")

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def scalar(self, key: str) -> Number | None:
        """A one-number view of any figure: a split is its sum (what a "total" row shows)."""
        value = self.values[key]
        if isinstance(value, Mapping):
            return sum(value.values())
        return value

    @classmethod
    def empty(cls) -> Figures:
        values: dict[str, Any] = {}
        for key in FIGURE_KEYS:
            if key in SPLIT_KEYS:
                values[key] = zero_split(key)
            elif key == "appeals.median_answer_days":
                values[key] = None
            else:
                values[key] = 0
        values["consultations.by_territory"] = {NO_TERRITORY: 0}
        return cls(values)


@dataclass(frozen=True)
class CentreInfo:
    """The centre's requisites printed on a report (from the settings)."""

    name: str
    organisation_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    inn: str = ""
    ogrn: str = ""
    city: str = ""
    head_position: str = "Руководитель"
    head_name: str = ""
    name_genitive: str = ""  # «Центра активных людей», declined by the service (reports/ does no grammar)
    id: str = ""  # the centre's UUID (issue 18): merges tell centres apart by it, never by name

    @property
    def report_title(self) -> str:
        """«Отчёт о работе Центра активных людей»: the centre's name in the genitive."""
        return f"Отчёт о работе {self.name_genitive or self.name}"

    @property
    def requisites(self) -> list[str]:
        """Lines for the header of a printed report (empty parts left out)."""
        lines = [self.organisation_name, self.address]
        contacts = ", ".join(
            x for x in (f"тел. {self.phone}" if self.phone else "", self.email, self.website) if x
        )
        lines.append(contacts)
        ids = ", ".join(
            x for x in (f"ИНН {self.inn}" if self.inn else "", f"ОГРН {self.ogrn}" if self.ogrn else "") if x
        )
        lines.append(ids)
        return [line for line in lines if line]


@dataclass(frozen=True)
class ReportData:
    """Everything an exporter needs: the figures of the period and of its two comparison periods."""

    centre: CentreInfo
    period: Period
    figures: Figures
    previous: Figures | None = None
    year_ago: Figures | None = None
    template_labels: Mapping[str, str] = field(default_factory=dict)
    generated_at: datetime | None = None

    def label(self, key: str, code: str) -> str:
        """The Russian label of a split's key (names of staff and territories are already labels)."""
        vocab = VOCAB_SPLITS.get(key)
        if vocab is not None:
            try:
                return vocab(code).label
            except ValueError:
                return code
        if key == "documents.by_template":
            return self.template_labels.get(code) or BUILTIN_TEMPLATES.get(code) or code
        return code


@dataclass(frozen=True)
class Row:
    """One line of a table: a figure (or a split's part) with its comparison values."""

    key: str
    title: str
    value: Number | None
    previous: Number | None = None
    year_ago: Number | None = None

    @property
    def change(self) -> Number | None:
        """Change against the previous period, or None when either side is unknown."""
        if self.value is None or self.previous is None:
            return None
        return _tidy(self.value - self.previous)

    @property
    def change_year(self) -> Number | None:
        if self.value is None or self.year_ago is None:
            return None
        return _tidy(self.value - self.year_ago)


def _tidy(x: Number) -> Number:
    return int(x) if float(x).is_integer() else round(float(x), 1)


def summary_rows(data: ReportData) -> list[Row]:
    """The one-number rows of the summary: scalar figures and the totals of out-of-scope and documents."""
    keys = [*SCALAR_KEYS]
    # out-of-scope and documents are reported as a total too (their splits follow in the breakdowns)
    keys.insert(keys.index("consultations.anonymous") + 1, "consultations.out_of_scope")
    keys.insert(keys.index("members.supporters_attracted") + 1, "documents.by_template")
    titles = dict(FIGURE_TITLES)
    titles["documents.by_template"] = "Подготовлено документов"
    rows = []
    for key in keys:
        rows.append(
            Row(
                key,
                titles[key],
                data.figures.scalar(key),
                data.previous.scalar(key) if data.previous else None,
                data.year_ago.scalar(key) if data.year_ago else None,
            )
        )
    for key, title in EXTRA_SCALARS.items():
        if key in data.figures.values:
            prev = data.previous.values.get(key) if data.previous else None
            year = data.year_ago.values.get(key) if data.year_ago else None
            rows.append(Row(key, title, data.figures.values[key], prev, year))
    return rows


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    header: str
    rows: list[Row]

    @property
    def total(self) -> int:
        return sum(int(r.value or 0) for r in self.rows)


def breakdowns(data: ReportData) -> list[Breakdown]:
    """One table per split figure, rows in vocabulary order (other splits by count, then name)."""
    result = []
    extra = [k for k in EXTRA_SPLITS if k in data.figures.values]
    for key in (*SPLIT_KEYS, *extra):
        current: Mapping[str, int] = data.figures[key]
        prev: Mapping[str, int] = data.previous.values.get(key, {}) if data.previous else {}
        year: Mapping[str, int] = data.year_ago.values.get(key, {}) if data.year_ago else {}
        codes = _ordered_codes(key, current)
        rows = [
            Row(
                code,
                data.label(key, code),
                current.get(code, 0),
                prev.get(code, 0) if data.previous else None,
                year.get(code, 0) if data.year_ago else None,
            )
            for code in codes
        ]
        title, head = EXTRA_SPLITS.get(key) or (FIGURE_TITLES[key], SPLIT_KEY_HEADERS[key])
        result.append(Breakdown(key, title, head, rows))
    return result


def _ordered_codes(key: str, current: Mapping[str, int]) -> list[str]:
    vocab = VOCAB_SPLITS.get(key)
    if vocab is not None:
        known = [m.value for m in vocab]
        return known + sorted(c for c in current if c not in known)
    unknown_last = {NO_TERRITORY, NO_STAFF}
    named = sorted((c for c in current if c not in unknown_last), key=lambda c: (-current[c], c))
    return named + [c for c in current if c in unknown_last]


def format_number(value: Number | None, empty: str = "—") -> str:
    """A figure as text: integers plainly, halves with a comma (Russian decimal mark)."""
    if value is None:
        return empty
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return str(int(value))


def format_change(value: Number | None) -> str:
    if value is None:
        return "—"
    if value > 0:
        return "+" + format_number(value)
    if value < 0:
        return "−" + format_number(-value)
    return "0"


def comparison_sentence(data: ReportData) -> str:
    """«Консультаций за период: N; за <previous month>: M (+k); за <a year before>: ...» (PDF and DOCX)."""
    now = data.figures.scalar("consultations.total") or 0
    parts = [f"Консультаций за период: {now}"]
    if data.previous is not None:
        prev = data.previous.scalar("consultations.total") or 0
        parts.append(f"за {data.period.previous().label}: {prev} ({format_change(now - prev)})")
    if data.year_ago is not None:
        year = data.year_ago.scalar("consultations.total") or 0
        parts.append(f"за {data.period.year_before().label}: {year} ({format_change(now - year)})")
    return "; ".join(parts) + "."
