"""Referrals and funding calls of the demo centre (issue 21), consistent with its data:

- every consultation the demo wrote with the outcome «перенаправлен» («…направили в МФЦ») gets its
  referral to the organisation its summary names; half of them were to be checked back two weeks later:
  most of those in the past have an answer (помогло / не помогло / не удалось связаться), the rest are
  open «помогло ли?» follow-ups of the consultation's staff member;
- the register holds calls of every kind around the demo's last day: some closed (the initiatives that
  reached the authorities applied, with a result), some still open (with their reminders before the
  closing date, and an application being prepared by an initiative still gathering support).

Written in bulk by the demo's writer, in the demo's one transaction.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from cal_desktop.db import models as m
from cal_desktop.db import models_referrals as mr
from cal_desktop.domain import text
from cal_desktop.services import demo_data as data
from cal_desktop.services import funding_calls, referrals

# the demo's referral texts name organisations in the accusative; the register keeps the nominative
ORGANISATIONS = {
    "управляющую компанию": "Управляющая компания",
    "МФЦ": "МФЦ",
    "управление социальной защиты населения": "Управление социальной защиты населения",
    "бесплатную юридическую клинику": "Бесплатная юридическая клиника",
    "совет многоквартирного дома": "Совет многоквартирного дома",
    "администрацию района": "Администрация района",
    "центр занятости": "Центр занятости",
    "поликлинику по месту жительства": "Поликлиника по месту жительства",
}
RESULTS = (("helped", 55), ("not_helped", 25), ("unreachable", 20))
# (title, organiser, kind, days from the demo's last day to the closing date, days the call is open)
CALLS = (
    ("Народный бюджет", "Министерство финансов области", "initiative_budgeting", -200, 60),
    ("Конкурс проектов ТОС", "Администрация города", "tos_contest", -120, 45),
    ("Грантовый конкурс «Добрый город»", "Фонд президентских грантов", "grants", -40, 50),
    ("Субсидии социально ориентированным НКО", "Администрация города", "municipal_subsidy", 12, 40),
    ("Инициативное бюджетирование: дворы", "Администрация района", "initiative_budgeting", 35, 60),
    ("Конкурс малых грантов для жителей", "Благотворительный фонд «Соседи»", "grants", 80, 90),
)


def write_referrals_and_calls(demo: Any) -> tuple[int, int]:
    """Add them to the demo being written (``services.demo._Demo``); returns (referrals, calls)."""
    return _write_referrals(demo), _write_calls(demo)


def _write_referrals(demo: Any) -> int:
    rnd, w = demo.rnd, demo.w
    c = m.Consultation.__table__
    by_text = {data.REFERRED_SUMMARY.format(org=o): o for o in data.REFERRALS}
    known = {
        text.normalize(name): oid
        for oid, name in demo.conn.execute(select(m.Organisation.id, m.Organisation.name))
    }
    answers, weights = [r for r, _ in RESULTS], [wt for _, wt in RESULTS]
    rows: list[tuple[Any, ...]] = []
    follow: list[tuple[Any, ...]] = []
    ref_t = mr.Referral.__table__
    query = select(c.c.id, c.c.summary, c.c.occurred_on, c.c.staff_id, c.c.visitor_id, c.c.initiative_id).where(
        c.c.outcome == "referred"
    )
    for cid, summary, on, staff, visitor, initiative in demo.conn.execute(query.order_by(c.c.id)):
        name = ORGANISATIONS.get(by_text.get(summary or "", ""), "Другая организация")
        check = on + timedelta(days=14) if rnd.random() < 0.5 else None
        result = result_on = None
        if check is not None and check < demo.anchor and rnd.random() < 0.85:
            result = rnd.choices(answers, weights=weights)[0]
            result_on = check + timedelta(days=rnd.randint(0, 5))
        rid = demo.next_id(ref_t)
        rows.append((rid, cid, known.get(text.normalize(name)), name, w.day(check), result,
                     w.day(min(result_on, demo.anchor)) if result_on else None, w.moment(on, 12 * 60), staff))  # fmt: skip
        if check is not None:
            done = w.moment(min(result_on, demo.anchor), 10 * 60) if result_on else None
            follow.append((referrals.KIND, rid, referrals.follow_up_title(name), w.day(check), staff, visitor,
                           initiative, w.moment(on, 12 * 60), staff, done))  # fmt: skip
    w.insert(ref_t, ("id", "consultation_id", "organisation_id", "organisation_name", "check_on", "result",
                     "result_on", "created_at", "created_by_id"), rows)  # fmt: skip
    _insert_follow_ups(w, follow)
    return len(rows)


def _write_calls(demo: Any) -> int:
    rnd, w = demo.rnd, demo.w
    calls_t, apps_t = mr.FundingCall.__table__, mr.CallApplication.__table__
    anchor: date = demo.anchor
    rows: list[tuple[Any, ...]] = []
    apps: list[tuple[Any, ...]] = []
    follow: list[tuple[Any, ...]] = []
    owner = demo.staff_ids[0]
    applied: set[tuple[int, int]] = set()
    for title, organiser, kind, offset, length in CALLS:
        closes = anchor + timedelta(days=offset)
        opens = closes - timedelta(days=length)
        call_id = demo.next_id(calls_t)
        link = "https://example.ru/konkurs"
        rows.append((call_id, title, organiser, kind, w.day(opens), w.day(closes), None, link,
                     text.normalize(f"{title} {organiser}")[:300], w.moment(min(opens, anchor), 11 * 60), owner))  # fmt: skip
        for ini in demo.initiative_list:
            status = ini.status
            created = demo.days[ini.created]
            if created > closes - timedelta(days=10) or (call_id, ini.id) in applied or rnd.random() > 0.5:
                continue
            if closes < anchor and status in ("appealing", "implementing", "done"):
                won = status != "appealing" or rnd.random() < 0.4
                apps.append((demo.next_id(apps_t), call_id, ini.id, w.day(closes - timedelta(days=rnd.randint(1, 9))),
                             "Заявка\nСмета расходов\nПротокол собрания жителей", "supported" if won else "rejected",
                             "выделено финансирование" if won else "не прошла по баллам",
                             w.moment(closes, 12 * 60), owner))  # fmt: skip
                applied.add((call_id, ini.id))
            elif closes >= anchor and status in ("gathering", "shaping"):
                apps.append((demo.next_id(apps_t), call_id, ini.id, None, "Заявка (черновик)", "preparing", None,
                             w.moment(anchor, 12 * 60), owner))  # fmt: skip
                applied.add((call_id, ini.id))
        reminder = f"Приём заявок «{title}» заканчивается {closes:%d.%m.%Y}"[:300]
        for due in funding_calls.reminder_dates(closes, anchor):
            follow.append((funding_calls.KIND, call_id, reminder, w.day(due), owner, None, None,
                           w.moment(min(opens, anchor), 11 * 60), owner, None))  # fmt: skip
    w.insert(calls_t, ("id", "title", "organiser", "kind", "opens_on", "closes_on", "territory_id", "link",
                       "title_norm", "created_at", "created_by_id"), rows)  # fmt: skip
    w.insert(apps_t, ("id", "call_id", "initiative_id", "submitted_on", "documents", "status", "result",
                      "created_at", "created_by_id"), apps)  # fmt: skip
    _insert_follow_ups(w, follow)
    return len(rows)


def _insert_follow_ups(w: Any, rows: list[tuple[Any, ...]]) -> None:
    w.insert(m.FollowUp.__table__, ("kind", "source_id", "title", "due_on", "owner_id", "visitor_id",
                                    "initiative_id", "created_at", "created_by_id", "done_at"), rows)  # fmt: skip
