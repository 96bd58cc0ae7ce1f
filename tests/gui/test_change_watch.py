"""Two desks on one database (issue 14.4): what one saves appears at the other within 2 s, without F5.

Two main windows, each with its own engine (as two programs would have), on a SQLite file
(data_version polling) and, with CAL_TEST_PG_URL set, on a PostgreSQL database (LISTEN/NOTIFY).
Only this test is run on both engines: the GUI suite stays on SQLite (CI time).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import change_watch
from cal_desktop.gui.main_window import MainWindow
from cal_desktop.services import appeals
from cal_desktop.services import consultations as cs
from cal_desktop.services.appeals import AppealInput
from cal_desktop.services.consultations import ConsultationInput
from cal_desktop.services.context import Actor, ServiceContext

WITHIN_MS = 2000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "sqlite":
        return "sqlite:///" + str(db_path)
    if not os.environ.get("CAL_TEST_PG_URL"):
        pytest.skip("PostgreSQL: needs CAL_TEST_PG_URL")
    return str(request.getfixturevalue("pg_url"))


def _desk(url: str, staff_id: int, name: str) -> ServiceContext:
    return ServiceContext(Database(url), Actor(staff_id=staff_id, role=Role.ADMIN, display_name=name))


@pytest.fixture
def two_desks(qtbot, url: str) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    from cal_desktop.db.models import Staff

    first_db = Database(url)
    with first_db.session() as s:
        member = Staff(login="ivanova", display_name="Иванова Мария Петровна", role=Role.ADMIN.value)
        s.add(member)
        s.flush()
        staff_id = member.id
    first_db.dispose()
    windows = []
    for name in ("Иванова М.П.", "Петрова А.А."):
        ctx = _desk(url, staff_id, name)
        window = MainWindow(ctx, "cal")
        qtbot.addWidget(window)
        window.show()
        watch = change_watch.attach(window)
        assert watch.feed is not None and watch.feed.ready.wait(10)
        windows.append(window)
    yield windows[0], windows[1]
    for window in windows:
        window.close()
        window.ctx.db.dispose()


def _today_rows(window: MainWindow) -> int:
    return int(window.pages["desk"].today_model.rowCount())


def test_a_consultation_saved_at_one_desk_appears_at_the_other(qtbot, two_desks) -> None:  # type: ignore[no-untyped-def]
    first, second = two_desks
    assert _today_rows(first) == 0
    cs.create_consultation(second.ctx, ConsultationInput(channel="phone", topics=["other"], outcome="advised"))
    second.pages["desk"].refresh()  # the saving desk shows it at once (its own form does this)
    qtbot.waitUntil(lambda: _today_rows(first) == 1, timeout=WITHIN_MS)
    assert "Сегодня" in first.pages["desk"].today_box.title() and ": 1" in first.pages["desk"].today_box.title()


def test_an_overdue_appeal_registered_elsewhere_appears_in_the_alerts(qtbot, two_desks) -> None:  # type: ignore[no-untyped-def]
    first, second = two_desks
    alerts = first.pages["desk"].appeal_alerts
    alerts.refresh()
    assert alerts.overdue_list.count() == 0
    appeals.register_appeal(
        second.ctx, AppealInput(clock.today() - timedelta(days=90), "email", addressee_text="Мэрия")
    )
    qtbot.waitUntil(lambda: alerts.overdue_list.count() == 1, timeout=WITHIN_MS)


def test_a_consultation_imported_by_a_cli_process_shows_at_the_desk(qtbot, two_desks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, _second = two_desks
    journal = tmp_path / "journal.csv"
    day = clock.today().strftime("%d.%m.%Y")
    journal.write_text(f"Дата;Посетитель;Канал\n{day};Лебедева Анна;телефон\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cal_desktop", "--db", first.ctx.db.url, "import", "consultations", str(journal)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: _today_rows(first) == 1, timeout=WITHIN_MS)


def test_closing_the_window_stops_the_watcher(qtbot, two_desks) -> None:  # type: ignore[no-untyped-def]
    first, _second = two_desks
    feed = first.change_watch.feed
    first.close()
    assert first.change_watch.feed is None
    assert feed._thread is None
