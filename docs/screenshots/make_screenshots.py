"""Take the user guide's screenshots: the real program on a demo base, offscreen, each screen to PNG.

    .venv/bin/python docs/screenshots/make_screenshots.py [--keep DIR] [--out DIR]

What it does, the way a centre would meet the program:

1. builds a demo base (``cal-desktop --db X init`` and ``demo --visitors 1500``) and creates the first
   administrator with ``services.accounts.create_first_admin``;
2. grabs the first-run dialog on a second, empty base;
3. starts the window with ``cal_desktop.gui.app.start(db)``; ``startup.exec_dialog`` is replaced so the
   sign-in dialog is grabbed and then signed in programmatically;
4. walks through the areas and the important dialogs and tabs.

The screen is a 1366×768 laptop's (the most common in the centres): the program is told that this is
the free part of the screen (``gui.screen_fit.available``), so it sizes its windows as it would there,
and the main window is maximised on it. Nothing may be cut at that size.

Message boxes go through :class:`Grabber` (a ``messages.Recorder``): nothing blocks, and the boxes the
guide shows are drawn the way the real backend draws them. Everything (bases, backups, desk settings,
logs) lives in a temporary folder; the user's own data is never touched. Look at every picture after a
run: a clipped label or an English word is a bug to report.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORK = Path(tempfile.mkdtemp(prefix="cal-shots-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CAL_DESKTOP_LANG"] = "ru"
os.environ["CAL_DESKTOP_GUI_INI"] = str(WORK / "desk.ini")
# backups, logs and the desk's data go to the temporary folder (platformdirs reads these on Linux)
os.environ["XDG_DATA_HOME"] = str(WORK / "data")
os.environ["XDG_STATE_HOME"] = str(WORK / "state")
os.environ.pop("CAL_DESKTOP_DB", None)

OUT = Path(__file__).resolve().parent  # --out changes it (to try the script without touching the guide)
LOGIN, PASSWORD = "sokolova", "Centr2026"
ADMIN_NAME = "Соколова Ольга Ивановна"
SIZE = (1366, 768)  # the screen: the main window maximised on it, no dialog larger
SCAN = WORK / "skan-2026-11-27.pdf"


def cal(db: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "cal_desktop", "--db", str(db), *args], check=True)


# ------------------------------------------------------------------------------------ the shooter


def pretend_screen() -> None:
    """The program sizes its windows for a SIZE screen (offscreen Qt has one 800×800 screen)."""
    from PySide6.QtCore import QRect

    from cal_desktop.gui import screen_fit

    screen_fit.available = lambda widget=None: QRect(0, 0, *SIZE)  # type: ignore[assignment]


class Shooter:
    """Grabbing widgets to PNG once the event loop has settled."""

    def __init__(self) -> None:
        from cal_desktop.gui import app

        self.qapp = app.application()
        self.names: list[str] = []

    def settle(self, seconds: float = 0.0) -> None:
        end = time.monotonic() + seconds
        while True:
            for _ in range(5):
                self.qapp.processEvents()
            if time.monotonic() >= end:
                return
            time.sleep(0.05)

    def wait(self, done: Callable[[], bool], seconds: float = 10.0) -> None:
        """Background jobs (reports, backups) report through the event loop: pump it until done."""
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            self.settle(0.05)

    def shot(self, widget, name: str) -> None:  # type: ignore[no-untyped-def]
        self.settle()
        widget.grab().save(str(OUT / f"{name}.png"))
        self.names.append(name)
        print(name)

    def shot_with_popup(self, window, popup, name: str, anchor=None) -> None:  # type: ignore[no-untyped-def]
        """A completer popup is a window of its own: paint it over the grab where it appears (under
        ``anchor``, its field: offscreen Qt's screen is 800 px wide and pushes a wide popup to the left)."""
        from PySide6.QtGui import QPainter

        self.settle()
        pixmap = window.grab()
        if popup.isVisible():
            painter = QPainter(pixmap)
            if anchor is not None:
                where = anchor.mapTo(window, anchor.rect().bottomLeft())
            else:
                where = window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft()))
            painter.drawPixmap(where, popup.grab())
            painter.end()
        pixmap.save(str(OUT / f"{name}.png"))
        self.names.append(name)
        print(name)


