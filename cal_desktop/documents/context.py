"""The template context: one flat dict of string values (see ``fields.py``) plus tables.

Pure: the services layer loads the records and passes them here as plain dataclasses. Declined forms
are computed here (``declension``); stored corrections of an official win, and ``overrides`` (what the
staff member typed in the editor) win over everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cal_desktop.documents.declension import PersonName, decline_position, salutation
from cal_desktop.documents.fields import BY_NAME, TABLES

MONTHS_GEN = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


def fmt_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def long_date(d: date) -> str:
    return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} г."


@dataclass(frozen=True)
class PersonData:
    last_name: str
    first_name: str | None = None
    middle_name: str | None = None
    gender: str | None = None
    address: str | None = None
    phone: str | None = None  # as people write it
    email: str | None = None
    birth_date: date | None = None
    role: str | None = None  # Russian label of the role in the initiative

    @property
    def name(self) -> PersonName:
        return PersonName(self.last_name, self.first_name, self.middle_name, self.gender)


@dataclass(frozen=True)
class Correction:
    """A staff correction of an official's declined forms in one case (empty: no correction)."""

    position: str | None = None
    full_name: str | None = None
    short_name: str | None = None


@dataclass(frozen=True)
class OfficialData:
    position: str
    organisation_name: str = ""
    organisation_address: str | None = None
    organisation_email: str | None = None
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    gender: str | None = None
    corrections: dict[str, Correction] = field(default_factory=dict)  # "dat"/"gen"/"ins"


@dataclass(frozen=True)
class InitiativeData:
    title: str
    description: str | None = None
    category: str | None = None  # label
    territory: str | None = None
    address: str | None = None
    expected_result: str | None = None
    estimated_cost: str | None = None
    planned_timing: str | None = None
    resources: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppealData:
    number: str
    sent_date: date | None
    subject: str | None = None
    registration_number: str | None = None
    registration_date: date | None = None
    due_date: date | None = None


@dataclass(frozen=True)
class CentreData:
    centre_name: str = ""
    organisation_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    inn: str = ""
    ogrn: str = ""
    head_position: str = ""
    head_name: str = ""
    city: str = ""
    consent_form_version: str = ""
    retention_years: int = 3


@dataclass(frozen=True)
class StaffData:
    display_name: str = ""
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    position: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class DocumentContext:
    """What a template is rendered from: ``values`` (editable strings) and ``tables`` (rows)."""

    values: dict[str, str]
    tables: dict[str, list[list[str]]]
    members: list[dict[str, str]]

    def for_template(self) -> dict[str, Any]:
        return {**self.values, **{k: v for k, v in self.tables.items()}, "members": self.members,
                "tables": self.tables}  # fmt: skip

    def with_overrides(self, overrides: dict[str, Any] | None) -> DocumentContext:
        """Staff corrections win: string fields replace values, list values replace table rows."""
        if not overrides:
            return self
        values = dict(self.values)
        tables = {k: [list(r) for r in v] for k, v in self.tables.items()}
        for key, value in overrides.items():
            if key in TABLES and isinstance(value, list):
                tables[key] = [[str(c) for c in row] for row in value]
            elif key in BY_NAME or key in values:
                values[key] = "" if value is None else str(value)
        return DocumentContext(values, tables, self.members)


def person_values(prefix: str, person: PersonData | None) -> dict[str, str]:
    if person is None:
        return {f"{prefix}_{k}": "" for k in ("full", "gen", "dat", "ins", "acc", "short", "address", "phone",
                                              "email", "birth_date")}  # fmt: skip
    n = person.name
    return {
        f"{prefix}_full": n.full(),
        f"{prefix}_gen": n.full("gen"),
        f"{prefix}_dat": n.full("dat"),
        f"{prefix}_ins": n.full("ins"),
        f"{prefix}_acc": n.full("acc"),  # type: ignore[arg-type]
        f"{prefix}_short": n.short(),
        f"{prefix}_address": person.address or "",
        f"{prefix}_phone": person.phone or "",
        f"{prefix}_email": person.email or "",
        f"{prefix}_birth_date": fmt_date(person.birth_date),
    }


