"""Printing a campaign's numbered signature sheets from «Сбор подписей» (issue 16.3)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from cal_desktop.errors import Cancelled
from cal_desktop.gui.dialogs import signature_print
from cal_desktop.gui.dialogs.signatures import SignaturesDialog
from cal_desktop.services import events_signatures, initiatives, signature_sheets, visitors
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def campaign(ctx):  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна")).id
    idea = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna).id
    return events_signatures.create_campaign(ctx, idea, 300, date(2026, 3, 1))


def test_sheets_are_saved_numbered_and_the_next_run_goes_on(qtbot, ctx, shown, campaign, tmp_path, russian):
    dialog = signature_print.SheetPrintDialog(ctx, campaign.id)
    qtbot.addWidget(dialog)
    assert dialog.first.value() == 1
    dialog.count.setValue(3)
    task = dialog.save(str(tmp_path / "листы"))
    assert task is not None
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=20000)
    reader = PdfReader(str(tmp_path / "листы.pdf"))
    assert len(reader.pages) == 3
    assert "ПОДПИСНОЙ ЛИСТ № 3" in reader.pages[2].extract_text()
    again = signature_print.SheetPrintDialog(ctx, campaign.id)
    qtbot.addWidget(again)
    assert again.first.value() == 4  # numbers already printed are not offered again


def test_the_signatures_dialog_has_the_print_button(qtbot, ctx, shown, campaign, monkeypatch, russian):
    calls: list[int] = []
    monkeypatch.setattr(signature_print, "open_print", lambda _p, _c, cid: calls.append(cid) or True)
    dialog = SignaturesDialog(ctx, campaign.initiative_id)
    qtbot.addWidget(dialog)
    button = dialog.findChild(type(dialog.findChild(object, "sheetPrintButton")), "sheetPrintButton")
    assert button is not None and button.isVisibleTo(dialog)
    assert button.text().replace("&", "") == "Печать листов…"
    button.click()
    assert calls == [campaign.id]


def test_cancel_stops_the_run_and_takes_no_numbers(ctx, campaign):
    with pytest.raises(Cancelled):
        signature_sheets.print_sheets(ctx, campaign.id, 50, cancel=lambda: True)
    assert signature_sheets.numbers(ctx, campaign.id).next_number == 1
    ticks: list[tuple[int, int]] = []
    made = signature_sheets.print_sheets(ctx, campaign.id, 4, progress=lambda d, t: ticks.append((d, t)))
    assert ticks[-1] == (4, 4) and len(PdfReader(io.BytesIO(made.content)).pages) == 4
