"""Meetings and events of the demo centre (issue 16), consistent with its initiatives:

- an initiative that went on to look for supporters (or further) had a residents' meeting on its street,
  with its author and neighbours present, on a day between its creation and its last change;
- one that went to the authorities had a meeting with an official;
- one being implemented or done had a clean-up or action;
- the centre held a training about every month and took part in a network event about every quarter;
- an initiative that looked for supporters collected signatures, sheet by sheet, reaching its target
  when it went on to the authorities.

Written in bulk by the demo's writer, in the demo's one transaction.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from cal_desktop.db import models as m
from cal_desktop.domain import text

DECISIONS = {
    "residents_meeting": (
        "Поддержать инициативу; выбрать инициативную группу; собрать подписи жителей",
        "Подготовить обращение в администрацию; назначить представителя жителей",
    ),
    "official_meeting": (
        "Администрация рассмотрит вопрос и ответит письменно в течение месяца",
        "Договорились о совместном осмотре места; жители готовят предложения",
    ),
    "action": ("Убрали территорию, вывезли мусор", "Покрасили ограждение и скамейки"),
    "training": ("Разобрали, как писать обращения и считать сроки ответа",),
    "network_event": ("Обменялись опытом с другими центрами сети",),
}
TRAININGS = ("Как написать обращение в администрацию", "Инициативное бюджетирование: с чего начать")
GUESTS = ("Глава администрации района", "Депутат районного совета", "Представитель управляющей компании")


def write_events(demo: Any) -> int:
    """Add the events to the demo being written (``services.demo._Demo``); returns how many."""
    rnd, w = demo.rnd, demo.w
    events_t, links_t, people_t = (
        m.Event.__table__,
        m.EventInitiative.__table__,
        m.EventParticipant.__table__,
    )
    rows: list[tuple[Any, ...]] = []
    links: list[tuple[int, int]] = []
    people: list[tuple[int, int]] = []

    def add(kind: str, day: int, title: str, place: str, territory: int | None, unnamed: int, guests: str | None,
            initiative: int | None, present: set[int]) -> None:  # fmt: skip
        event_id = demo.next_id(events_t)
        start = rnd.choice((time(18, 0), time(18, 30), time(11, 0)))
        decisions = rnd.choice(DECISIONS[kind])
        rows.append((
            event_id, kind, title, w.day(demo.days[day]), _time(w, start), place, territory,
            rnd.choice(demo.staff_ids), unnamed, guests, decisions, text.search_text(title, place, decisions),
            w.moment(demo.days[day], 20 * 60), w.moment(demo.days[day], 20 * 60), None,
        ))  # fmt: skip
        if initiative is not None:
            links.append((event_id, initiative))
        people.extend((event_id, v) for v in sorted(present))

    last = len(demo.days) - 1
    for ini in demo.initiative_list:
        reached = {h[2]: h[0] for h in ini.history}  # status -> the day it was reached
        first, final = ini.created, ini.history[-1][0]
        if reached.keys() & {"gathering", "appealing", "implementing", "done"}:
            # neighbours meet while the initiative looks for supporters (or soon after it was shaped)
            around = reached.get("gathering", first)
            day = demo.pick_day(around, max(around, min(final, around + 20)))
            present = {ini.author} | {v for _ in range(rnd.randint(2, 7)) if (v := demo.random_visitor(day))}
            add("residents_meeting", day, f"Собрание жителей: {ini.title}", ini.address, ini.territory_id,
                rnd.randint(5, 40), None, ini.id, present)  # fmt: skip
        if "appealing" in reached:  # the official is met once the authorities have been asked
            day = demo.pick_day(reached["appealing"], last)
            add("official_meeting", day, f"Встреча по вопросу: {ini.title}", "Администрация района", None, 0,
                rnd.choice(GUESTS), ini.id, {ini.author})  # fmt: skip
        if reached.keys() & {"implementing", "done"}:
            start = reached.get("implementing", reached.get("done", final))
            day = demo.pick_day(start, last)
            add("action", day, f"Субботник: {ini.title}", ini.address, ini.territory_id, rnd.randint(10, 60),
                None, ini.id, {ini.author})  # fmt: skip
    for day in range(15, last + 1, 30):
        add("training", demo.pick_day(day - 10, day), rnd.choice(TRAININGS), "Центр активных людей", None,
            rnd.randint(6, 20), None, None, set())  # fmt: skip
    for day in range(45, last + 1, 91):
        add("network_event", demo.pick_day(day - 10, day), "Встреча центров сети", "онлайн", None,
            rnd.randint(2, 6), None, None, set())  # fmt: skip
    w.insert(events_t, ("id", "kind", "title", "held_on", "start_time", "place", "territory_id", "organiser_id",
                        "unnamed_count", "guests", "decisions", "search_text", "created_at", "updated_at",
                        "created_by_id"), rows)  # fmt: skip
    w.insert(links_t, ("event_id", "initiative_id"), links)
    w.insert(people_t, ("event_id", "visitor_id"), people)
    _write_campaigns(demo)
    return len(rows)


def _write_campaigns(demo: Any) -> None:
    """A signature collection for each initiative that looked for supporters: sheets returned over a few
    weeks from then; those that went on to the authorities reached their target."""
    rnd, w = demo.rnd, demo.w
    campaigns_t, sheets_t = m.SignatureCampaign.__table__, m.SignatureSheet.__table__
    campaigns: list[tuple[Any, ...]] = []
    sheets: list[tuple[Any, ...]] = []
    last = len(demo.days) - 1
    for ini in demo.initiative_list:
        reached = {h[2]: h[0] for h in ini.history}
        if "gathering" not in reached:
            continue
        start = reached["gathering"]
        target = rnd.choice((100, 150, 200, 300))
        will_finish = reached.keys() & {"appealing", "implementing", "done"}
        campaign_id = demo.next_id(campaigns_t)
        total, number, day, completed = 0, 0, start, None
        while day <= last and (completed is None) and number < 40:
            number += 1
            valid = rnd.randint(8, 20)
            if not will_finish and total + valid >= target:
                break  # still collecting
            total += valid
            invalid = rnd.choice((0, 0, 1, 2))
            sheets.append((
                demo.next_id(sheets_t), campaign_id, number, w.day(demo.days[day]), valid, invalid,
                rnd.choice(("нет даты рождения", "повторная подпись", "моложе 16 лет")) if invalid else None,
            ))  # fmt: skip
            if total >= target:
                completed = day
            day += rnd.randint(1, 4)
        campaigns.append((
            campaign_id, ini.id, target, w.day(demo.days[start]), None, ini.territory_id,
            w.day(demo.days[completed]) if completed is not None else None, w.moment(demo.days[start], 12 * 60),
            None,
        ))  # fmt: skip
    w.insert(campaigns_t, ("id", "initiative_id", "target", "starts_on", "ends_on", "territory_id", "completed_on",
                           "created_at", "created_by_id"), campaigns)  # fmt: skip
    w.insert(sheets_t, ("id", "campaign_id", "number", "returned_on", "valid_count", "invalid_count",
                        "invalid_reason"), sheets)  # fmt: skip


def _time(w: Any, value: time) -> Any:
    """SQLite receives the text SQLAlchemy itself writes for a TIME column; other databases the object."""
    return value.strftime("%H:%M:%S.000000") if w.sqlite else value
