"""Issue 15.3: after a withdrawal the person is left out of mailings and batches, and a document they
author carries the desk's warning."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from pypdf import PdfReader

from cal_desktop import cli
from cal_desktop.services import consent_withdrawn, document_batches, exporting, initiatives, visitors
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def _people(ctx):  # type: ignore[no-untyped-def]
    ok = visitors.create_visitor(ctx, VisitorInput("Смирнова", "Ольга", phone="+79120000011", consent_date=TODAY))
    gone = visitors.create_visitor(
        ctx, VisitorInput("Кузнецов", "Денис", phone="+79120000012", consent_date=TODAY - timedelta(days=30),
                          consent_withdrawn_date=TODAY),
    )  # fmt: skip
    never = visitors.create_visitor(ctx, VisitorInput("Орлова", "Нина", phone="+79120000013"))
    return ok, gone, never


def test_mailing_export_lists_only_people_with_a_consent_in_force(ctx, db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _people(ctx)
    result = exporting.export(ctx, "mailing", tmp_path / "m.csv")
    assert result.rows == 1
    assert cli.main(["--db", str(db_path), "export", "mailing", str(tmp_path / "cli.csv")]) == 0
    for name in ("m.csv", "cli.csv"):
        rows = list(csv.reader(io.StringIO((tmp_path / name).read_text("utf-8-sig")), delimiter=";"))
        assert [r[:2] for r in rows[1:]] == [["Смирнова", "Ольга"]]
    everyone = exporting.export(ctx, "visitors", tmp_path / "all.csv")  # the full export is not a mailing
    assert everyone.rows == 3


def test_batch_for_members_leaves_out_who_withdrew(ctx) -> None:  # type: ignore[no-untyped-def]
    ok, gone, _never = _people(ctx)
    card = initiatives.create_initiative(ctx, InitiativeInput("Сквер у школы", "благоустройство"), ok.id)
    initiatives.add_member(ctx, card.id, gone.id, "supporter")
    pdf = document_batches.consent_batch(ctx, card.id)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Смирнова" in text and "Кузнецов" not in text


def test_document_warnings_name_the_author_who_withdrew(ctx) -> None:  # type: ignore[no-untyped-def]
    ok, gone, _never = _people(ctx)
    card = initiatives.create_initiative(ctx, InitiativeInput("Лавочки", "благоустройство"), gone.id)
    initiatives.add_member(ctx, card.id, ok.id, "co_author")
    warnings = consent_withdrawn.document_warnings(ctx, card.id, None)
    assert len(warnings) == 1 and warnings[0].startswith("Кузнецов Денис отозвал(а) согласие")
    assert consent_withdrawn.document_warnings(ctx, None, gone.id) == warnings
    assert consent_withdrawn.document_warnings(ctx, None, ok.id) == []
