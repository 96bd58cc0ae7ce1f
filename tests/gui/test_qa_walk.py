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
