"""Defects found in the acceptance walk of issues 11 and 12 (a real window, a demo base), one test each."""

from __future__ import annotations

from cal_desktop.services import initiatives, visitors
from cal_desktop.services.visitors import VisitorInput


def _done_initiative(ctx):  # type: ignore[no-untyped-def]
    author = visitors.create_visitor(ctx, VisitorInput("Громов", "Лев", phone="+79003330000"))
    card = initiatives.create_initiative(
        ctx, initiatives.InitiativeInput(title="Сквер у школы", category="improvement"), author.id
    )
    for status in ("shaping", "implementing"):
        card = initiatives.change_status(ctx, card.id, status, comment="дальше")
    return initiatives.change_status(ctx, card.id, "done", result_summary="Сквер открыт")


def test_status_dialog_of_a_closed_initiative_does_not_say_reopened_before_a_change(
    qtbot, ctx, shown, russian
) -> None:  # type: ignore[no-untyped-def]
    """Opened on a realised initiative, the dialog starts on «реализована»: nothing is being reopened,
    so the orange «Инициатива возобновляется…» note must not be there until an open status is chosen."""
    from cal_desktop.gui.dialogs.initiative_status import StatusChangeDialog

    card = _done_initiative(ctx)
    dialog = StatusChangeDialog(ctx, card)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.currentData() == "done"
    assert dialog.principles.isHidden(), dialog.principles.text()
    dialog.choose("implementing")
    assert not dialog.principles.isHidden()
    assert "возобновляется" in dialog.principles.text()
    dialog.choose("withdrawn")  # from one closed status to another: nothing is reopened either
    assert dialog.principles.isHidden(), dialog.principles.text()


def _capture_save_dialog(monkeypatch):  # type: ignore[no-untyped-def]
    """Every save dialog (gui/file_dialogs.py) answers «cancelled» and keeps the suggested name."""
    from pathlib import Path

    from cal_desktop.gui import file_dialogs

    asked: list[str] = []

    def fake(parent, title, suggested="", filters=""):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return ""

    monkeypatch.setattr(file_dialogs, "save_file", fake)
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: ["/tmp/a.json"])
    return asked


def test_default_file_names_are_russian_and_meaningful(qtbot, ctx, shown, russian, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 11.9: a staff member's Documents folder fills with «report-2026-11.xlsx», «visitors.xlsx»
    and «network-report.xlsx» otherwise; the names say what the file is, in Russian."""
    from cal_desktop.gui.dialogs import export_dialog
    from cal_desktop.gui.views import reports

    asked = _capture_save_dialog(monkeypatch)
    view = reports.ReportsView(ctx)
    qtbot.addWidget(view)
    view.set_month(2026, 3)
    with qtbot.waitSignal(view.reportShown, timeout=10_000):
        view.show()
    view.choose_save_path("xlsx")
    assert asked[-1] == "Отчёт_ЦАЛ_2026-03.xlsx"
    view.choose_packages()
    assert asked[-1] == "Сводный_отчёт_сети.xlsx"

    dialog = export_dialog.ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_kind("visitors")
    dialog.browse()
    assert asked[-1].startswith("Посетители_") and asked[-1].endswith(".xlsx"), asked


def test_first_run_dialog_shows_every_problem_in_one_round(qtbot, db, shown, russian) -> None:  # type: ignore[no-untyped-def]
    """Issue 11.8 on the very first screen: a wrong phone, a short password and a different repeat
    used to come one per press of «Создать и войти» (three rounds)."""
    from PySide6.QtWidgets import QLabel

    from cal_desktop.gui.dialogs.signin import FirstRunDialog
    from cal_desktop.services import accounts
    from cal_desktop.services.context import SYSTEM, ServiceContext

    ctx = ServiceContext(db, SYSTEM)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Соколова Ольга Ивановна")
    dialog.phone.setText("12-34")
    dialog.password.setText("abc")
    dialog.again.setText("abd")
    dialog.save()
    texts = [
        w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.objectName().endswith("Error")
    ]
    assert any("телефон" in t.lower() for t in texts), texts
    assert any("8 символов" in t for t in texts), texts
    assert any("не совпадают" in t for t in texts), texts
    assert accounts.needs_first_admin(ctx)  # nothing saved
