"""Every window fits the screens centres have: 1024×768 old monitors and 1366×768 laptops (issue 11).

Each area, each of its tabs and every dialog reachable from the views is shown on a screen of that
size (the program asks ``gui.screen_fit.available`` for the screen; offscreen Qt has one 800×800
screen, so the test answers for it). Then every visible button and input must lie inside the visible
screen (not cut by the window's edge nor by a squeezed parent; a scrollable form may scroll it into
view) and be at least as wide as its shortest label; the columns that matter must not be a few
characters wide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from cal_desktop.gui import screen_fit
from cal_desktop.gui.navigation import COLLAPSE_BELOW

SCREENS = [QSize(1024, 768), QSize(1366, 768)]
TASK_BAR = 40  # px at the screen's bottom edge: what is left for windows is the available geometry
ANCHOR = date(2026, 11, 20)


# ------------------------------------------------------------------------------------- the check


def _inside_scroll_content(widget: QWidget) -> bool:
    """The viewport of a scroll area shows part of its content: what lies beyond is scrolled to."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _cut(widget: QWidget, top: QWidget) -> str | None:
    """Where ``widget`` is cut by an ancestor (up to the window), or None when it is whole."""
    rect = QRect(widget.rect())
    current = widget
    while current is not top:
        parent = current.parentWidget()
        if parent is None:
            return None
        rect = rect.translated(current.pos())
        if not _inside_scroll_content(parent) and not parent.rect().contains(rect):
            return f"cut by {type(parent).__name__} {parent.objectName()!r} {parent.size().toTuple()}"
        if _inside_scroll_content(parent):
            rect = QRect(parent.rect())  # seen through the viewport: its place is the viewport's
        current = parent
    return None


def _text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(
        text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    )


def _needed_width(widget: QWidget) -> int:
    """How wide the widget must be to show its shortest label whole."""
    style = widget.style()
    if isinstance(widget, QAbstractButton):
        text = widget.text()
        if not text:
            return 0
        width = _text_width(widget, text)
        if not widget.icon().isNull():
            width += widget.iconSize().width() + 4
        if isinstance(widget, (QCheckBox, QRadioButton)):
            width += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
        elif isinstance(widget, QPushButton):
            width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
        return width
    if isinstance(widget, QComboBox):
        texts = [widget.itemText(i) for i in range(widget.count()) if widget.itemText(i).strip()]
        shortest = min((_text_width(widget, t) for t in texts), default=0)
        return min(shortest, _text_width(widget, "x" * 12)) + 24
    if isinstance(widget, QAbstractSpinBox):
        return widget.minimumSizeHint().width() - 2
    if isinstance(widget, QLineEdit):
        return _text_width(widget, "x" * 6)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return _text_width(widget, "x" * 12)
    return 0


CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _is_control(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROLS):
        return False
    parent = widget.parentWidget()
    # parts of other widgets: a combo's or spin box's line edit, scroll bar arrows, tab scrollers
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QScrollBar, QTabBar)):
        return False
    if isinstance(widget, QToolButton) and isinstance(parent, QTabBar):
        return False
    # Qt's own parts of a view (the table's corner button) belong to the view
    return not widget.objectName().startswith("qt_")


def problems(top: QWidget, screen: QSize) -> list[str]:
    """What a user at a ``screen``-sized monitor would find cut, hidden or too narrow in ``top``."""
    found: list[str] = []
    if top.width() > screen.width() or top.height() > screen.height():
        found.append(
            f"{top.objectName() or type(top).__name__} is {top.size().toTuple()}, larger than the screen"
        )
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top or not _is_control(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} «{_label(widget)}»"
        where = _cut(widget, top)
        if where:
            found.append(f"{name} {widget.size().toTuple()} {where}")
        needed = _needed_width(widget)
        if widget.width() < needed:
            found.append(f"{name} is {widget.width()} px wide, its label needs {needed}")
    for table in top.findChildren(QTableView):
        if table.isVisible() and table.window() is top:
            found += _narrow_columns(table)
    return found


