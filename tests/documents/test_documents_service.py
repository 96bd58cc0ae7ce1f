"""The documents service: context from the database, declined forms in output, checks, filing."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
from docdata import OFFICIALS, add_correction, make_case
from pypdf import PdfReader

from cal_desktop.db.models import Appeal, Document
from cal_desktop.documents.render_docx import docx_text
from cal_desktop.errors import ValidationError
from cal_desktop.services import document_batches, document_output, documents

DAT = {
    "shulga": ("Главе администрации Центрального района", "О.В. Шульге", "Уважаемый Олег Викторович!"),
    "tsoi": ("Начальнику управления благоустройства", "В.Р. Цою", "Уважаемый Виктор Робертович!"),
    "bondarenko": ("Заведующей отделом культуры", "Н.П. Бондаренко", "Уважаемая Нина Петровна!"),
    "sidorchuk": (
        "Исполняющему обязанности главы администрации",
        "О.Т. Сидорчук",
        "Уважаемая Оксана Тарасовна!",
    ),
    "elkina": ("Заведующей отделом культуры", "А.И. Ёлкиной", "Уважаемая Алёна Игоревна!"),
    "gus_f": ("Начальнику управления благоустройства", "А.П. Гусь", "Уважаемая Анна Павловна!"),
    "gus_m": ("Главе администрации Центрального района", "О.П. Гусю", "Уважаемый Олег Павлович!"),
    "aliev": ("Исполняющему обязанности главы администрации", "Р.М. Алиеву", "Уважаемый Рашид Магомед оглы!"),
}
GEN_FULL = {
    "shulga": "Шульги Олега Викторовича", "tsoi": "Цоя Виктора Робертовича",
    "bondarenko": "Бондаренко Нины Петровны", "sidorchuk": "Сидорчук Оксаны Тарасовны",
    "elkina": "Ёлкиной Алёны Игоревны", "gus_f": "Гусь Анны Павловны", "gus_m": "Гуся Олега Павловича",
    "aliev": "Алиева Рашида Магомед оглы",
}  # fmt: skip


def flat(s: str) -> str:
    return " ".join(s.split())


def pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext"):
        return flat(
            subprocess.run(
                ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
            ).stdout.decode()
        )
    return flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


@pytest.mark.parametrize("key", [k for k, *_ in OFFICIALS])
def test_appeal_to_each_official_has_right_forms_in_pdf_and_docx(ctx, case, key):
    position, short, salutation = DAT[key]
    pdf = pdf_text(documents.render(ctx, "appeal", case.initiative_id, case.officials[key], fmt="pdf"))
    docx = flat(
        docx_text(documents.render(ctx, "appeal", case.initiative_id, case.officials[key], fmt="docx"))
    )
    for text in (pdf, docx):
        assert position in text
        assert short in text
        assert salutation in text
        assert "от Петровой Анны Сергеевны" in text
        assert "А.С. Петрова" in text
    built = documents.build_letter(ctx, "appeal", case.initiative_id, case.officials[key])
    assert built.values["addressee_full_gen"] == GEN_FULL[key]


@pytest.mark.parametrize(
    ("author", "gen", "short"),
    [
        (("Шульга", "Олег", "Викторович", None), "от Шульги Олега Викторовича", "О.В. Шульга"),
        (("Цой", "Виктор", "Робертович", None), "от Цоя Виктора Робертовича", "В.Р. Цой"),
        (("Бондаренко", "Нина", "Петровна", None), "от Бондаренко Нины Петровны", "Н.П. Бондаренко"),
        (("Сидорчук", "Оксана", "Тарасовна", "f"), "от Сидорчук Оксаны Тарасовны", "О.Т. Сидорчук"),
        (("Ёлкина", "Алёна", "Игоревна", None), "от Ёлкиной Алёны Игоревны", "А.И. Ёлкина"),
        (("Гусь", "Анна", "Павловна", None), "от Гусь Анны Павловны", "А.П. Гусь"),
        (("Гусь", "Олег", "Павлович", None), "от Гуся Олега Павловича", "О.П. Гусь"),
        (("Алиев", "Рашид", "Магомед оглы", None), "от Алиева Рашида Магомед оглы", "Р.М. Алиев"),
    ],
)
def test_author_in_genitive_in_sender_block(ctx, db, author, gen, short):
    c = make_case(db, author=author)
    data = documents.render(ctx, "appeal", c.initiative_id, c.officials["shulga"], fmt="pdf")
    text = pdf_text(data)
    assert gen in text and short in text
    assert gen in flat(
        docx_text(documents.render(ctx, "appeal", c.initiative_id, c.officials["shulga"], fmt="docx"))
    )


def test_stored_correction_wins_and_staff_override_wins_over_it(ctx, db, case):
    add_correction(
        db,
        case.officials["shulga"],
        "dat",
        position="Главе Центрального района города Перми",
        short_name="О. В. Шульге",
    )
    built = documents.build_letter(ctx, "appeal", case.initiative_id, case.officials["shulga"])
    assert built.values["addressee_position_dat"] == "Главе Центрального района города Перми"
    assert built.values["addressee_short_dat"] == "О. В. Шульге"
    assert built.values["addressee_full_dat"] == "Шульге Олегу Викторовичу"  # no correction there
    text = pdf_text(
        documents.render(
            ctx,
            "appeal",
            case.initiative_id,
            case.officials["shulga"],
            overrides={"addressee_short_dat": "Олегу Викторовичу Шульге"},
        )
    )
    assert "Олегу Викторовичу Шульге" in text and "О. В. Шульге" not in text


@pytest.mark.parametrize(
    "nasty",
    [
        'ООО "Рога & Копыта"',
        "<b>жирный</b> & <script>",
        "{{ ''.__class__ }}",
        "{% for x in range(10) %}x{% endfor %}",
        "'одинарные' «ёлочки»",
    ],
)
def test_special_characters_in_fields_come_out_literally(ctx, case, nasty):
    overrides = {"substance": f"Текст: {nasty}", "subject": nasty}
    pdf = pdf_text(
        documents.render(ctx, "appeal", case.initiative_id, case.officials["shulga"], overrides=overrides)
    )
    docx = flat(
        docx_text(
            documents.render(
                ctx, "appeal", case.initiative_id, case.officials["shulga"], overrides=overrides, fmt="docx"
            )
        )
    )
    for text in (pdf, docx):
        assert f"Текст: {flat(nasty)}" in text
        assert "<class" not in text


def test_every_builtin_template_renders_for_an_initiative(ctx, case):
    ids = [t.id for t in documents.templates(ctx)]
    assert ids[:9] == [
        "appeal",
        "collective_appeal",
        "info_request",
        "initiative_project",
        "meeting_minutes",
        "signature_sheet",
        "pd_consent",
        "press_release",
        "repeat_appeal",
    ]
    for tid in ids:
        pdf = documents.render(ctx, tid, case.initiative_id, case.officials["shulga"], fmt="pdf")
        assert pdf.startswith(b"%PDF")
        assert docx_text(documents.render(ctx, tid, case.initiative_id, case.officials["shulga"], fmt="docx"))


def test_collective_appeal_has_signature_table_of_members(ctx, case):
    text = pdf_text(documents.render(ctx, "collective_appeal", case.initiative_id, case.officials["shulga"]))
    assert "КОЛЛЕКТИВНОЕ ОБРАЩЕНИЕ" in text
    assert "Подпись" in text and "Петрова Анна Сергеевна" in text and "Гусь Анна Павловна" in text
    assert "Алиев Рашид Магомед оглы" in text


def test_initiative_project_has_b2_items_and_cofinancing_table(ctx, case):
    text = pdf_text(documents.render(ctx, "initiative_project", case.initiative_id, case.officials["shulga"]))
    for item in (
        "Описание проблемы",
        "Обоснование предложений",
        "Ожидаемый результат",
        "расчёт необходимых расходов",
        "сроки реализации",
        "трудовое участие",
        "средств местного бюджета",
        "Территория",
        "Софинансирование",
        "Источник финансирования",
        "850 000 руб.",
    ):
        assert item in text, item


def test_pd_consent_has_every_element_of_152_fz_with_operator_from_settings(ctx, case):
    text = pdf_text(documents.render(ctx, "pd_consent", case.initiative_id))
    for item in (
        "Петрова Анна Сергеевна",
        "614001, г. Пермь, ул. Мира, д. 5, кв. 7",  # subject and address
        "документ, удостоверяющий личность",
        "представитель",  # ID document, representative
        "АНО «Активные люди»",
        "614000, г. Пермь, ул. Советская, д. 10",  # the operator
        "Цель обработки",
        "Перечень персональных данных",
        "Действия с персональными данными",
        "Способы обработки",
        "Третьим лицам",
        "не более 3 лет",
        "отозвано",
        "30 дней",
        "А.С. Петрова",
    ):
        assert item in text, item


def test_repeat_appeal_cites_first_appeal_number_and_date(ctx, db, case):
    from cal_desktop.services.appeals import AppealInput, register_appeal

    first = register_appeal(
        ctx,
        AppealInput(
            sent_date=date(2026, 3, 2),
            channel="post",
            kind="proposal",
            subject="О детской площадке",
            official_id=case.officials["shulga"],
            initiative_id=case.initiative_id,
            number="ЦАЛ-2026-0001",
        ),
    )
    text = pdf_text(
        documents.render(
            ctx, "repeat_appeal", case.initiative_id, case.officials["shulga"], appeal_id=first.id
        )
    )
    # issue 13 item 5: the date the authority saw, the internal number only as «исх.», the due date
    assert "02.03.2026 мною было направлено обращение «О детской площадке» (исх. № ЦАЛ-2026-0001)" in text
    assert "ответ должен был быть дан не позднее" in text
    assert "ПОВТОРНОЕ ОБРАЩЕНИЕ" in text


def test_check_names_missing_items_and_filing_is_refused(ctx, db):
    c = make_case(db, author_address=None)
    problems = documents.check_appeal(ctx, "appeal", c.initiative_id, None, overrides={"substance": ""})
    assert "почтовый адрес для ответа" in problems
    assert "суть обращения (предложение, заявление или жалоба)" in problems
    assert any(p.startswith("адресат") for p in problems)
    with pytest.raises(ValidationError) as err:
        documents.file_document(ctx, "appeal", c.initiative_id, c.officials["shulga"], channel="post")
    assert "почтовый адрес для ответа" in str(err.value)
    with db.read() as s:
        assert s.query(Document).count() == 0 and s.query(Appeal).count() == 0
    # a draft can be saved all the same
    draft_id = document_output.save_draft(ctx, "appeal", c.initiative_id, c.officials["shulga"])
    assert documents.get_document(ctx, draft_id).is_draft
    # by e-mail an e-mail address is enough
    assert (
        documents.check_appeal(ctx, "appeal", c.initiative_id, c.officials["shulga"], channel="email") == []
    )


def test_filing_stores_document_and_registers_appeal(ctx, db, case):
    doc_id, appeal_id = documents.file_document(
        ctx,
        "appeal",
        case.initiative_id,
        case.officials["shulga"],
        overrides={"subject": "О детской площадке"},
        channel="post",
        sent_date=date(2026, 5, 4),
    )
    stored = documents.get_document(ctx, doc_id)
    assert stored.content.startswith(b"%PDF") and not stored.is_draft and stored.appeal_id == appeal_id
    assert "О детской площадке" in pdf_text(stored.content)
    with db.read() as s:
        appeal = s.get(Appeal, appeal_id)
        assert appeal.document_id == doc_id and appeal.initiative_id == case.initiative_id
        assert appeal.number == "ЦАЛ-2026-0001" and appeal.channel == "post" and appeal.kind == "proposal"
        assert appeal.due_date is not None
    assert [d.id for d in documents.list_documents(ctx, case.initiative_id)] == [doc_id]


def test_info_request_prints_its_outgoing_number_when_filed(ctx, case):
    doc_id, appeal_id = documents.file_document(
        ctx,
        "info_request",
        case.initiative_id,
        case.officials["tsoi"],
        overrides={"substance": "о плане ремонта дворов"},
        sent_date=date(2026, 5, 4),
    )
    text = pdf_text(documents.get_document(ctx, doc_id).content)
    assert "04.05.2026 № ЦАЛ-2026-0001" in text  # GOST R 7.0.97: the date before the number


def test_consent_batch_one_pdf_per_member_with_progress_and_cancel(ctx, db):
    from cal_desktop.errors import Cancelled

    c = make_case(db, extra_members=4)
    seen = []
    data = document_batches.consent_batch(ctx, c.initiative_id, progress=lambda d, t: seen.append((d, t)))
    reader = PdfReader(io.BytesIO(data))
    text = pdf_text(data)
    assert len(reader.pages) >= 5
    for name in (
        "Петрова Анна Сергеевна",
        "Гусь Анна Павловна",
        "Алиев Рашид Магомед оглы",
        "Ёлкина Алёна Игоревна",
    ):
        assert name in text
    assert seen[-1] == (5, 5)
    calls = []

    def cancel_after_two() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        document_batches.consent_batch(ctx, c.initiative_id, cancel=cancel_after_two)


def test_info_request_without_the_question_cannot_be_filed(ctx, db, case):
    """The request's letter says «Просим предоставить указанную информацию»: without the text saying
    which information, the substance of the appeal (59-FZ art. 7) is missing and filing is refused."""
    problems = documents.check_appeal(ctx, "info_request", case.initiative_id, case.officials["tsoi"])
    assert "суть запроса (какие сведения нужны)" in problems
    with pytest.raises(ValidationError) as err:
        documents.file_document(ctx, "info_request", case.initiative_id, case.officials["tsoi"])
    assert "суть запроса" in str(err.value)
    with db.read() as s:
        assert s.query(Appeal).count() == 0
    overrides = {"substance": "о плане ремонта дворов"}
    assert (
        documents.check_appeal(
            ctx, "info_request", case.initiative_id, case.officials["tsoi"], overrides=overrides
        )
        == []
    )


def test_filed_letter_shows_its_addressee_in_the_nominative_in_the_register(ctx, db, case):
    """The register lists addressees as «Глава … Иванов И.И.»; a filed letter's dative block
    («главе … О.В. Шульге») stays in the stored document, not in the register's column."""
    from cal_desktop.services import appeals

    _, appeal_id = documents.file_document(
        ctx, "appeal", case.initiative_id, case.officials["shulga"], sent_date=date(2026, 5, 4)
    )
    assert appeal_id is not None
    addressee = appeals.get_appeal(ctx, appeal_id).addressee
    assert addressee.lower().startswith("глава администрации центрального района шульга о.в.")
    row = appeals.list_appeals(ctx, appeals.AppealFilter(initiative_id=case.initiative_id))
    rows = row.items if hasattr(row, "items") else row
    assert rows[0].addressee == addressee


def test_press_release_contacts_read_well_without_the_centre_address(ctx, case):
    """A centre that gave only its phone: «ЦАЛ …: тел. …», not a line starting with a comma."""
    import dataclasses

    from cal_desktop.services.settings import get_settings, save_settings

    save_settings(ctx, dataclasses.replace(get_settings(ctx), centre_name="ЦАЛ «Северный»", address="",
                                           phone="+7 900 100-20-30"))  # fmt: skip
    text = docx_text(documents.render(ctx, "press_release", case.initiative_id, fmt="docx"))
    lines = [line.strip() for line in text.splitlines()]
    assert "ЦАЛ «Северный» (АНО «Активные люди»)" in lines and "Тел.: +7 900 100-20-30" in lines
    assert not any(line.startswith(",") for line in lines)