def official_values(official: OfficialData | None) -> dict[str, str]:
    keys = ["organisation_name", "organisation_address", "organisation_email", "addressee_position",
            "addressee_full", "addressee_short", "addressee_salutation", "addressee_organisation_line"]  # fmt: skip
    for case in ("dat", "gen", "ins"):
        keys += [f"addressee_position_{case}", f"addressee_full_{case}", f"addressee_short_{case}"]
    if official is None:  # a letter to a body: neither a name nor a position to address
        return {**dict.fromkeys(keys, ""), "addressee_salutation": position_salutation(None)}
    out = {
        "organisation_name": official.organisation_name,
        "organisation_address": official.organisation_address or "",
        "organisation_email": official.organisation_email or "",
        "addressee_position": official.position,
        # GOST R 7.0.97: the organisation (nominative) above a position that does not name it, so that
        # five deputies of one administration are told apart
        "addressee_organisation_line": (
            "" if names_organisation(official.position, official.organisation_name) else official.organisation_name
        ),
    }
    person = PersonName(official.last_name, official.first_name, official.middle_name, official.gender) if (
        official.last_name
    ) else None  # fmt: skip
    out["addressee_full"] = person.full() if person else ""
    out["addressee_short"] = person.short() if person else ""
    out["addressee_salutation"] = salutation(person) if person else position_salutation(official.position)
    for case in ("dat", "gen", "ins"):
        fix = official.corrections.get(case, Correction())
        out[f"addressee_position_{case}"] = fix.position or decline_position(official.position, case)  # type: ignore[arg-type]
        out[f"addressee_full_{case}"] = fix.full_name or (person.full(case) if person else "")  # type: ignore[arg-type]
        out[f"addressee_short_{case}"] = fix.short_name or (person.short(case) if person else "")  # type: ignore[arg-type]
    return out


_ORG_WORD = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+")


def _stems(text: str) -> set[str]:
    """Rough stems of the significant words (cases differ only in the endings)."""
    return {w.lower()[: max(4, len(w) - 2)] for w in _ORG_WORD.findall(text) if len(w) > 2}


def names_organisation(position: str, organisation: str) -> bool:
    """Whether the position already names its organisation («глава администрации Центрального района»
    for «Администрация Центрального района»): every significant word of the name is in the position."""
    org = _stems(organisation)
    if not org:
        return True
    pos = {w.lower() for w in _ORG_WORD.findall(position)}
    return all(any(p.startswith(stem) for p in pos) for stem in org)


def position_salutation(position: str | None) -> str:
    """«Уважаемый глава администрации района!» when only the position is known; «Уважаемые господа!» only
    when neither the name nor the position is (issue 13 item 6)."""
    position = (position or "").strip()
    if not position:
        return "Уважаемые господа!"
    first = position.split()[0].lower()
    adj = "Уважаемая" if first.endswith(("ая", "яя")) else "Уважаемый"
    return f"{adj} {position[:1].lower()}{position[1:]}!"


def _table_rows(members: list[PersonData]) -> dict[str, list[list[str]]]:
    return {
        "signature_table": [[str(i), m.name.full(), m.address or "", ""] for i, m in enumerate(members, 1)],
        # the date of birth (the 16+ rule) is written by the signer, like the signature and its date
        "signature_sheet_table": [
            [str(i), m.name.full(), "", m.address or "", "", ""] for i, m in enumerate(members, 1)
        ],
        "members_table": [
            [str(i), m.name.full(), m.role or "", m.phone or ""] for i, m in enumerate(members, 1)
        ],
        # the initiative project's list of the group: names and roles, no home address or phone
        "group_table": [[str(i), m.name.full(), m.role or ""] for i, m in enumerate(members, 1)],
        # who actually came is written in at the meeting: no member is listed in advance, no home address
        "attendance_table": [],
    }


def cofinancing_rows(estimated_cost: str | None) -> list[list[str]]:
    """The co-financing table of an initiative project (B2): staff fill in the sums in the editor."""
    return [
        ["Средства местного бюджета", "", ""],
        ["Инициативные платежи жителей", "", ""],
        ["Средства партнёров (организаций, предпринимателей)", "", ""],
        ["Трудовое участие жителей (неденежное)", "", ""],
        ["Итого", estimated_cost or "", "100"],
    ]


def signature_position(head_position: str, centre_name: str) -> str:
    """«Руководитель Центра активных людей „Заречье“»: the signer's position with the centre in the genitive
    (GOST R 7.0.97), unless the position names the centre already."""
    head_position = head_position.strip()
    if not centre_name or not head_position:
        return head_position
    if names_organisation(head_position, centre_name):
        return head_position
    return f"{head_position} {decline_position(centre_name, 'gen')}"


