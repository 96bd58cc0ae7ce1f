from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cal_desktop.db.models import AuditEntry, InitiativeStatusChange
from cal_desktop.domain.vocab import Category, InitiativeStatus, MemberRole, OutOfScopeReason
from cal_desktop.errors import CalError, Conflict, ValidationError
from cal_desktop.services import consultations, directory, initiatives, territories, visitors
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.directory import OrganisationInput
from cal_desktop.services.initiatives import InitiativeFilter, InitiativeInput
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def author(ctx):
    return visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", "Сергеевна", phone="+79120000001")).id


def _new(ctx, author, title="Детская площадка во дворе", **kw):
    return initiatives.create_initiative(
        ctx, InitiativeInput(title, kw.pop("category", "благоустройство"), **kw), author
    )


def test_create_gives_author_and_first_history_row(ctx, author):
    card = _new(ctx, author, address="ул. Ленина, 5")
    assert card.status == InitiativeStatus.IDEA
    assert card.category == Category.IMPROVEMENT
    assert [(m.full_name, m.role) for m in card.members] == [("Петрова Анна Сергеевна", MemberRole.AUTHOR)]
    assert len(card.timeline) == 1
    first = card.timeline[0]
    assert first.from_status is None and first.to_status == InitiativeStatus.IDEA
    assert first.staff_name == "Иванова Мария Петровна"
    assert card.staff_name == "Иванова Мария Петровна"
    assert card.created_on == date.today()


def test_validation_names_fields_and_saves_nothing(ctx, author):
    with pytest.raises(ValidationError) as err:
        initiatives.create_initiative(ctx, InitiativeInput("", "космос", territory_id=999), author)
    assert err.value.for_field("title") == "обязательное поле"
    assert "космос" in (err.value.for_field("category") or "")
    assert err.value.for_field("territory_id")
    with pytest.raises(ValidationError) as err:
        initiatives.create_initiative(ctx, InitiativeInput("Идея", "ЖКХ"), 12345)
    assert err.value.for_field("author_id")
    assert initiatives.list_initiatives(ctx).total == 0


def test_create_from_consultation_links_it_and_makes_the_visitor_author(ctx, author):
    district = territories.create_territory(ctx, "Северный район")
    visitors.update_visitor(ctx, author, VisitorInput("Петрова", "Анна", "Сергеевна", territory_id=district))
    row = consultations.create_consultation(
        ctx,
        ConsultationInput(
            "in_person", ["info_search"], "advised", summary="Нет скамеек у подъезда", visitor_id=author
        ),
    )
    card = initiatives.create_from_consultation(
        ctx, row.id, InitiativeInput("Скамейки у подъездов", "improvement")
    )
    assert card.members[0].visitor_id == author and card.members[0].role == MemberRole.AUTHOR
    assert card.description == "Нет скамеек у подъезда"
    assert card.territory == "Северный район"
    assert [c.id for c in card.consultations] == [row.id] and card.consultations_total == 1
    assert consultations.get_consultation(ctx, row.id).initiative_id == card.id
    with pytest.raises(Conflict):
        initiatives.create_from_consultation(ctx, row.id, InitiativeInput("Ещё", "improvement"))

    anonymous = consultations.create_consultation(ctx, ConsultationInput("phone", ["other"], "advised"))
    with pytest.raises(ValidationError) as err:
        initiatives.create_from_consultation(ctx, anonymous.id, InitiativeInput("Идея", "other"))
    assert err.value.for_field("author_id")
    assert initiatives.list_initiatives(ctx).total == 1


