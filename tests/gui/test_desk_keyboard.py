"""The desk used from the keyboard only: find a returning visitor, log a consultation, save with Enter."""

from __future__ import annotations

from datetime import date

from gui_keys import press, type_text
from PySide6.QtCore import Qt

from cal_desktop.services import consultations, visitors
from cal_desktop.services.visitors import VisitorInput


def _visitor(ctx, last="Петров", first="Пётр", phone="+79123456789"):  # type: ignore[no-untyped-def]
    return visitors.create_visitor(
        ctx,
        VisitorInput(
            last_name=last, first_name=first, middle_name="Ильич", phone=phone, birth_date=date(1970, 5, 1)
        ),
    )


def test_returning_visitor_found_and_consultation_saved_with_keys_only(qtbot, window, ctx):  # type: ignore[no-untyped-def]
    returning = _visitor(ctx)
    _visitor(ctx, "Сидорова", "Анна", "+79990001122")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: new consultation
    desk = window.pages["desk"]
    form = desk.form
    qtbot.waitUntil(lambda: form.ui.visitorEdit.hasFocus())

    type_text("петр")
    popup = form.picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert form.picker.results() == ["Петров Пётр Ильич, +7 912 345-67-89, 01.05.1970"]
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.picker.visitor_id == returning.id)
    assert form.ui.visitorEdit.text().startswith("Петров Пётр Ильич")

    press(Qt.Key.Key_Tab)  # -> "new visitor" button
    press(Qt.Key.Key_Tab)  # -> channel
    assert form.ui.channelCombo.hasFocus()
    press(Qt.Key.Key_Down)  # очно -> по телефону
    press(Qt.Key.Key_Tab)  # -> topics
    assert form.ui.topicsList.hasFocus()
    press(Qt.Key.Key_Down)  # second topic: поиск единомышленников
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)  # -> summary
    assert form.ui.summaryEdit.hasFocus()
    type_text("Хочет благоустроить двор, ищет соседей")
    press(Qt.Key.Key_Tab)  # -> outcome (first: консультация дана)
    assert form.ui.outcomeCombo.hasFocus()
    press(Qt.Key.Key_Return)

    today = consultations.todays_consultations(ctx)
    assert len(today) == 1
    saved = today[0]
    assert saved.visitor_id == returning.id
    assert saved.channel.value == "phone"
    assert [t.value for t in saved.topics] == ["people_search"]
    assert saved.summary == "Хочет благоустроить двор, ищет соседей"
    assert saved.staff_id == ctx.actor.staff_id  # the staff member at the desk
    # the desk shows it in today's list, and the form is empty again for the next visitor
    assert desk.today_model.total == 1
    assert desk.today_model.data(desk.today_model.index(0, 1)) == "Петров Пётр Ильич"
    assert form.ui.visitorEdit.text() == ""
    assert form.ui.visitorEdit.hasFocus()
    assert "Консультация сохранена" in window.statusBar().currentMessage()


def test_escape_clears_the_form_without_saving(qtbot, window, ctx, shown):  # type: ignore[no-untyped-def]
    form = window.pages["desk"].form
    form.ui.summaryEdit.setFocus()
    type_text("черновик")
    shown.answers = [0]  # «Не сохранять»
    press(Qt.Key.Key_Escape)
    assert form.ui.summaryEdit.toPlainText() == ""
    assert consultations.count_consultations(ctx) == 0


def test_typed_name_not_chosen_is_refused_inline(qtbot, window, ctx):  # type: ignore[no-untyped-def]
    _visitor(ctx)
    form = window.pages["desk"].form
    form.ui.visitorEdit.setFocus()
    type_text("Петров")
    form.picker.completer.popup().hide()  # the results of the search at each key (no wait since issue 11)
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    form.ui.outcomeCombo.setFocus()
    press(Qt.Key.Key_Return)
    assert "Выберите посетителя из списка" in form.errors.message("visitor_id")
    assert form.ui.visitorError.isVisible()
    assert consultations.count_consultations(ctx) == 0


def test_new_visitor_at_the_desk_warns_of_a_duplicate_and_picks_the_existing_one(
    qtbot, window, ctx, shown, monkeypatch
):  # type: ignore[no-untyped-def]
    """The receptionist did not find the visitor by name and creates them from the desk: the name typed
    is carried over, the duplicate warning offers the existing card, and the desk picks that person."""
    from cal_desktop.gui.dialogs import visitor_dialog

    existing = visitors.create_visitor(ctx, VisitorInput("Иванов", "Иван", phone="+79001234567"))
    seen: dict[str, str] = {}

    def fake_exec(self):  # type: ignore[no-untyped-def]
        seen["last"], seen["first"] = self.ui.lastNameEdit.text(), self.ui.firstNameEdit.text()
        self.ui.phoneEdit.setText("8 900 123-45-67")
        self.save()
        return self.result()

    monkeypatch.setattr(visitor_dialog.VisitorDialog, "exec", fake_exec)
    form = window.pages["desk"].form
    form.ui.visitorEdit.setFocus()
    type_text("Иванов Иван")
    form.picker.completer.popup().hide()  # the results of the search at each key (no wait since issue 11)
    shown.answers.append(0)  # «Открыть существующего»
    form.ui.newVisitorButton.click()
    assert seen == {"last": "Иванов", "first": "Иван"}
    assert "Похоже, этот посетитель уже есть в базе" in shown.texts()
    assert form.picker.visitor_id == existing.id
    assert form.ui.channelCombo.hasFocus()
    assert visitors.list_visitors(ctx).total == 1