def _meeting_defaults(values: dict[str, str], ini: InitiativeData | None) -> dict[str, str]:
    """The minutes of a meeting about the initiative, before the meeting's record fills them in
    (services.events_documents): the author chairs and is elected; the secretary is written in by hand."""
    where = f" ({ini.address})" if ini and ini.address else ""
    return {
        "meeting_agenda": f"Об инициативе «{ini.title}»" if ini else "",
        "meeting_decisions": (
            f"Поддержать инициативу «{ini.title}»{where} и направить её в органы местного самоуправления."
            if ini
            else ""
        ),
        "chair_full": values["author_full"],
        "chair_short": values["author_short"],
        "representative_acc": values["author_acc"],
    }


def build_context(
    *,
    today: date,
    centre: CentreData,
    staff: StaffData | None = None,
    initiative: InitiativeData | None = None,
    author: PersonData | None = None,
    members: list[PersonData] | None = None,
    official: OfficialData | None = None,
    previous: AppealData | None = None,
    person: PersonData | None = None,
    document_number: str = "",
    appeal_title: str = "ОБРАЩЕНИЕ",
    plural: bool = False,
) -> DocumentContext:
    """Every field of ``fields.FIELDS`` (empty when unknown), the tables, and the members list."""
    members = list(members or [])
    values: dict[str, str] = {f: "" for f in BY_NAME}
    ini = initiative
    values.update(
        today=fmt_date(today),
        today_long=long_date(today),
        document_number=document_number,
        appeal_title=appeal_title,
        subject=f"Об инициативе «{ini.title}»" if ini else "",
        authors_plural="да" if plural else "",
        request_text=f"{'Просим' if plural else 'Прошу'} рассмотреть изложенное предложение и сообщить о "
        "принятом решении в установленный срок.",
        substance=(ini.description or "") if ini else "",
        initiative_title=ini.title if ini else "",
        initiative_description=(ini.description or "") if ini else "",
        initiative_category=(ini.category or "") if ini else "",
        initiative_territory=(ini.territory or "") if ini else "",
        initiative_address=(ini.address or "") if ini else "",
        initiative_expected_result=(ini.expected_result or "") if ini else "",
        initiative_estimated_cost=(ini.estimated_cost or "") if ini else "",
        initiative_planned_timing=(ini.planned_timing or "") if ini else "",
        initiative_resources=", ".join(ini.resources) if ini else "",
        initiative_members_count=str(len(members)) if members else "",
        present_count="",  # those actually present, entered at the meeting (not every member)
        meeting_place=(ini.address or "") if ini else "",
        meeting_date=fmt_date(today),
        centre_name=centre.centre_name,
        centre_name_gen=decline_position(centre.centre_name, "gen") if centre.centre_name else "",
        centre_signature_position=signature_position(centre.head_position, centre.centre_name),
        centre_organisation=centre.organisation_name or centre.centre_name,
        centre_address=centre.address,
        centre_phone=centre.phone,
        centre_email=centre.email,
        centre_inn=centre.inn,
        centre_ogrn=centre.ogrn,
        centre_head_position=centre.head_position,
        centre_head_name=centre.head_name,
        city=centre.city,
        consent_form_version=centre.consent_form_version,
        retention_years=str(centre.retention_years),
    )
    values.update(person_values("author", author))
    values.update(_meeting_defaults(values, ini))
    values.update(person_values("person", person))
    values["person_role"] = (person.role or "") if person else ""
    values.update(official_values(official))
    if previous is not None:
        reg = ""
        if previous.registration_number or previous.registration_date:
            reg = " ".join(
                x for x in (f"№ {previous.registration_number}" if previous.registration_number else "",
                            f"от {fmt_date(previous.registration_date)}" if previous.registration_date else "") if x
            )  # fmt: skip
        values.update(
            previous_number=previous.number,
            previous_date=fmt_date(previous.sent_date),
            previous_subject=previous.subject or "",
            previous_registration=reg,
            previous_due_date=fmt_date(previous.due_date),
        )
    if staff is not None:
        sp = PersonName(staff.last_name, staff.first_name, staff.middle_name) if staff.last_name else None
        values.update(
            staff_name=sp.full() if sp else staff.display_name,
            staff_short=sp.short() if sp else staff.display_name,
            staff_position=staff.position or "",
            staff_phone=staff.phone or "",
            staff_email=staff.email or "",
        )
    tables = _table_rows(members)
    tables["cofinancing_table"] = cofinancing_rows(ini.estimated_cost if ini else None)
    member_dicts = [{**person_values("person", m), "person_role": m.role or ""} for m in members]
    return DocumentContext(values=values, tables=tables, members=member_dicts)


__all__ = [
    "AppealData",
    "CentreData",
    "Correction",
    "DocumentContext",
    "InitiativeData",
    "OfficialData",
    "PersonData",
    "StaffData",
    "build_context",
    "fmt_date",
    "long_date",
]