def test_status_pipeline_with_history_decline_needs_reason_done_needs_result(ctx, author):
    card = _new(ctx, author)
    for status in ("shaping", "gathering", "обращение к властям"):
        card = initiatives.change_status(ctx, card.id, status, comment=f"шаг {status}")
    assert card.status == InitiativeStatus.APPEALING
    assert [(c.from_status, c.to_status) for c in card.timeline] == [
        (None, InitiativeStatus.IDEA),
        (InitiativeStatus.IDEA, InitiativeStatus.SHAPING),
        (InitiativeStatus.SHAPING, InitiativeStatus.GATHERING),
        (InitiativeStatus.GATHERING, InitiativeStatus.APPEALING),
    ]
    assert card.timeline[-1].comment == "шаг обращение к властям"

    with pytest.raises(ValidationError) as err:
        initiatives.change_status(ctx, card.id, "declined", comment="не наш профиль")
    assert err.value.errors[0].label == "Причина отказа"
    with pytest.raises(ValidationError) as err:
        initiatives.change_status(ctx, card.id, "done")
    assert err.value.for_field("result_summary")
    with pytest.raises(ValidationError):
        initiatives.change_status(ctx, card.id, "appealing")
    assert len(initiatives.get_initiative(ctx, card.id).timeline) == 4  # nothing half-written

    card = initiatives.change_status(ctx, card.id, "done", result_summary="Площадку установили")
    assert card.success_story and card.result_summary == "Площадку установили"
    with pytest.raises(ValidationError) as err:
        initiatives.change_status(ctx, card.id, "implementing")
    assert err.value.for_field("comment")
    card = initiatives.change_status(ctx, card.id, "implementing", comment="Нужно доделать ограждение")
    assert not card.success_story

    card = initiatives.change_status(ctx, card.id, "declined", reason="выборы", comment="агитация")
    assert card.decline_reason == OutOfScopeReason.ELECTIONS_POLITICS
    assert card.timeline[-1].reason == OutOfScopeReason.ELECTIONS_POLITICS
    with ctx.db.read() as s:
        rows = s.scalars(
            select(InitiativeStatusChange).where(InitiativeStatusChange.initiative_id == card.id)
        ).all()
        assert all(r.changed_on == date.today() and r.staff_id == ctx.actor.staff_id for r in rows)


def test_members_at_least_one_author(ctx, author):
    card = _new(ctx, author)
    helper = visitors.create_visitor(ctx, VisitorInput("Сидоров", "Павел")).id
    m = initiatives.add_member(ctx, card.id, helper, "сторонник")
    assert m.role == MemberRole.SUPPORTER and m.added_on == date.today()
    with pytest.raises(Conflict):
        initiatives.add_member(ctx, card.id, helper, "volunteer")
    author_member = initiatives.list_members(ctx, card.id)[0]
    assert author_member.role == MemberRole.AUTHOR
    with pytest.raises(ValidationError):
        initiatives.remove_member(ctx, author_member.id)
    with pytest.raises(ValidationError):
        initiatives.change_member_role(ctx, author_member.id, "supporter")
    initiatives.change_member_role(ctx, m.id, "author")
    initiatives.change_member_role(ctx, author_member.id, "co_author")
    assert {(x.full_name, x.role) for x in initiatives.list_members(ctx, card.id)} == {
        ("Сидоров Павел", MemberRole.AUTHOR),
        ("Петрова Анна Сергеевна", MemberRole.CO_AUTHOR),
    }
    assert initiatives.supporters_added(ctx, date.today(), date.today()) == 0
    v = visitors.create_visitor(ctx, VisitorInput("Волков", "Илья")).id
    initiatives.add_member(ctx, card.id, v, "volunteer")
    assert initiatives.supporters_added(ctx, date.today().replace(day=1), date.today()) == 1