def _label(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.accessibleName()


def _narrow_columns(table: QTableView) -> list[str]:
    """A column that shows a few characters of its heading (and of its text) is of no use."""
    header = table.horizontalHeader()
    model = table.model()
    found = []
    if model is None or header.isHidden():
        return found
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        heading = str(model.headerData(column, header.orientation()) or "")
        margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        needed = min(header.fontMetrics().horizontalAdvance(heading) + margins, 110)
        if header.sectionSize(column) < needed:
            found.append(
                f"column «{heading}» of {table.objectName()!r} is {header.sectionSize(column)} px wide, "
                f"needs {needed}"
            )
    return found


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


# ------------------------------------------------------------------------------------- the base


@pytest.fixture
def base(ctx):  # type: ignore[no-untyped-def]
    """A small demo base: visitors, consultations, initiatives, appeals, officials."""
    from cal_desktop.services.demo import generate_demo

    generate_demo(ctx, seed=3, visitors=80, months=2, today=ANCHOR)
    return ctx


@pytest.fixture(params=SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def screen(request, monkeypatch) -> QSize:  # type: ignore[no-untyped-def]
    size = QSize(request.param.width(), request.param.height() - TASK_BAR)
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, size.width(), size.height()))
    return size


def _tabs(root: QWidget) -> Iterator[str]:
    """Visit every page of every tab widget under ``root`` (nested ones too), yielding a name each time."""
    seen: set[int] = set()

    def walk() -> Iterator[str]:
        own = [root] if isinstance(root, QTabWidget) else []  # the desk and the documents are tab widgets
        for tabs in own + root.findChildren(QTabWidget):
            if id(tabs) in seen or not tabs.isVisible():
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                if not tabs.isTabVisible(index):
                    continue
                tabs.setCurrentIndex(index)
                settle()
                yield f"tab «{tabs.tabText(index)}»"
                yield from walk()

    yield "first page"
    yield from walk()


# ------------------------------------------------------------------------------------ the window


def open_window(ctx, qtbot, size: QSize | None = None):  # type: ignore[no-untyped-def]
    """The main window as it opens; then, given a size, maximised to it."""
    from cal_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, "cal.db")
    qtbot.addWidget(window)
    window.show()
    if size is not None:
        window.resize(size)
        settle()
    return window


def test_main_window_opens_within_the_screen(base, screen, qtbot, shown):  # type: ignore[no-untyped-def]
    window = open_window(base, qtbot)
    assert window.width() <= screen.width() and window.height() <= screen.height(), window.size()
    # below COLLAPSE_BELOW the navigation shows icons only, so the area has the room
    assert window.nav_collapsed() is (screen.width() < COLLAPSE_BELOW)


def test_navigation_collapses_to_icons_by_width_and_by_hand(base, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, 1366, 728))
    window = open_window(base, qtbot, QSize(1366, 728))
    wide = window.nav_panel.width()
    assert not window.nav_collapsed() and wide > 150
    qtbot.mouseClick(window.nav_panel.toggle, Qt.MouseButton.LeftButton)
    settle()
    assert window.nav_collapsed() and window.nav_panel.width() < 60
    assert window.stack.width() > 1366 - 80  # the area took the room
    assert window.nav.item(0).text() == "Приём"  # the names stay for tooltips and screen readers
    qtbot.mouseClick(window.nav_panel.toggle, Qt.MouseButton.LeftButton)
    settle()
    assert not window.nav_collapsed() and window.nav_panel.width() >= window.nav_panel.names_width()
    window.resize(1024, 728)  # a narrower window: icons by themselves
    settle()
    assert window.nav_collapsed()
    window.resize(1280, 728)
    settle()
    assert not window.nav_collapsed()


def test_a_deep_database_folder_is_shortened_not_cut(ctx, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, 1024, 728))
    deep = "/home/администратор/Документы/Центр активных людей/архив/2026/база данных/" * 3 + "cal.db"
    window = MainWindow(ctx, deep)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 728)
    settle()
    assert window.width() <= 1024
    label = window.db_status
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()  # whole, not cut at the edge
    assert label.text().endswith("cal.db")  # the file's name stays in sight
    assert label.toolTip() == f"База данных: {deep}"


