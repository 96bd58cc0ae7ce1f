"""The practice library (issue 18, point 4): anonymised export, import without duplicates, reading."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import (
    Appeal,
    Document,
    Initiative,
    InitiativeMember,
    Official,
    PracticeCase,
    PracticeLetter,
    Staff,
    Visitor,
)
from cal_desktop.domain.anonymise import anonymise, authority_kind, name_stems
from cal_desktop.domain.text import format_phone
from cal_desktop.domain.vocab import AuthorityKind, InitiativeStatus, Role
from cal_desktop.errors import PermissionDenied, ValidationError
from cal_desktop.services import practice, practice_library
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo import generate_demo

ANCHOR = date(2026, 6, 15)


@pytest.fixture
def demo(ctx: ServiceContext) -> None:
    generate_demo(ctx, seed=3, visitors=300, months=8, today=ANCHOR)


def _first_done(s) -> Initiative:  # type: ignore[no-untyped-def]
    initiative = s.scalars(select(Initiative).where(Initiative.status == InitiativeStatus.DONE.value)).first()
    assert initiative is not None
    return initiative


def _done_with_personal_letter(db: Database) -> tuple[int, str]:
    """A finished demo initiative gets a positive answer to a letter full of its author's data."""
    with db.session() as s:
        initiative = _first_done(s)
        author = s.scalars(
            select(Visitor).join(InitiativeMember, InitiativeMember.visitor_id == Visitor.id)
            .where(InitiativeMember.initiative_id == initiative.id)
        ).first()  # fmt: skip
        author = author or s.scalars(select(Visitor)).first()
        official = s.scalars(select(Official).where(Official.last_name.is_not(None))).first()
        assert author is not None and official is not None
        substance = (
            f"Уважаемый {official.first_name} {official.middle_name}! Я, {author.last_name} {author.first_name} "
            f"{author.middle_name or ''}, 14.05.1962 г.р., проживаю по адресу ул. Садовая, д. 7, кв. 12, "
            f"тел. {format_phone(author.phone) if author.phone else '+7 912 555-44-33'}, "
            f"e-mail {author.email or 'x@mail.ru'}. Прошу передать {official.last_name}у вопрос о сквере.\n\n"
            "Во дворе нет освещения, жители собрали 120 подписей."
        )
        doc = Document(template_id="appeal", title="Обращение", format="pdf", filename="a.pdf", content=b"%PDF",
                       context_json=json.dumps({"values": {"substance": substance, "request_text": "Прошу установить фонари."}},
                                               ensure_ascii=False),
                       created_on=ANCHOR, initiative_id=initiative.id)  # fmt: skip
        s.add(doc)
        s.flush()
        s.add(Appeal(number="П-1", kind="proposal", sent_date=ANCHOR, channel="post", official_id=official.id,
                     initiative_id=initiative.id, document_id=doc.id, answer_date=ANCHOR,
                     answer_outcome="positive", due_date=ANCHOR))  # fmt: skip
        return initiative.id, "Во дворе нет освещения, жители собрали 120 подписей."


def test_export_holds_no_name_phone_or_email_of_any_demo_person(
    ctx: ServiceContext, db: Database, demo: None, tmp_path: Path
) -> None:
    _, kept = _done_with_personal_letter(db)
    target = tmp_path / "practice.json"
    n = practice.export_practice(ctx, target)
    text = target.read_text("utf-8")
    package = json.loads(text)
    assert package["format"] == practice.FORMAT and len(package["cases"]) == n > 0
    assert kept in text  # the substance itself stays
    assert "[ФИО]" in text and "[адрес]" in text and "[телефон]" in text and "[e-mail]" in text
    assert "[дата рождения]" in text
    with db.read() as s:
        people = [*s.execute(select(Visitor.last_name, Visitor.first_name, Visitor.phone, Visitor.email)),
                  *s.execute(select(Official.last_name, Official.first_name, Official.phone, Official.email)),
                  *s.execute(select(Staff.last_name, Staff.first_name, Staff.phone, Staff.email))]  # fmt: skip
    leaks = []
    for last, first, phone, email in people:
        if last and re.search(rf"(?<!\w){re.escape(last)}", text):
            leaks.append(last)
        if last and first and f"{first} {last}" in text:
            leaks.append(f"{first} {last}")
        if phone and (phone in text or format_phone(phone) in text or phone[-10:] in re.sub(r"\D", "", text)):
            leaks.append(phone)
        if email and email.lower() in text.lower():
            leaks.append(email)
    assert leaks == []
    for case in package["cases"]:
        assert case["path"][-1]["status"] == "done"
        assert set(case) == {
            "category",
            "territory_kind",
            "path",
            "total_days",
            "authority_kinds",
            "summary",
            "letters",
        }


