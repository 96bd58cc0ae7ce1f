"""Issue 11 point 10: the desk shows today's and overdue reminders newest first, with their count."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.views import desk as desk_module
from cal_desktop.services import consultations
from cal_desktop.services.consultations import ConsultationInput


def _follow_up(ctx, days_ago: int) -> None:  # type: ignore[no-untyped-def]
    consultations.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person",
            topics=["drafting"],
            outcome="follow_up",
            summary=f"Встреча {days_ago}",
            occurred_at=datetime.now() - timedelta(days=40),
            follow_up_date=date.today() - timedelta(days=days_ago),
        ),
    )


def test_reminders_newest_first_with_their_count(window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for days in (20, 0, 3, 1):
        _follow_up(ctx, days)
    desk = window.pages["desk"]
    desk.refresh()
    texts = [desk.follow_list.item(i).text() for i in range(desk.follow_list.count())]
    expected = [date.today() - timedelta(days=d) for d in (0, 1, 3, 20)]
    assert [t.split(" ")[0] for t in texts] == [fmt_date(d) for d in expected]
    assert desk.follow_box.title() == "Напоминания: 4"
    # more than the list holds: the count is still all of them, and the newest are the ones shown
    monkeypatch.setattr(desk_module, "FOLLOW_UP_LIMIT", 2)
    desk.refresh()
    assert desk.follow_list.count() == 2 and desk.follow_list.item(0).text().startswith(
        fmt_date(date.today())
    )
    assert desk.follow_box.title().startswith("Напоминания: 4")
    assert "2" in desk.follow_box.title().removeprefix("Напоминания: 4")
