from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from cal_desktop.db.models import Consultation, Document, Initiative, InitiativeMember
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import PermissionDenied
from cal_desktop.services import consultations, personal_data, visitors
from cal_desktop.services.consultations import ConsultationFilter, ConsultationInput
from cal_desktop.services.visitors import VisitorInput

NAME = "Ёлкина"
PHONE = "+79127654321"
ADDRESS = "ул. Снежная, д. 17, кв. 42"


@pytest.fixture
def person(ctx, db):
    v = visitors.create_visitor(
        ctx,
        VisitorInput(
            NAME,
            "Алёна",
            "Игоревна",
            phone=PHONE,
            email="yolkina@example.ru",
            address=ADDRESS,
            birth_date=date(1980, 3, 1),
            notes="Живёт одна",
        ),
    )
    for days in (45, 3):
        consultations.create_consultation(
            ctx,
            ConsultationInput(
                channel="in_person",
                topics=["drafting"],
                outcome="advised",
                occurred_at=datetime.now() - timedelta(days=days),
                summary=f"Ёлкина просит помочь с письмом, {ADDRESS}",
                visitor_id=v.id,
            ),
        )
    with db.session() as s:
        initiative = Initiative(
            title="Каток во дворе",
            category="sport",
            status="idea",
            created_on=date.today(),
            search_text="каток во дворе",
        )
        s.add(initiative)
        s.flush()
        s.add(
            InitiativeMember(
                initiative_id=initiative.id, visitor_id=v.id, role="author", added_on=date.today()
            )
        )
        s.add(
            Document(
                template_id="appeal",
                title="Обращение",
                format="pdf",
                filename="obr.pdf",
                content=f"%PDF {NAME} {ADDRESS}".encode(),
                created_on=date.today(),
                initiative_id=initiative.id,
            )
        )
    return v


def test_withdrawal_puts_person_on_the_list_with_30_day_deadline(ctx, person):
    withdrawn = date.today() - timedelta(days=31)
    assert personal_data.record_withdrawal(ctx, person.id, withdrawn) == withdrawn + timedelta(days=30)
    [candidate] = personal_data.erasure_candidates(ctx)
    assert candidate.visitor_id == person.id and candidate.reason == "withdrawn"
    assert candidate.overdue


def test_retention_period_lists_inactive_people(ctx, db, person):
    assert personal_data.erasure_candidates(ctx) == []  # active recently
    later = date.today() + timedelta(days=3 * 366 + 10)
    [candidate] = personal_data.erasure_candidates(ctx, as_of=later)
    assert candidate.reason == "retention" and candidate.since == date.today()


def test_anonymisation_leaves_no_trace_in_the_file_and_keeps_statistics(ctx, db, db_path, person):
    before = consultations.count_consultations(
        ctx, ConsultationFilter(date_from=date.today() - timedelta(days=60))
    )
    personal_data.anonymise_visitor(ctx, person.id)
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    for secret in (
        NAME,
        "елкина",
        "алена",
        "Алёна",
        "Игоревна",
        PHONE,
        "9127654321",
        "yolkina",
        "Снежная",
        "Живёт одна",
    ):
        assert secret.encode() not in raw, secret
    assert (
        consultations.count_consultations(
            ctx, ConsultationFilter(date_from=date.today() - timedelta(days=60))
        )
        == before
    )
    with db.read() as s:
        assert s.scalar(select(Consultation.visitor_id).limit(1)) == person.id  # still counted as a visitor
        assert s.scalar(select(Document.content)) == b""
    assert visitors.search_visitors(ctx, "елкина") == []


def test_subject_export_and_roles(ctx, person, make_ctx):
    data = personal_data.subject_data(ctx, person.id)
    assert data["субъект"]["фамилия"] == NAME
    assert len(data["консультации"]) == 2 and data["инициативы"][0]["роль"] == "author"
    assert b"\xd0\x81\xd0\xbb\xd0\xba\xd0\xb8\xd0\xbd\xd0\xb0" in personal_data.subject_data_json(
        ctx, person.id
    )  # Ёлкина
    with pytest.raises(PermissionDenied):
        personal_data.subject_data(make_ctx(Role.STAFF), person.id)
    with pytest.raises(PermissionDenied):
        personal_data.anonymise_visitor(make_ctx(Role.COORDINATOR), person.id)
