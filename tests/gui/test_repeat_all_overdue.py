"""Issue 13 item 11 in the register: «Повторные по всем просроченным» files a repeat appeal for every
overdue unanswered appeal of the list and saves the letters in a folder."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docdata import make_case  # noqa: E402

from cal_desktop.db.models import Appeal  # noqa: E402
from cal_desktop.gui.views.appeals import AppealsView  # noqa: E402
from cal_desktop.services import appeals  # noqa: E402
from cal_desktop.services.appeals import AppealInput  # noqa: E402


def _appeal(ctx, case, sent: date, number: str, official: str) -> int:  # type: ignore[no-untyped-def]
    data = AppealInput(sent_date=sent, channel="post", kind="proposal", subject="О площадке",
                       official_id=case.officials[official], initiative_id=case.initiative_id, number=number)  # fmt: skip
    return appeals.register_appeal(ctx, data).id


def test_repeat_all_overdue_files_and_saves_one_per_overdue(qtbot, ctx, db, shown, tmp_path):
    case = make_case(db)
    overdue = _appeal(ctx, case, date(2026, 3, 2), "ЦАЛ-2026-0001", "shulga")
    answered = _appeal(ctx, case, date(2026, 3, 3), "ЦАЛ-2026-0002", "tsoi")
    appeals.record_answer(ctx, answered, date(2026, 3, 20), "ответ", "positive")
    _appeal(ctx, case, date.today() - timedelta(days=2), "ЦАЛ-2026-0003", "aliev")  # not due yet
    view = AppealsView(ctx)
    qtbot.addWidget(view)
    view.reload()
    assert view.repeat_all_button.text()
    shown.answers = [0]  # «Подготовить»
    view.repeat_all_overdue(folder=str(tmp_path))
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _, _ in shown.shown), timeout=20000)
    assert "1 из 1" in shown.texts() and "по каждому из просроченных обращений (1)" in shown.texts()
    files = list(tmp_path.glob("*.pdf"))
    assert len(files) == 1
    text = subprocess.run(["pdftotext", str(files[0]), "-"], capture_output=True, check=True).stdout.decode()
    assert "ПОВТОРНОЕ ОБРАЩЕНИЕ" in text and "О.В. Шульге" in text
    with db.read() as s:
        assert [
            a.previous_appeal_id for a in s.query(Appeal).filter(Appeal.previous_appeal_id.is_not(None))
        ] == [overdue]
    assert view.model.rowCount() == 4  # the register shows the new appeal
    # nothing left to repeat: said so, nothing asked
    shown.shown.clear()
    view.repeat_all_overdue(folder=str(tmp_path))
    assert "В списке нет просроченных обращений" in shown.texts()
