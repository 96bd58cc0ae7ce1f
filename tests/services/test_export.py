"""Export (DOMAIN A4 columns) and round trips: export -> import into an empty database -> same data."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cal_desktop.db.engine import Database
from cal_desktop.db.models import AuditEntry
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import CalError, Cancelled
from cal_desktop.services import appeals, directory, initiatives, visitors
from cal_desktop.services import consultations as cs
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import Actor, ServiceContext
from cal_desktop.services.directory import OfficialInput, OrganisationInput
from cal_desktop.services.exporting import HEADERS, export
from cal_desktop.services.imports import columns_of, import_file
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.tabular import read_raw
from cal_desktop.services.territories import create_territory
from cal_desktop.services.visitors import VisitorInput


@pytest.fixture
def empty_ctx(template_db: Path, tmp_path: Path):
    """A second, empty database: where the exported files are loaded back."""
    path = tmp_path / "other.db"
    shutil.copyfile(template_db, path)
    database = Database("sqlite:///" + str(path))
    yield ServiceContext(database, Actor(staff_id=None, role=Role.ADMIN, display_name="импорт"))
    database.dispose()


@pytest.fixture
def filled(ctx):
    """A small centre: visitors, consultations, an initiative with an author, a directory, an appeal."""
    north = create_territory(ctx, "мкр. Северный")
    a = visitors.create_visitor(
        ctx,
        VisitorInput(
            "Иванов",
            "Иван",
            "Иванович",
            gender="м",
            birth_date=date(1980, 2, 1),
            phone="+79123456789",
            email="ivanov@mail.ru",
            address="ул. Ленина, 5",
            territory_id=north,
            consent_date=date(2024, 1, 15),
        ),
    )
    b = visitors.create_visitor(ctx, VisitorInput("Ёлкина", "Мария", phone="+79120000001"))
    cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="phone",
            topics=["info_search", "informing"],
            outcome="declined",
            out_of_scope_reason="elections_politics",
            summary="Хочет в депутаты;\nвторая строка",
            visitor_id=a.id,
            occurred_at=datetime(2025, 3, 1, 10, 30),
        ),
    )
    cs.create_consultation(
        ctx,
        ConsultationInput(
            channel="in_person", topics=["other"], outcome="advised", occurred_at=datetime(2025, 3, 2, 9, 0)
        ),
    )
    card = initiatives.create_initiative(
        ctx,
        InitiativeInput(
            "Скамейки во дворе",
            "improvement",
            description="Поставить три скамейки,\nпокрасить забор",
            territory_id=north,
            address="ул. Ленина, 5",
        ),
        a.id,
    )
    initiatives.create_initiative(ctx, InitiativeInput("Спортплощадка", "sport"), b.id)
    org = directory.create_organisation(
        ctx, OrganisationInput(kind="authority", name="Администрация района", address="ул. Советская, 1")
    )
    directory.create_official(
        ctx,
        OfficialInput(
            organisation_id=org.id,
            position="Глава администрации",
            last_name="Петров",
            first_name="Олег",
            middle_name="Викторович",
            email="glava@adm.ru",
            phone="+73452000000",
            categories=["improvement", "roads_transport"],
            territory_ids=[north],
        ),
    )
    directory.create_official(ctx, OfficialInput(organisation_id=org.id, position="Приёмная"))
    appeals.register_appeal(
        ctx,
        AppealInput(
            sent_date=date(2026, 5, 10),
            channel="email",
            number="ИСХ-1",
            organisation_id=org.id,
            addressee_text="Главе администрации Петрову О.В.",
            initiative_id=card.id,
            registration_number="123",
            registration_date=date(2026, 5, 13),
        ),
    )
    return ctx


def rows_of(path: Path) -> list[list[str]]:
    """Every row of an exported file as text (dates as ДД.ММ.ГГГГ), for comparing two exports."""
    out = []
    for _, values in read_raw(path):
        out.append(
            [
                v.strftime("%d.%m.%Y %H:%M") if isinstance(v, datetime) else "" if v is None else str(v)
                for v in values
            ]
        )
    return out


def test_csv_is_what_russian_excel_opens_bom_semicolons_a4_headers(filled, tmp_path):
    path = tmp_path / "visitors.csv"
    result = export(filled, "visitors", path)
    assert result.rows == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == HEADERS["visitors"]
    assert lines[1] == [
        "Иванов",
        "Иван",
        "Иванович",
        "м",
        "01.02.1980",
        # text to Excel, not the number 7,91E+10; the apostrophe keeps a leading «+» from being a formula
        "'+7 912 345-67-89",
        "ivanov@mail.ru",
        "ул. Ленина, 5",
        "мкр. Северный",
        "15.01.2024",
    ]


def test_export_headers_are_the_import_columns():
    for kind in ("visitors", "consultations", "initiatives", "officials"):
        assert HEADERS[kind] == [c.label for c in columns_of(kind)]
    assert HEADERS["appeals"][:12] == [c.label for c in columns_of("appeals")][:12]


def test_xlsx_has_bold_frozen_header_widths_and_real_dates(filled, tmp_path):
    path = tmp_path / "consultations.xlsx"
    export(filled, "consultations", path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == HEADERS["consultations"]
    assert sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["H"].width >= 40
    assert sheet["A2"].value == datetime(2025, 3, 1, 10, 30)
    assert (
        sheet["E2"].value
        == "поиск информации, должностного лица, инстанции; информирование, в т.ч. через СМИ"
    )
    assert sheet["B3"].value is None  # anonymous


def test_export_is_audited_without_personal_data(filled, db, tmp_path):
    export(filled, "visitors", tmp_path / "v.xlsx")
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.entity == "visitors" and entry.staff_id == filled.actor.staff_id
    assert "Иванов" not in (entry.details or "") and '"rows": 2' in (entry.details or "")


def test_export_to_a_missing_folder_or_unknown_format_is_refused_in_words(filled, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(CalError, match="не существует"):
        export(filled, "visitors", tmp_path / "missing-folder" / "v.csv")
    with pytest.raises(CalError, match="формат"):
        export(filled, "visitors", tmp_path / "v.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_write_failure_half_way_leaves_the_old_file_untouched(filled, tmp_path, monkeypatch):
    """As on a full disk: the error comes while writing; the temporary file goes, the old file stays."""
    from cal_desktop.services import tabular

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "v.csv"
    target.write_text("старый файл", encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tabular, "_write_csv", full_disk)
    with pytest.raises(CalError, match="Недостаточно места на диске"):
        export(filled, "visitors", target)
    assert target.read_text(encoding="utf-8") == "старый файл"
    assert [p.name for p in tmp_path.iterdir()] == ["v.csv"]


def test_cancelled_export_of_many_rows_leaves_the_old_file(ctx, tmp_path):
    with ctx.db.session() as s:
        from cal_desktop.db.models import Visitor

        s.add_all(
            Visitor(last_name=f"Житель{i}", first_name="Иван", name_norm=f"житель{i} иван", search_text="x")
            for i in range(2500)
        )
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "v.xlsx"
    target.write_bytes(b"old")
    seen = []
    with pytest.raises(Cancelled):
        export(
            ctx, "visitors", target, progress=lambda d, t: seen.append((d, t)), cancel=lambda: len(seen) >= 1
        )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["v.xlsx"]
    assert seen == [(1000, 2500)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_of_every_kind_into_an_empty_database(filled, empty_ctx, tmp_path, suffix):
    """Visitors, officials, initiatives, consultations, appeals: exported, loaded into an empty database
    in that order, exported again: the same rows."""
    order = ["visitors", "officials", "initiatives", "consultations", "appeals"]
    for kind in order:
        export(filled, kind, tmp_path / f"a-{kind}{suffix}")
    for kind in order:
        result = import_file(empty_ctx, kind, tmp_path / f"a-{kind}{suffix}")
        assert result.created > 0, kind
        assert result.warnings == [], (kind, result.warnings)
    for kind in order:
        export(empty_ctx, kind, tmp_path / f"b-{kind}{suffix}")
        before, after = rows_of(tmp_path / f"a-{kind}{suffix}"), rows_of(tmp_path / f"b-{kind}{suffix}")
        if kind == "consultations":  # the staff member is the one importing in the new database
            before = [r[:-1] for r in before]
            after = [r[:-1] for r in after]
        assert after == before, kind
    # and loading the same files again creates nothing
    for kind in ("visitors", "officials", "initiatives", "appeals"):
        again = import_file(empty_ctx, kind, tmp_path / f"a-{kind}{suffix}")
        assert (again.created, again.skipped_duplicates) == (0, again.rows), kind


def test_round_trip_keeps_initiative_details(filled, empty_ctx, tmp_path):
    for kind in ("visitors", "initiatives"):
        export(filled, kind, tmp_path / f"{kind}.xlsx")
        import_file(empty_ctx, kind, tmp_path / f"{kind}.xlsx")
    items = initiatives.list_initiatives(empty_ctx).items
    bench = next(i for i in items if i.title == "Скамейки во дворе")
    card = initiatives.get_initiative(empty_ctx, bench.id)
    assert card.description == "Поставить три скамейки,\nпокрасить забор"
    assert (card.category.value, card.territory, card.address) == (
        "improvement",
        "мкр. Северный",
        "ул. Ленина, 5",
    )
    assert [m.full_name for m in card.members if m.role.value == "author"] == ["Иванов Иван Иванович"]
    assert [t.to_status.value for t in card.timeline] == ["idea"]


def test_round_trip_keeps_official_categories_and_territories(filled, empty_ctx, tmp_path):
    export(filled, "officials", tmp_path / "o.csv")
    import_file(empty_ctx, "officials", tmp_path / "o.csv")
    found = directory.list_officials(empty_ctx, "Петров").items
    official = directory.get_official(empty_ctx, found[0].id)
    assert {c.value for c in official.categories} == {"improvement", "roads_transport"}
    assert [t.name for t in official.territories] == ["мкр. Северный"]
    assert (official.gender.value, official.email, official.phone) == ("m", "glava@adm.ru", "+73452000000")
    org = directory.get_organisation(empty_ctx, official.organisation_id)
    assert (org.kind.value, org.address) == ("authority", "ул. Советская, 1")


def test_more_rows_than_excel_holds_is_refused_and_leaves_no_file(filled, tmp_path, monkeypatch):
    from cal_desktop.services import tabular

    monkeypatch.setattr(tabular, "XLSX_MAX_ROWS", 1)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CalError, match="CSV"):
        export(filled, "visitors", out / "v.xlsx")
    assert list(out.iterdir()) == []
    assert export(filled, "visitors", out / "v.csv").rows == 2


def test_export_streams_rows_instead_of_loading_the_table(ctx, tmp_path):
    """30,000 consultations exported with a small, flat memory peak (a whole-table load is ~10x more)."""
    import tracemalloc

    from sqlalchemy import insert

    from cal_desktop.db.models import Consultation, ConsultationTopic

    with ctx.db.session() as s:
        s.execute(
            insert(Consultation),
            [
                {
                    "occurred_at": datetime(2025, 1, 1, 10, 0),
                    "occurred_on": date(2025, 1, 1),
                    "channel": "phone",
                    "outcome": "advised",
                    "summary": f"Вопрос жителя номер {i} про двор, скамейки и освещение",
                }
                for i in range(30_000)
            ],
        )
        s.execute(
            insert(ConsultationTopic), [{"consultation_id": i, "topic": "other"} for i in range(1, 30_001)]
        )
    tracemalloc.start()
    try:
        result = export(ctx, "consultations", tmp_path / "c.csv")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.rows == 30_000
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_staff_cannot_export_people_data(make_ctx, tmp_path):
    import pytest as _pytest

    from cal_desktop.domain.vocab import Role
    from cal_desktop.errors import PermissionDenied
    from cal_desktop.services import exporting as _exporting

    for kind in ("visitors", "consultations", "initiatives", "appeals"):
        with _pytest.raises(PermissionDenied):
            _exporting.export(make_ctx(Role.STAFF), kind, tmp_path / f"{kind}.csv")
    assert not list(tmp_path.glob("*.csv"))
    assert _exporting.export(make_ctx(Role.COORDINATOR), "visitors", tmp_path / "v.csv").rows == 0
