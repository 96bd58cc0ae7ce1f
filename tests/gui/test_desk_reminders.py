"""The desk's follow-ups (issue 11 point 10, issue 15): the signed-in person's buckets with their
counts, overdue newest first, and done / +1 day / +1 week / a date / a colleague with one key each."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.widgets import followups_panel
from cal_desktop.services import consultations, followups
from cal_desktop.services.consultations import ConsultationInput

TODAY = date.today()


def _follow_up(ctx, days_ago: int) -> int:  # type: ignore[no-untyped-def]
    return consultations.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person",
            topics=["drafting"],
            outcome="follow_up",
            summary=f"Встреча {days_ago}",
            occurred_at=datetime.now() - timedelta(days=40),
            follow_up_date=TODAY - timedelta(days=days_ago),
        ),
    ).id


def _texts(desk) -> list[str]:  # type: ignore[no-untyped-def]
    return [desk.follow_list.item(i).text() for i in range(desk.follow_list.count())]


def _show(desk, bucket: str) -> None:  # type: ignore[no-untyped-def]
    desk.follow_panel.tabs.setCurrentIndex(followups.BUCKETS.index(bucket))


def test_buckets_with_counts_overdue_newest_first(window, ctx, make_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for days in (20, 0, 3, 1, -2):
        _follow_up(ctx, days)
    _follow_up(make_ctx(Role.STAFF), 0)  # a colleague's: only under «Все»
    desk = window.pages["desk"]
    desk.refresh()
    tabs = desk.follow_panel.tabs
    assert [tabs.tabText(i) for i in range(4)] == [
        "Мои на сегодня (1)", "Просроченные (3)", "На неделе (1)", "Все (6)",
    ]  # fmt: skip
    assert desk.follow_box.title() == "Напоминания: на сегодня 1, просрочено 3"
    assert _texts(desk) == [f"{fmt_date(TODAY)} · встреча: Встреча 0"]
    _show(desk, "overdue")
    expected = [TODAY - timedelta(days=d) for d in (1, 3, 20)]
    assert [t.split(" ")[0] for t in _texts(desk)] == [fmt_date(d) for d in expected]
    assert all("(просрочено)" in t for t in _texts(desk))
    _show(desk, "all")
    assert len(_texts(desk)) == 6 and any("[Сотрудник" in t for t in _texts(desk))  # whose it is
    # more than the list holds: the tab still counts all, the list says it shows the first ones
    monkeypatch.setattr(followups_panel, "LIMIT", 2)
    desk.refresh()
    assert _texts(desk)[-1] == "(показаны первые 2)" and tabs.tabText(3) == "Все (6)"


def test_one_key_each_done_day_week_date_colleague(window, ctx, make_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    colleague = make_ctx(Role.STAFF)
    ids = [_follow_up(ctx, 0) for _ in range(5)]
    desk = window.pages["desk"]
    desk.refresh()
    listed = desk.follow_list
    listed.setFocus()
    assert listed.currentRow() == 0 and desk.follow_panel.current().source_id == ids[0]
    qtbot.keyClick(listed, Qt.Key.Key_Space)  # done
    assert consultations.get_consultation(ctx, ids[0]).follow_up_done
    assert desk.follow_panel.tabs.tabText(0) == "Мои на сегодня (4)"
    assert desk.follow_panel.current() is not None  # the next one is selected, ready for the next key
    qtbot.keyClick(listed, Qt.Key.Key_1)  # tomorrow
    assert consultations.get_consultation(ctx, ids[1]).follow_up_date == TODAY + timedelta(days=1)
    qtbot.keyClick(listed, Qt.Key.Key_7)  # in a week
    assert consultations.get_consultation(ctx, ids[2]).follow_up_date == TODAY + timedelta(days=7)
    monkeypatch.setattr(followups_panel, "ask_date", lambda parent, current: TODAY + timedelta(days=3))
    qtbot.keyClick(listed, Qt.Key.Key_0)
    assert consultations.get_consultation(ctx, ids[3]).follow_up_date == TODAY + timedelta(days=3)
    offered: list[list[tuple[int, str]]] = []

    def choose(parent, choices):  # type: ignore[no-untyped-def]
        offered.append(choices)
        return colleague.actor.staff_id

    monkeypatch.setattr(followups_panel, "ask_colleague", choose)
    qtbot.keyClick(listed, Qt.Key.Key_Right)
    assert ctx.actor.staff_id not in [i for i, _ in offered[0]]  # not handed to oneself
    assert [f.source_id for f in followups.desk_list(colleague, "today")] == [ids[4]]
    assert desk.follow_panel.tabs.tabText(0) == "Мои на сегодня (0)"
    assert _texts(desk) == ["Здесь ничего нет."] and not desk.done_button.isEnabled()
    # a cancelled date or colleague changes nothing
    _show(desk, "week")
    monkeypatch.setattr(followups_panel, "ask_date", lambda parent, current: None)
    qtbot.keyClick(listed, Qt.Key.Key_0)
    assert desk.follow_panel.tabs.tabText(2) == "На неделе (3)"


def test_a_consent_to_renew_appears_at_the_desk_without_waiting(window, ctx, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.db.models import Visitor
    from cal_desktop.services import visitors
    from cal_desktop.services.visitors import VisitorInput

    person = visitors.create_visitor(ctx, VisitorInput("Старова", "Анна", phone="+79121112234"))
    with db.session() as s:
        s.get(Visitor, person.id).consent_date = TODAY.replace(year=TODAY.year - 3)
    desk = window.pages["desk"]
    desk.follow_panel.duties_checked = None  # as on the next day
    desk.refresh()  # returns at once; the check runs on a thread and the list follows
    qtbot.waitUntil(lambda: desk.follow_panel.tabs.tabText(0) == "Мои на сегодня (1)", timeout=5000)
    assert _texts(desk) == [f"{fmt_date(TODAY)} · продление согласия: Продлить согласие на обработку персональных "
                            "данных — Старова Анна, +7 912 111-22-34"]  # fmt: skip


def test_choosing_a_visitor_flags_a_missing_or_withdrawn_consent(window, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.db.models import Visitor
    from cal_desktop.gui.widgets.visitor_picker import describe
    from cal_desktop.services import visitors
    from cal_desktop.services.visitors import VisitorInput

    person = visitors.create_visitor(ctx, VisitorInput("Старова", "Анна"))
    form = window.pages["desk"].form
    form.picker.set_visitor(person.id, describe(person))
    assert form.consent_flag.isVisible() and "не оформлено" in form.consent_flag.text()
    with db.session() as s:
        s.get(Visitor, person.id).consent_withdrawn_date = TODAY
    form.picker.set_visitor(person.id, describe(person))
    assert form.consent_flag.problem == "withdrawn" and "только обезличенно" in form.consent_flag.text()
    form.reset()
    assert not form.consent_flag.isVisible()
    with db.session() as s:
        v = s.get(Visitor, person.id)
        v.consent_withdrawn_date, v.consent_date = None, TODAY
    form.picker.set_visitor(person.id, describe(person))
    assert not form.consent_flag.isVisible()  # in order: nothing shown
