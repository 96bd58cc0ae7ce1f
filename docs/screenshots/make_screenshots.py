"""Take the user guide's screenshots: the program on a demo base, offscreen, each screen grabbed to PNG.

    .venv/bin/python docs/screenshots/make_screenshots.py [--db /tmp/cal-screens.db]

The base is created with ``cal-desktop demo`` if it does not exist. Look at every picture afterwards.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CAL_DESKTOP_LANG"] = "ru"
os.environ["CAL_DESKTOP_GUI_INI"] = str(Path(tempfile.mkdtemp()) / "desk.ini")

OUT = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "cal-screens.db"))
    args = parser.parse_args()
    if not Path(args.db).exists():
        subprocess.run(
            [sys.executable, "-m", "cal_desktop", "--db", args.db, "demo", "--visitors", "1500", "--quiet"],
            check=True,
        )

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cal_desktop.gui import app, messages
    from cal_desktop.gui.dialogs import staff_dialog
    from cal_desktop.gui.dialogs.staff_dialog import StaffDialog
    from cal_desktop.gui.dialogs.visitor_dialog import VisitorDialog
    from cal_desktop.services import staff, visitors
    from cal_desktop.services.context import ServiceContext

    messages.backend = messages.Recorder()
    rank = {"admin": 0, "coordinator": 1, "staff": 2}
    staff_dialog.choose_staff = lambda ctx, parent=None, current_id=None: sorted(  # type: ignore[assignment]
        staff.list_staff(ctx), key=lambda m: rank.get(m.role.value, 3)
    )[0]
    qapp = app.application()
    window = app.start(args.db)
    window.resize(1280, 800)

    def settle() -> None:
        for _ in range(5):
            qapp.processEvents()

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(name)

    desk = window.show_area("desk")
    form = desk.form
    shot(window, "01-desk")

    # a returning visitor picked by typing
    some = visitors.list_visitors(window.ctx, limit=1).items[0]
    form.ui.visitorEdit.setFocus()
    form.ui.visitorEdit.setText(some.full_name.split()[0][:5])
    form.picker.search_now()
    settle()
    popup = form.picker.completer.popup()
    from PySide6.QtGui import QPainter

    pixmap = window.grab()
    if popup.isVisible():
        painter = QPainter(pixmap)
        pos = window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft()))
        painter.drawPixmap(pos, popup.grab())
        painter.end()
    pixmap.save(str(OUT / "02-desk-visitor-search.png"))
    print("02-desk-visitor-search")
    popup.hide()

    form.picker.set_visitor(some.id, some.full_name)
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    form.ui.summaryEdit.setPlainText(
        "Просит выделить деньги на ремонт детской площадки и сделать всё за него"
    )
    form.ui.outcomeCombo.setCurrentIndex(form.ui.outcomeCombo.findData("declined"))
    form.hint_timer.stop()
    form._update_principles_hint()
    form.save()  # refused: no reason given
    shot(window, "03-desk-declined")
    form.reset()

    lists = desk
    lists.setCurrentIndex(1)
    settle()
    view = lists.list_view
    while view.loading:
        settle()
    shot(window, "04-consultations")
    lists.setCurrentIndex(0)

    vview = window.show_area("visitors")
    vview.search.setText(some.full_name.split()[0])
    vview.run_search()
    shot(window, "05-visitors")

    dialog = VisitorDialog(window.ctx, window)
    dialog.ui.firstNameEdit.setText("Пётр")
    dialog.ui.phoneEdit.setText("12-34")
    dialog.ui.emailEdit.setText("petr@")
    dialog.ui.birthDateEdit.setText("01.01.2090")
    dialog.show()
    dialog.save()
    shot(dialog, "06-visitor-errors")
    dialog.close()

    v = visitors.get_visitor(window.ctx, some.id)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Возможный дубликат",
        "Похоже, этот посетитель уже есть в базе:\n\n" + v.full_name + (", " + v.phone if v.phone else ""),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.addButton("Открыть существующего", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Всё равно создать нового", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.show()
    shot(box, "07-duplicate-warning")
    box.close()

    first = StaffDialog(ServiceContext(window.ctx.db), window)
    first.members = []
    first.ui.existingCombo.hide()
    first.setWindowTitle("Первый запуск: профиль сотрудника")
    first.ui.introLabel.setText(
        QApplication.translate(
            "",
            "Welcome! Before the first visitor, tell the program who works at this desk. "
            "The name, position and phone are printed on letters as the executor.",
        )
    )
    first._choice_changed = lambda: None  # type: ignore[method-assign]
    for e in (first.ui.displayNameEdit, first.ui.positionEdit, first.ui.phoneEdit, first.ui.emailEdit):
        e.setEnabled(True)
    first.ui.displayNameEdit.setText("Иванова Мария Петровна")
    first.ui.positionEdit.setText("специалист по работе с инициативами")
    first.ui.phoneEdit.setText("+7 912 345-67-89")
    first.show()
    shot(first, "08-first-run")
    first.close()

    # settings first: the other areas may widen the window
    for key, name in (
        ("settings", "13-settings"),
        ("initiatives", "09-initiatives"),
        ("documents", "10-documents"),
        ("directory", "11-directory"),
        ("reports", "12-reports"),
    ):
        window.show_area(key)
        if key == "reports":  # the figures are counted in the background
            import time

            end = time.monotonic() + 4
            while time.monotonic() < end:
                qapp.processEvents()
                time.sleep(0.05)
        shot(window, name)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