def grabber_class():  # type: ignore[no-untyped-def]
    from cal_desktop.gui import messages

    class Grabber(messages.Recorder):
        """Records like the test backend and keeps the buttons of questions, to draw any box later."""

        def __init__(self) -> None:
            super().__init__()
            self.buttons: dict[int, list[str]] = {}

        def ask(self, parent, title, text, buttons, *more):  # type: ignore[no-untyped-def]
            self.buttons[len(self.shown)] = list(buttons)
            return super().ask(parent, title, text, buttons, *more)  # more: e.g. which one is destructive

        def box(self, index: int, parent):  # type: ignore[no-untyped-def]
            """The message box the real backend (messages._QtBackend) would show for entry ``index``."""
            from PySide6.QtWidgets import QMessageBox

            kind, title, text = self.shown[index]
            icon = {
                "info": QMessageBox.Icon.Information,
                "warning": QMessageBox.Icon.Warning,
                "ask": QMessageBox.Icon.Question,
            }[kind]
            box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
            if kind == "ask":
                for label in self.buttons.get(index, []):
                    box.addButton(label, QMessageBox.ButtonRole.ActionRole)
                box.addButton(QMessageBox.StandardButton.Cancel)
            else:
                box.addButton(QMessageBox.StandardButton.Ok)
            return box

        def find(self, title: str) -> int:
            return next(i for i, (_k, t, _x) in enumerate(self.shown) if t == title)

    return Grabber()


# -------------------------------------------------------------------------------------- the bases


def build_bases(root: Path) -> tuple[Path, Path]:
    """The demo base with its administrator, and an empty base for the first run."""
    from cal_desktop.services import accounts
    from cal_desktop.services.accounts import AccountInput
    from cal_desktop.services.database import open_database

    demo = root / "cal-demo.db"
    cal(demo, "init")
    cal(demo, "demo", "--visitors", "1500", "--quiet")
    ctx = open_database(str(demo))
    accounts.create_first_admin(
        ctx,
        AccountInput(LOGIN, ADMIN_NAME, position="руководитель центра", phone="+7 912 000-11-22"),
        PASSWORD,
    )
    ctx.db.engine.dispose()
    empty = root / "cal-empty.db"
    cal(empty, "init")
    return demo, empty


def first_run(shooter: Shooter, empty: Path) -> None:
    from cal_desktop.gui.dialogs.signin import FirstRunDialog
    from cal_desktop.services.database import open_database

    dialog = FirstRunDialog(open_database(str(empty)))
    dialog.name.setText(ADMIN_NAME)
    dialog.position.setText("руководитель центра")
    dialog.phone.setText("+7 912 000-11-22")
    dialog.login.setText(LOGIN)
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    dialog.show()
    shooter.shot(dialog, "01-first-run")
    dialog.close()


def staff_passwords(shooter: Shooter, demo: Path) -> None:
    """The administrator gives the demo staff temporary passwords; one of them must choose her own."""
    from cal_desktop.domain.vocab import Role
    from cal_desktop.gui.dialogs.password import ChangePasswordDialog
    from cal_desktop.services import accounts
    from cal_desktop.services.context import Actor
    from cal_desktop.services.database import open_database

    ctx = open_database(str(demo))
    admin = ctx.acting_as(accounts.sign_in(ctx, LOGIN, PASSWORD))
    for account in accounts.list_accounts(admin):
        if account.login != LOGIN:
            accounts.reset_password(admin, account.id, "Vremenny1")
    kim = next(a for a in accounts.list_accounts(admin) if a.login == "kim")
    dialog = ChangePasswordDialog(ctx.acting_as(Actor(kim.id, Role.STAFF, kim.display_name)), forced=True)
    dialog.old.setText("Vremenny1")
    dialog.new.setText("Moy-parol-2026")
    dialog.again.setText("Moy-parol-2026")
    dialog.show()
    shooter.shot(dialog, "04-change-password")
    dialog.close()


def start_window(shooter: Shooter, demo: Path):  # type: ignore[no-untyped-def]
    """``app.start`` with the sign-in dialog grabbed (a wrong password first, then the right one)."""
    from PySide6.QtWidgets import QDialog

    from cal_desktop.gui import app, startup
    from cal_desktop.gui.dialogs.signin import SignInDialog

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, SignInDialog), type(dialog).__name__
        dialog.show()
        dialog.login.setText(LOGIN)
        dialog.password.setText("********")
        shooter.shot(dialog, "02-sign-in")
        dialog.password.setText("wrong-1")
        dialog.ok.click()  # refused: the error stays in the dialog
        shooter.shot(dialog, "03-sign-in-wrong")
        dialog.password.setText(PASSWORD)
        dialog.ok.click()
        dialog.hide()
        return dialog.result()

    startup.exec_dialog = fake_exec
    window = app.start(str(demo))
    assert window is not None, "the sign-in did not go through"
    window.setGeometry(0, 0, *SIZE)  # maximised on the laptop's screen
    shooter.wait(lambda: False, 1.5)  # the daily backup in the background
    return window


