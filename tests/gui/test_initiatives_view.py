"""The initiatives screen: create from a consultation, add a supporter, move through the pipeline with
the history shown, a decline refused without a reason; the board by status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cal_desktop.domain.vocab import InitiativeStatus, MemberRole
from cal_desktop.gui.dialogs import initiative_form, initiative_member, initiative_status
from cal_desktop.gui.dialogs.initiative_common import cells
from cal_desktop.gui.dialogs.initiative_form import InitiativeFormDialog
from cal_desktop.gui.dialogs.initiative_member import AddMemberDialog
from cal_desktop.gui.dialogs.initiative_status import StatusChangeDialog
from cal_desktop.gui.views.initiatives import InitiativesView
from cal_desktop.services import consultations, initiatives, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def author(ctx):
    return visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79120000001")).id


@pytest.fixture
def view(qtbot, ctx):
    widget = InitiativesView(ctx)
    qtbot.addWidget(widget)
    return widget


def test_created_from_a_consultation_with_its_visitor_as_author(qtbot, ctx, view, author):
    row = consultations.create_consultation(
        ctx,
        ConsultationInput(
            "in_person", ["drafting"], "advised", summary="Нет освещения во дворе", visitor_id=author
        ),
    )
    dialog = InitiativeFormDialog(ctx, view, consultation_id=row.id)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Нет освещения во дворе"
    dialog.title_edit.setText("Освещение во дворе дома 5")
    assert dialog.submit()
    card = dialog.card
    view.refresh()
    assert view.model.total == 1
    view.card.show_card(card)
    assert cells(view.card.members)[0][:2] == ["Петрова Анна Сергеевна", "автор"]
    assert [r[1] for r in cells(view.card.consultations)] == ["Петрова Анна Сергеевна"]
    assert consultations.get_consultation(ctx, row.id).initiative_id == card.id


def test_new_initiative_needs_an_author_and_warns_about_principles(qtbot, ctx, view, author):
    dialog = InitiativeFormDialog(ctx, view)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Праздник двора")
    dialog.description.setPlainText("Просят денег на праздник и чтобы центр сам всё организовал")
    assert not dialog.reminder.isHidden()
    assert "не оказываем финансовую поддержку" in dialog.reminder.text()
    assert not dialog.submit()
    assert not dialog.error.isHidden()
    dialog.author_picker.set_visitor(author, "Петрова Анна Сергеевна")
    assert dialog.submit()
    assert initiatives.list_initiatives(ctx).total == 1


def test_the_initiative_form_tabs_in_the_order_it_shows_and_hides_the_author_when_editing(qtbot, ctx, view, author):
    """Tab goes down the form as it is drawn (the author row sits under the address, so it comes next,
    not after the timing); an initiative being edited has its author already: no author row at all."""
    dialog = InitiativeFormDialog(ctx, view)
    qtbot.addWidget(dialog)
    order: list[str] = []
    widget = dialog.title_edit
    while len(order) < 7:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName().startswith("initiative"):
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order == [
        "initiativeTitle",
        "initiativeCategory",
        "initiativeDescription",
        "initiativeTerritory",
        "initiativeAddress",
        "initiativeAuthor",
        "initiativeNewAuthor",
    ]
    assert dialog.ui.authorLabel.buddy() is dialog.author_edit  # «&Автор:» (Alt+А) reaches the field
    card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Скамейки", "improvement"), author)
    editing = InitiativeFormDialog(ctx, view, initiative_id=card.id)
    qtbot.addWidget(editing)
    editing.show()
    assert editing.author_edit.isHidden() and editing.ui.authorLabel.isHidden()
    assert editing.title_edit.text() == "Скамейки"


def test_supporter_pipeline_history_and_decline_without_reason(qtbot, ctx, view, author, monkeypatch):
    card = initiatives.create_initiative(
        ctx, initiatives.InitiativeInput("Скамейки у подъезда", "improvement"), author
    )
    view.refresh()
    view.table.selectRow(0)
    assert view.card.card is not None and view.card.card.id == card.id

    supporter = visitors.create_visitor(ctx, VisitorInput("Сидоров", "Павел")).id
    dialog = AddMemberDialog(ctx, card.id, view)
    qtbot.addWidget(dialog)
    dialog.choose_visitor(supporter)
    assert dialog.submit()
    monkeypatch.setattr(initiative_member, "add_member", lambda ctx_, parent, iid: dialog.member)
    view.card.add_member()
    assert ["Сидоров Павел", "сторонник/единомышленник"] in [r[:2] for r in cells(view.card.members)]

    for status in ("shaping", "gathering", "appealing", "implementing"):
        dialog = StatusChangeDialog(ctx, view.card.card, view)
        qtbot.addWidget(dialog)
        dialog.choose(status, comment=f"Переход: {status}")
        assert dialog.submit(), dialog.error.text()
        monkeypatch.setattr(initiative_status, "change_status", lambda c, p, k, d=dialog: d.card)
        view.card.change_status()
    history = cells(view.card.history)
    assert [r[1] for r in history] == [
        "идея",
        "идея → проработка",
        "проработка → поиск сторонников и ресурсов",
        "поиск сторонников и ресурсов → обращение к властям",
        "обращение к властям → реализация",
    ]
    assert history[-1][3] == "Переход: implementing"
    assert history[-1][4] == "Иванова Мария Петровна"

    decline = StatusChangeDialog(ctx, view.card.card, view)
    qtbot.addWidget(decline)
    decline.choose("declined", comment="Не наш профиль")
    assert not decline.reason.isHidden() and not decline.principles.isHidden()
    assert "Мы не реализуем инициативы за других" not in decline.principles.text()  # text touches nothing
    assert not decline.submit()
    assert "Причина отказа" in decline.error.text()
    assert initiatives.get_initiative(ctx, card.id).status == InitiativeStatus.IMPLEMENTING

    done = StatusChangeDialog(ctx, view.card.card, view)
    qtbot.addWidget(done)
    done.choose("done", comment="Готово")
    assert not done.submit() and "Результат" in done.error.text()
    done.choose("done", result="Скамейки установлены")
    assert done.submit()
    view.card.open(card.id)
    assert "★" in view.card.status.text()
    assert initiatives.get_initiative(ctx, card.id).members[1].role == MemberRole.SUPPORTER


def test_board_filters_and_card_sections(qtbot, ctx, view, author, monkeypatch):
    a = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
    b = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Дорога", "roads_transport"), author)
    initiatives.change_status(ctx, b.id, "paused", comment="зима")
    view.board_toggle.setChecked(True)
    assert view.board.titles(InitiativeStatus.IDEA) == [f"№{a.id} Клумба"]
    assert "(1)" in view.board.columns[InitiativeStatus.PAUSED][0].title()
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert view.board.titles(InitiativeStatus.IDEA) == []
    view.board_toggle.setChecked(False)
    assert view.model.total == 1
    view.status_filter.setCurrentIndex(0)
    view.search.setText("клумб")
    view.refresh()
    assert view.model.total == 1 and view.model.row(0).id == a.id

    view.open_initiative(a.id)
    view.card.resource_edit.setText("Саженцы")
    view.card.add_resource()
    assert cells(view.card.resources) == [["Саженцы", ""]]
    view.card.next_step.setText("Позвонить в управу")
    view.card.next_date_on.setChecked(True)
    view.card.save_next_step()
    assert initiatives.get_initiative(ctx, a.id).next_step == "Позвонить в управу"
    view.card.tabs.setCurrentWidget(view.card.suggestions_page)
    assert view.card.suggested_partners.rowCount() == 0

    view.search.clear()
    created = {}
    monkeypatch.setattr(
        initiative_form,
        "edit_initiative",
        lambda ctx_, parent, **kw: created.setdefault(
            "card", initiatives.create_initiative(ctx, initiatives.InitiativeInput("Новая", "other"), author)
        ),
    )
    view.new_initiative()
    assert view.model.total == 3
    assert view.card.card.title == "Новая"


def _with_supporter(ctx, author):
    card = initiatives.create_initiative(
        ctx, initiatives.InitiativeInput("Скамейки у подъезда", "improvement"), author
    )
    supporter = visitors.create_visitor(ctx, VisitorInput("Сидоров", "Павел")).id
    initiatives.add_member(ctx, card.id, supporter, "supporter")
    return card


def _row_of(widget, first_cell):
    return [r[0] for r in cells(widget)].index(first_cell)


def test_member_role_changed_and_removal_asks_first(qtbot, ctx, view, author, shown):
    card = _with_supporter(ctx, author)
    view.open_initiative(card.id)
    members = view.card.members
    members.setCurrentCell(_row_of(members, "Сидоров Павел"), 0)
    assert view.card.member_role.currentData() == "supporter"  # the combo follows the selection
    view.card.member_role.setCurrentIndex(view.card.member_role.findData("co_author"))
    view.card.change_member_role()
    assert ["Петрова Анна Сергеевна", "автор"] in [r[:2] for r in cells(members)]
    assert ["Сидоров Павел", "соавтор"] in [r[:2] for r in cells(members)]
    assert cells(members)[members.currentRow()][0] == "Сидоров Павел"  # still selected

    # the last author keeps the role: refused inline, nothing changed
    members.setCurrentCell(_row_of(members, "Петрова Анна Сергеевна"), 0)
    view.card.member_role.setCurrentIndex(view.card.member_role.findData("volunteer"))
    view.card.change_member_role()
    assert "хотя бы один автор" in view.card.error.text() and not view.card.error.isHidden()
    assert initiatives.get_initiative(ctx, card.id).members[0].role == MemberRole.AUTHOR

    members.setCurrentCell(_row_of(members, "Сидоров Павел"), 0)
    shown.answers = [-1]  # «Отмена»
    view.card.remove_member()
    assert "Сидоров Павел" in shown.texts()
    assert len(cells(members)) == 2
    shown.answers = [0]
    view.card.remove_member()
    assert [r[0] for r in cells(members)] == ["Петрова Анна Сергеевна"]
    assert len(initiatives.get_initiative(ctx, card.id).members) == 1


def test_resources_partners_and_publications_removed(qtbot, ctx, view, author):
    from cal_desktop.services import directory

    partner = directory.create_organisation(ctx, directory.OrganisationInput("partner", "Строймаркет"))
    directory.create_organisation(ctx, directory.OrganisationInput("media", "Вечерний город"))
    card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
    view.open_initiative(card.id)
    c = view.card
    c.resource_edit.setText("Саженцы")
    c.add_resource()
    c.partner_combo.setCurrentIndex(c.partner_combo.findData(partner.id))
    c.partner_contribution.setText("Краска")
    c.add_partner()
    c.pub_title.setText("Во дворе появится клумба")
    c.pub_media.setCurrentIndex(c.pub_media.findText("Вечерний город"))
    c.add_publication()
    assert cells(c.partners)[0][:2] == ["Строймаркет", "Краска"]
    assert cells(c.publications)[0][1:3] == ["Во дворе появится клумба", "Вечерний город"]

    for widget, remove in ((c.resources, c.remove_resource), (c.partners, c.remove_partner)):
        widget.setCurrentCell(0, 0)
        remove()
        assert widget.rowCount() == 0
    c.publications.setCurrentCell(0, 0)
    c.remove_publication()
    assert c.publications.rowCount() == 0
    shown = initiatives.get_initiative(ctx, card.id)
    assert (shown.resources, shown.partners, shown.publications) == ([], [], [])
    assert c.error.isHidden()


def test_success_stories_exported_from_the_view(qtbot, ctx, author, tmp_path, shown):
    from openpyxl import load_workbook

    card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
    initiatives.change_status(ctx, card.id, "done", result_summary="Клумбу разбили")
    asked = []
    target = tmp_path / "истории"

    def fake_dialog(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(target)

    view = InitiativesView(ctx, save_dialog=fake_dialog)
    qtbot.addWidget(view)
    view.stories_button.click()
    assert asked and asked[0][1].endswith(".xlsx") and "*.json" in asked[0][2]
    saved = tmp_path / "истории.xlsx"  # no extension typed: a workbook
    rows = list(load_workbook(saved).active.iter_rows(values_only=True))
    assert rows[1][:4] == ("Клумба", "экология", None, "Клумбу разбили")
    assert "1" in shown.texts() and str(saved) in shown.texts()

    view.save_dialog = lambda *a: ""  # cancelled: nothing written, nothing said
    before = len(shown.shown)
    view.stories_button.click()
    assert len(shown.shown) == before
    view.save_dialog = lambda *a: str(tmp_path / "истории.txt")
    view.stories_button.click()
    assert shown.shown[-1][0] == "warning" and ".json" in shown.shown[-1][2]


def test_list_filters_and_board_work_from_the_keyboard(qtbot, ctx, author):
    from gui_keys import press, type_text
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    a = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
    b = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Дорога", "roads_transport"), author)
    initiatives.change_status(ctx, b.id, "paused", comment="зима")
    view = InitiativesView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.search.setFocus()

    def focused():
        return QApplication.focusWidget().objectName()

    order = [focused()]
    for _ in range(7):
        press(Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [
        "initiativeSearch",
        "initiativeStatusFilter",
        "initiativeCategoryFilter",
        "initiativeTerritoryFilter",
        "initiativeStaffFilter",
        "initiativesTable",
        "boardToggle",  # Tab leaves the table; the hidden board is skipped
        "successStoriesButton",
    ]

    # the status filter from the keyboard: Down picks «Открытые» and the list follows
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(5):
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() == "initiativeSearch"
    type_text("дорог")
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=2000)
    view.search.clear()
    press(Qt.Key.Key_Tab)
    assert focused() == "initiativeStatusFilter"
    press(Qt.Key.Key_Down)  # «все статусы» -> «открытые»
    assert view.model.total == 1 and view.model.row(0).id == a.id

    # into the list: Down selects the row, Enter opens the card and puts the keyboard in it
    for _ in range(4):
        press(Qt.Key.Key_Tab)
    assert focused() == "initiativesTable"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert view.card.card is not None and view.card.card.id == a.id
    assert view.card.tabs.isAncestorOf(QApplication.focusWidget()) or view.card.tabs.hasFocus()

    # the board: Space on the toggle, then its first column; Enter opens the card there too
    view.status_filter.setCurrentIndex(0)
    view.board_toggle.setFocus()
    press(Qt.Key.Key_Space)
    assert view.board_toggle.isChecked() and view.board.isVisible()
    view.card.show_nothing()
    view.board_toggle.setFocus()
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # back into the board's last column
    assert focused().startswith("boardList_")
    paused = view.board.columns[InitiativeStatus.PAUSED][1]
    paused.setFocus()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert view.card.card is not None and view.card.card.id == b.id


def test_history_shows_the_decline_reason_and_suggestions_say_how_many(qtbot, ctx, view, author):
    card = initiatives.create_initiative(
        ctx, initiatives.InitiativeInput("Деньги на праздник", "other"), author
    )
    initiatives.change_status(ctx, card.id, "declined", comment="не наш профиль", reason="financial_aid")
    view.open_initiative(card.id)
    last = cells(view.card.history)[-1]
    assert last[1:4] == [
        "идея → отклонена",
        "просьба о финансовой/материальной помощи",
        "не наш профиль",
    ]
    assert "просьба о финансовой/материальной помощи" in view.card.status.text()
    view.card.tabs.setCurrentWidget(view.card.suggestions_page)
    captions = [heading.text() for _caption, heading in view.card.suggestion_captions.values()]
    assert len(captions) == 3 and all(c.endswith(": не найдено") for c in captions)


def _bulk(ctx, db, author, n=20000):
    from datetime import date, timedelta

    from cal_desktop.db.models import Initiative, InitiativeMember
    from cal_desktop.services import territories

    city = territories.create_territory(ctx, "Город", "settlement")
    statuses = [s.value for s in InitiativeStatus]
    with db.session() as s:
        s.execute(
            Initiative.__table__.insert(),
            [
                {
                    "title": f"Инициатива {k}",
                    "category": "improvement",
                    "status": statuses[k % 9],
                    "territory_id": city,
                    "created_on": date(2025, 1, 1) + timedelta(days=k % 400),
                    "search_text": f"инициатива {k}",
                    "success_story": False,
                    "staff_id": ctx.actor.staff_id,
                }
                for k in range(n)
            ],
        )
        s.execute(
            InitiativeMember.__table__.insert(),
            [
                {"initiative_id": k + 1, "visitor_id": author, "role": "author", "added_on": date(2025, 1, 1)}
                for k in range(n)
            ],
        )


def test_the_list_and_board_stay_instant_at_20000_initiatives(qtbot, ctx, db, author):
    import time

    from PySide6.QtWidgets import QApplication

    _bulk(ctx, db, author)
    started = time.perf_counter()
    view = InitiativesView(ctx)  # counts and sets up the lazy model
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    QApplication.processEvents()  # the table paints its first screen: one page loaded
    opened = time.perf_counter() - started
    assert view.model.total == 20000
    assert view.model.pages_loaded == 1 and view.model.cached_rows() <= 200
    assert view.model.data(view.model.index(0, 1)).startswith("Инициатива")

    started = time.perf_counter()
    view.search.setText("инициатива 1999")
    view.refresh()
    QApplication.processEvents()
    searched = time.perf_counter() - started
    assert view.model.total == 12  # 1999, 11999 and 19990..19999

    started = time.perf_counter()
    view.search.clear()
    view.board_toggle.setChecked(True)
    QApplication.processEvents()
    board = time.perf_counter() - started
    assert "(2223)" in view.board.columns[InitiativeStatus.IDEA][0].title()
    assert len(view.board.titles(InitiativeStatus.IDEA)) == 50
    print(f"open {opened:.3f}s, search {searched:.3f}s, board {board:.3f}s")
    assert opened < 1.5 and searched < 1.0 and board < 1.5, (opened, searched, board)


def test_editing_keeps_the_project_details_and_the_form_edits_them(qtbot, ctx, view, author):
    """Expected result, estimated cost and timing feed the «инициативный проект» application: editing the
    title must not wipe them, and the form is where staff enter them."""
    card = initiatives.create_initiative(
        ctx,
        initiatives.InitiativeInput(
            "Площадка",
            "improvement",
            expected_result="Площадка для 40 детей",
            estimated_cost="850 000 руб.",
            planned_timing="май — август",
        ),
        author,
    )
    dialog = InitiativeFormDialog(ctx, view, initiative_id=card.id)
    qtbot.addWidget(dialog)
    assert dialog.expected_result.toPlainText() == "Площадка для 40 детей"
    assert dialog.estimated_cost.text() == "850 000 руб." and dialog.planned_timing.text() == "май — август"
    dialog.title_edit.setText("Детская площадка")
    dialog.estimated_cost.setText("900 000 руб.")
    assert dialog.submit(), dialog.error.text()
    saved = initiatives.get_initiative(ctx, card.id)
    assert saved.title == "Детская площадка"
    assert (saved.expected_result, saved.estimated_cost, saved.planned_timing) == (
        "Площадка для 40 детей",
        "900 000 руб.",
        "май — август",
    )
    initiatives.set_next_step(ctx, card.id, "Собрать подписи жителей трёх соседних домов и " * 3, None)
    view.open_initiative(card.id)
    assert view.card.values["cost"].text() == "900 000 руб."
    assert view.card.next_step.cursorPosition() == 0  # a long step reads from its beginning
    assert view.card.values["expected"].text() == "Площадка для 40 детей"


def test_a_member_created_inline_as_a_new_visitor(qtbot, ctx, view, author, monkeypatch):
    from cal_desktop.gui.dialogs import visitor_dialog

    card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
    typed = []

    def fake_edit_visitor(ctx_, parent, visitor_id, text):
        typed.append(text)
        return visitors.create_visitor(ctx, VisitorInput("Новикова", "Ольга")).id

    monkeypatch.setattr(visitor_dialog, "edit_visitor", fake_edit_visitor)
    dialog = AddMemberDialog(ctx, card.id, view)
    qtbot.addWidget(dialog)
    dialog.visitor_edit.setText("Новикова")
    dialog.new_visitor.click()
    assert typed == ["Новикова"]
    select = dialog.role.findData("volunteer")
    dialog.role.setCurrentIndex(select)
    assert dialog.submit(), dialog.error.text()
    members = initiatives.get_initiative(ctx, card.id).members
    assert [(m.full_name, m.role) for m in members][1] == ("Новикова Ольга", MemberRole.VOLUNTEER)


def test_board_cards_show_long_titles_whole(qtbot, ctx, author):
    """A long title in a narrow column wraps onto as many lines as it needs: nothing is cut with «…»."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    long_title = "Утренняя зарядка для пенсионеров на ул. Весенняя у дома номер сорок два"
    for n in range(12):
        initiatives.create_initiative(
            ctx, initiatives.InitiativeInput(f"{long_title} {n}", "sport", address="ул. Весенняя"), author
        )
    view = InitiativesView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.board_toggle.setChecked(True)
    QApplication.processEvents()
    items = view.board.columns[InitiativeStatus.IDEA][1]
    assert items.verticalScrollBar().isVisible()  # the narrower width the wrapping must follow
    metrics = items.fontMetrics()
    for i in range(items.count()):
        item = items.item(i)
        rect = items.visualItemRect(item)
        needed = metrics.boundingRect(0, 0, rect.width() - 6, 10_000, Qt.TextFlag.TextWordWrap, item.text())
        assert needed.height() <= rect.height(), (item.text(), needed.height(), rect.height())


