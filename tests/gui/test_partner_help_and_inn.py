"""The initiative card records what a partner gives: kind of help and volunteers' hours (issue 18, point 5)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import make_case  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from cal_desktop.db.models import Organisation  # noqa: E402
from cal_desktop.gui.views.initiatives import InitiativeCardWidget  # noqa: E402
from cal_desktop.reports import figures  # noqa: E402
from cal_desktop.reports.period import Period  # noqa: E402
from cal_desktop.services import initiatives, partner_help  # noqa: E402


def test_kind_and_hours_of_a_partner_are_saved_and_counted(qtbot, ctx, db, shown):  # type: ignore[no-untyped-def]
    case = make_case(db)
    with db.session() as s:
        org = Organisation(
            kind="partner", name="Типография «Север»", name_norm="типография север", search_text=""
        )
        s.add(org)
        s.flush()
        org_id = org.id
    link = initiatives.add_partner(ctx, case.initiative_id, org_id, "печать листовок")
    card = InitiativeCardWidget(ctx)
    qtbot.addWidget(card)
    card.resize(1024, 700)
    card.show()
    card.open(case.initiative_id)
    row = card.partner_help
    assert not row.save.isEnabled()  # nothing selected yet
    card.partners.selectRow(0)
    assert row.save.isEnabled()
    row.kind.setCurrentIndex(row.kind.findData("in_kind"))
    row.hours.setValue(16)
    qtbot.mouseClick(row.save, Qt.MouseButton.LeftButton)
    assert partner_help.help_of(ctx, case.initiative_id)[link.id].hours == 16
    assert "16" in row.total.text() and "1" in row.total.text()
    with db.read() as s:
        f = figures.compute(s, Period.month(link.added_on.year, link.added_on.month))
    assert f["effort.volunteer_hours"] == 16 and f["resources.in_kind_count"] == 1
    # another initiative shown and back: the values come back from the database
    card.show_nothing()
    card.open(case.initiative_id)
    card.partners.selectRow(0)
    assert row.kind.currentData() == "in_kind" and row.hours.value() == 16


def test_the_organisation_form_edits_the_inn_and_names_a_wrong_one(qtbot, ctx, shown):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.organisation_form import OrganisationDialog

    dialog = OrganisationDialog(ctx, None, kind="authority")
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("Администрация Центрального района")
    dialog.fields["inn"].setText("7707083894")
    assert not dialog.submit()
    assert "ИНН" in dialog.error.text() and "контрольная цифра" in dialog.error.text()
    dialog.fields["inn"].setText("7707083893")
    assert dialog.submit(), dialog.error.text()
    again = OrganisationDialog(ctx, None, organisation_id=dialog.organisation.id)
    qtbot.addWidget(again)
    assert again.fields["inn"].text() == "7707083893"
