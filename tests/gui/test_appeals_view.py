"""The appeals register view: recording events changes the state shown; overdue rows and alerts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Organisation
from cal_desktop.domain.calendar import WorkingCalendar
from cal_desktop.domain.vocab import AppealState
from cal_desktop.gui.dialogs import appeal_events
from cal_desktop.gui.dialogs.appeal_events import (
    AnswerDialog,
    ForwardingDialog,
    NewAppealDialog,
    RegistrationDialog,
    set_date,
)
from cal_desktop.gui.views.appeals import (
    STATE_BACKGROUND,
    AppealAlertsPanel,
    AppealsView,
    startup_overdue_message,
)
from cal_desktop.services import appeals
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.context import ServiceContext

TODAY = date.today()


@pytest.fixture
def view(qtbot, ctx: ServiceContext, shown) -> AppealsView:  # type: ignore[no-untyped-def]
    v = AppealsView(ctx)
    qtbot.addWidget(v)
    v.resize(1400, 700)
    v.show()
    return v


def state_cell(view: AppealsView, appeal_id: int) -> str:
    row = view.ids.index(appeal_id)
    return view.model.data(view.model.index(row, 8))


def background(view: AppealsView, appeal_id: int):  # type: ignore[no-untyped-def]
    row = view.ids.index(appeal_id)
    brush = view.model.data(view.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def sent_date_for_the_story() -> date:
    """A past sending date (e-mail) for which, today, the estimated registration (sent + 3) leaves the
    appeal waiting while a registration on the sending day puts it in the due-soon window (5 days).
    Found with the rule itself, so the test holds on any day of the year, holidays included."""
    cal = WorkingCalendar()
    for back in range(20, 45):
        sent = TODAY - timedelta(days=back)
        estimated = cal.next_working_day(sent + timedelta(days=33))
        registered = cal.next_working_day(sent + timedelta(days=30))
        if estimated > TODAY + timedelta(days=5) and TODAY <= registered <= TODAY + timedelta(days=5):
            return sent
    raise AssertionError("no such date")


def fill_and_save(monkeypatch, fill) -> None:  # type: ignore[no-untyped-def]
    """Replace the modal run with: fill the dialog's widgets, press OK (save)."""

    def run(dialog):  # type: ignore[no-untyped-def]
        fill(dialog)
        assert dialog.save(), dialog.error.text() or [s.label.text() for s in dialog.errors.slots.values()]
        return dialog.result_appeal

    monkeypatch.setattr(appeal_events, "run_dialog", run)