def test_a_window_remembered_on_a_larger_monitor_opens_within_this_one(ctx, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, 1920, 1040))
    first = open_window(ctx, qtbot, QSize(1800, 1000))
    first.close()  # remembers its size
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, 1024, 728))
    second = MainWindow(ctx, "cal.db")
    qtbot.addWidget(second)
    assert second.width() <= 1024 and second.height() <= 728, second.size()


def test_every_area_and_tab_fits(base, screen, qtbot, shown):  # type: ignore[no-untyped-def]
    window = open_window(base, qtbot, screen)
    found: list[str] = []
    for area in window.areas:
        page = window.show_area(area.key)
        settle()
        for where in _tabs(page):
            found += [f"{area.key}, {where}: {p}" for p in problems(window, screen)]
        if area.key == "initiatives":
            found += _initiative_card(window, page, screen)
    assert not found, "\n".join(dict.fromkeys(found))


def _initiative_card(window, view, screen: QSize) -> list[str]:  # type: ignore[no-untyped-def]
    """The initiative card with an initiative open, and the board."""
    found = []
    title = view.table.horizontalHeader().sectionSize(1)
    if title < 150:  # the title is what the list is read by
        found.append(f"the initiatives' title column is {title} px wide")
    view.table.selectRow(0)
    settle()
    for where in _tabs(view.card):
        found += [f"initiative card, {where}: {p}" for p in problems(window, screen)]
    view.board_toggle.setChecked(True)
    settle()
    found += [f"initiatives board: {p}" for p in problems(window, screen)]
    view.board_toggle.setChecked(False)
    return found


def test_desk_shows_eight_rows_of_today_at_1366x768(base, qtbot, shown, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: QRect(0, 0, 1366, 768 - TASK_BAR))
    window = open_window(base, qtbot, QSize(1366, 768 - TASK_BAR))
    desk = window.show_area("desk")
    settle()
    table = desk.today_table if hasattr(desk, "today_table") else desk.findChild(QTableView, "todayTable")
    assert table is not None and table.isVisible()
    row = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 8 * row, (table.viewport().height(), row, desk.side.sizes())


def test_the_register_shows_state_and_due_date_without_scrolling(base, screen, qtbot, shown):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.views.appeals import COLUMNS

    window = open_window(base, qtbot, screen)
    register = window.show_area("documents").show_tab("appeals")
    settle()
    header = register.table.horizontalHeader()
    seen = register.table.viewport().width()
    for heading in ("Состояние", "Срок"):
        column = next(i for i, c in enumerate(COLUMNS) if c.title() == heading)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= seen, (heading, right, seen)


# ------------------------------------------------------------------------------------- dialogs