# ---------------------------------------------------------------------------------------- screens


def overdue_at_start(shooter: Shooter, grabber, window) -> None:  # type: ignore[no-untyped-def]
    box = grabber.box(grabber.find("Просроченные обращения"), window)
    box.show()
    shooter.shot(box, "05-overdue-at-start")
    box.close()


def desk(shooter: Shooter, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from cal_desktop.services import visitors

    page = window.show_area("desk")
    form = page.form
    shooter.shot(window, "06-desk")

    some = visitors.search_visitors(window.ctx, "Иван", 1)[0]
    form.ui.visitorEdit.setFocus()
    form.ui.visitorEdit.setText(some.full_name.split()[0][:5])
    form.picker.search_now()
    shooter.settle()
    popup = form.picker.completer.popup()
    shooter.shot_with_popup(window, popup, "07-desk-visitor-search", form.ui.visitorEdit)
    popup.hide()

    form.picker.set_visitor(some.id, some.full_name)
    form.ui.topicsList.item(0).setCheckState(Qt.CheckState.Checked)
    form.ui.summaryEdit.setPlainText(
        "Просит выделить деньги на ремонт детской площадки и сделать всё за него"
    )
    form.ui.outcomeCombo.setCurrentIndex(form.ui.outcomeCombo.findData("declined"))
    form.hint_timer.stop()
    form._update_principles_hint()
    form.save()  # refused: a refusal needs its reason
    shooter.shot(window, "08-desk-declined")
    form.reset()

    page.setCurrentIndex(1)
    shooter.settle()
    shooter.wait(lambda: not getattr(page.list_view, "loading", False))
    shooter.shot(window, "09-consultations")
    page.setCurrentIndex(0)


def visitors_area(shooter: Shooter, grabber, window) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.visitor_dialog import VisitorDialog
    from cal_desktop.services import initiatives, visitors
    from cal_desktop.services.initiatives import InitiativeFilter

    ctx = window.ctx
    # an author of an initiative: the card then shows consultations and initiatives
    first = initiatives.list_initiatives(ctx, InitiativeFilter(), limit=5).items
    author = None
    for row in first:
        card = initiatives.get_initiative(ctx, row.id)
        author = next((m for m in card.members if m.role.value == "author"), None)
        if author is not None:
            break
    assert author is not None
    person = visitors.get_visitor(ctx, author.visitor_id)
    view = window.show_area("visitors")
    view.search.setText(person.last_name)
    view.run_search()
    for row in range(view.model.total):
        found = view.model.row(row)
        if found is not None and found.id == person.id:
            view.table.selectRow(row)
            break
    shooter.settle(0.5)  # the card follows the selection after a short pause
    shooter.shot(window, "10-visitors")

    dialog = VisitorDialog(ctx, window)
    dialog.ui.firstNameEdit.setText("Пётр")
    dialog.ui.phoneEdit.setText("12-34")
    dialog.ui.emailEdit.setText("petr@")
    dialog.ui.birthDateEdit.setText("01.01.2090")
    dialog.show()
    dialog.save()  # refused: the errors stand under the fields
    shooter.shot(dialog, "11-visitor-errors")
    dialog.close()

    # the same person typed again: the program asks before making a twin
    twin = VisitorDialog(ctx, window)
    twin.ui.lastNameEdit.setText(person.last_name)
    twin.ui.firstNameEdit.setText(person.first_name)
    twin.ui.middleNameEdit.setText(person.middle_name or "")
    twin.ui.phoneEdit.setText(person.phone or "")
    twin.show()
    before = len(grabber.shown)
    twin.save()
    assert len(grabber.shown) > before, "no duplicate question was asked"
    box = grabber.box(len(grabber.shown) - 1, twin)
    box.show()
    shooter.shot(box, "12-duplicate-warning")
    box.close()
    twin.close()


def initiatives_area(shooter: Shooter, window, initiative_id: int) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("initiatives")
    view.open_initiative(initiative_id)
    view.card.tabs.setCurrentIndex(2)  # History: statuses and what happened to the appeals
    shooter.shot(window, "13-initiatives")
    view.board_toggle.setChecked(True)
    shooter.shot(window, "14-initiatives-board")
    view.board_toggle.setChecked(False)
    view.card.tabs.setCurrentIndex(0)


def document_editor(shooter: Shooter, window, initiative_id: int, official_id: int) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui import screen_fit
    from cal_desktop.gui.dialogs.document_dialogs import DocumentEditorDialog

    dialog = DocumentEditorDialog(window.ctx, initiative_id, "appeal", official_id, parent=window)
    screen_fit.resize_within(dialog, *SIZE)  # as large as the screen lets it be
    dialog.show()
    shooter.settle(1.0)  # the preview renders the PDF pages
    shooter.shot(dialog, "15-document-editor")
    dialog.editor.select_official(None)  # no addressee: the 59-FZ check names what is missing
    shooter.settle(1.0)
    shooter.shot(dialog, "16-document-check")
    dialog.close()


def register(shooter: Shooter, window, overdue_id: int, soon_id: int) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.appeal_events import AnswerDialog
    from cal_desktop.services import appeals

    area = window.show_area("documents")
    view = area.show_tab("appeals")
    view.select_appeal(overdue_id)
    shooter.shot(window, "17-appeals")
    dialog = AnswerDialog(window.ctx, appeals.get_appeal(window.ctx, soon_id), view)
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("positive"))
    dialog.summary_edit.setPlainText(
        "Установка воркаут-площадки включена в план благоустройства на следующий год."
    )
    dialog.add_file(SCAN)
    dialog.show()
    shooter.shot(dialog, "18-appeal-answer")
    dialog.close()
    templates = area.show_tab("templates")
    templates.select_template("appeal")
    shooter.settle(1.5)  # the preview draws the page sharper once it has settled
    shooter.shot(window, "19-templates")
    area.show_tab("appeals")