@pytest.mark.parametrize("which", ["member", "author"])
def test_the_visitor_row_label_is_a_shortcut_not_an_ampersand(qtbot, ctx, view, author, which):
    """«&Посетитель:» beside a row of two widgets had no buddy, so Qt printed the «&» instead of a
    shortcut; and the name box was squeezed to a few letters by the «New visitor…» button."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    if which == "member":
        card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Клумба", "ecology"), author)
        dialog = AddMemberDialog(ctx, card.id, view)
        edit = dialog.visitor_edit
    else:
        dialog = InitiativeFormDialog(ctx, view)
        edit = dialog.author_edit
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    labels = [
        form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget()
        for i in range(form.rowCount())
        if form.itemAt(i, QFormLayout.ItemRole.LabelRole) is not None
    ]
    for lab in labels:
        if isinstance(lab, QLabel) and "&" in lab.text():
            assert lab.buddy() is not None, lab.text()
    assert any(isinstance(lab, QLabel) and lab.buddy() is edit for lab in labels)
    assert edit.width() >= 250


def test_the_status_dialog_answers_how_it_was_closed(qtbot, ctx, author):
    """QDialog.result() tells whether the status was saved: the «Result» field was named ``result`` and
    hid that method (calling it raised TypeError)."""
    card = initiatives.create_initiative(ctx, initiatives.InitiativeInput("Скамейки", "improvement"), author)
    dialog = StatusChangeDialog(ctx, initiatives.get_initiative(ctx, card.id), None)
    qtbot.addWidget(dialog)
    dialog.choose("done", result="Скамейки установлены", comment="Готово")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_edit.toPlainText() == "Скамейки установлены"
    assert initiatives.get_initiative(ctx, card.id).result_summary == "Скамейки установлены"
