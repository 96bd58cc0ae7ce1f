"""Visitors: search as you type, the card, creating with the duplicate warning, inline validation."""

from __future__ import annotations

from datetime import date, timedelta

from gui_keys import press, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cal_desktop.gui.dialogs.visitor_dialog import VisitorDialog
from cal_desktop.services import consultations, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


def _count(ctx) -> int:  # type: ignore[no-untyped-def]
    return visitors.list_visitors(ctx, limit=0).total


def _fill(dialog: VisitorDialog, **values: str) -> None:
    for name, value in values.items():
        edit = getattr(dialog.ui, f"{name}Edit")
        edit.setFocus()
        edit.clear()
        type_text(value, edit)


def test_search_as_you_type_shows_the_card_with_history(qtbot, window, ctx):  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(
        ctx,
        VisitorInput(
            "Смирнова",
            "Анна",
            "Сергеевна",
            phone="8 912 111-22-33",
            email="anna@mail.ru",
            consent_date=date(2026, 1, 15),
        ),
    )
    visitors.create_visitor(ctx, VisitorInput("Кузнецов", "Олег", phone="+79125550000"))
    consultations.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person",
            topics=["drafting"],
            outcome="advised",
            summary="Про сквер",
            visitor_id=anna.id,
        ),
    )
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.pages["visitors"]
    assert view.model.total == 2  # empty search lists everybody
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    type_text("1112")  # part of Anna's phone
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=2000)
    assert view.model.data(view.model.index(0, 0)) == "Смирнова Анна Сергеевна"
    press(Qt.Key.Key_Down)  # the card opens on the user's choice, not by itself
    qtbot.waitUntil(lambda: view.card.title.text() == "Смирнова Анна Сергеевна", timeout=2000)
    assert view.card.values["phone"].text() == "+7 912 111-22-33"
    assert view.card.values["consent"].text() == "дано 15.01.2026"
    assert view.card.consultations.rowCount() == 1
    assert view.card.consultations.item(0, 4).text() == "Про сквер"
    assert view.card.consultations_box.title() == "Консультации: 1"
    view.search.clear()
    view.search.setFocus()
    type_text("кузн", view.search)
    press(Qt.Key.Key_Return)  # Enter too: into the list, on the first person
    qtbot.waitUntil(lambda: view.card.title.text() == "Кузнецов Олег", timeout=2000)
    assert view.model.total == 1
    view.search.setText("с")  # one letter: the surnames starting with it
    view.run_search()
    assert view.count_label.text() == "Найдено: 1"
    assert view.model.data(view.model.index(0, 0)) == "Смирнова Анна Сергеевна"
    view.search.setText("91")  # two digits would match much of the base without an index: wait
    view.run_search()
    assert view.count_label.text() == "Введите не меньше трёх символов для поиска."
    assert view.model.total == 1  # the previous result stays until a third character


def test_new_visitor_warns_about_a_duplicate_and_opens_the_existing_one(qtbot, window, ctx, shown):  # type: ignore[no-untyped-def]
    existing = visitors.create_visitor(ctx, VisitorInput("Иванов", "Иван", "Иванович", phone="+79001234567"))
    dialog = VisitorDialog(ctx, window)
    qtbot.addWidget(dialog)
    _fill(dialog, lastName="иванов", firstName="иван", middleName="Иванович", phone="8 (900) 123-45-67")
    shown.answers.append(0)  # «Открыть существующего»
    dialog.save()
    assert shown.shown[0][1] == "Возможный дубликат"
    assert "Похоже, этот посетитель уже есть в базе" in shown.shown[0][2]
    assert "Иванов Иван Иванович, +7 900 123-45-67" in shown.shown[0][2]
    assert dialog.result_id == existing.id and dialog.opened_existing
    assert _count(ctx) == 1  # nothing new saved


def test_new_visitor_created_anyway_after_the_warning(qtbot, window, ctx, shown):  # type: ignore[no-untyped-def]
    visitors.create_visitor(ctx, VisitorInput("Иванов", "Иван", birth_date=date(1980, 3, 2)))
    dialog = VisitorDialog(ctx, window)
    qtbot.addWidget(dialog)
    _fill(dialog, lastName="Иванов", firstName="Иван", birthDate="02.03.1980")
    shown.answers.append(1)  # «Всё равно создать нового»
    dialog.save()
    assert "Похоже, этот посетитель уже есть в базе" in shown.texts()
    assert _count(ctx) == 2
    assert dialog.result_id is not None and not dialog.opened_existing