def test_import_skips_duplicates_and_refuses_foreign_files(
    ctx: ServiceContext, db: Database, demo: None, tmp_path: Path, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    _done_with_personal_letter(db)
    first = tmp_path / "a.json"
    practice.export_practice(ctx, first)
    result = practice.import_practice(ctx, [first, first])
    assert result.added > 0 and result.skipped == result.added
    again = practice.import_practice(ctx, [first])
    assert again.added == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PracticeCase)) == result.added
        assert s.scalar(select(func.count()).select_from(PracticeLetter)) >= 1
    bad = tmp_path / "b.json"
    bad.write_text('{"format": "something else"}', "utf-8")
    with pytest.raises(ValidationError, match="не пакет практик"):
        practice.import_practice(ctx, [bad])
    with pytest.raises(PermissionDenied):
        practice.import_practice(make_ctx(Role.STAFF), [first])


def test_a_case_with_an_unknown_category_is_skipped_with_a_warning(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    good = {
        "category": "ecology",
        "path": [{"status": "done", "days": 0}],
        "letters": [
            {
                "template_id": "appeal",
                "appeal_kind": "proposal",
                "authority_kind": "council",
                "text": "Текст\u0007 письма",
            }
        ],
    }
    package = {"format": practice.FORMAT, "format_version": 1, "centre": {"id": "c1", "name": "ЦАЛ Север"},
               "cases": [good, {"category": "nonsense"}]}  # fmt: skip
    path = tmp_path / "x.json"
    path.write_text(json.dumps(package), "utf-8")
    result = practice.import_practice(ctx, [path])
    assert result.added == 1 and "практика 2" in result.warnings[0]
    about = practice_library.LetterContext("appeal", "proposal", "ecology", "council")
    letters = practice_library.letters_for(ctx, about)
    assert [x.text for x in letters] == ["Текст письма"]  # the control character is gone
    assert letters[0].same_category and letters[0].same_authority and letters[0].centre == "ЦАЛ Север"
    assert practice_library.letters_for(ctx, about, "нет такого слова") == []
    assert (
        practice_library.letters_for(
            ctx, practice_library.LetterContext("info_request", "info_request", None, None)
        )
        == []
    )


def test_similar_cases_for_an_initiative(
    ctx: ServiceContext, db: Database, demo: None, tmp_path: Path
) -> None:
    path = tmp_path / "p.json"
    practice.export_practice(ctx, path)
    practice.import_practice(ctx, [path])
    with db.read() as s:
        initiative = _first_done(s)
        same = s.scalar(
            select(func.count()).select_from(PracticeCase).where(PracticeCase.category == initiative.category)
        )
    cases = practice_library.similar_cases(ctx, initiative.id)
    assert len(cases) == same > 0
    assert cases[0].path[-1][0] == "реализована"


def test_anonymise_declined_names_and_patterns() -> None:
    stems = name_stems(["Иванова", "Мария", "Петровна", "Шульга", "Олег", "Викторович"])
    out = anonymise(
        "Уважаемый Олег Викторович! Ивановой Марии Петровне, О.В. Шульге, тел. 8 (912) 345-67-89, "
        "ivanova@mail.ru, ул. Калинина, д. 5, родилась 01.02.1970. Закон от 02.05.2006 № 59-ФЗ.",
        stems,
        ANCHOR,
    )
    assert out == ("Уважаемый [ФИО]! [ФИО], [ФИО], тел. [телефон], [e-mail], [адрес], родилась [дата рождения]. "
                   "Закон от 02.05.2006 № 59-ФЗ.")  # fmt: skip


def test_authority_kind_from_the_name() -> None:
    assert authority_kind("Администрация Заречного района") is AuthorityKind.ADMINISTRATION
    assert authority_kind("Департамент ЖКХ администрации города") is AuthorityKind.DEPARTMENT
    assert authority_kind("Городская Дума") is AuthorityKind.COUNCIL
    assert authority_kind("Прокуратура Ленинского района") is AuthorityKind.PROSECUTOR
    assert authority_kind("ООО «УК Северная»") is AuthorityKind.OTHER
    assert authority_kind("Управляющая компания «Дом»") is AuthorityKind.UTILITY
    assert authority_kind(None) is AuthorityKind.OTHER


def test_export_needs_a_json_file(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        practice.export_practice(ctx, tmp_path / "x.xlsx")


def test_a_letter_the_template_refuses_today_is_left_out_not_the_export(
    ctx: ServiceContext, db: Database, demo: None, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import documents

    with db.session() as s:  # a positive answer to an appeal without a stored document
        initiative = _first_done(s)
        s.add(Appeal(number="R-1", kind="complaint", sent_date=ANCHOR, channel="post", initiative_id=initiative.id,
                     answer_date=ANCHOR, answer_outcome="positive", due_date=ANCHOR))  # fmt: skip

    def refuse(*_a, **_k):  # type: ignore[no-untyped-def]
        raise ValidationError.single("previous", "Повторное обращение", "срок ответа ещё не истёк")

    monkeypatch.setattr(documents, "_build", refuse)
    assert practice.export_practice(ctx, tmp_path / "p.json") > 0
    package = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert all(not case["letters"] for case in package["cases"])
