"""Issue 15 point 2 in the window: the month/week calendar, the call list and the .ics from the desk."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtGui import QFont

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.dialogs.followups_calendar import FollowUpsCalendar
from cal_desktop.gui.formatting import to_qdate
from cal_desktop.gui.widgets import followups_panel
from cal_desktop.services import consultations, followups, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def _meeting(ctx, due: date, visitor_id: int | None = None) -> None:  # type: ignore[no-untyped-def]
    consultations.create_consultation(
        ctx,
        ConsultationInput(channel="in_person", topics=["drafting"], outcome="follow_up", summary="Подписи",
                          visitor_id=visitor_id, occurred_at=datetime.now() - timedelta(days=40), follow_up_date=due),
    )  # fmt: skip


def test_month_marks_days_and_the_week_lists_them_by_staff(qtbot, ctx, make_ctx, russian) -> None:  # type: ignore[no-untyped-def]
    colleague = make_ctx(Role.STAFF)
    _meeting(ctx, TODAY)
    _meeting(ctx, TODAY - timedelta(days=1))
    _meeting(colleague, TODAY)
    dialog = FollowUpsCalendar(ctx)
    qtbot.addWidget(dialog)
    dialog.month.setSelectedDate(to_qdate(TODAY))
    assert dialog.month.dateTextFormat(to_qdate(TODAY)).fontWeight() == QFont.Weight.Bold
    monday = TODAY - timedelta(days=TODAY.weekday())
    week = (monday, monday + timedelta(days=6))

    def listed() -> int:
        return sum("встреча: Подписи" in dialog.week.item(i).text() for i in range(dialog.week.count()))

    assert dialog.week.count() == 7 + listed()  # a heading for each day
    assert listed() == len(followups.between(ctx, *week, staff_id=ctx.actor.staff_id))  # mine only
    dialog.who.setCurrentIndex(0)  # everyone
    assert listed() == len(followups.between(ctx, *week)) == listed() > 0
    assert dialog.week_title.text().startswith("Неделя ")


def test_call_list_and_calendar_file_from_the_desk(window, ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    person = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79121112233"))
    _meeting(ctx, TODAY, person.id)
    desk = window.pages["desk"]
    desk.refresh()
    target = tmp_path / "звонки.pdf"
    monkeypatch.setattr(followups_panel, "ask_save_path", lambda *a: str(target))
    desk.follow_panel.save_call_list()
    assert target.read_bytes().startswith(b"%PDF")
    assert "Список звонков сохранён" in window.statusBar().currentMessage()
    ics = tmp_path / "мои.ics"
    monkeypatch.setattr(followups_panel, "ask_save_path", lambda *a: str(ics))
    desk.follow_panel.export_ics()
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 1
    monkeypatch.setattr(followups_panel, "ask_save_path", lambda *a: "")  # cancelled: nothing written
    desk.follow_panel.export_ics()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".ics", ".pdf")) == ["звонки.pdf", "мои.ics"]