def _dialogs(ctx) -> list[tuple[str, Callable[[], QDialog]]]:  # type: ignore[no-untyped-def]
    """Every dialog the views open, each built the way its view builds it."""
    from cal_desktop.gui.dialogs import (
        appeal_calendar,
        appeal_events,
        backup,
        consultation_dialog,
        export_dialog,
        import_dialog,
        initiative_form,
        initiative_member,
        initiative_status,
        new_initiative_dialog,
        official_form,
        organisation_form,
        password,
        signin,
        template_editor,
        visitor_dialog,
    )
    from cal_desktop.gui.idle_lock import UnlockDialog
    from cal_desktop.gui.views import accounts as accounts_view
    from cal_desktop.gui.views import personal_data as pd_view
    from cal_desktop.gui.views import reports as reports_view
    from cal_desktop.services import (
        accounts,
        appeals,
        consultations,
        directory,
        initiatives,
        reports,
        templates,
        visitors,
    )
    from cal_desktop.services.initiatives import InitiativeFilter

    person = visitors.search_visitors(ctx, "а", 1)[0]
    initiative = initiatives.list_initiatives(ctx, InitiativeFilter(), limit=1).items[0]
    card = initiatives.get_initiative(ctx, initiative.id)
    appeal = appeals.get_appeal(ctx, appeals.list_appeals(ctx, limit=1).items[0].id)
    consultation = consultations.list_consultations(ctx, limit=1).items[0]
    official = directory.list_officials(ctx, limit=1).items[0]
    account = accounts.list_accounts(ctx)[0]
    month = reports.Period.month(ANCHOR.year, ANCHOR.month)
    drill = reports.drill_down(ctx, month, "consultations.total")
    own_letter = templates.duplicate_template(ctx, "appeal").template_id
    def refused(dialog: QDialog, fill: Callable[[QDialog], object], send: str) -> QDialog:
        """The dialog after a refused save: every field's error under it, the buttons still there."""
        fill(dialog)
        getattr(dialog, send)()
        return dialog

    def bad_visitor(d: QDialog) -> None:
        ui = d.ui  # type: ignore[attr-defined]
        ui.firstNameEdit.setText("Пётр")
        ui.phoneEdit.setText("12-34")
        ui.emailEdit.setText("petr@")
        ui.birthDateEdit.setText("31.02.2090")
        ui.consentDateEdit.setText("99.99.9999")

    return [
        ("visitor refused", lambda: refused(visitor_dialog.VisitorDialog(ctx), bad_visitor, "save")),
        (
            "initiative refused",
            lambda: refused(initiative_form.InitiativeFormDialog(ctx), lambda d: None, "submit"),
        ),
        ("official refused", lambda: refused(official_form.OfficialDialog(ctx), lambda d: None, "submit")),
        ("account refused", lambda: refused(accounts_view.AccountDialog(ctx, None), lambda d: None, "save")),
        ("consultation", lambda: consultation_dialog.ConsultationDialog(ctx, consultation.id)),
        ("report figure's records", lambda: reports_view.DrillDialog("Консультации", month, drill)),
        ("unlock", lambda: UnlockDialog(ctx, 15, can_switch=True)),
        ("new visitor", lambda: visitor_dialog.VisitorDialog(ctx)),
        ("visitor", lambda: visitor_dialog.VisitorDialog(ctx, visitor=visitors.get_visitor(ctx, person.id))),
        ("new initiative", lambda: initiative_form.InitiativeFormDialog(ctx)),
        ("initiative", lambda: initiative_form.InitiativeFormDialog(ctx, initiative_id=initiative.id)),
        ("initiative status", lambda: initiative_status.StatusChangeDialog(ctx, card)),
        ("initiative member", lambda: initiative_member.AddMemberDialog(ctx, initiative.id)),
        (
            "initiative from a consultation",
            lambda: new_initiative_dialog.NewInitiativeDialog(None, "Сквер", ""),
        ),
        ("official", lambda: official_form.OfficialDialog(ctx, official_id=official.id)),
        ("new official", lambda: official_form.OfficialDialog(ctx)),
        ("organisation", lambda: organisation_form.OrganisationDialog(ctx)),
        ("new appeal", lambda: appeal_events.NewAppealDialog(ctx, initiative_id=initiative.id)),
        ("appeal registration", lambda: appeal_events.RegistrationDialog(ctx, appeal)),
        ("appeal extension", lambda: appeal_events.ExtensionDialog(ctx, appeal)),
        ("appeal forwarding", lambda: appeal_events.ForwardingDialog(ctx, appeal)),
        ("appeal answer", lambda: appeal_events.AnswerDialog(ctx, appeal)),
        ("working calendar", lambda: appeal_calendar.CalendarOverridesDialog(ctx)),
        ("change password", lambda: password.ChangePasswordDialog(ctx)),
        ("reset password", lambda: password.ResetPasswordDialog(ctx, account)),
        ("sign-in", lambda: signin.SignInDialog(ctx)),
        ("first run", lambda: signin.FirstRunDialog(ctx)),
        ("backup", lambda: backup.BackupDialog(ctx)),
        ("import", lambda: import_dialog.ImportDialog(ctx)),
        ("import problems", lambda: import_dialog.ProblemsDialog([(2, "Фамилия", "не заполнена")])),
        ("export", lambda: export_dialog.ExportDialog(ctx)),
        ("template editor", lambda: template_editor.TemplateEditorDialog(ctx, own_letter)),
        ("account", lambda: accounts_view.AccountDialog(ctx, None)),
        ("consent", lambda: pd_view.ConsentDialog(ctx, person.id, person.full_name)),
        ("withdrawal", lambda: pd_view.WithdrawalDialog(ctx, person.id, person.full_name)),
        *_task_dialogs(ctx, person.id),
        *_funding_dialogs(ctx, initiative.id, refused),  # issue 21
    ]