def test_list_filters_in_sql_and_board_counts(ctx, author, make_ctx):
    city = territories.create_territory(ctx, "Город", "settlement")
    north = territories.create_territory(ctx, "Северный", "district", city)
    yard = territories.create_territory(ctx, "Двор Ленина 5", "yard", north)
    south = territories.create_territory(ctx, "Южный", "district", city)
    other = make_ctx()
    a = _new(ctx, author, "Скамейки во дворе", territory_id=yard, address="ул. Ленина, 5")
    b = _new(ctx, author, "Ёлка на площади", category="culture_leisure", territory_id=south)
    c = _new(other, author, "Ремонт дороги", category="roads_transport", territory_id=north)
    initiatives.change_status(ctx, b.id, "withdrawn")

    def ids(**kw):
        return {x.id for x in initiatives.list_initiatives(ctx, InitiativeFilter(**kw)).items}

    assert ids(territory_id=north) == {a.id, c.id}
    assert ids(territory_id=city) == {a.id, b.id, c.id}
    assert ids(text="елка") == {b.id}
    assert ids(text="ленина") == {a.id}
    assert ids(category="дороги и транспорт") == {c.id}
    assert ids(staff_id=other.actor.staff_id) == {c.id}
    assert ids(open=True) == {a.id, c.id}
    assert ids(open=False) == {b.id}
    assert ids(statuses=["idea"], territory_id=north) == {a.id, c.id}
    page = initiatives.list_initiatives(ctx, offset=0, limit=2)
    assert page.total == 3 and len(page.items) == 2
    assert page.items[0].authors == "Петрова А.С."
    counts = initiatives.board_counts(ctx)
    assert counts[InitiativeStatus.IDEA] == 2 and counts[InitiativeStatus.WITHDRAWN] == 1
    assert counts[InitiativeStatus.DONE] == 0 and len(counts) == len(InitiativeStatus)
    board = initiatives.board(ctx, InitiativeFilter(territory_id=north))
    assert {x.id for x in board[InitiativeStatus.IDEA]} == {a.id, c.id}
    assert board[InitiativeStatus.WITHDRAWN] == []


def test_card_lists_resources_partners_publications_next_step(ctx, author, db):
    card = _new(ctx, author)
    need = initiatives.add_resource(ctx, card.id, "Краски и кисти")
    initiatives.set_resource_found(ctx, need.id)
    partner = directory.create_organisation(ctx, OrganisationInput("partner", "Строймаркет"))
    media = directory.create_organisation(ctx, OrganisationInput("media", "Вечерний город"))
    initiatives.add_partner(ctx, card.id, partner.id, "краска")
    with pytest.raises(Conflict):
        initiatives.add_partner(ctx, card.id, partner.id)
    with pytest.raises(ValidationError):
        initiatives.add_publication(ctx, card.id, "Статья", media_id=partner.id)
    initiatives.add_publication(
        ctx, card.id, "Во дворе появится площадка", media_id=media.id, published_on=date.today()
    )
    due = date.today() + timedelta(days=3)
    initiatives.set_next_step(ctx, card.id, "Собрать подписи соседей", due)
    with pytest.raises(ValidationError):
        initiatives.set_next_step(ctx, card.id, "", due)
    card = initiatives.get_initiative(ctx, card.id)
    assert [(r.resource, r.found) for r in card.resources] == [("Краски и кисти", True)]
    assert [(p.name, p.contribution) for p in card.partners] == [("Строймаркет", "краска")]
    assert [(p.title, p.media_name) for p in card.publications] == [
        ("Во дворе появится площадка", "Вечерний город")
    ]
    assert (card.next_step, card.next_step_date) == ("Собрать подписи соседей", due)
    assert card.documents == [] and card.appeals == []
    follow = consultations.follow_ups_due(ctx, as_of=due)
    assert any(f.kind == "initiative" and f.id == card.id for f in follow)
    with db.read() as s:
        entities = [a.entity for a in s.scalars(select(AuditEntry))]
    for e in ("initiative", "initiative_resource", "initiative_partner", "publication"):
        assert e in entities, e


def test_card_lists_documents_and_appeals(ctx, author, db):
    from cal_desktop.db.models import Appeal, Document

    card = _new(ctx, author)
    with db.session() as s:
        s.add(
            Document(
                template_id="appeal",
                title="Обращение о площадке",
                format="pdf",
                filename="a.pdf",
                content=b"%PDF",
                created_on=date(2026, 3, 1),
                initiative_id=card.id,
            )
        )
        s.add(
            Appeal(
                number="12/2026",
                sent_date=date(2026, 3, 2),
                channel="post",
                initiative_id=card.id,
                addressee_text="Главе администрации",
            )
        )
    card = initiatives.get_initiative(ctx, card.id)
    assert [(d.title, d.template_id, d.created_on) for d in card.documents] == [
        ("Обращение о площадке", "appeal", date(2026, 3, 1))
    ]
    assert [(a.number, a.sent_date, a.addressee_text, a.answer_date) for a in card.appeals] == [
        ("12/2026", date(2026, 3, 2), "Главе администрации", None)
    ]


