"""Closing the program and signing out (issue 11, points 6 and 7): half-typed work is asked about once,
with the list of what would be lost, and Cancel is the default; the window hides at once while the
exit backup finishes in the background, with a progress window when it is slow, and closing again
neither loses it nor makes a second one."""

from __future__ import annotations

import threading
import time

import pytest
from gui_keys import type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from cal_desktop.gui import closing, housekeeping, startup
from cal_desktop.gui.i18n import tr
from cal_desktop.services import backup


class StubLetter(QWidget):
    """A top-level window with unsaved work, as the document editor reports it."""

    def __init__(self, unsaved: bool = True) -> None:
        super().__init__()
        self.setWindowTitle("Письмо главе района")
        self.unsaved = unsaved

    def has_unsaved_work(self) -> bool:
        return self.unsaved


class Outer(QWidget):
    """A view answering for the form inside it (the form must not be listed a second time)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Карточка")
        self.inner = StubLetter()
        self.inner.setParent(self)
        QVBoxLayout(self).addWidget(self.inner)

    def has_unsaved_work(self) -> bool:
        return self.inner.has_unsaved_work()


@pytest.fixture
def window(window):  # type: ignore[no-untyped-def]
    """The main window as the program wires it: it asks before typed work is lost (until the test
    ends: pytest-qt closes it afterwards, with no one to answer)."""
    window.ask_before_losing_work = True
    yield window
    window.ask_before_losing_work = False


def _type_into_desk(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = window.show_area("desk").form
    type_text("Просит помочь с освещением", form.ui.summaryEdit)
    assert form.has_unsaved_work()


def test_a_clean_desk_closes_without_a_question(window, shown) -> None:  # type: ignore[no-untyped-def]
    window.show_area("desk")
    window.close()
    assert not window.isVisible()
    assert shown.shown == []


def test_closing_with_a_half_typed_consultation_asks_first(window, shown, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type_into_desk(window, qtbot)
    window.show_area("visitors")  # the form is out of sight, its text is not lost
    shown.answers = [-1]  # Cancel (also what Enter presses)
    window.close()
    assert window.isVisible()  # back to the work
    kind, title, text = shown.shown[0]
    assert kind == "ask" and title == tr("Unsaved work")
    assert tr("Close the program?") in text
    assert "• Приём — Новая консультация" in text
    assert shown.destructive == [True]
    assert window.pages["desk"].form.ui.summaryEdit.toPlainText().startswith("Просит")

    shown.answers = [0]  # «Закрыть без сохранения»
    window.close()
    assert not window.isVisible()


def test_every_open_window_with_unsaved_work_is_listed_once(window, shown, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type_into_desk(window, qtbot)
    letter, card, hidden = StubLetter(), Outer(), StubLetter()
    for widget in (letter, card, hidden):
        qtbot.addWidget(widget)
    letter.show()
    card.show()  # hidden: closed windows hold no work in progress
    lost = closing.unsaved_work(window)
    assert sorted(lost) == sorted(["Приём — Новая консультация", "Письмо главе района", "Карточка"])
    letter.unsaved = False
    assert "Письмо главе района" not in closing.unsaved_work(window)


def test_signing_in_as_another_asks_before_the_views_are_rebuilt(window, shown, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _type_into_desk(window, qtbot)
    dialogs: list[QDialog] = []
    monkeypatch.setattr(startup, "exec_dialog", lambda dialog: dialogs.append(dialog) or 0)
    shown.answers = [-1]
    assert window.sign_in_another() is False
    assert dialogs == []  # not even the sign-in dialog: the typed text stays
    assert "Войти под другим сотрудником?" in shown.shown[0][2] and shown.destructive == [True]
    assert window.pages["desk"].form.has_unsaved_work()
    shown.answers = [0]
    assert window.sign_in_another() is False  # the sign-in dialog came and was cancelled
    assert len(dialogs) == 1


def test_the_exit_backup_runs_after_the_window_hides_and_closing_again_loses_nothing(
    window, shown, qtbot, backups, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    real = backup.automatic_backup
    gate = threading.Event()
    calls: list[bool] = []

    def slow_stick(ctx, on_exit=False):  # type: ignore[no-untyped-def]
        calls.append(on_exit)
        gate.wait(10)  # a USB stick: the copy takes a while
        return real(ctx, on_exit=on_exit)

    monkeypatch.setattr(backup, "automatic_backup", slow_stick)
    window.backup_on_exit = True
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 0.5  # the window did not wait for the copy
    assert not window.isVisible()
    window.close()  # closing again: no second backup
    seen: list[str] = []

    def look_and_close_again() -> None:
        progress = [w for w in QApplication.topLevelWidgets() if w.objectName() == "closingProgress"]
        if progress and progress[0].isVisible():
            seen.append(progress[0].text.text())
            progress[0].close()  # the person closes the progress window too
        QTimer.singleShot(300, gate.set)

    QTimer.singleShot(400, look_and_close_again)
    closing.finish(show_after_ms=100)  # what app.run does after the window closed
    assert seen and "Не извлекайте флешку" in seen[0] and str(backups) in seen[0]
    assert calls == [True]
    assert len(backup.list_backups(backups)) == 1  # complete, under its real name
    assert not list(backups.glob("*.part"))
    assert not housekeeping.busy() and shown.shown == []


def test_a_failed_exit_backup_is_told_after_the_window_closed(window, shown, backups, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def unplugged(ctx, on_exit=False):  # type: ignore[no-untyped-def]
        raise backup.CalError("Папка для резервных копий недоступна: /media/usb.")

    monkeypatch.setattr(backup, "automatic_backup", unplugged)
    window.backup_on_exit = True
    window.close()
    closing.finish()
    assert [kind for kind, _t, _x in shown.shown] == ["warning"]
    assert "/media/usb" in shown.shown[0][2]


def test_the_daily_and_the_exit_backup_never_write_at_once(ctx, shown, backups, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Started in the same second they used to delete each other's temporary file: both failed."""
    startup.daily_backup(ctx)
    startup.on_exit(ctx)
    assert housekeeping.wait_all(30)
    assert shown.shown == []  # no «the automatic backup was not made»
    assert backup.list_backups(backups)
    assert not list(backups.glob("*.part"))


def test_a_form_whose_check_fails_counts_as_unsaved(window, shown, qtbot) -> None:  # type: ignore[no-untyped-def]
    class Broken(StubLetter):
        def has_unsaved_work(self) -> bool:
            raise RuntimeError("bug in a form")

    broken = Broken()
    qtbot.addWidget(broken)
    broken.show()
    assert closing.unsaved_work(window) == ["Письмо главе района"]
    shown.answers = [-1]
    window.close()
    assert window.isVisible()  # asked, not closed, not crashed


def test_typing_then_clearing_is_not_unsaved(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = window.show_area("desk").form
    edit: QLineEdit = form.ui.visitorEdit
    type_text("Ив", edit)
    assert form.has_unsaved_work()
    form.reset()
    assert not form.has_unsaved_work()
