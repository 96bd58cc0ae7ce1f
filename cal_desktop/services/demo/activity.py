"""Demo data: consultations, appeals with their answer clock, and publications."""


from __future__ import annotations

from collections import Counter as Tally
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from cal_desktop.db import models as m
from cal_desktop.domain.calendar import WorkingCalendar
from cal_desktop.domain.deadlines import ClockFacts, compute_clock
from cal_desktop.domain.text import initials_name, search_text
from cal_desktop.services import demo_data as data
from cal_desktop.services.demo.base import (
    ANONYMOUS_SHARE,
    BATCH,
    CHANNEL_WEIGHTS,
    OUTCOME_WEIGHTS,
    REASON_WEIGHTS,
    TOPIC_WEIGHTS,
    _Initiative,
    _table,
)
from cal_desktop.services.demo.initiatives import _DemoInitiatives


class _DemoActivity(_DemoInitiatives):
    def consultations(self) -> None:
        """Every visitor's first visit, the initiatives' working meetings, then the rest at random;
        written day by day so that ids grow with time."""
        rnd = self.rnd
        n_days = len(self.days)
        planned: list[list[tuple[int | None, int | None]]] = [
            [] for _ in range(n_days)
        ]  # (visitor, initiative)
        budget = self.n_consultations
        for vid, first in zip(self.visitor_ids, self.visitor_first, strict=True):
            if budget <= 0:
                break
            planned[first].append((vid, None))
            budget -= 1
        for ini in self.initiative_list:
            for day, _before, _after, _reason in ini.history:
                if budget <= 0:
                    break
                planned[day].append((ini.author, ini.id))
                budget -= 1
        if budget > 0:
            counts = Tally(rnd.choices(range(n_days), cum_weights=self.day_cum, k=budget))
            for day in range(n_days):
                for _ in range(counts.get(day, 0)):
                    who = None if rnd.random() < ANONYMOUS_SHARE else self.random_visitor(day)
                    planned[day].append((who, None))
        self._write_consultations(planned)

    def _write_consultations(self, planned: list[list[tuple[int | None, int | None]]]) -> None:
        rnd = self.rnd
        c_t, topic_t = _table(m.Consultation), _table(m.ConsultationTopic)
        cols = ("id", "occurred_at", "occurred_on", "channel", "summary", "outcome", "out_of_scope_reason",
                "duration_min", "follow_up_date", "follow_up_done", "staff_id", "visitor_id", "initiative_id",
                "created_at", "updated_at")  # fmt: skip
        channels, channel_w = list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values())
        outcomes, outcome_w = list(OUTCOME_WEIGHTS), list(OUTCOME_WEIGHTS.values())
        topics, topic_w = list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values())
        reasons, reason_w = list(REASON_WEIGHTS), list(REASON_WEIGHTS.values())
        referrals = [data.REFERRED_SUMMARY.format(org=o) for o in data.REFERRALS]
        # every summary text made once (formatting a million of them costs seconds)
        summaries = {
            t: [
                tmpl.format(thing=a, thing_prep=b, thing_ins=c)
                for tmpl in data.SUMMARIES[t]
                for a, b, c in data.THINGS
            ]
            for t in topics
        }
        random_ = rnd.random
        staff_ids = self.staff_ids
        rows: list[tuple[Any, ...]] = []
        topic_rows: list[tuple[int, str]] = []
        next_id = self.next_id(c_t)
        for day_index, items in enumerate(planned):
            if not items:
                continue
            day = self.days[day_index]
            minutes = sorted(540 + 5 * int(random_() * 108) for _ in items)  # 9:00-17:55
            rnd.shuffle(items)
            n = len(items)
            ch = rnd.choices(channels, weights=channel_w, k=n)
            oc = rnd.choices(outcomes, weights=outcome_w, k=n)
            tp = rnd.choices(topics, weights=topic_w, k=n)
            for i, (visitor, initiative) in enumerate(items):
                outcome = oc[i]
                topic = "drafting" if initiative is not None and tp[i] == "other" else tp[i]
                reason = None
                follow_up = None
                follow_done = False
                if initiative is not None and outcome in ("declined", "referred"):
                    outcome = "advised"
                if outcome == "declined":
                    reason = rnd.choices(reasons, weights=reason_w)[0]
                    summary = data.DECLINED_SUMMARIES[reason]
                elif outcome == "referred":
                    reason = rnd.choices(reasons, weights=reason_w)[0] if rnd.random() < 0.3 else None
                    summary = referrals[int(random_() * len(referrals))]
                else:
                    options = summaries[topic]
                    summary = options[int(random_() * len(options))]
                if outcome == "follow_up":
                    follow = day + timedelta(days=rnd.randint(3, 21))
                    follow_up = self.w.day(follow)
                    follow_done = follow < self.anchor and rnd.random() < 0.85
                moment = self.w.moment(day, minutes[i])
                cid = next_id
                next_id += 1
                rows.append((
                    cid, moment, self.w.day(day), ch[i] if visitor is not None else rnd.choice(("phone", "in_person")),
                    summary, outcome, reason, 10 + 5 * int(random_() * 17), follow_up, follow_done,
                    staff_ids[int(rnd.random() * len(staff_ids))], visitor, initiative, moment, moment,
                ))  # fmt: skip
                topic_rows.append((cid, topic))
                if rnd.random() < 0.18:
                    second = rnd.choices(topics, weights=topic_w)[0]
                    if second != topic:
                        topic_rows.append((cid, second))
            if len(rows) >= BATCH:
                self.w.insert(c_t, cols, rows)
                self.w.insert(topic_t, ("consultation_id", "topic"), topic_rows)
                self.units_done += len(rows)
                rows, topic_rows = [], []
                self.tick("консультации")
        self.units_done += len(rows)
        self.w.insert(c_t, cols, rows)
        self.w.insert(topic_t, ("consultation_id", "topic"), topic_rows)
        self.ids[c_t.name] = next_id - 1
        self.n_written_consultations = next_id - 1 - (self.ids_before_consultations or 0)
        self.tick("консультации")

    def appeals(self) -> None:
        """Letters for the initiatives that went to the authorities, with registration, extension,
        forwarding and answers as they happen, and the due date of DOMAIN A2."""
        rnd = self.rnd
        last = len(self.days) - 1
        calendar = WorkingCalendar()
        a_t, e_t = _table(m.Appeal), _table(m.AppealEvent)
        rows: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        seq: Tally[int] = Tally()
        kinds = ("proposal", "application", "complaint", "info_request")
        first_kinds = ("proposal", "proposal", "application", "info_request")
        channel_opts, channel_w = ("email", "portal", "post", "in_person"), (35, 35, 20, 10)
        outcomes = ("positive", "refusal", "explanation")
        drafts: list[tuple[date, int, int, _Initiative, str]] = []  # (sent, initiative, n, initiative, kind)
        for ini in self.initiative_list:
            start = next((h[0] for h in ini.history if h[2] == "appealing"), None)
            if start is None:
                continue
            sent_days = sorted(
                self.pick_day(start, min(last, start + 60)) for _ in range(rnd.choice((1, 1, 1, 2, 2, 3)))
            )
            for n, sent_i in enumerate(sent_days):
                # the first letter proposes or asks; later ones may complain about the answer or its absence
                kind = rnd.choice(first_kinds if n == 0 else kinds)
                drafts.append((self.days[sent_i], ini.id, n, ini, kind))
        drafts.sort(key=lambda d: (d[0], d[1], d[2]))  # the register is numbered in the order of sending
        for sent, _ini_id, _n, ini, kind in drafts:
            district = next((d for s, _n2, d in self.streets if s == ini.territory_id), None)
            addressees = list(self.authority_by_category.get(ini.category, []))
            if district in self.district_authority:
                addressees.append(self.district_authority[district])
            title_lc = ini.title[0].lower() + ini.title[1:]
            channel = rnd.choices(channel_opts, weights=channel_w)[0]
            org_id, official_id = rnd.choice(addressees)
            last_n, first_n, middle_n, position = self.official_names[official_id]
            aid = self.next_id(a_t)
            seq[sent.year] += 1
            number = f"ЦАЛ-{sent.year}-{seq[sent.year]:04}"
            subject = data.APPEAL_SUBJECTS[kind].format(title_lc=title_lc)
            reg_date = reg_no = None
            estimated = sent + timedelta(days=(7 if channel == "post" else 0) + rnd.randint(0, 3))
            if estimated <= self.anchor and rnd.random() < 0.75:
                reg_date = estimated
                reg_no = f"{rnd.randint(1, 9)}-{rnd.randint(100, 9999)}/{str(sent.year)[2:]}"
            extended = reg_date is not None and rnd.random() < 0.1
            notice = reg_date + timedelta(days=rnd.randint(20, 29)) if extended and reg_date else None
            if notice and notice > self.anchor:
                extended, notice = False, None
            clock_ = compute_clock(ClockFacts(sent, channel, reg_date, extended), calendar)
            answer = outcome = summary = None
            due_passed = clock_.due_date < self.anchor - timedelta(days=3)
            if (due_passed or rnd.random() < 0.3) and rnd.random() < 0.88:
                answer = clock_.registration_date + timedelta(days=rnd.randint(5, 40 if extended else 34))
                if answer > self.anchor:
                    answer = None
            if answer is not None:
                outcome = rnd.choice(outcomes)
                summary = data.ANSWER_SUMMARIES[outcome]
            addressee = f"{position} {initials_name(last_n or '', first_n, middle_n)}"
            created = self.w.moment(sent, 11 * 60)
            text_ = search_text(
                number, subject, addressee, self.org_names[org_id], self.org_short[org_id], addressee, reg_no
            )[:1000]
            rows.append((
                aid, number, kind, subject, self.w.day(sent), channel, org_id, official_id, addressee, ini.id,
                reg_no, self.w.day(reg_date), extended, self.w.day(notice), None, self.w.day(answer), summary,
                outcome, self.w.day(clock_.due_date), text_, created, created, rnd.choice(self.staff_ids),
            ))  # fmt: skip
            staff = rnd.choice(self.staff_ids)
            for kind_e, when, details in (
                ("sent", sent, None),
                ("registered", reg_date, reg_no),
                ("extended", notice, None),
                ("answered", answer, summary),
            ):
                if when is not None:
                    events.append((self.next_id(e_t), aid, kind_e, self.w.day(when), details, None, staff,
                                   self.w.moment(when, 12 * 60)))  # fmt: skip
        self.w.insert(a_t, (
            "id", "number", "kind", "subject", "sent_date", "channel", "organisation_id", "official_id",
            "addressee_text", "initiative_id", "registration_number", "registration_date", "extended",
            "extension_notice_date", "extended_until", "answer_date", "answer_summary", "answer_outcome",
            "due_date", "search_text", "created_at", "updated_at", "created_by_id"), rows)  # fmt: skip
        self.w.insert(e_t, ("id", "appeal_id", "kind", "event_date", "details", "organisation_id", "staff_id",
                            "created_at"), events)  # fmt: skip
        self.n_appeals = len(rows)
        # the register's counters (services.appeals.next_appeal_number continues from them)
        taken = set(self.conn.execute(select(m.Counter.name)).scalars())
        counters = [(f"appeal:{y}", n) for y, n in sorted(seq.items()) if f"appeal:{y}" not in taken]
        self.w.insert(_table(m.Counter), ("name", "value"), counters)

    def publications(self) -> None:
        rnd = self.rnd
        last = len(self.days) - 1
        rows: list[tuple[Any, ...]] = []
        t = _table(m.Publication)
        for ini in self.initiative_list:
            reached = {h[2] for h in ini.history}
            if not reached & {"implementing", "done", "gathering"} or rnd.random() > 0.35:
                continue
            day = self.pick_day(ini.history[-1][0], last)
            media_id, url = rnd.choice(self.media_ids)
            pid = self.next_id(t)
            title = rnd.choice(data.PUBLICATION_TITLES).format(
                street=ini.street, title_lc=ini.title[0].lower() + ini.title[1:]
            )
            rows.append((pid, ini.id, media_id, title, f"{url}{pid}", self.w.day(self.days[day]), None,
                         self.w.moment(self.days[day], 15 * 60)))  # fmt: skip
        for title in data.CENTRE_PUBLICATIONS:
            day = self.pick_day()
            media_id, url = rnd.choice(self.media_ids)
            pid = self.next_id(t)
            rows.append((pid, None, media_id, title, f"{url}{pid}", self.w.day(self.days[day]), None,
                         self.w.moment(self.days[day], 15 * 60)))  # fmt: skip
        self.w.insert(t, ("id", "initiative_id", "media_id", "title", "url", "published_on", "notes", "created_at"),
                      rows)  # fmt: skip
        self.n_publications = len(rows)

