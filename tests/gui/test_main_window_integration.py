"""The main window brings the areas together: the desk's appeal alerts lead to the register, the
documents area holds the register and the templates, the File menu follows the role."""

from __future__ import annotations

from datetime import date

from cal_desktop.domain.vocab import Role
from cal_desktop.gui.main_window import MainWindow
from cal_desktop.services import appeals
from cal_desktop.services.appeals import AppealInput


def _window(qtbot, ctx, db_path):  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, str(db_path))
    qtbot.addWidget(win)
    win.show()
    return win


def test_overdue_alert_on_the_desk_opens_the_appeal_in_the_register(qtbot, ctx, db_path, russian) -> None:  # type: ignore[no-untyped-def]
    a = appeals.register_appeal(
        ctx, AppealInput(sent_date=date(2026, 3, 2), channel="email", addressee_text="Глава района")
    )
    win = _window(qtbot, ctx, db_path)
    desk = win.show_area("desk")
    panel = desk.appeal_alerts
    qtbot.waitUntil(lambda: panel.overdue_list.count() == 1)  # read in the background at start
    assert panel.overdue_list.count() == 1
    assert a.number in panel.overdue_list.item(0).text()
    panel.appeal_activated.emit(a.id)
    area = win.current_page()
    assert area is win.pages["documents"]
    register = area.views["appeals"]
    assert register.row_summary(a.id) is not None


def test_documents_area_has_register_and_templates(qtbot, ctx, db_path, russian) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, ctx, db_path)
    area = win.show_area("documents")
    assert [area.tabText(i) for i in range(area.count())] == ["Реестр обращений", "Шаблоны документов"]
    assert area.show_tab("templates") is not None


def test_file_menu_follows_the_role(qtbot, make_ctx, db_path, russian) -> None:  # type: ignore[no-untyped-def]
    names = {}
    for role in (Role.STAFF, Role.ADMIN):
        win = _window(qtbot, make_ctx(role), db_path)
        names[role] = {a.objectName() for a in win.actions()}
    assert "actionBackup" in names[Role.ADMIN] and "actionBackup" not in names[Role.STAFF]
    # exporting whole tables is for coordinators and up: staff would be refused after choosing a file
    assert "actionExport" in names[Role.ADMIN] and "actionExport" not in names[Role.STAFF]
    assert {"actionLock", "actionSignInAnother", "actionChangePassword"} <= names[Role.STAFF]


def test_reports_area_tells_staff_who_prepares_reports(qtbot, make_ctx, db_path, russian) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from cal_desktop.gui.views.reports import ReportsView
    from cal_desktop.gui.widgets.placeholder import Placeholder

    staff_page = _window(qtbot, make_ctx(Role.STAFF), db_path).show_area("reports")
    assert isinstance(staff_page, Placeholder)
    assert "координатор или администратор" in staff_page.findChild(QLabel, "placeholderText").text()
    assert isinstance(_window(qtbot, make_ctx(Role.COORDINATOR), db_path).show_area("reports"), ReportsView)


def test_working_calendar_is_reachable_for_coordinators(
    qtbot, make_ctx, db_path, russian, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs import appeal_calendar

    opened = []
    monkeypatch.setattr(
        appeal_calendar.CalendarOverridesDialog, "exec", lambda self: opened.append(self) or 0
    )
    staff_window = _window(qtbot, make_ctx(Role.STAFF), db_path)
    assert "actionWorkingCalendar" not in {a.objectName() for a in staff_window.actions()}
    win = _window(qtbot, make_ctx(Role.COORDINATOR), db_path)
    action = next(a for a in win.actions() if a.objectName() == "actionWorkingCalendar")
    assert action.text() == "Рабочий &календарь…"
    action.trigger()
    assert len(opened) == 1


def test_every_area_fits_a_laptop_screen(qtbot, ctx, db_path, russian) -> None:  # type: ignore[no-untyped-def]
    """No area may widen the window past 1280 px (a 1366 px laptop with its frame and a little room)."""
    win = _window(qtbot, ctx, db_path)
    win.resize(1280, 800)
    for area in win.areas:
        page = win.show_area(area.key)
        qtbot.wait(10)
        assert win.width() <= 1280, area.key
        for i in range(getattr(page, "count", lambda: 0)()):  # tabbed areas: every tab too
            page.setCurrentIndex(i)
            qtbot.wait(10)
            assert win.width() <= 1280, (area.key, i)
