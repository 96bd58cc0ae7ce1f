"""Issue 11 point 7: no accidental loss or wrong save at the desk.

Esc in an open drop-down list closes only the list; Esc on a filled form asks first; a double click
opens a consultation once, and never another row; destructive questions start on Cancel; the status
dialog starts on the initiative's current status."""

from __future__ import annotations

from datetime import datetime, timedelta

from gui_keys import press, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from test_consultation_form import _form

from cal_desktop.gui import messages
from cal_desktop.gui.dialogs import consultation_dialog
from cal_desktop.services import consultations, initiatives, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


def test_esc_in_an_open_list_closes_only_the_list(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    form.ui.summaryEdit.setPlainText("Хочет благоустроить двор")
    combo = form.ui.outcomeCombo
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    # the keyboard's Esc goes to the list inside the popup (the popup's focus widget)
    QTest.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert form.ui.summaryEdit.toPlainText() == "Хочет благоустроить двор"
    assert shown.shown == []  # not even the question: the list just closed


def test_enter_in_an_open_list_picks_the_item_and_saves_nothing(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    combo = form.ui.outcomeCombo
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    QTest.keyClick(combo.view(), Qt.Key.Key_Down)
    QTest.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert combo.currentIndex() == 1
    assert consultations.count_consultations(ctx) == 0


def test_esc_on_a_filled_form_asks_before_clearing(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    assert not form.has_unsaved_work()
    form.ui.summaryEdit.setFocus()
    type_text("черновик")
    assert form.has_unsaved_work()
    shown.answers = [-1]  # Cancel: keep typing
    press(Qt.Key.Key_Escape)
    assert form.ui.summaryEdit.toPlainText() == "черновик"
    assert "будет потеряно" in shown.texts() and shown.destructive == [True]
    shown.answers = [0]  # Discard
    press(Qt.Key.Key_Escape)
    assert form.ui.summaryEdit.toPlainText() == ""
    assert not form.has_unsaved_work()
    press(Qt.Key.Key_Escape)  # an empty form clears without a question
    assert len(shown.shown) == 2


def test_unsaved_work_covers_every_field_and_ends_with_the_save(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, ctx)
    changes = [
        lambda: form.ui.channelCombo.setCurrentIndex(2),
        lambda: form.ui.topicsList.item(1).setCheckState(Qt.CheckState.Checked),
        lambda: form.ui.outcomeCombo.setCurrentIndex(1),
        lambda: form.ui.followUpEdit.setText("01.01.2030"),
        lambda: form.ui.durationSpin.setValue(15),
        lambda: form.ui.newInitiativeCheck.setChecked(True),
        lambda: form.ui.visitorEdit.setText("Петр"),
    ]
    for change in changes:
        form.reset()
        change()
        assert form.has_unsaved_work()
    form.reset()
    form.ui.topicsList.item(1).setCheckState(Qt.CheckState.Checked)
    assert form.save() is not None
    assert not form.has_unsaved_work()


def test_edit_dialog_asks_before_dropping_changes(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    row = consultations.create_consultation(
        ctx, ConsultationInput(channel="phone", topics=["other"], outcome="advised", summary="Было")
    )
    dialog = consultation_dialog.ConsultationDialog(ctx, row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.has_unsaved_work()  # loading is not typing
    dialog.form.ui.summaryEdit.setPlainText("Стало")
    dialog.close()  # the window's cross (Esc and «Закрыть» take the same way)
    assert dialog.isVisible()  # the recorder answered Cancel: still open, the change still there
    assert "изменения" in shown.texts() and shown.destructive == [True]
    assert dialog.form.ui.summaryEdit.toPlainText() == "Стало"
    shown.answers = [0]
    QTest.keyClick(dialog.form.ui.summaryEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(shown.shown) == 2  # asked once, not twice
    assert consultations.get_consultation(ctx, row.id).summary == "Было"


def _consultations_today(ctx, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    for i, name in enumerate(names):
        phone = f"+7900{sum(map(ord, name)) % 10_000_000:07d}"
        v = visitors.create_visitor(ctx, VisitorInput(name, "Анна", phone=phone), allow_duplicate=True)
        consultations.create_consultation(
            ctx,
            ConsultationInput(
                channel="in_person",
                topics=["other"],
                outcome="advised",
                visitor_id=v.id,
                occurred_at=datetime.now().replace(microsecond=0) - timedelta(minutes=10 * (i + 1)),
            ),
        )


def _double_click(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    """Through the window, as the platform delivers it: press, release, press, double click, release."""
    point = table.viewport().mapTo(table.window(), table.visualRect(table.model().index(row, 1)).center())
    handle = table.window().windowHandle()
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseDClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QApplication.processEvents()


def test_double_click_opens_the_row_once(qtbot, window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _consultations_today(ctx, ["Алексеева", "Борисова", "Васильева"])
    desk = window.pages["desk"]
    desk.refresh()
    opened: list[int] = []

    def fake_open(ctx_, consultation_id, parent):  # type: ignore[no-untyped-def]
        opened.append(consultation_id)
        # the dialog saved a new consultation meanwhile: the list is refreshed under the cursor
        _consultations_today(ctx, ["Григорьева"])
        return True

    monkeypatch.setattr(consultation_dialog, "open_consultation", fake_open)
    wanted = desk.today_model.row(1)
    _double_click(qtbot, desk.today_table, 1)
    assert opened == [wanted.id]
    # where the platform also activates on a double click, both signals come for the one gesture,
    # the second after the dialog closed and the list was refreshed under a stale index
    opened.clear()
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    index = desk.today_model.index(1, 1)
    wanted = desk.today_model.row(1)
    desk.today_table.doubleClicked.emit(index)
    desk.today_table.activated.emit(index)
    assert opened == [wanted.id]
    # Enter, a moment later, opens again (only the double click's twin is swallowed)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    first = desk.today_model.row(0).id
    desk.today_table.activated.emit(desk.today_model.index(0, 1))
    assert opened[-1] == first and len(opened) == 2


def test_no_row_means_nothing_opens_never_the_last_row(qtbot, window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _consultations_today(ctx, ["Алексеева", "Борисова"])
    desk = window.pages["desk"]
    desk.refresh()
    opened: list[int] = []
    monkeypatch.setattr(consultation_dialog, "open_consultation", lambda c, i, p: opened.append(i))
    desk.today_table.activated.emit(desk.today_model.index(-1, 0))
    desk.today_table.activated.emit(desk.today_model.createIndex(-1, 0))
    assert opened == []
    assert desk.today_model.row(-1) is None


def test_all_consultations_list_opens_once(qtbot, window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _consultations_today(ctx, ["Алексеева", "Борисова", "Васильева"])
    desk = window.pages["desk"]
    desk.setCurrentIndex(1)
    view = desk.list_view
    qtbot.waitUntil(lambda: view.model.total == 3)
    opened: list[int] = []
    monkeypatch.setattr(consultation_dialog, "open_consultation", lambda c, i, p: opened.append(i) or True)
    wanted = view.model.row(2).id
    _double_click(qtbot, view.table, 2)
    assert opened == [wanted]


def test_destructive_question_starts_on_cancel(qapp, russian) -> None:  # type: ignore[no-untyped-def]
    box, pushed = messages.question_box(
        None, "Обезличивание", "Обезличить?", ["Обезличить безвозвратно"], True
    )
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is not pushed[0]
    box.deleteLater()
    box, pushed = messages.question_box(None, "Вопрос", "Открыть?", ["Открыть"])
    assert box.defaultButton() is pushed[0]  # a harmless question still starts on its action
    box.deleteLater()


def test_anonymising_asks_a_destructive_question(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.views.personal_data import PersonalDataView

    v = visitors.create_visitor(ctx, VisitorInput("Громов", "Лев", phone="+79003330000"))
    view = PersonalDataView(ctx)
    qtbot.addWidget(view)
    assert view.anonymise(v.id, "Громов Лев") is False  # the recorder answers Cancel
    assert shown.destructive == [True]
    assert visitors.get_visitor(ctx, v.id).last_name == "Громов"


def test_status_dialog_starts_on_the_current_status(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.initiative_status import StatusChangeDialog

    author = visitors.create_visitor(ctx, VisitorInput("Громов", "Лев", phone="+79003330000"))
    card = initiatives.create_initiative(
        ctx, initiatives.InitiativeInput(title="Сквер у школы", category="improvement"), author.id
    )
    card = initiatives.change_status(ctx, card.id, "gathering", comment="Собираем подписи")
    dialog = StatusChangeDialog(ctx, card)
    qtbot.addWidget(dialog)
    assert dialog.status.currentData() == "gathering"
    assert not dialog.save_button.isEnabled()  # Enter alone changes nothing
    dialog.choose("appealing", comment="Пишем в управу")
    assert dialog.save_button.isEnabled()


def test_esc_in_the_visitor_list_closes_only_the_list(qtbot, ctx, shown, russian) -> None:  # type: ignore[no-untyped-def]
    visitors.create_visitor(ctx, VisitorInput("Петров", "Пётр", phone="+79123456789"))
    form = _form(qtbot, ctx)
    form.ui.summaryEdit.setPlainText("Пришёл за советом")
    form.ui.visitorEdit.setFocus()
    type_text("Петр", form.ui.visitorEdit)
    form.picker.search_now()
    popup = form.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert form.ui.summaryEdit.toPlainText() == "Пришёл за советом"
    assert form.ui.visitorEdit.text() == "Петр" and shown.shown == []