def test_success_stories_for_the_network_hold_no_personal_data(ctx, author):
    district = territories.create_territory(ctx, "Северный район")
    card = _new(ctx, author, territory_id=district)
    initiatives.change_status(ctx, card.id, "done", result_summary="Площадку установили")
    other = _new(ctx, author, "Не завершена")
    stories = initiatives.success_stories(ctx, date.today().replace(day=1), date.today())
    assert [(s.id, s.title, s.territory, s.result_summary, s.done_on) for s in stories] == [
        (card.id, "Детская площадка во дворе", "Северный район", "Площадку установили", date.today())
    ]
    assert other.id not in [s.id for s in stories]
    assert "Петрова" not in repr(stories)
    assert initiatives.success_stories(ctx, date(2000, 1, 1), date(2000, 12, 31)) == []


def test_list_stays_fast_with_20000_initiatives(ctx, author, db):
    import time

    from cal_desktop.db.models import Initiative, InitiativeMember

    city = territories.create_territory(ctx, "Город", "settlement")
    north = territories.create_territory(ctx, "Северный", "district", city)
    statuses = [s.value for s in InitiativeStatus]
    with db.session() as s:
        s.execute(
            Initiative.__table__.insert(),
            [
                {
                    "title": f"Инициатива {n}",
                    "category": "improvement",
                    "status": statuses[n % 9],
                    "territory_id": north if n % 2 else city,
                    "created_on": date(2025, 1, 1) + timedelta(days=n % 400),
                    "search_text": f"инициатива {n}",
                    "success_story": False,
                    "staff_id": ctx.actor.staff_id,
                }
                for n in range(20000)
            ],
        )
        s.execute(
            InitiativeMember.__table__.insert(),
            [
                {"initiative_id": n + 1, "visitor_id": author, "role": "author", "added_on": date(2025, 1, 1)}
                for n in range(20000)
            ],
        )
    started = time.perf_counter()
    page = initiatives.list_initiatives(
        ctx, InitiativeFilter(territory_id=north, open=True, text="инициатива 1")
    )
    counts = initiatives.board_counts(ctx, InitiativeFilter(territory_id=city))
    elapsed = time.perf_counter() - started
    assert page.total > 0 and len(page.items) == 50
    assert sum(counts.values()) == 20000
    assert elapsed < 1.0, elapsed


def test_card_shows_appeal_events_and_due_state(ctx, db):
    from datetime import date as _date

    from cal_desktop.services import appeals
    from cal_desktop.services.appeals import AppealInput

    author = visitors.create_visitor(ctx, visitors.VisitorInput("Гусь", "Анна", "Павловна"))
    card = initiatives.create_initiative(
        ctx,
        initiatives.InitiativeInput(title="Скамейки у школы", category="improvement"),
        author_id=author.id,
    )
    a = appeals.register_appeal(
        ctx,
        AppealInput(
            sent_date=_date(2026, 5, 2), channel="email", addressee_text="Глава", initiative_id=card.id
        ),
    )
    appeals.record_registration(ctx, a.id, "123-О", _date(2026, 5, 2))
    shown = initiatives.get_initiative(ctx, card.id)
    assert [e.kind.value for e in shown.appeal_events] == ["sent", "registered"]
    assert shown.appeals[0].due_date == _date(2026, 6, 1)
    assert shown.appeals[0].state is not None and shown.appeals[0].state.value == "overdue"