def _task_dialogs(ctx, person_id: int) -> list[tuple[str, Callable[[], QDialog]]]:  # type: ignore[no-untyped-def]
    """Issues 15.5 and 16.1: the duplicates list, the merge, the follow-ups from an event's decisions."""
    from cal_desktop.gui.dialogs import event_decisions, visitor_duplicates
    from cal_desktop.gui.dialogs import visitor_merge as merge_dialog
    from cal_desktop.services import events_query, visitor_merge, visitors

    other = next(v for v in visitors.search_visitors(ctx, "е", 5) if v.id != person_id)
    event_id = events_query.event_ids(ctx)[0]
    decisions = "1. Собрать подписи жителей\n2. Написать письмо главе района о благоустройстве сквера"
    return [
        ("likely duplicates", lambda: visitor_duplicates.DuplicatesDialog(ctx)),
        ("visitor merge", lambda: merge_dialog.MergeDialog(ctx, *visitor_merge.compare(ctx, person_id, other.id))),
        ("event decisions", lambda: event_decisions.DecisionsDialog(ctx, event_id, decisions)),
    ]


def _funding_dialogs(ctx, initiative_id: int, refused):  # type: ignore[no-untyped-def]
    """The funding call's card (refused, and a saved one from the demo), the initiative's applications."""
    from cal_desktop.gui.dialogs import call_applications, funding_call_form
    from cal_desktop.services import funding_calls

    call_id = funding_calls.list_calls(ctx, funding_calls.CallFilter(open_only=False)).items[0].id
    return [
        ("funding call refused", lambda: refused(funding_call_form.FundingCallDialog(ctx, None), lambda d: None, "save")),
        ("funding call", lambda: funding_call_form.FundingCallDialog(ctx, None, call_id)),
        ("applications", lambda: call_applications.ApplicationsDialog(ctx, None, initiative_id)),
        ("application refused", lambda: refused(call_applications.ApplicationForm(ctx, None, initiative_id),
                                                lambda d: None, "save")),
    ]  # fmt: skip


def test_every_dialog_fits(base, screen, qtbot, shown):  # type: ignore[no-untyped-def]
    found: list[str] = []
    for name, make in _dialogs(base):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        found += [f"{name}: {p}" for p in problems(dialog, screen)]
        dialog.close()
    assert not found, "\n".join(found)


def test_document_editor_fits(base, screen, qtbot, shown):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.document_dialogs import DocumentEditorDialog
    from cal_desktop.services import initiatives
    from cal_desktop.services.initiatives import InitiativeFilter

    initiative = initiatives.list_initiatives(base, InitiativeFilter(), limit=1).items[0]
    dialog = DocumentEditorDialog(base, initiative.id, "appeal")
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert not problems(dialog, screen), "\n".join(problems(dialog, screen))


def test_a_window_shrunk_by_hand_collapses_the_navigation_before_it_stops_shrinking(base, qtbot, shown):  # type: ignore[no-untyped-def]
    """With the area names shown the window cannot be narrower than its minimum width; the names must give
    way above that width, or a person narrowing a 1366 px window by hand never gets the collapse."""
    window = open_window(base, qtbot, QSize(1366, 700))
    for key in ("desk", "initiatives", "documents", "reports"):
        window.show_area(key)
        settle()
        assert not window.nav_collapsed()
        assert window.minimumSizeHint().width() < COLLAPSE_BELOW, key
    window.resize(QSize(COLLAPSE_BELOW - 10, 700))
    settle()
    assert window.nav_collapsed()
