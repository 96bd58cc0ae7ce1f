"""Demo data: initiatives in every status with their history, members and resources."""


from __future__ import annotations

from collections import Counter as Tally
from datetime import timedelta

from cal_desktop.db import models as m
from cal_desktop.domain.search_text import (
    initiative_search_text,
)
from cal_desktop.services import demo_data as data
from cal_desktop.services.demo.base import REASON_WEIGHTS, STATUS_CHAIN, STATUS_WEIGHTS, _Initiative, _table
from cal_desktop.services.demo.city import _DemoCity


class _DemoInitiatives(_DemoCity):
    def initiatives(self) -> None:
        rnd = self.rnd
        n = max(9, self.n_visitors // 25)
        statuses = list(STATUS_WEIGHTS)
        chosen = statuses + rnd.choices(statuses, weights=list(STATUS_WEIGHTS.values()), k=n - len(statuses))
        categories = list(data.CATEGORY_WEIGHTS)
        cat_weights = list(data.CATEGORY_WEIGHTS.values())
        last = len(self.days) - 1
        self.initiative_list: list[_Initiative] = []
        self.initiatives_by_status: Tally[str] = Tally()
        ini_t = _table(m.Initiative)
        for index, status in enumerate(chosen):
            path = self._status_path(status)
            steps = len(path) - 1
            latest = max(0, last - steps * 3)
            if index < len(statuses):  # the one-of-each-status initiatives are old: a history over months
                latest = min(latest, last // 5)
            created = self.pick_day(0, latest)
            if self.visitor_known_by(created) == 0:
                created = self.visitor_first[0] if self.visitor_first else created
            change_days = sorted(self.pick_day(created + 1, last) for _ in range(steps)) if steps else []
            author = self.random_visitor(created)
            if author is None:
                continue
            category = rnd.choices(categories, weights=cat_weights)[0]
            street_id, street, _district = rnd.choice(self.streets)
            title = rnd.choice(data.INITIATIVE_TITLES[category]).format(street=street)
            history: list[tuple[int, str | None, str, str | None]] = [(created, None, path[0], None)]
            for day, (before, after) in zip(change_days, zip(path, path[1:], strict=False), strict=True):
                reason = (
                    rnd.choices(list(REASON_WEIGHTS), weights=list(REASON_WEIGHTS.values()))[0]
                    if after == "declined"
                    else None
                )
                history.append((max(day, history[-1][0]), before, after, reason))
            self.initiative_list.append(_Initiative(
                self.next_id(ini_t), category, title, street, f"г. {data.CITY}, {street}, д. {rnd.randint(1, 120)}",
                street_id, path[-1], created, author, history,
            ))  # fmt: skip
            self.initiatives_by_status[path[-1]] += 1
        self._write_initiatives()

    def _status_path(self, status: str) -> list[str]:
        rnd = self.rnd
        if status in STATUS_CHAIN:
            path = list(STATUS_CHAIN[: STATUS_CHAIN.index(status) + 1])
            if status == "done" and rnd.random() < 0.25:
                path.remove("appealing")  # done without asking the authorities (a neighbours' project)
            return path
        if status == "declined":
            return ["idea", "declined"] if rnd.random() < 0.7 else ["idea", "shaping", "declined"]
        stop = rnd.randint(1, 4) if status == "paused" else rnd.randint(0, 3)
        return [*STATUS_CHAIN[: stop + 1], status]

    def _write_initiatives(self) -> None:
        rnd = self.rnd
        last = len(self.days) - 1
        ini_rows, hist_rows, member_rows, res_rows, partner_rows = [], [], [], [], []
        from cal_desktop.services.directory import resource_norm

        for ini in self.initiative_list:
            created_day = self.days[ini.created]
            staff = rnd.choice(self.staff_ids)
            last_day = ini.history[-1][0]
            title_lc = ini.title[0].lower() + ini.title[1:]
            decline_reason = ini.history[-1][3] if ini.status == "declined" else None
            open_ = ini.status in STATUS_CHAIN[:-1]
            next_step = data.NEXT_STEPS.get(ini.status) if open_ else None
            next_date = self.anchor + timedelta(days=rnd.randint(-10, 30)) if open_ else None
            done = ini.status == "done"
            n_people = rnd.randint(20, 300)
            ini_rows.append((
                ini.id, ini.title, data.DESCRIPTION.format(street=ini.street, title_lc=title_lc), ini.category,
                ini.territory_id, ini.address, ini.status, decline_reason, staff, next_step, self.w.day(next_date),
                data.RESULT_SUMMARY.format(n=rnd.randint(10, 80)) if done else None, done and rnd.random() < 0.3,
                data.EXPECTED_RESULT.format(street=ini.street, n=n_people),
                f"около {rnd.randint(5, 90) * 10} тыс. руб.", f"{rnd.choice(('весна', 'лето', 'осень'))} {self.anchor.year}",
                self.w.day(created_day), initiative_search_text(ini.title, ini.address),
                self.w.moment(created_day, 10 * 60), self.w.moment(self.days[last_day], 17 * 60), staff,
            ))  # fmt: skip
            previous = (-1, 0)
            for day, before, after, reason in ini.history:
                comment = data.DECLINE_COMMENTS[reason] if reason else data.STATUS_COMMENTS.get(after)
                minute = 10 * 60 + rnd.randrange(0, 7 * 60, 5)
                if day == previous[0] and minute <= previous[1]:  # two changes on one day: keep their order
                    minute = min(previous[1] + 5, 24 * 60 - 1)
                previous = (day, minute)
                hist_rows.append((
                    self.next_id(_table(m.InitiativeStatusChange)), ini.id, before, after,
                    self.w.moment(self.days[day], minute), self.w.day(self.days[day]), staff, reason, comment,
                ))  # fmt: skip
            # members: the author, maybe co-authors; supporters and volunteers once it looks for people
            reached = {h[2] for h in ini.history}
            roles: list[tuple[int, str, int]] = [(ini.author, "author", ini.created)]
            taken = {ini.author}
            gathering_day = next((h[0] for h in ini.history if h[2] == "gathering"), None)
            extra = [("co_author", rnd.choice((0, 0, 1, 2)), ini.created)]
            if gathering_day is not None:
                scale = 3 if reached & {"appealing", "implementing", "done"} else 1
                extra += [("supporter", rnd.randint(2, 8) * scale, gathering_day),
                          ("volunteer", rnd.randint(0, 4) * scale, gathering_day)]  # fmt: skip
            for role, count, since in extra:
                for _ in range(count):
                    day = self.pick_day(since, last)
                    who = self.random_visitor(day)
                    if who is None or who in taken:
                        continue
                    taken.add(who)
                    roles.append((who, role, day))
            for who, role, day in roles:
                minute = 10 * 60 + rnd.randrange(0, 7 * 60, 5)
                member_rows.append((self.next_id(_table(m.InitiativeMember)), ini.id, who, role,
                                    self.w.day(self.days[day]), self.w.moment(self.days[day], minute), None))  # fmt: skip
            advanced = bool(reached & {"appealing", "implementing", "done"})
            for resource in rnd.sample(
                data.RESOURCES_NEEDED[ini.category],
                rnd.randint(1, min(3, len(data.RESOURCES_NEEDED[ini.category]))),
            ):
                res_rows.append((self.next_id(_table(m.InitiativeResource)), ini.id, resource,
                                 resource_norm(resource), advanced and rnd.random() < 0.7))  # fmt: skip
            if gathering_day is not None and rnd.random() < 0.35:
                org_id, resource = rnd.choice(self.partner_resources)
                partner_rows.append((self.next_id(_table(m.InitiativePartner)), ini.id, org_id, resource,
                                     self.w.day(self.days[self.pick_day(gathering_day, last)])))  # fmt: skip
        self.w.insert(_table(m.Initiative), (
            "id", "title", "description", "category", "territory_id", "address", "status", "decline_reason",
            "staff_id", "next_step", "next_step_date", "result_summary", "success_story", "expected_result",
            "estimated_cost", "planned_timing", "created_on", "search_text", "created_at", "updated_at",
            "created_by_id"), ini_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativeStatusChange), (
            "id", "initiative_id", "from_status", "to_status", "changed_at", "changed_on", "staff_id", "reason",
            "comment"), hist_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativeMember), ("id", "initiative_id", "visitor_id", "role", "added_on",
                                                     "added_at", "note"), member_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativeResource), ("id", "initiative_id", "resource", "resource_norm", "found"),
                      res_rows)  # fmt: skip
        self.w.insert(_table(m.InitiativePartner), ("id", "initiative_id", "organisation_id", "contribution",
                                                      "added_on"), partner_rows)  # fmt: skip
        self.n_members = len(member_rows)
        self.units_done += 10 * len(self.initiative_list)
        self.tick("инициативы")

