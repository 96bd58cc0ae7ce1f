"""The register of appeals: numbering, the stored due date, events, states in SQL, alerts, overrides."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Appeal, AuditEntry, Initiative, Official, Organisation, Setting
from cal_desktop.domain.vocab import AppealEventKind, AppealState, Role
from cal_desktop.errors import Conflict, NotFound, PermissionDenied, ValidationError
from cal_desktop.services import appeals as svc
from cal_desktop.services import calendar as cal_svc
from cal_desktop.services.appeals import AppealFilter, AppealInput
from cal_desktop.services.context import ServiceContext

AS_OF = date(2026, 6, 20)


@pytest.fixture
def org_id(db: Database) -> int:
    with db.session() as s:
        org = Organisation(
            kind="authority",
            name="Администрация Центрального района",
            name_norm="администрация центрального района",
            search_text="администрация",
        )
        s.add(org)
        s.flush()
        s.add(
            Official(
                organisation_id=org.id,
                position="Глава администрации",
                last_name="Иванов",
                first_name="Иван",
                middle_name="Иванович",
                search_text="иванов",
            )
        )
        return org.id


@pytest.fixture
def other_org_id(db: Database) -> int:
    with db.session() as s:
        org = Organisation(
            kind="authority", name="Управление ЖКХ", name_norm="управление жкх", search_text="жкх"
        )
        s.add(org)
        s.flush()
        return org.id


@pytest.fixture
def official_id(db: Database, org_id: int) -> int:
    with db.read() as s:
        return s.scalar(select(Official.id).where(Official.organisation_id == org_id))  # type: ignore[return-value]


@pytest.fixture
def initiative_id(db: Database) -> int:
    with db.session() as s:
        ini = Initiative(
            title="Детская площадка во дворе",
            category="improvement",
            status="appealing",
            created_on=date(2026, 3, 1),
            search_text="детская площадка",
        )
        s.add(ini)
        s.flush()
        return ini.id


def register(ctx: ServiceContext, **kw: object) -> svc.AppealDTO:
    data = {"sent_date": date(2026, 4, 29), "channel": "email", **kw}
    return svc.register_appeal(ctx, AppealInput(**data))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ registering


def test_register_numbers_from_the_settings_pattern_per_year(ctx: ServiceContext, official_id: int) -> None:
    first = register(ctx, official_id=official_id)
    second = register(ctx, official_id=official_id)
    next_year = register(ctx, sent_date=date(2025, 12, 30))
    assert first.number == "ЦАЛ-2026-0001"
    assert second.number == "ЦАЛ-2026-0002"
    assert next_year.number == "ЦАЛ-2025-0001"
    assert first.addressee == "Глава администрации Иванов И.И., Администрация Центрального района"
    assert first.organisation_id is not None  # taken from the official


def test_generated_number_skips_one_already_taken(ctx: ServiceContext) -> None:
    register(ctx, number="ЦАЛ-2026-0001")
    assert register(ctx).number == "ЦАЛ-2026-0002"


def test_duplicate_number_is_a_conflict_in_russian(ctx: ServiceContext) -> None:
    register(ctx, number="15/2026")
    with pytest.raises(Conflict, match="«15/2026» уже есть"):
        register(ctx, number="15/2026")


def test_estimated_registration_and_due_date_are_stored(ctx: ServiceContext, db: Database) -> None:
    a = register(ctx)  # e-mail on 29.04.2026: R = 02.05 (estimate), D = 01.06
    assert a.registration_date == date(2026, 5, 2)
    assert a.registration_estimated
    assert a.due_date == date(2026, 6, 1)
    with db.read() as s:
        assert s.get(Appeal, a.id).due_date == date(2026, 6, 1)  # type: ignore[union-attr]


def test_post_uses_the_delivery_days_setting(ctx: ServiceContext, db: Database) -> None:
    a = register(ctx, channel="почта", sent_date=date(2026, 4, 1))
    assert a.registration_date == date(2026, 4, 11)  # 1.04 + 7 + 3
    with db.session() as s:
        s.add(Setting(key="post_delivery_days", value="10"))
    b = register(ctx, channel="post", sent_date=date(2026, 4, 1))
    assert b.registration_date == date(2026, 4, 14)


def test_validation_names_fields_in_russian(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as err:
        register(
            ctx,
            channel="голубиная почта",
            registration_date=date(2026, 4, 1),
            answer_date=date(2026, 4, 2),
            answer_outcome="чудо",
        )
    message = str(err.value)
    assert "Канал: неизвестное значение «голубиная почта»" in message
    assert "Дата регистрации: не может быть раньше даты отправки (29.04.2026)" in message
    assert "Дата ответа: не может быть раньше даты отправки" in message
    assert "Итог: неизвестное значение «чудо»" in message


def test_future_sent_date_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError, match="Дата отправки: дата не может быть в будущем"):
        register(ctx, sent_date=date.today() + timedelta(days=3))


def test_missing_links_are_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        register(ctx, organisation_id=9999)


def test_journal_row_with_every_fact(ctx: ServiceContext) -> None:
    """What the A4 import passes: registration, extension until, answer date and outcome."""
    a = register(
        ctx,
        number="7",
        registration_number="Вх-12",
        registration_date=date(2026, 5, 13),
        extended_until=date(2026, 7, 10),
        answer_date=date(2026, 7, 13),
        answer_outcome="отказ",
    )
    assert a.due_date == date(2026, 7, 10)
    assert a.state is AppealState.ANSWERED_LATE
    assert [e.kind for e in a.events] == [
        AppealEventKind.SENT,
        AppealEventKind.REGISTERED,
        AppealEventKind.EXTENDED,
        AppealEventKind.ANSWERED,
    ]


def test_private_twin_composes_in_one_transaction(ctx: ServiceContext, db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        svc._register_appeal(s, ctx, AppealInput(sent_date=date(2026, 5, 4), channel="portal"))
        raise RuntimeError("the import failed later")
    assert svc.list_appeals(ctx).total == 0


# ------------------------------------------------------------------------------------ events


def test_registration_extension_answer_change_due_date_and_state(ctx: ServiceContext) -> None:
    a = register(ctx)
    assert svc.get_appeal(ctx, a.id, as_of=date(2026, 5, 20)).state is AppealState.WAITING
    a = svc.record_registration(ctx, a.id, "01-15/123", date(2026, 5, 13))
    assert (a.registration_date, a.registration_estimated, a.due_date) == (
        date(2026, 5, 13),
        False,
        date(2026, 6, 15),
    )
    assert svc.get_appeal(ctx, a.id, as_of=date(2026, 6, 12)).state is AppealState.DUE_SOON
    a = svc.record_extension(ctx, a.id, date(2026, 6, 10))
    assert a.due_date == date(2026, 7, 13)  # 13.05 + 60 = 12.07, a Sunday
    assert svc.get_appeal(ctx, a.id, as_of=date(2026, 6, 20)).state is AppealState.WAITING
    a = svc.record_extension(ctx, a.id, date(2026, 6, 10), date(2026, 7, 1))
    assert a.due_date == date(2026, 7, 1)
    a = svc.record_answer(
        ctx,
        a.id,
        date(2026, 6, 30),
        "Площадку установят в августе",
        "решено положительно",
        [("ответ.pdf", "application/pdf", b"%PDF-1.4 scan")],
    )
    assert a.state is AppealState.ANSWERED
    assert a.attachments[0].filename == "ответ.pdf"
    assert svc.get_scan(ctx, a.attachments[0].id).content == b"%PDF-1.4 scan"
    kinds = [e.kind for e in a.events]
    assert kinds == [
        AppealEventKind.SENT,
        AppealEventKind.REGISTERED,
        AppealEventKind.EXTENDED,
        AppealEventKind.EXTENDED,
        AppealEventKind.ANSWERED,
    ]
    assert a.events[-1].details == "Решено положительно. Площадку установят в августе"


def test_late_answer(ctx: ServiceContext) -> None:
    a = register(ctx)
    a = svc.record_answer(ctx, a.id, date(2026, 6, 2), None, "разъяснение")
    assert a.state is AppealState.ANSWERED_LATE


def test_answer_validation(ctx: ServiceContext) -> None:
    a = register(ctx)
    with pytest.raises(ValidationError) as err:
        svc.record_answer(
            ctx, a.id, date(2026, 4, 1), None, "", [("x.exe", "application/x-msdownload", b"MZ")]
        )
    assert err.value.for_field("answer_date") == "не может быть раньше даты отправки (29.04.2026)"
    assert err.value.for_field("answer_outcome") == "обязательное поле"
    assert "допустимы PDF и изображения" in (err.value.for_field("scan") or "")
    assert svc.get_appeal(ctx, a.id).answer_date is None  # nothing half-written


def test_no_extension_after_the_answer(ctx: ServiceContext) -> None:
    a = register(ctx)
    svc.record_answer(ctx, a.id, date(2026, 5, 20), None, "отказ")
    with pytest.raises(ValidationError, match="ответ уже получен 20.05.2026"):
        svc.record_extension(ctx, a.id, date(2026, 5, 25))


def test_forwarding_restarts_the_clock(ctx: ServiceContext, org_id: int, other_org_id: int) -> None:
    a = register(ctx, organisation_id=org_id, registration_date=date(2026, 5, 4), registration_number="1")
    a = svc.record_extension(ctx, a.id, date(2026, 5, 10))
    a = svc.record_forwarding(ctx, a.id, other_org_id, date(2026, 5, 12))
    # estimated new registration 15.05; D = 14.06 (Sunday) -> 15.06; the first body's extension is gone
    assert (a.registration_date, a.registration_estimated) == (date(2026, 5, 15), True)
    assert a.due_date == date(2026, 6, 15)
    assert not a.extended
    assert a.forwarded_to == "Управление ЖКХ"
    with pytest.raises(ValidationError, match="не может быть раньше даты переадресации"):
        svc.record_registration(ctx, a.id, "2", date(2026, 5, 11))
    a = svc.record_registration(ctx, a.id, "ЖКХ-77", date(2026, 5, 18))
    assert (a.registration_date, a.due_date) == (date(2026, 5, 18), date(2026, 6, 17))
    # the first body's registration stays in the timeline
    regs = [e.details for e in a.events if e.kind is AppealEventKind.REGISTERED]
    assert regs == ["Рег. № 1", "Рег. № ЖКХ-77"]
    assert svc.list_appeals(ctx, AppealFilter(organisation_id=other_org_id)).total == 1


def test_every_write_is_audited(ctx: ServiceContext, db: Database) -> None:
    a = register(ctx)
    svc.record_registration(ctx, a.id, None, date(2026, 5, 1))
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "appeal")))
    assert actions == ["create", "register"]


def test_initiative_timeline_shows_appeal_events(ctx: ServiceContext, initiative_id: int) -> None:
    a = register(ctx, initiative_id=initiative_id)
    register(ctx)  # not linked
    svc.record_registration(ctx, a.id, "5", date(2026, 5, 1))
    events = svc.initiative_appeal_events(ctx, initiative_id)
    assert [(e.appeal_number, e.kind, e.event_date) for e in events] == [
        (a.number, AppealEventKind.SENT, date(2026, 4, 29)),
        (a.number, AppealEventKind.REGISTERED, date(2026, 5, 1)),
    ]


# ------------------------------------------------------------------------------ lists and alerts


@pytest.fixture
def register_of_five(ctx: ServiceContext) -> dict[str, int]:
    """Five appeals whose states on 20.06.2026 are known."""
    ids = {
        "overdue": register(ctx, registration_date=date(2026, 5, 2)).id,  # D 01.06
        "due_soon": register(ctx, registration_date=date(2026, 5, 24)).id,  # D 23.06
        "waiting": register(ctx, sent_date=date(2026, 6, 10)).id,  # R 13.06, D 13.07
        "answered": register(ctx, registration_date=date(2026, 5, 2), answer_date=date(2026, 5, 30)).id,
        "answered_late": register(ctx, registration_date=date(2026, 5, 2), answer_date=date(2026, 6, 5)).id,
    }
    return ids


@pytest.mark.parametrize("state", ["overdue", "due_soon", "waiting", "answered", "answered_late"])
def test_list_filters_by_state_in_sql(
    ctx: ServiceContext, register_of_five: dict[str, int], state: str
) -> None:
    page = svc.list_appeals(ctx, AppealFilter(state=state, as_of=AS_OF))
    assert [r.id for r in page.items] == [register_of_five[state]]
    assert page.items[0].state == AppealState(state)


def test_list_paging_text_and_dates(ctx: ServiceContext, org_id: int) -> None:
    for i in range(7):
        register(
            ctx,
            sent_date=date(2026, 4, 1) + timedelta(days=i),
            organisation_id=org_id if i % 2 else None,
            subject=f"Обращение {i}",
        )
    page = svc.list_appeals(ctx, AppealFilter(), offset=0, limit=3)
    assert page.total == 7 and len(page.items) == 3
    assert page.items[0].sent_date == date(2026, 4, 7)  # newest first
    assert svc.list_appeals(ctx, AppealFilter(text="центрального")).total == 3
    assert (
        svc.list_appeals(ctx, AppealFilter(sent_from=date(2026, 4, 3), sent_to=date(2026, 4, 4))).total == 2
    )
    assert svc.list_appeals(ctx, AppealFilter(channel="портал")).total == 0
    by_due = svc.list_appeals(ctx, order="due", limit=100).items
    assert [r.due_date for r in by_due] == sorted(r.due_date for r in by_due)


def test_alerts_and_newly_overdue(ctx: ServiceContext, register_of_five: dict[str, int]) -> None:
    due_soon, overdue = svc.alerts(ctx, AS_OF)
    assert [r.id for r in due_soon] == [register_of_five["due_soon"]]
    assert [r.id for r in overdue] == [register_of_five["overdue"]]
    # last open on 24.06: the due-soon one (D 23.06) was already overdue then, so nothing is new on 25.06
    assert svc.newly_overdue_since(ctx, date(2026, 6, 24), date(2026, 6, 25)) == []
    # last open on 20.06: on 25.06 the due-soon one became overdue
    new = svc.newly_overdue_since(ctx, AS_OF, date(2026, 6, 25))
    assert [r.id for r in new] == [register_of_five["due_soon"]]
    assert len(svc.newly_overdue_since(ctx, None, date(2026, 6, 25))) == 2


def test_due_report_lists_open_appeals_as_of(ctx: ServiceContext, register_of_five: dict[str, int]) -> None:
    rows = svc.due_report(ctx, AS_OF)
    assert [r.id for r in rows] == [register_of_five[k] for k in ("overdue", "due_soon", "waiting")]
    assert [r.state for r in rows] == [AppealState.OVERDUE, AppealState.DUE_SOON, AppealState.WAITING]
    # on 31.05 the late-answered one was still open, and the one sent on 10.06 not yet sent
    earlier = {r.id for r in svc.due_report(ctx, date(2026, 5, 31))}
    assert register_of_five["answered_late"] in earlier
    assert register_of_five["waiting"] not in earlier


# ------------------------------------------------------------------------ calendar overrides


def test_override_recomputes_stored_due_dates(ctx: ServiceContext) -> None:
    a = register(ctx, registration_date=date(2026, 5, 2))  # D 01.06
    change = cal_svc.set_override(ctx, date(2026, 6, 1), True, "региональный праздник")
    assert change.appeals_recomputed == 1
    assert svc.get_appeal(ctx, a.id).due_date == date(2026, 6, 2)
    assert svc.list_appeals(ctx, AppealFilter(state="due_soon", as_of=date(2026, 6, 2))).total == 1
    assert cal_svc.list_overrides(ctx, 2026)[0].note == "региональный праздник"
    cal_svc.remove_override(ctx, date(2026, 6, 1))
    assert svc.get_appeal(ctx, a.id).due_date == date(2026, 6, 1)
    assert cal_svc.list_overrides(ctx) == []


def test_override_restoring_a_working_day(ctx: ServiceContext) -> None:
    a = register(ctx, registration_date=date(2026, 5, 13))  # D 12.06 holiday -> 15.06
    cal_svc.set_override(ctx, date(2026, 6, 12), False, "исправление")
    assert svc.get_appeal(ctx, a.id).due_date == date(2026, 6, 12)


def test_overrides_need_a_coordinator(make_ctx) -> None:  # type: ignore[no-untyped-def]
    staff = make_ctx(Role.STAFF)
    with pytest.raises(PermissionDenied):
        cal_svc.set_override(staff, date(2026, 6, 1), True)
    coordinator = make_ctx(Role.COORDINATOR)
    assert cal_svc.set_override(coordinator, date(2026, 6, 1), True).override is not None


def test_recompute_after_delivery_days_change(ctx: ServiceContext, db: Database) -> None:
    a = register(ctx, channel="post", sent_date=date(2026, 4, 1))  # R 11.04, D 11.05 -> 12.05
    with db.session() as s:
        s.add(Setting(key="post_delivery_days", value=json.dumps(3)))
        assert svc.recompute_due_dates(s) == 1
    assert svc.get_appeal(ctx, a.id).due_date == date(2026, 5, 7)  # R 07.04 + 30


def test_update_corrects_the_letter_and_recomputes_the_due_date(ctx: ServiceContext, db: Database) -> None:
    a = register(ctx, number="1", subject="Старая тема")  # e-mail 29.04: D 01.06
    b = register(ctx, number="2")
    fixed = svc.update_appeal(
        ctx, a.id, AppealInput(sent_date=date(2026, 4, 20), channel="post", number="1", subject="Новая тема")
    )
    # post 20.04 + 7 + 3 = 30.04; + 30 = 30.05 (Saturday) -> 01.06
    assert (fixed.registration_date, fixed.due_date, fixed.subject) == (
        date(2026, 4, 30),
        date(2026, 6, 1),
        "Новая тема",
    )
    with pytest.raises(Conflict):
        svc.update_appeal(ctx, b.id, AppealInput(sent_date=date(2026, 4, 29), channel="email", number="1"))
    svc.record_answer(ctx, a.id, date(2026, 5, 5), None, "отказ")
    with pytest.raises(ValidationError, match="Дата отправки: позже даты: дата ответа"):
        svc.update_appeal(ctx, a.id, AppealInput(sent_date=date(2026, 5, 10), channel="post"))
    with db.read() as s:
        assert s.scalar(select(AuditEntry.details).where(AuditEntry.action == "update")) is not None
