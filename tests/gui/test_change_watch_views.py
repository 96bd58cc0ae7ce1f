"""Other desks' changes in the visitors list, the register of appeals and the initiatives list (issue
14.4), and the desk's alerts when midnight passes while the program runs. SQLite (data_version polling);
tests/gui/test_change_watch.py runs the desk on both engines.

What a user would notice: the new row appears within about a second while the area is shown; the row
they chose stays chosen and the list stays scrolled where it was; nothing moves while they type.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cal_desktop.db.engine import Database
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import change_watch
from cal_desktop.gui.main_window import MainWindow
from cal_desktop.services import appeals, audit, initiatives, visitors
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.context import Actor, ServiceContext
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

WITHIN_MS = 2500


@pytest.fixture
def other(db_path: Path) -> Iterator[ServiceContext]:
    """Another desk: its own engine on the same file."""
    from cal_desktop.db.models import Staff

    db = Database("sqlite:///" + str(db_path))
    with db.session() as s:
        member = Staff(login="petrova", display_name="Петрова А.А.", role=Role.ADMIN.value)
        s.add(member)
        s.flush()
        staff_id = member.id
    yield ServiceContext(db, Actor(staff_id=staff_id, role=Role.ADMIN, display_name="Петрова А.А."))
    db.dispose()


@pytest.fixture
def window(qtbot, db_path: Path, other: ServiceContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ctx = ServiceContext(Database("sqlite:///" + str(db_path)), other.actor)
    main = MainWindow(ctx, "cal")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    watch = change_watch.attach(main)
    assert watch.feed is not None and watch.feed.ready.wait(10)
    yield main
    main.close()
    ctx.db.dispose()


def _views(ctx: ServiceContext, visitor_id: int) -> int:
    return audit.list_audit(ctx, audit.AuditFilter(action="view", entity="visitor", entity_id=visitor_id)).total


def test_the_visitors_list_follows_keeping_the_chosen_person_and_the_scroll(qtbot, window, other) -> None:  # type: ignore[no-untyped-def]
    for n in range(120):
        visitors.create_visitor(other, VisitorInput(f"Петров{n:03d}", "Иван"))
    view = window.show_area("visitors")
    view.run_search()
    assert view.model.total == 120
    view.table.verticalScrollBar().setValue(40)
    chosen = view.model.row(50)
    view.table.selectRow(50)
    view._load_card()  # the card opens as after the user's pause (80 ms timer)
    assert view.current_id == chosen.id and _views(other, chosen.id) == 1
    scrolled = view.table.verticalScrollBar().value()
    on_screen = view.table.visualRect(view.model.index(50, 0)).top()

    visitors.create_visitor(other, VisitorInput("Абрамова", "Анна"))  # sorts first: every row moves down
    qtbot.waitUntil(lambda: view.model.total == 121, timeout=WITHIN_MS)
    assert "121" in view.count_label.text()
    assert view.model.row(view.table.currentIndex().row()).id == chosen.id
    assert view.table.selectionModel().isRowSelected(51)
    # the list scrolled by the one new row above: the rows in sight stay where they were on the screen
    assert view.table.verticalScrollBar().value() == scrolled + 1
    assert view.table.visualRect(view.model.index(51, 0)).top() == on_screen
    assert view.current_id == chosen.id and chosen.full_name in view.card.title.text()
    assert _views(other, chosen.id) == 1  # redrawing the open card is not a new look at it


def test_a_hidden_area_refreshes_when_shown_again(qtbot, window, other) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("visitors")
    assert view.model.total == 0
    window.show_area("desk")
    visitors.create_visitor(other, VisitorInput("Сидорова", "Мария"))
    qtbot.wait(1500)
    assert view.model.total == 0  # nobody looks at it: not read
    window.show_area("visitors")
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=WITHIN_MS)


def test_the_register_of_appeals_follows_keeping_the_chosen_appeal(qtbot, window, other) -> None:  # type: ignore[no-untyped-def]
    first = appeals.register_appeal(other, AppealInput(clock.today() - timedelta(days=3), "email",
                                                       addressee_text="Мэрия"))  # fmt: skip
    area = window.show_area("documents")
    view = area.views["appeals"]
    assert view.select_appeal(first.id)
    appeals.register_appeal(other, AppealInput(clock.today(), "email", addressee_text="Прокуратура"))
    qtbot.waitUntil(lambda: len(view.ids) == 2, timeout=WITHIN_MS)
    assert view.current is not None and view.current.id == first.id
    assert "Мэрия" in view.details.toPlainText()


def test_the_initiatives_list_follows_but_not_while_the_user_types(qtbot, window, other) -> None:  # type: ignore[no-untyped-def]
    author = visitors.create_visitor(other, VisitorInput("Орлова", "Ольга")).id
    first = initiatives.create_initiative(other, InitiativeInput("Сквер у школы", "благоустройство"), author)
    view = window.show_area("initiatives")
    view.refresh()
    view.table.selectRow(0)
    assert view.card.card is not None and view.card.card.id == first.id
    card = view.card.card
    view.card.tabs.setCurrentIndex(0)
    view.card.next_step.setFocus()
    qtbot.keyClicks(view.card.next_step, "Call")  # QTest types ASCII only

    initiatives.create_initiative(other, InitiativeInput("Детская площадка", "благоустройство"), author)
    for _ in range(8):  # 2.4 s of typing: the list waits
        qtbot.keyClick(view.card.next_step, Qt.Key.Key_Period)
        qtbot.wait(300)
        assert view.model.total == 1
    qtbot.waitUntil(lambda: view.model.total == 2, timeout=WITHIN_MS + 1500)
    assert view.card.next_step.text() == "Call........"  # the typed text is untouched
    assert view.card.card is card  # the card was not reloaded under the user
    assert view.model.row(view.table.currentIndex().row()).id == first.id


def test_an_appeal_overdue_after_midnight_appears_in_the_alerts(qtbot, window, other, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    appeal = appeals.register_appeal(other, AppealInput(clock.today() - timedelta(days=2), "email",
                                                        addressee_text="Мэрия"))  # fmt: skip
    due: date = appeal.due_date
    monkeypatch.setattr(clock, "today", lambda: due)  # the program runs on the day the answer is due
    alerts = window.pages["desk"].appeal_alerts
    window.pages["desk"].refresh()
    assert alerts.overdue_list.count() == 0 and alerts.soon_list.count() == 1

    monkeypatch.setattr(clock, "today", lambda: due + timedelta(days=1))  # midnight passes; nobody writes
    qtbot.waitUntil(lambda: alerts.overdue_list.count() == 1, timeout=WITHIN_MS)
    assert alerts.soon_list.count() == 0
    assert appeal.number in alerts.overdue_list.item(0).text()
