"""Issue 13 items 6 and 7 as a reader of the printed letter sees them: the number of authors, the case
of the elected representative, the salutation, and personal data in the press release and the minutes."""

from __future__ import annotations

from datetime import date

from docdata import make_case
from test_documents_service import pdf_text

from cal_desktop.db.models import Official
from cal_desktop.documents.render_docx import docx_text
from cal_desktop.services import document_output, documents
from cal_desktop.services.appeals import AppealInput, register_appeal


def test_one_author_asks_and_many_authors_ask_together(ctx, case):
    single = pdf_text(documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"]))
    assert "Прошу рассмотреть" in single and "Просим" not in single
    collective = pdf_text(
        documents.render(ctx, "collective_appeal", case.initiative_id, case.officials["shulga"])
    )
    assert "Просим рассмотреть" in collective and "Прошу" not in collective
    assert "Ответ просим направить представителю заявителей Петровой Анне Сергеевне" in collective


def test_a_repeat_of_a_collective_appeal_speaks_for_all_authors(ctx, case):
    doc_id, first = documents.file_document(ctx, "collective_appeal", case.initiative_id, case.officials["shulga"],
                                            sent_date=date(2026, 3, 2))  # fmt: skip
    assert first is not None
    text = pdf_text(documents.render(ctx, "repeat_appeal", case.initiative_id, case.officials["shulga"],
                                     appeal_id=first, on=date(2026, 12, 1)))  # fmt: skip
    assert "нами было направлено" in text and "ответ нами не получен" in text and "Просим дать ответ" in text
    assert "мною" not in text and "Прошу" not in text


def test_minutes_elect_in_the_accusative_print_no_home_address_and_count_only_those_present(ctx, db):
    case = make_case(db, author=("Прохорова", "Кристина", "Валерьевна", "f"))
    text = docx_text(documents.render(ctx, "meeting_minutes", case.initiative_id, fmt="docx"))
    assert "Избрать представителем инициативной группы Прохорову Кристину Валерьевну." in text
    assert "ул. Мира, 5, кв. 10" not in text and "ул. Мира, д. 5, кв. 7" not in text  # members' homes
    assert "Гусь Анна Павловна" not in text  # the attendance list is written in at the meeting
    assert "Присутствовали: ____ чел." in text
    entered = docx_text(documents.render(ctx, "meeting_minutes", case.initiative_id, fmt="docx",
                                         overrides={"present_count": "17"}))  # fmt: skip
    assert "Присутствовали: 17 чел." in entered


def test_salutation_by_what_is_known_of_the_addressee(ctx, db, case):
    with db.session() as s:
        org = s.get(Official, case.officials["shulga"]).organisation_id
        nameless = Official(organisation_id=org, position="начальник управления ЖКХ", search_text="жкх")
        s.add(nameless)
        s.flush()
        nameless_id = nameless.id
    text = pdf_text(documents.render(ctx, "appeal", case.initiative_id, nameless_id))
    assert "Уважаемый начальник управления ЖКХ!" in text and "господа" not in text
    text = pdf_text(documents.render(ctx, "appeal", case.initiative_id, None,
                                     overrides={"organisation_name": "Администрация района"}))  # fmt: skip
    assert "Уважаемые господа!" in text


def test_press_release_names_the_author_only_with_a_consent_to_publication(ctx, case):
    text = pdf_text(documents.render(ctx, "press_release", case.initiative_id))
    assert "Петрова" not in text and "Инициативу выдвинула инициативная группа жителей" in text
    # a draft of the consent does not count; the signed one, filed, does
    document_output.save_draft(ctx, "pd_publication_consent", None, visitor_id=case.author_id)
    assert "Петрова" not in pdf_text(documents.render(ctx, "press_release", case.initiative_id))
    consent, _ = documents.file_document(ctx, "pd_publication_consent", None, visitor_id=case.author_id)
    form = pdf_text(documents.get_document(ctx, consent).content)
    assert "статьёй 10.1" in form and "Петрова Анна Сергеевна" in form and "АНО «Активные люди»" in form
    assert "Автор инициативы — Петрова Анна Сергеевна." in pdf_text(
        documents.render(ctx, "press_release", case.initiative_id)
    )


def test_repeat_of_an_answered_appeal_is_refused(ctx, case):
    import pytest

    from cal_desktop.errors import ValidationError
    from cal_desktop.services.appeals import record_answer

    first = register_appeal(ctx, AppealInput(sent_date=date(2026, 3, 2), channel="post", kind="proposal",
                                             official_id=case.officials["shulga"], initiative_id=case.initiative_id,
                                             number="ЦАЛ-2026-0001"))  # fmt: skip
    record_answer(ctx, first.id, date(2026, 3, 20), "ответ", "positive")
    with pytest.raises(ValidationError) as err:
        documents.render(
            ctx, "repeat_appeal", case.initiative_id, case.officials["shulga"], appeal_id=first.id
        )
    assert "уже получен ответ 20.03.2026" in str(err.value)
