"""Issue 15 point 3: the visitor card shows a consent that is missing or withdrawn."""

from __future__ import annotations

from datetime import date

from cal_desktop.gui.dialogs.visitor_dialog import VisitorDialog
from cal_desktop.services import visitors
from cal_desktop.services.visitors import VisitorInput


def test_visitor_card_flags_the_consent(qtbot, ctx, russian) -> None:  # type: ignore[no-untyped-def]
    missing = visitors.create_visitor(ctx, VisitorInput("Старова", "Анна"))
    dialog = VisitorDialog(ctx, None, missing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.consent_flag.isVisible() and "не оформлено" in dialog.consent_flag.text()
    fine = visitors.create_visitor(ctx, VisitorInput("Новикова", "Вера", consent_date=date.today()))
    other = VisitorDialog(ctx, None, fine)
    qtbot.addWidget(other)
    other.show()
    assert not other.consent_flag.isVisible()
    new = VisitorDialog(ctx, None, None)  # a new visitor: nothing to flag yet
    qtbot.addWidget(new)
    new.show()
    assert not new.consent_flag.isVisible()


def test_consent_form_is_one_click_away(qtbot, ctx, tmp_path, monkeypatch, russian) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.widgets import consent_flag

    person = visitors.create_visitor(ctx, VisitorInput("Старова", "Анна", "Ильинична"))
    dialog = VisitorDialog(ctx, None, person)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "согласие.pdf"
    monkeypatch.setattr(consent_flag, "ask_save_path", lambda parent, suggested: str(target))
    assert dialog.consent_flag.button.isVisible()
    dialog.consent_flag.button.click()
    assert target.read_bytes().startswith(b"%PDF")
