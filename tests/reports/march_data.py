"""A hand-built month (March 2026) where every A3 figure is known; see EXPECTED_MARCH.

The data is inserted with the ORM models directly (the other services are written in parallel), and
covers the awkward cases: the first and last day of the month and of its neighbours, a consultation with
several topics, anonymous consultations, a visitor whose first visit was in February, statuses changed
after the month's end, an appeal answered after the month's end, overdue appeals, a draft document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from march_events import EXPECTED_EVENTS, add_events

from cal_desktop.db.engine import Database
from cal_desktop.db.models import (
    Appeal,
    Consultation,
    ConsultationTopic,
    Document,
    DocumentTemplate,
    Initiative,
    InitiativeMember,
    InitiativeStatusChange,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.settings import CentreSettings

IVANOVA = "Иванова Мария Петровна"  # the `staff_id` fixture's display name
PETROV = "Петров Пётр Петрович"

EXPECTED_MARCH = {
    "consultations.total": 5,
    "consultations.by_channel": {"in_person": 2, "phone": 1, "online": 1, "outreach": 1},
    "consultations.by_topic": {
        "info_search": 3,
        "people_search": 1,
        "drafting": 2,
        "informing": 1,
        "other": 1,
    },
    "consultations.by_outcome": {
        "advised": 2,
        "document_prepared": 1,
        "referred": 1,
        "declined": 1,
        "follow_up": 0,
    },
    "consultations.by_staff": {IVANOVA: 3, PETROV: 1, "не указан": 1},
    "consultations.anonymous": 2,
    "consultations.out_of_scope": {
        "financial_aid": 1,
        "elections_politics": 1,
        "do_it_for_me": 0,
        "contrary_to_values": 0,
        "other": 0,
    },
    "consultations.by_territory": {
        "Кировский район": 1,
        "Советский район": 1,
        "Ленинский район": 0,
        "не указана": 3,
    },
    "visitors.served": 3,
    "visitors.new": 2,
    "initiatives.opened": 2,
    "initiatives.by_status": {
        "idea": 1,
        "shaping": 0,
        "gathering": 0,
        "appealing": 1,
        "implementing": 0,
        "done": 2,
        "paused": 0,
        "declined": 0,
        "withdrawn": 0,
    },
    "initiatives.implemented": 1,
    "members.supporters_attracted": 2,
    "documents.by_template": {
        "appeal": 2,
        "collective_appeal": 0,
        "info_request": 0,
        "initiative_project": 0,
        "meeting_minutes": 0,
        "signature_sheet": 0,
        "pd_consent": 0,
        "press_release": 1,
        "repeat_appeal": 0,
        "pd_publication_consent": 0,
        "my_form": 1,
    },
    "appeals.sent": 2,
    "appeals.answered": 2,
    "appeals.overdue_at_month_end": 2,
    "appeals.median_answer_days": 46,
}
EXPECTED_MARCH.update(EXPECTED_EVENTS)  # meetings and events (issue 16)


@dataclass
class Scenario:
    db: Database
    visitors: dict[str, int] = field(default_factory=dict)
    consultations: dict[str, int] = field(default_factory=dict)
    initiatives: dict[str, int] = field(default_factory=dict)
    appeals: dict[str, int] = field(default_factory=dict)


def _visitor(s, last: str, territory_id: int | None) -> int:  # type: ignore[no-untyped-def]
    v = Visitor(
        last_name=last,
        first_name="Анна",
        name_norm=f"{last.lower()} анна",
        search_text=f"{last.lower()} анна",
        territory_id=territory_id,
        phone="+79120000001",
        address="ул. Ленина, 1",
    )
    s.add(v)
    s.flush()
    return v.id


def _consultation(
    s, day: date, channel: str, outcome: str, topics: list[str], staff_id, visitor_id, reason=None
) -> int:  # type: ignore[no-untyped-def]
    c = Consultation(
        occurred_at=datetime(day.year, day.month, day.day, 9, 0),
        occurred_on=day,
        channel=channel,
        outcome=outcome,
        out_of_scope_reason=reason,
        staff_id=staff_id,
        visitor_id=visitor_id,
        summary="разговор о дворе",
    )
    s.add(c)
    s.flush()
    for t in topics:
        s.add(ConsultationTopic(consultation_id=c.id, topic=t))
    return c.id


def _initiative(s, title: str, created: date, history: list[tuple[str | None, str, date]]) -> int:  # type: ignore[no-untyped-def]
    current = history[-1][1] if history else "idea"
    i = Initiative(
        title=title, category="improvement", status=current, created_on=created, search_text=title.lower()
    )
    s.add(i)
    s.flush()
    for n, (frm, to, day) in enumerate(history):
        s.add(
            InitiativeStatusChange(
                initiative_id=i.id,
                from_status=frm,
                to_status=to,
                changed_on=day,
                changed_at=datetime(day.year, day.month, day.day, 10, n),
            )
        )
    return i.id


def _appeal(s, number: str, sent: date, due: date | None, answered: date | None) -> int:  # type: ignore[no-untyped-def]
    a = Appeal(number=number, sent_date=sent, channel="email", due_date=due, answer_date=answered)
    s.add(a)
    s.flush()
    return a.id


def build_march(db: Database, staff_id: int) -> Scenario:
    sc = Scenario(db)
    d = date
    with db.session() as s:
        petrov = Staff(login="petrov", display_name=PETROV, role="staff")
        s.add(petrov)
        kirov = Territory(kind="district", name="Кировский район", name_norm="кировский район")
        sovet = Territory(kind="district", name="Советский район", name_norm="советский район")
        lenin = Territory(kind="district", name="Ленинский район", name_norm="ленинский район")
        s.add_all([kirov, sovet, lenin])
        s.flush()
        north = Territory(kind="microdistrict", name="Северный", name_norm="северный", parent_id=kirov.id)
        s.add(north)
        s.flush()
        street = Territory(kind="street", name="ул. Ленина", name_norm="ул. ленина", parent_id=north.id)
        s.add(street)
        s.flush()

        v1 = _visitor(s, "Первова", street.id)  # came in February: served in March, not new
        v2 = _visitor(s, "Вторая", sovet.id)  # first visit on 1 March: new
        v3 = _visitor(s, "Третья", None)  # first visit on 31 March: new; no territory
        v4 = _visitor(s, "Четвёртая", None)  # only in April
        sc.visitors = {"v1": v1, "v2": v2, "v3": v3, "v4": v4}

        cons = sc.consultations
        cons["feb_v1"] = _consultation(
            s, d(2026, 2, 10), "in_person", "advised", ["info_search"], staff_id, v1
        )
        cons["feb_anon"] = _consultation(s, d(2026, 2, 28), "phone", "advised", ["other"], staff_id, None)
        cons["c1"] = _consultation(
            s, d(2026, 3, 1), "in_person", "advised", ["info_search", "drafting"], staff_id, v2
        )
        cons["c2"] = _consultation(
            s, d(2026, 3, 5), "phone", "referred", ["people_search"], petrov.id, v1, "financial_aid"
        )
        cons["c3"] = _consultation(
            s, d(2026, 3, 15), "online", "declined", ["other"], staff_id, None, "elections_politics"
        )
        cons["c4"] = _consultation(s, d(2026, 3, 15), "outreach", "advised", ["info_search"], None, None)
        cons["c5"] = _consultation(
            s,
            d(2026, 3, 31),
            "in_person",
            "document_prepared",
            ["drafting", "informing", "info_search"],
            staff_id,
            v3,
        )
        cons["apr_v3"] = _consultation(s, d(2026, 4, 1), "in_person", "advised", ["other"], staff_id, v3)
        cons["apr_v4"] = _consultation(s, d(2026, 4, 1), "phone", "advised", ["other"], staff_id, v4)

        ini = sc.initiatives
        ini["i1"] = _initiative(
            s,
            "Скамейки во дворе",
            d(2026, 1, 10),
            [
                (None, "idea", d(2026, 1, 10)),
                ("idea", "shaping", d(2026, 2, 1)),
                ("shaping", "done", d(2026, 3, 20)),
            ],
        )
        ini["i2"] = _initiative(
            s,
            "Детская площадка",
            d(2026, 3, 3),
            [(None, "idea", d(2026, 3, 3)), ("idea", "gathering", d(2026, 4, 2))],  # changed after March
        )
        ini["i3"] = _initiative(
            s,
            "Освещение улицы",
            d(2026, 3, 10),
            [(None, "idea", d(2026, 3, 10)), ("idea", "appealing", d(2026, 3, 25))],
        )
        ini["i4"] = _initiative(s, "Апрельская", d(2026, 4, 5), [(None, "idea", d(2026, 4, 5))])
        ini["i5"] = _initiative(
            s, "Давняя", d(2025, 12, 1), [(None, "idea", d(2025, 12, 1)), ("idea", "done", d(2026, 1, 15))]
        )
        for visitor, init, role, day in [
            (v2, ini["i2"], "author", d(2026, 3, 3)),
            (v1, ini["i2"], "supporter", d(2026, 3, 4)),
            (v3, ini["i2"], "volunteer", d(2026, 3, 31)),
            (v4, ini["i2"], "supporter", d(2026, 4, 1)),
            (v2, ini["i1"], "supporter", d(2026, 2, 27)),
            (v3, ini["i3"], "co_author", d(2026, 3, 10)),
        ]:
            s.add(InitiativeMember(initiative_id=init, visitor_id=visitor, role=role, added_on=day))

        s.add(DocumentTemplate(template_id="my_form", title="Моя форма", kind="docx", content=b"x"))
        for tid, day, draft in [
            ("appeal", d(2026, 3, 2), False),
            ("appeal", d(2026, 3, 31), False),
            ("appeal", d(2026, 3, 31), True),  # a draft is not a prepared document
            ("press_release", d(2026, 3, 31), False),
            ("meeting_minutes", d(2026, 4, 1), False),
            ("my_form", d(2026, 3, 12), False),
        ]:
            s.add(
                Document(
                    template_id=tid,
                    title=tid,
                    format="pdf",
                    filename=f"{tid}.pdf",
                    content=b"%PDF",
                    created_on=day,
                    is_draft=draft,
                )
            )

        ap = sc.appeals
        ap["a1"] = _appeal(
            s, "A1", d(2026, 2, 10), d(2026, 3, 16), d(2026, 3, 10)
        )  # answered in March: 28 days
        ap["a2"] = _appeal(s, "A2", d(2026, 3, 2), d(2026, 4, 6), d(2026, 4, 3))  # answered after March
        ap["a3"] = _appeal(s, "A3", d(2026, 2, 1), d(2026, 3, 10), None)  # overdue
        ap["a4"] = _appeal(s, "A4", d(2026, 2, 5), d(2026, 3, 12), d(2026, 4, 2))  # overdue at month end
        ap["a5"] = _appeal(s, "A5", d(2026, 1, 15), d(2026, 2, 20), d(2026, 3, 20))  # answered: 64 days
        ap["a6"] = _appeal(s, "A6", d(2026, 3, 25), d(2026, 4, 27), None)  # waiting
    add_events(db, sorted(sc.visitors.values()))
    return sc


CENTRE = CentreSettings(
    centre_name="ЦАЛ «Северный»",
    organisation_name="АНО «Активные люди»",
    address="г. Киров, ул. Ленина, 1",
    phone="+7 8332 00-00-00",
    inn="4345000009",
    head_position="Координатор",
    head_name="О.В. Смирнова",
    city="Киров",
)