def test_register_then_registration_extension_answer_change_the_state(view: AppealsView, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sent = sent_date_for_the_story()

    def new(d: NewAppealDialog) -> None:
        set_date(d.sent_edit, sent)
        d.channel_combo.setCurrentIndex(d.channel_combo.findData("email"))
        d.addressee_edit.setText("Главе администрации района")
        d.subject_edit.setText("О детской площадке")

    fill_and_save(monkeypatch, new)
    view.new_button.click()
    assert len(view.ids) == 1
    appeal_id = view.ids[0]
    assert view.current is not None and view.current.id == appeal_id
    first_state = view.current.state
    assert first_state is AppealState.WAITING
    assert state_cell(view, appeal_id) == "ожидается ответ"
    assert view.model.data(view.model.index(0, 0)) == f"ЦАЛ-{sent.year}-0001"
    assert view.model.data(view.model.index(0, 6)).startswith("≈ ")  # estimated registration

    # the authority registered it the day it was sent: the due date moves 3 days earlier, into the window
    def reg(d: RegistrationDialog) -> None:
        d.number_edit.setText("01-15/777")
        set_date(d.date_edit, sent)

    fill_and_save(monkeypatch, reg)
    view.registration_button.click()
    reg_row = view.row_summary(appeal_id)
    assert reg_row is not None and not reg_row.registration_estimated
    assert view.model.data(view.model.index(0, 5)) == "01-15/777"
    state_after_registration = state_cell(view, appeal_id)
    # registered the same day it was sent: D = sent + 30 (rolled) is within 6 days -> due soon
    assert state_after_registration == AppealState.DUE_SOON.label
    assert background(view, appeal_id) == STATE_BACKGROUND[AppealState.DUE_SOON]

    # extension without a named date: R + 60 -> waiting again, plain row
    fill_and_save(monkeypatch, lambda d: set_date(d.notice_edit, TODAY))
    view.extension_button.click()
    assert state_cell(view, appeal_id) == AppealState.WAITING.label
    assert background(view, appeal_id) is None

    # the answer arrives today, on time
    def answer(d: AnswerDialog) -> None:
        set_date(d.date_edit, TODAY)
        d.outcome_combo.setCurrentIndex(d.outcome_combo.findData("positive"))
        d.summary_edit.setPlainText("Площадку установят летом")

    fill_and_save(monkeypatch, answer)
    view.answer_button.click()
    assert state_cell(view, appeal_id) == AppealState.ANSWERED.label
    assert not view.answer_button.isEnabled()  # nothing more to record but a registration correction
    timeline = view.details.toPlainText()
    for text in (
        "отправлено",
        "зарегистрировано",
        "срок продлён",
        "получен ответ",
        "Площадку установят летом",
    ):
        assert text in timeline


def test_an_appeal_past_its_date_is_an_overdue_row_and_an_alert(
    qtbot, ctx: ServiceContext, view: AppealsView, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs import document_dialogs

    opened: list[tuple[object, ...]] = []
    monkeypatch.setattr(
        document_dialogs, "open_editor", lambda _parent, _ctx, *args: opened.append(args) or False
    )
    late = appeals.register_appeal(
        ctx, AppealInput(TODAY - timedelta(days=90), "email", addressee_text="Мэрия")
    )
    fine = appeals.register_appeal(
        ctx, AppealInput(TODAY - timedelta(days=1), "portal", addressee_text="Дума")
    )
    view.reload()
    assert state_cell(view, late.id) == "просрочено"
    assert background(view, late.id) == STATE_BACKGROUND[AppealState.OVERDUE]
    assert state_cell(view, fine.id) == "ожидается ответ"
    view.select_appeal(late.id)
    assert view.repeat_button.isEnabled()  # the follow-up action is offered for an overdue appeal
    with qtbot.waitSignal(view.repeat_appeal_requested) as signal:
        view.repeat_button.click()
    assert signal.args == [late.id]
    # one action opens the editor with a repeat appeal citing the overdue one
    assert opened == [(None, "repeat_appeal", None, late.id)]

    view.state_combo.setCurrentIndex(view.state_combo.findData("overdue"))
    assert view.ids == [late.id]

    panel = AppealAlertsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.overdue_list.count() == 1
    line = panel.overdue_list.item(0).text()
    assert line.startswith("Срок: ") and late.number in line  # the date first, then the number
    assert panel.overdue_list.wordWrap()
    assert panel.overdue_label.text().endswith("1")
    assert panel.soon_list.count() == 0

    message = startup_overdue_message(ctx, TODAY - timedelta(days=80))
    assert message is not None and late.number in message
    assert startup_overdue_message(ctx, TODAY) is None  # nothing new since today


def test_validation_errors_show_under_the_field(ctx: ServiceContext, view: AppealsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    a = appeals.register_appeal(ctx, AppealInput(TODAY - timedelta(days=10), "email"))
    dialog = AnswerDialog(ctx, appeals.get_appeal(ctx, a.id), view)
    qtbot.addWidget(dialog)
    set_date(dialog.date_edit, TODAY - timedelta(days=20))
    assert not dialog.save()
    assert "раньше даты отправки" in dialog.errors.message("answer_date")
    assert dialog.errors.message("answer_outcome") == "Обязательное поле"
    assert appeals.get_appeal(ctx, a.id).answer_date is None


def test_the_keyboard_letter_of_every_caption_reaches_its_field(ctx: ServiceContext, view: AppealsView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """«&Дата ответа:» (Alt+О) puts the cursor in the date itself, not on the invisible box that holds
    the field and its error line (which takes no focus, so the letter did nothing)."""
    from PySide6.QtWidgets import QLabel

    a = appeals.get_appeal(ctx, appeals.register_appeal(ctx, AppealInput(TODAY - timedelta(days=10), "email")).id)
    dialogs = [NewAppealDialog(ctx, view), RegistrationDialog(ctx, a, view), AnswerDialog(ctx, a, view),
               ForwardingDialog(ctx, a, view), appeal_events.ExtensionDialog(ctx, a, view)]  # fmt: skip
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        captions = [lb for lb in dialog.findChildren(QLabel) if "&" in lb.text()]
        assert captions, dialog.objectName()
        for caption in captions:
            buddy = caption.buddy()
            assert buddy is not None and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, (
                dialog.objectName(), caption.text()
            )
            assert buddy.accessibleName(), (dialog.objectName(), caption.text())  # the field, not its box


def test_forwarding_and_a_scan(
    ctx: ServiceContext, db: Database, view: AppealsView, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.add(
            Organisation(
                kind="authority", name="Управление ЖКХ", name_norm="управление жкх", search_text="жкх"
            )
        )
    a = appeals.register_appeal(ctx, AppealInput(TODAY - timedelta(days=10), "email", addressee_text="Мэрия"))
    view.reload(select_id=a.id)

    def forward(d: ForwardingDialog) -> None:
        d.org_combo.setCurrentIndex(d.org_combo.findText("Управление ЖКХ"))
        set_date(d.date_edit, TODAY - timedelta(days=2))

    fill_and_save(monkeypatch, forward)
    view.forwarding_button.click()
    row = view.row_summary(a.id)
    assert row is not None and row.forwarded_to == "Управление ЖКХ"
    assert row.registration_date == TODAY + timedelta(days=1)  # forwarding date + 3, estimated

    scan = tmp_path / "ответ.pdf"
    scan.write_bytes(b"%PDF-1.4 test")

    def answer(d: AnswerDialog) -> None:
        d.outcome_combo.setCurrentIndex(d.outcome_combo.findData("explanation"))
        d.add_file(scan)

    fill_and_save(monkeypatch, answer)
    view.answer_button.click()
    assert view.current is not None and [x.filename for x in view.current.attachments] == ["ответ.pdf"]
    assert "ответ.pdf" in view.details.toPlainText()


def test_ten_thousand_appeals_load_a_page_at_a_time(qtbot, ctx: ServiceContext, db: Database, shown) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from cal_desktop.db.models import Appeal

    start = TODAY - timedelta(days=400)
    rows = []
    for i in range(10_000):
        sent = start + timedelta(days=i % 390)
        rows.append(
            {
                "number": f"Т-{i:05}",
                "sent_date": sent,
                "channel": "email",
                "search_text": f"т-{i:05}",
                "due_date": sent + timedelta(days=33),
                "extended": False,
            }
        )
    with db.session() as s:
        s.execute(insert(Appeal), rows)
    v = AppealsView(ctx)
    qtbot.addWidget(v)
    v.resize(1400, 700)
    v.show()
    qtbot.waitExposed(v)
    assert v.model.rowCount() == 10_000
    assert v.model.pages_loaded <= 2  # only what is on screen was loaded
    assert v.model.cached_rows() <= 400
    v.table.scrollToBottom()
    qtbot.wait(10)
    assert v.model.pages_loaded <= 4
    v.state_combo.setCurrentIndex(v.state_combo.findData("overdue"))
    overdue = [r for r in rows if r["due_date"] < TODAY]
    assert v.model.rowCount() == len(overdue)
    v.text_edit.setText("т-00042")
    v.reload()
    assert v.model.rowCount() == 1


def test_calendar_correction_moves_a_due_date(qtbot, ctx: ServiceContext, make_ctx, shown) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.domain.vocab import Role
    from cal_desktop.gui.dialogs.appeal_calendar import CalendarOverridesDialog

    a = appeals.register_appeal(
        ctx, AppealInput(date(2026, 4, 30), "email", registration_date=date(2026, 5, 2))
    )  # due 01.06.2026
    dialog = CalendarOverridesDialog(ctx)
    qtbot.addWidget(dialog)
    set_date(dialog.day_edit, date(2026, 6, 1))
    dialog.note_edit.setText("день города")
    assert dialog.add()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "01.06.2026"
    assert appeals.get_appeal(ctx, a.id).due_date == date(2026, 6, 2)
    assert shown.shown[-1][0] == "info" and shown.shown[-1][2].endswith(": 1")  # how many due dates moved
    dialog.table.selectRow(0)
    assert dialog.remove_selected()
    assert dialog.table.rowCount() == 0
    assert appeals.get_appeal(ctx, a.id).due_date == date(2026, 6, 1)

    staff_only = CalendarOverridesDialog(make_ctx(Role.STAFF))
    qtbot.addWidget(staff_only)
    assert not staff_only.add()
    assert "Недостаточно прав" in shown.texts()


def test_the_register_speaks_russian_and_its_headers_fit(qtbot, ctx: ServiceContext, shown, russian) -> None:  # type: ignore[no-untyped-def]
    """In Russian nothing English is left in the details, the desk's alerts or the start-up message
    (strings built inside f-strings escape the translation tools), and every column header is
    readable in full at the view's default widths («Зарегистрировано» was cut)."""
    import re

    late = appeals.register_appeal(
        ctx, AppealInput(TODAY - timedelta(days=90), "email", addressee_text="Мэрия")
    )
    v = AppealsView(ctx)
    qtbot.addWidget(v)
    v.resize(1400, 700)
    v.show()
    v.select_appeal(late.id)
    latin = re.compile("[A-Za-z]")
    assert not latin.search(v.details.toPlainText()), v.details.toPlainText()
    panel = AppealAlertsPanel(ctx)
    qtbot.addWidget(panel)
    assert not latin.search(panel.overdue_list.item(0).text()), panel.overdue_list.item(0).text()
    message = startup_overdue_message(ctx, TODAY - timedelta(days=80)) or ""
    assert late.number in message and not latin.search(message), message
    header = v.table.horizontalHeader()
    metrics = header.fontMetrics()
    for col in range(v.model.columnCount()):
        text = v.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert metrics.horizontalAdvance(text) + 12 <= header.sectionSize(col), text


def test_the_letter_button_opens_the_filed_letter(
    qtbot, ctx: ServiceContext, db: Database, shown, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """«Письмо» opens the stored letter in the program itself (no other area has to wire it)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
    from docdata import make_case

    from cal_desktop.gui.dialogs import document_dialogs
    from cal_desktop.services import documents

    case = make_case(db)
    document_id, appeal_id = documents.file_document(
        ctx, "appeal", case.initiative_id, case.officials["shulga"]
    )
    opened: list[int] = []
    monkeypatch.setattr(document_dialogs, "open_stored", lambda _parent, _ctx, doc_id: opened.append(doc_id))
    v = AppealsView(ctx)
    qtbot.addWidget(v)
    assert v.select_appeal(appeal_id)
    assert v.document_button.isEnabled()
    v.document_button.click()
    assert opened == [document_id]