def test_created_declined_carries_its_reason_in_the_history(ctx, db, author):
    """An imported «отклонена» initiative: the reason is on the initiative and on its first history row."""
    with db.session() as s:
        declined = initiatives._create_initiative(
            s,
            ctx,
            InitiativeInput("Деньги на ремонт подъезда", "housing"),
            author,
            status="отклонена",
            created_on=date(2025, 3, 1),
            decline_reason="просьба о финансовой/материальной помощи",
        )
        unknown = initiatives._create_initiative(
            s, ctx, InitiativeInput("Без причины", "other"), author, status="declined"
        )
    card = initiatives.get_initiative(ctx, declined)
    assert card.decline_reason == OutOfScopeReason.FINANCIAL_AID
    assert [(h.to_status, h.reason) for h in card.timeline] == [
        (InitiativeStatus.DECLINED, OutOfScopeReason.FINANCIAL_AID)
    ]
    # the file gave none: «другое», never a decline without a reason
    assert initiatives.get_initiative(ctx, unknown).timeline[0].reason == OutOfScopeReason.OTHER
    assert initiatives.get_initiative(ctx, unknown).decline_reason == OutOfScopeReason.OTHER


def test_created_with_a_reason_but_not_declined_or_an_unknown_reason_is_refused(ctx, db, author):
    for status, reason in (("idea", "other"), ("declined", "лень")):
        with pytest.raises(ValidationError) as err, db.session() as s:
            initiatives._create_initiative(
                s, ctx, InitiativeInput("Идея", "other"), author, status=status, decline_reason=reason
            )
        assert err.value.for_field("reason")
    assert initiatives.list_initiatives(ctx).total == 0


def _two_stories(ctx, author):
    district = territories.create_territory(ctx, "Северный район")
    done = _new(ctx, author, "Площадка у школы", territory_id=district, category="sport")
    initiatives.change_status(ctx, done.id, "done", result_summary="Площадку построили\nвместе с жителями")
    _new(ctx, author, "Не завершена")
    return done


def test_success_stories_export_json_is_versioned_and_impersonal(ctx, author, tmp_path):
    import json

    done = _two_stories(ctx, author)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "stories.json"
    assert initiatives.export_success_stories(ctx, target) == 1
    package = json.loads(target.read_text(encoding="utf-8"))
    assert package["format"] == "cal-desktop.success-stories" and package["format_version"] == 1
    assert package["period"]["end"] == date.today().isoformat()
    assert package["stories"] == [
        {
            "title": "Площадка у школы",
            "category": "sport",
            "category_label": "спорт",
            "territory": "Северный район",
            "result": "Площадку построили\nвместе с жителями",
            "created_on": done.created_on.isoformat(),
            "done_on": date.today().isoformat(),
        }
    ]
    raw = target.read_text(encoding="utf-8")
    assert "Петрова" not in raw and "79120000001" not in raw and "Иванова" not in raw
    assert list(out.iterdir()) == [target]  # no temporary file left behind
    # a period without stories gives an empty, still valid package
    initiatives.export_success_stories(ctx, target, date_from=date(2001, 1, 1), date_to=date(2001, 12, 31))
    assert json.loads(target.read_text(encoding="utf-8"))["stories"] == []


def test_success_stories_export_xlsx_has_a_bold_frozen_header(ctx, author, tmp_path):
    from openpyxl import load_workbook

    _two_stories(ctx, author)
    target = tmp_path / "stories.xlsx"
    assert initiatives.export_success_stories(ctx, target) == 1
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Название", "Категория", "Территория", "Результат", "Создана", "Реализована")
    assert rows[1][:4] == (
        "Площадка у школы",
        "спорт",
        "Северный район",
        "Площадку построили\nвместе с жителями",
    )
    assert rows[1][5].date() == date.today()
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert len(rows) == 2


def test_success_stories_export_is_all_or_nothing(ctx, author, tmp_path, monkeypatch):
    _two_stories(ctx, author)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "stories.xlsx"
    target.write_bytes(b"old file")

    def broken(tmp, *args):
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(initiatives.success, "_success_xlsx", broken)  # its caller's module
    with pytest.raises(CalError) as err:
        initiatives.export_success_stories(ctx, target)
    assert "stories.xlsx" in str(err.value)
    assert target.read_bytes() == b"old file"
    assert list(out.iterdir()) == [target]
    with pytest.raises(ValidationError):
        initiatives.export_success_stories(ctx, tmp_path / "stories.csv")
