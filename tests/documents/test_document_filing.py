"""Filing outside the write lock, the fields a template shows, and default file names (issue 11 items 9
and 11, issue 12 item 2)."""

from __future__ import annotations

import io
import sqlite3
from datetime import date

from pypdf import PdfReader

from cal_desktop.services import appeals, document_output, documents
from cal_desktop.services import documents as documents_module


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def _probe_writer(db_path) -> bool:  # type: ignore[no-untyped-def]
    """Whether another connection can take the write lock at once (no one holds it)."""
    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def _instrument_render(monkeypatch, db_path, also=None):  # type: ignore[no-untyped-def]
    """Record, at each PDF rendering, whether a concurrent writer would get the lock then."""
    seen: list[bool] = []
    real = documents_module.render_pdf

    def render(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(_probe_writer(db_path))
        if also is not None:
            also(len(seen))
        return real(*args, **kwargs)

    monkeypatch.setattr(documents_module, "render_pdf", render)
    return seen


def test_filing_renders_before_the_write_transaction(ctx, db, db_path, case, monkeypatch):
    seen = _instrument_render(monkeypatch, db_path)
    doc_id, appeal_id = documents.file_document(
        ctx, "appeal", case.initiative_id, case.officials["shulga"], sent_date=date(2026, 5, 4)
    )
    assert seen and all(seen), "a concurrent writer was blocked while the letter was rendered"
    assert appeal_id is not None and documents.get_document(ctx, doc_id).content[:4] == b"%PDF"
    # a draft too
    seen.clear()
    document_output.save_draft(ctx, "appeal", case.initiative_id, case.officials["shulga"])
    assert seen and all(seen)
    # and a document that is not an appeal
    seen.clear()
    documents.file_document(ctx, "meeting_minutes", case.initiative_id)
    assert seen and all(seen)


def test_a_number_taken_meanwhile_is_not_printed_on_the_letter(ctx, db, db_path, case, monkeypatch):
    """The centre's letter prints its outgoing number. Another desk files while this one renders: the
    stored letter carries the number the register gave it, not the one taken meanwhile."""

    def other_desk_files(call: int) -> None:
        if call == 1:
            documents.file_document(ctx, "appeal", case.initiative_id, case.officials["shulga"],
                                    sent_date=date(2026, 5, 4))  # fmt: skip

    _instrument_render(monkeypatch, db_path, other_desk_files)
    overrides = {"substance": "о плане ремонта дворов"}
    doc_id, appeal_id = documents.file_document(
        ctx, "info_request", case.initiative_id, case.officials["tsoi"], overrides=overrides,
        sent_date=date(2026, 5, 4),
    )  # fmt: skip
    assert appeal_id is not None
    number = appeals.get_appeal(ctx, appeal_id).number
    rows = appeals.list_appeals(ctx, appeals.AppealFilter(initiative_id=case.initiative_id))
    numbers = sorted(r.number for r in (rows.items if hasattr(rows, "items") else rows))
    assert len(numbers) == 2 and len(set(numbers)) == 2
    text = pdf_text(documents.get_document(ctx, doc_id).content)
    assert f"№ {number}" in text
    other = next(n for n in numbers if n != number)
    assert f"№ {other}" not in text


def test_only_the_fields_a_template_shows_are_listed(ctx, db, case):
    from cal_desktop.services.appeals import AppealInput, register_appeal

    first = register_appeal(ctx, AppealInput(sent_date=date(2026, 3, 2), channel="post", kind="proposal",
                                             subject="О детской площадке", official_id=case.officials["shulga"],
                                             initiative_id=case.initiative_id, number="ЦАЛ-2026-0001"))  # fmt: skip
    built = documents.build_letter(ctx, "repeat_appeal", case.initiative_id, case.officials["shulga"], first.id)
    shown = documents.shown_fields(ctx, built)
    assert "appeal_title" in shown and "previous_number" in shown and "addressee_short_dat" in shown
    assert "subject" not in shown  # the heading cites the first appeal instead
    assert "centre_inn" not in shown and "person_full" not in shown
    # every listed field changes the letter when edited: the repeat appeal's title field included
    for name in shown:
        if name in ("author_full",):  # read by the 59-FZ check, listed for appeals whether printed or not
            continue
        edited = documents.build_letter(ctx, "repeat_appeal", case.initiative_id, case.officials["shulga"],
                                        first.id, {name: "ПРАВКА СОТРУДНИКА"})  # fmt: skip
        assert edited.letter != built.letter, name
    titled = documents.render(ctx, "repeat_appeal", case.initiative_id, case.officials["shulga"], first.id,
                              {"appeal_title": "ПОВТОРНАЯ ЖАЛОБА"})  # fmt: skip
    assert "ПОВТОРНАЯ ЖАЛОБА" in pdf_text(titled)
    consent = documents.build_letter(ctx, "pd_consent", case.initiative_id)
    listed = documents.shown_fields(ctx, consent)
    assert "addressee_short_dat" not in listed and "substance" not in listed


def test_default_file_names_are_russian_and_safe(ctx, db, case):
    built = documents.build_letter(ctx, "appeal", case.initiative_id, case.officials["shulga"])
    assert documents.suggested_filename(built, "pdf", on=date(2026, 12, 2)) == "Обращение_Шульге_2026-12-02.pdf"
    assert documents.suggested_filename(built, "docx", "ЦАЛ/2026:7", date(2026, 12, 2)) == (
        "Обращение_Шульге_ЦАЛ20267_2026-12-02.docx"
    )
    hostile = documents.build_letter(ctx, "appeal", case.initiative_id, case.officials["shulga"],
                                     overrides={"addressee_short_dat": 'О.В. \\Шуль<ге>:"|?*\x07/'})  # fmt: skip
    name = documents.suggested_filename(hostile, "pdf", on=date(2026, 12, 2))
    assert name == "Обращение_Шульге_2026-12-02.pdf"
    minutes = documents.build_letter(ctx, "meeting_minutes", case.initiative_id)
    assert documents.suggested_filename(minutes, "pdf", on=date(2026, 12, 2)) == "Протокол_2026-12-02.pdf"
    # the stored copy is named the same way, with its register number
    doc_id, appeal_id = documents.file_document(ctx, "appeal", case.initiative_id, case.officials["shulga"],
                                                sent_date=date(2026, 5, 4))  # fmt: skip
    number = appeals.get_appeal(ctx, appeal_id).number
    stored = documents.get_document(ctx, doc_id).filename
    assert stored.startswith("Обращение_Шульге_") and stored.endswith("_2026-05-04.pdf")
    assert number.replace("/", "").split("-")[0] in stored
