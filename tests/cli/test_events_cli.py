"""``cal-desktop export events`` and ``import events`` (issue 16): the A4 columns, all-or-nothing, no
names of people in the file, a re-import skips what is already there."""

from __future__ import annotations

from datetime import date, time

import pytest
from openpyxl import load_workbook

from cal_desktop.cli import main
from cal_desktop.services import events, initiatives, visitors
from cal_desktop.services.events import EventInput
from cal_desktop.services.events_query import EventFilter, list_events
from cal_desktop.services.initiatives import InitiativeInput
from cal_desktop.services.visitors import VisitorInput

HEADER = "Дата;Время;Вид;Место;Территория;Инициатива;Организатор;Участников;Решения"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def idea(ctx):  # type: ignore[no-untyped-def]
    anna = visitors.create_visitor(ctx, VisitorInput("Петрова", "Анна", phone="+79120000001")).id
    return initiatives.create_initiative(
        ctx, InitiativeInput("Сквер у школы", "благоустройство"), anna
    ).id, anna


def test_export_writes_the_columns_counts_and_no_names(ctx, db_path, idea, capsys, tmp_path):  # type: ignore[no-untyped-def]
    initiative_id, anna = idea
    events.create_event(
        ctx,
        EventInput(
            "residents_meeting",
            date(2026, 3, 10),
            time(18, 30),
            place="Школа №5",
            unnamed_count=11,
            decisions='=HYPERLINK("http://x")',
            initiative_ids=(initiative_id,),
            participant_ids=(anna,),
        ),
    )
    path = tmp_path / "events.csv"
    code, out, _ = run(capsys, "--db", str(db_path), "export", "events", str(path))
    assert code == 0 and "Выгружено строк: 1" in out
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == HEADER
    assert lines[1].split(";")[:8] == [
        "10.03.2026",
        "18:30",
        "собрание жителей",
        "Школа №5",
        "",
        "Сквер у школы",
        "Иванова Мария Петровна",
        "12",
    ]
    assert "Петрова" not in path.read_text(encoding="utf-8-sig")  # people are counted, never named
    assert "'=HYPERLINK" in lines[1]  # a formula is written as text
    xlsx = tmp_path / "events.xlsx"
    assert run(capsys, "--db", str(db_path), "export", "events", str(xlsx))[0] == 0
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[1]] == HEADER.split(";")
    assert sheet["H2"].value == 12


def test_import_links_initiative_and_organiser_then_skips_on_reload(ctx, db_path, idea, capsys, tmp_path):  # type: ignore[no-untyped-def]
    initiative_id, _ = idea
    path = tmp_path / "events.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "01.03.2026;18:00;собрание жителей;Школа №5;Северный район;Сквер у школы;ivanova;30;Собрать подписи",
                "2026-03-15;;субботник;Сквер;;;Иванова Мария Петровна;45;",
                "20.03.2026;10:00;;Центр;;;;5;",
            ]
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(db_path), "import", "events", str(path))
    assert code == 0, err
    assert "Записей создано: 3" in out and "Новых территорий: 1" in out
    assert "подставлено «другое»" in err
    rows = list_events(ctx, EventFilter(initiative_id=initiative_id)).items
    assert [(r.held_on, r.start_time, r.participants, r.territory) for r in rows] == [
        (date(2026, 3, 1), time(18, 0), 30, "Северный район")
    ]
    assert rows[0].organiser == "Иванова Мария Петровна"
    code, out, _ = run(capsys, "--db", str(db_path), "import", "events", str(path))
    assert (
        code == 0
        and "Записей создано: 0" in out
        and "Пропущено (уже есть в базе или повтор в файле): 3" in out
    )


def test_a_bad_row_rejects_the_whole_file_naming_row_and_column(ctx, db_path, idea, capsys, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "events.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "01.03.2026;18:00;собрание жителей;Школа;;Сквер у школы;;10;",
                "31.02.2026;25:99;пикник;Двор;;Нет такой;petrov;много;",
                ";;обучение;;;;;;",
            ]
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--db", str(db_path), "import", "events", str(path))
    assert code == 1
    assert "в базу ничего не записано" in err
    for expected in (
        "строка 3, столбец «Дата»",
        "строка 3, столбец «Время»: неверное время «25:99»",
        "строка 3, столбец «Вид»: неизвестное значение «пикник»",
        "строка 3, столбец «Инициатива»: инициатива «Нет такой» не найдена",
        "строка 3, столбец «Организатор»: сотрудник «petrov» не найден",
        "строка 3, столбец «Участников»: нужно целое число",
        "строка 4, столбец «Дата»: обязательное поле",
    ):
        assert expected in err, (expected, err)
    assert "строка 3, столбец «Дата»: обязательное поле" not in err  # the bad date is named once
    assert list_events(ctx).total == 0


def test_dry_run_writes_nothing(ctx, db_path, capsys, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "events.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(HEADER.split(";"))
    wb.active.append([date(2026, 3, 1), time(18, 0), "обучение", "Центр", None, None, None, 12, None])
    wb.save(path)
    code, out, _ = run(capsys, "--db", str(db_path), "import", "events", str(path), "--dry-run")
    assert code == 0 and "Записей будет создано: 1" in out
    assert list_events(ctx).total == 0
    assert run(capsys, "--db", str(db_path), "import", "events", str(path))[0] == 0
    row = list_events(ctx).items[0]
    assert (row.held_on, row.start_time, row.participants) == (date(2026, 3, 1), time(18, 0), 12)


def test_help_lists_events(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "events: Дата*, Время, Вид, Место, Территория, Инициатива, Организатор, Участников, Решения" in (
        capsys.readouterr().out
    )
