"""PostgreSQL enforces VARCHAR lengths, SQLite does not: the longest values the forms accept must be
stored (and found), never fail with a raw "value too long" database error."""

from __future__ import annotations

from cal_desktop.services import directory
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.search import find_officials


def _long(word: str, n: int) -> str:
    return (word + " ") * (n // (len(word) + 1)) + "я" * (n % (len(word) + 1))


def test_organisation_and_official_with_the_longest_accepted_names(ctx: ServiceContext) -> None:
    org = directory.create_organisation(
        ctx,
        OrganisationInput(
            "authority", "Администрация " + _long("района", 286), short_name=_long("адм", 300),
            address=_long("улица", 500),
        ),
    )  # fmt: skip
    official = directory.create_official(
        ctx,
        OfficialInput(org.id, _long("заместитель", 300), _long("Иванова", 100), _long("Анна", 100),
                      _long("Петровна", 100)),
    )  # fmt: skip
    assert official.id in [h.id for h in find_officials(ctx, "заместитель")]
    assert directory.list_organisations(ctx, "администрация").total == 1


def test_initiative_and_appeal_with_the_longest_accepted_texts(ctx: ServiceContext) -> None:
    from datetime import date

    from cal_desktop.services import appeals, initiatives, visitors
    from cal_desktop.services.appeals import AppealFilter, AppealInput
    from cal_desktop.services.initiatives import InitiativeFilter, InitiativeInput
    from cal_desktop.services.visitors import VisitorInput

    author = visitors.create_visitor(ctx, VisitorInput(_long("Иванова", 100), _long("Анна", 100))).id
    card = initiatives.create_initiative(
        ctx, InitiativeInput(_long("сквер", 300), "improvement", address=_long("улица", 500),
                             estimated_cost="9" * 100, planned_timing=_long("лето", 200)), author,
    )  # fmt: skip
    assert initiatives.list_initiatives(ctx, InitiativeFilter(text="сквер")).total == 1
    org = directory.create_organisation(ctx, OrganisationInput("authority", _long("дума", 300)))
    appeals.register_appeal(
        ctx, AppealInput(date(2026, 5, 4), "email", subject=_long("тема", 300), organisation_id=org.id,
                         addressee_text=_long("глава", 500), initiative_id=card.id,
                         registration_number="7" * 100, number="Н" * 100),
    )  # fmt: skip
    assert appeals.list_appeals(ctx, AppealFilter(text="тема")).total == 1


def test_filed_letter_of_a_template_with_the_longest_title(ctx: ServiceContext, db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from docdata import make_case

    from cal_desktop.services import documents, templates

    case = make_case(db)
    tpl = templates.duplicate_template(ctx, "info_request", title=_long("запрос", 300))
    doc_id, appeal_id = documents.file_document(
        ctx, tpl.template_id, case.initiative_id, case.officials["tsoi"],
        overrides={"substance": "о плане ремонта дворов"},
    )  # fmt: skip
    stored = documents.get_document(ctx, doc_id)
    number = documents.get_document(ctx, doc_id).title.rsplit(" № ", 1)[-1]
    assert stored.title.startswith("запрос запрос") and len(stored.title) == 300
    assert appeal_id is not None and number == f"ЦАЛ-{date.today().year}-0001"  # the number kept whole