def directory_area(shooter: Shooter, window, official_id: int) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("directory")
    tab = view.authorities
    tab.official_search.setText("")
    tab.refresh_officials()
    tab.select_official(official_id)
    tab.card.choose_case("dat")
    shooter.shot(window, "20-directory")


def reports_area(shooter: Shooter, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_area("reports")
    shooter.wait(lambda: view.data is not None and not view.loading, 20)
    shooter.settle(0.3)
    shooter.shot(window, "21-reports")


def settings_area(shooter: Shooter, window) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.services import visitors

    area = window.show_area("settings")
    area.show_tab("settings")
    shooter.shot(window, "22-settings")
    accounts_view = area.show_tab("accounts")
    shooter.shot(window, "23-accounts")
    from cal_desktop.gui.views.accounts import AccountDialog

    new = AccountDialog(window.ctx, None, window)
    new.name.setText("Белова Ирина Сергеевна")
    new.position.setText("специалист по работе с инициативами")
    new.login.setText("belova")
    new.role.setCurrentIndex(max(0, new.role.findData("staff")))
    new.password.setText("Vremenny1")
    new.again.setText("Vremenny1")
    new.show()
    shooter.shot(new, "24-account-new")
    new.close()
    accounts_view.refresh()
    # two people withdrew consent: one ten days ago, one forty days ago (overdue)
    from datetime import timedelta

    from cal_desktop.domain import clock
    from cal_desktop.gui.views.personal_data import ConsentDialog, WithdrawalDialog
    from cal_desktop.services import personal_data

    people = visitors.search_visitors(window.ctx, "Петров", 3)
    personal_data.record_withdrawal(window.ctx, people[1].id, clock.today() - timedelta(days=10))
    personal_data.record_withdrawal(window.ctx, people[2].id, clock.today() - timedelta(days=40))
    someone = people[0]
    consent = ConsentDialog(window.ctx, someone.id, someone.full_name, window)
    consent.load_scan(SCAN)
    consent.show()
    shooter.shot(consent, "25-consent")
    consent.close()
    pd = area.show_tab("personal_data")
    pd.refresh()
    pd.choose_person(someone.id, someone.full_name)
    shooter.shot(window, "26-personal-data")
    withdrawal = WithdrawalDialog(window.ctx, someone.id, someone.full_name, window)
    withdrawal.show()
    shooter.shot(withdrawal, "27-withdrawal")
    withdrawal.close()
    area.show_tab("audit")
    shooter.settle(0.5)
    shooter.shot(window, "28-audit")
    area.show_tab("settings")


def import_file(shooter: Shooter, window) -> None:  # type: ignore[no-untyped-def]
    """A visitors' table from the centre's old spreadsheet, with two mistakes: the check names them."""
    from cal_desktop.gui.dialogs.import_dialog import ImportDialog

    table = WORK / "posetiteli.csv"
    table.write_text(
        "Фамилия;Имя;Отчество;Телефон;Дата рождения;Согласие на обработку ПД\n"
        "Смирнова;Галина;Петровна;8 912 111-22-33;12.03.1958;01.09.2025\n"
        "Кузнецов;Олег;;+7 912 444 55 66;;\n"
        ";Анна;Ивановна;8 912 777-88-99;;\n"
        "Лебедева;Мария;Андреевна;12-34;31.02.1990;\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(window.ctx, window)
    dialog.set_kind("visitors")
    dialog.set_file(table)
    dialog.resize(820, 520)
    dialog.show()
    dialog.run(dry_run=True)
    shooter.wait(lambda: not dialog.busy, 10)
    shooter.settle(0.3)
    shooter.shot(dialog, "31-import")
    if dialog.problems_dialog is not None:
        shooter.shot(dialog.problems_dialog, "32-import-rejected")
        dialog.problems_dialog.close()
    dialog.close()


def backups(shooter: Shooter, window) -> None:  # type: ignore[no-untyped-def]
    from cal_desktop.gui.dialogs.backup import BackupDialog
    from cal_desktop.services import backup

    backup.create_backup(window.ctx)  # one made by hand beside the daily one
    dialog = BackupDialog(window.ctx, window)
    dialog.show()
    shooter.shot(dialog, "29-backup")
    dialog.close()


def idle_lock(shooter: Shooter, window) -> None:  # type: ignore[no-untyped-def]
    window.show_area("desk")
    window.lock_now()
    shooter.settle()
    lock = window.idle_lock
    # the unlock dialog is a window of its own: draw it over the covered main window, centred
    from PySide6.QtGui import QPainter

    pixmap = window.grab()
    dialog = lock.dialog.grab()
    painter = QPainter(pixmap)
    painter.drawPixmap(
        (pixmap.width() - dialog.width()) // 2, (pixmap.height() - dialog.height()) // 3, dialog
    )
    painter.end()
    pixmap.save(str(OUT / "30-idle-lock.png"))
    shooter.names.append("30-idle-lock")
    print("30-idle-lock")
    lock.dialog.password.setText(PASSWORD)
    lock.dialog.try_unlock()
    shooter.settle()


# ------------------------------------------------------------------------------------------- main


def pick_appeals(ctx):  # type: ignore[no-untyped-def]
    """An overdue appeal of an initiative (for the card, the editor and the register) and one due soon."""
    from cal_desktop.domain import clock
    from cal_desktop.services import appeals

    due_soon, overdue = appeals.alerts(ctx, clock.today())
    chosen = next(a for a in overdue if a.initiative_id is not None)
    # the demo's dates follow today's: on some days nothing falls due soon, then another overdue one
    answered = due_soon[0] if due_soon else next(a for a in overdue if a.id != chosen.id)
    return chosen, answered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="copy the demo base here afterwards (to look around)")
    parser.add_argument("--out", help="write the pictures here instead of into the guide's folder")
    args = parser.parse_args()
    if args.out:
        global OUT
        OUT = Path(args.out)
        OUT.mkdir(parents=True, exist_ok=True)
    pretend_screen()
    demo, empty = build_bases(WORK)

    from cal_desktop.gui import i18n, messages
    from cal_desktop.services import appeals

    shooter = Shooter()
    i18n.install(i18n.chosen_language(None))  # as app.start does before the first dialog
    grabber = grabber_class()
    messages.backend = grabber
    first_run(shooter, empty)
    staff_passwords(shooter, demo)
    window = start_window(shooter, demo)
    overdue, soon = pick_appeals(window.ctx)
    official_id = appeals.get_appeal(window.ctx, overdue.id).official_id
    SCAN.write_bytes(b"%PDF-1.4\n% a stand-in for a scanned page\n" + b"0" * 180_000)

    overdue_at_start(shooter, grabber, window)
    desk(shooter, window)
    visitors_area(shooter, grabber, window)
    initiatives_area(shooter, window, overdue.initiative_id)
    document_editor(shooter, window, overdue.initiative_id, official_id)
    register(shooter, window, overdue.id, soon.id)
    directory_area(shooter, window, official_id)
    reports_area(shooter, window)
    settings_area(shooter, window)
    import_file(shooter, window)
    backups(shooter, window)
    idle_lock(shooter, window)

    window.backup_on_exit = False
    window.idle_lock.stop()
    window.close()
    if args.keep:
        import shutil

        shutil.copy(demo, args.keep)
    unused = sorted(p.name for p in OUT.glob("*.png") if p.stem not in shooter.names)
    if unused:
        print("not made by this run (delete them if the guide no longer uses them):", ", ".join(unused))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