def test_new_visitor_from_the_visitors_area_is_shown_in_its_card(qtbot, window, ctx, shown, monkeypatch):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs import visitor_dialog

    def fake_exec(self):  # type: ignore[no-untyped-def]
        _fill(self, lastName="Орлова", firstName="Вера", phone="+79001112233")
        self.save()
        return self.result()

    monkeypatch.setattr(visitor_dialog.VisitorDialog, "exec", fake_exec)
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = window.pages["visitors"]
    assert view.card.title.text() == "Орлова Вера"
    assert view.search.text() == "Орлова Вера"


def test_invalid_input_is_named_inline_in_russian_and_nothing_is_saved(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    dialog = VisitorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    future = (date.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    _fill(dialog, lastName="", firstName="Пётр", phone="12-34", email="petr@", birthDate=future)
    dialog.ui.firstNameEdit.setFocus()
    press(Qt.Key.Key_Return)  # Enter saves
    assert dialog.isVisible()  # not accepted
    assert dialog.errors.message("last_name") == "Обязательное поле"
    assert dialog.errors.message("phone").startswith("Неверный номер телефона")
    assert dialog.errors.message("email").startswith("Неверный адрес эл. почты")
    assert dialog.errors.message("birth_date") == "Дата не может быть в будущем"
    assert dialog.ui.lastNameError.isVisible() and dialog.ui.phoneError.isVisible()
    assert dialog.ui.lastNameEdit.hasFocus()  # the first bad field
    assert _count(ctx) == 0
    assert shown.shown == []  # inline, not a message box


def test_a_date_typed_wrongly_is_named_inline(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    dialog = VisitorDialog(ctx)
    qtbot.addWidget(dialog)
    _fill(dialog, lastName="Пестов", firstName="Пётр", birthDate="31.02.1990")
    dialog.save()
    assert dialog.errors.message("birth_date") == (
        "Такой даты нет: 31.02.1990 (последний день этого месяца — 28.02.1990)"
    )
    assert _count(ctx) == 0


def test_a_bad_date_and_the_services_problems_show_in_one_round(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    dialog = VisitorDialog(ctx)
    qtbot.addWidget(dialog)
    _fill(dialog, firstName="Пётр", birthDate="31.02.1954", phone="12")
    dialog.save()
    assert dialog.errors.message("birth_date").startswith("Такой даты нет: 31.02.1954")
    assert dialog.errors.message("last_name") == "Обязательное поле"  # not only after the date is fixed
    assert dialog.errors.message("phone").startswith("Неверный номер телефона")
    # a stale message goes away as soon as its field is edited; the others stay
    dialog.ui.birthDateEdit.setFocus()
    QTest.keyClick(dialog.ui.birthDateEdit, Qt.Key.Key_Backspace)
    assert dialog.errors.message("birth_date") == "" and not dialog.ui.birthDateError.isVisible()
    assert dialog.errors.message("last_name") == "Обязательное поле"
    assert _count(ctx) == 0


def test_editing_a_visitor_saves_the_change(qtbot, ctx, shown, russian):  # type: ignore[no-untyped-def]
    v = visitors.create_visitor(ctx, VisitorInput("Белов", "Игорь", phone="+79001112200"))
    dialog = VisitorDialog(ctx, None, visitors.get_visitor(ctx, v.id))
    qtbot.addWidget(dialog)
    assert dialog.ui.phoneEdit.text() == "+7 900 111-22-00"
    _fill(dialog, email="belov@yandex.ru", consentDate="01.02.2026")
    dialog.save()
    saved = visitors.get_visitor(ctx, v.id)
    assert saved.email == "belov@yandex.ru" and saved.consent_date == date(2026, 2, 1)


def test_card_shows_consent_withdrawn(qtbot, window, ctx):  # type: ignore[no-untyped-def]
    from cal_desktop.services import personal_data

    v = visitors.create_visitor(
        ctx, VisitorInput("Орлова", "Вера", phone="+79120000077", consent_date=date(2026, 1, 15))
    )
    personal_data.record_withdrawal(ctx, v.id, date(2026, 3, 2))
    view = window.show_area("visitors")
    view.show_visitor(v.id)
    qtbot.waitUntil(lambda: view.card.title.text() == "Орлова Вера", timeout=2000)
    assert view.card.values["consent"].text() == "дано 15.01.2026, отозвано 02.03.2026"
