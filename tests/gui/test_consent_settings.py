"""Issue 15.3 in the window: the consent renewal period and form version in Settings; the document
editor warns when the author withdrew consent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cal_desktop.gui.views.settings_view import SettingsView
from cal_desktop.services import followups_consent, initiatives, visitors
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.settings import get_settings
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def test_renewal_period_and_form_version_are_edited_in_settings(qtbot, ctx, shown) -> None:  # type: ignore[no-untyped-def]
    person = visitors.create_visitor(
        ctx, VisitorInput("Смирнова", "Ольга", consent_date=TODAY - timedelta(days=800), consent_form_version="1")
    )
    assert followups_consent.consent_flag(ctx, person.id) is None  # 3 years by default
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    assert view.ui.consentRenewalYearsEdit.value() == 3
    view.ui.consentRenewalYearsEdit.setValue(2)
    view.ui.consentFormVersionEdit.setText("2")
    assert view.save()
    saved = get_settings(ctx)
    assert (saved.consent_renewal_years, saved.consent_form_version) == (2, "2")
    flag = followups_consent.consent_flag(ctx, person.id)
    assert flag is not None and flag.problem == "expired" and "старше 2 лет" in flag.message


def test_editor_warns_when_the_author_withdrew(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("PySide6.QtPdf", reason="QtPdf (PySide6-Pdf) is needed for the preview")
    from cal_desktop.gui.views.document_editor import DocumentEditor

    gone = visitors.create_visitor(
        ctx, VisitorInput("Кузнецов", "Денис", consent_date=TODAY - timedelta(days=30), consent_withdrawn_date=TODAY)
    )
    card = initiatives.create_initiative(ctx, InitiativeInput("Лавочки", "благоустройство"), gone.id)
    editor = DocumentEditor(ctx, card.id, template_id="appeal_official")
    qtbot.addWidget(editor)
    editor.refresh()
    assert "Кузнецов Денис отозвал(а) согласие" in editor.check_label.text()
