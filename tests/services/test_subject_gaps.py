"""«Everything about a person» (152-FZ art. 14): referrals made for them (issue 21) and what the audit
log says about a record merged into theirs (issue 15), in the JSON and in the PDF."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from cal_desktop.domain import clock
from cal_desktop.services import (
    audit,
    directory,
    personal_data,
    referrals,
    subject_report,
    visitor_merge,
    visitors,
)
from cal_desktop.services import consultations as cs
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.directory import OrganisationInput
from cal_desktop.services.referrals import ReferralInput
from cal_desktop.services.visitors import VisitorInput

TODAY = date.today()


def _pdf_text(ctx, visitor_id: int) -> str:  # type: ignore[no-untyped-def]
    pdf = subject_report.subject_report_pdf(ctx, visitor_id)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _referred(ctx, visitor_id: int | None, referral: ReferralInput, days_ago: int):  # type: ignore[no-untyped-def]
    return cs.create_consultation(
        ctx,
        ConsultationInput(channel="in_person", topics=["info_search"], outcome="referred", visitor_id=visitor_id,
                          occurred_at=datetime.now() - timedelta(days=days_ago), referral=referral),
    )  # fmt: skip


def test_referrals_of_the_person_are_in_the_export_with_the_answer(ctx) -> None:  # type: ignore[no-untyped-def]
    person = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна"))
    other = visitors.create_visitor(ctx, VisitorInput("Смирнов", "Пётр"))
    fund = directory.create_organisation(ctx, OrganisationInput(kind="partner", name="Фонд «Добрый двор»"))
    first = _referred(ctx, person.id, ReferralInput(organisation_id=fund.id, check_on=TODAY), 6)
    _referred(ctx, person.id, ReferralInput(organisation_name="МФЦ Центрального района"), 2)
    _referred(ctx, other.id, ReferralInput(organisation_name="Чужая организация"), 1)
    follow_up = next(f for f in referrals_follow_ups(ctx) if "Добрый двор" in f.title)
    referrals.answer_follow_up(ctx, follow_up.id, "помогло")

    data = json.loads(personal_data.subject_data_json(ctx, person.id))
    got = [(r["куда"], r["дата"], r["проверить"], r["ответ"]) for r in data["направления"]]
    assert got == [
        ("Фонд «Добрый двор»", str(first.occurred_at.date()), str(TODAY), "helped"),
        ("МФЦ Центрального района", str((datetime.now() - timedelta(days=2)).date()), None, None),
    ]
    assert data["направления"][0]["ответ_получен"] == str(TODAY)

    text = _pdf_text(ctx, person.id)
    assert "Направления в другие организации" in text
    assert "Фонд «Добрый двор»" in text and "помогло" in text and "МФЦ Центрального района" in text
    assert "Чужая организация" not in text


def referrals_follow_ups(ctx):  # type: ignore[no-untyped-def]
    from cal_desktop.services import followups

    return followups.desk_list(ctx, "all")


def test_audit_entries_of_a_merged_away_record_are_in_the_kept_persons_export(ctx) -> None:  # type: ignore[no-untyped-def]
    kept = visitors.create_visitor(ctx, VisitorInput("Иванова", "Мария", phone="+79120000001"))
    removed = visitors.create_visitor(ctx, VisitorInput("Иванова", "Мария", "Петровна", phone="+79120000002"))
    stranger = visitors.create_visitor(ctx, VisitorInput("Орлов", "Олег"))
    audit.record_view(ctx, "visitor", removed.id)  # someone looked at the second record before the merge
    visitors.update_visitor(ctx, removed.id, VisitorInput("Иванова", "Мария", "Петровна", phone="+79120000003"))
    audit.record_view(ctx, "visitor", stranger.id)
    merge_id = visitor_merge.merge(ctx, kept.id, removed.id, frozenset({"middle_name"}))

    data = json.loads(personal_data.subject_data_json(ctx, kept.id))
    merged = data["журнал_объединённых_записей"]
    assert [(e["запись_id"], e["действие"], e["объединение_id"]) for e in merged] == [
        (removed.id, "create", merge_id), (removed.id, "view", merge_id), (removed.id, "update", merge_id),
    ]  # fmt: skip
    # the log itself is not rewritten: the entries still name the removed record
    rows = audit.list_audit(ctx, audit.AuditFilter(entity="visitor", entity_id=removed.id)).items
    assert {r.action for r in rows} == {"create", "view", "update"}
    assert all(e["действие"] != "view" for e in data["журнал_действий"])  # the kept record was never viewed

    text = _pdf_text(ctx, kept.id)
    assert f"запись № {removed.id}" in text and "просмотр" in text


def test_a_chain_of_merges_is_followed_and_an_undone_merge_is_not(ctx) -> None:  # type: ignore[no-untyped-def]
    first = visitors.create_visitor(ctx, VisitorInput("Сидоров", "Иван"))
    second = visitors.create_visitor(ctx, VisitorInput("Сидоров", "Иван", "Ильич"))
    third = visitors.create_visitor(ctx, VisitorInput("Сидоров", "Иван", "И."))
    audit.record_view(ctx, "visitor", first.id)
    visitor_merge.merge(ctx, second.id, first.id)  # first into second
    visitor_merge.merge(ctx, third.id, second.id)  # second (with first in it) into third
    data = personal_data.subject_data(ctx, third.id)
    assert {e["запись_id"] for e in data["журнал_объединённых_записей"]} == {first.id, second.id}
    assert ("view", first.id) in {(e["действие"], e["запись_id"]) for e in data["журнал_объединённых_записей"]}

    other = visitors.create_visitor(ctx, VisitorInput("Кузнецов", "Олег"))
    twin = visitors.create_visitor(ctx, VisitorInput("Кузнецов", "Олег", "О."))
    undone = visitor_merge.merge(ctx, other.id, twin.id)
    visitor_merge.undo(ctx, undone)
    assert personal_data.subject_data(ctx, other.id)["журнал_объединённых_записей"] == []


def test_entries_after_the_merge_about_a_reused_id_are_not_taken(ctx, db) -> None:  # type: ignore[no-untyped-def]
    """SQLite may give a deleted row's id to the next visitor: only entries up to the merge count."""
    from cal_desktop.db.models import AuditEntry

    kept = visitors.create_visitor(ctx, VisitorInput("Белова", "Ольга"))
    removed = visitors.create_visitor(ctx, VisitorInput("Белова", "Ольга", "О."))
    visitor_merge.merge(ctx, kept.id, removed.id)
    with db.session() as s:  # an entry about a later person who got the same id
        s.add(AuditEntry(staff_id=None, action="view", entity="visitor", entity_id=removed.id,
                         at=clock.utcnow() + timedelta(minutes=5)))  # fmt: skip
    data = personal_data.subject_data(ctx, kept.id)
    assert [e["действие"] for e in data["журнал_объединённых_записей"]] == ["create"]
