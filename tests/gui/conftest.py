"""GUI test fixtures: an isolated desk settings file, recorded message boxes, and a main window on a
fresh database with a staff member at the desk."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cal_desktop.gui import messages


@pytest.fixture(autouse=True)
def _isolated_desk(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CAL_DESKTOP_GUI_INI", str(tmp_path / "desk.ini"))
    monkeypatch.setenv("CAL_DESKTOP_LANG", "ru")


@pytest.fixture(autouse=True)
def _russian_by_default(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every GUI test starts in Russian, the program's default language, whatever the test before did."""
    from cal_desktop.gui import i18n

    i18n.install("ru")
    yield


@pytest.fixture(autouse=True)
def _background_jobs_done(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """No pool thread may outlive its test (it would report to widgets already deleted)."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    from cal_desktop.gui import housekeeping  # the check, the backups, the first screen's reads

    housekeeping.wait_all(10)
    qapp.processEvents()


@pytest.fixture
def shown(monkeypatch) -> messages.Recorder:  # type: ignore[no-untyped-def]
    """Message boxes are recorded, never shown; ``shown.answers`` queues the answers to questions."""
    recorder = messages.Recorder()
    monkeypatch.setattr(messages, "backend", recorder)
    return recorder


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Russian translation, checked to be there (it is also installed for every test by default)."""
    from cal_desktop.gui import i18n

    assert i18n.install("ru"), (
        "resources/translations/cal_desktop_ru.qm is missing: run scripts/build_translations.py"
    )
    yield


@pytest.fixture(scope="session", autouse=True)
def _qt_torn_down_in_order() -> Iterator[None]:
    """Close and delete every window while the QApplication is alive, then collect garbage: left to the
    interpreter's exit, PySide objects may be finalised after Qt and abort the run."""
    yield
    import gc

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.processEvents()
    gc.collect()
    app.processEvents()


@pytest.fixture
def window(qtbot, ctx, db_path, shown, russian):  # type: ignore[no-untyped-def]
    from cal_desktop.gui.main_window import MainWindow

    win = MainWindow(ctx, str(db_path))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


@pytest.fixture
def backups(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Automatic and manual backups go to a folder of this test (never the user's data folder)."""
    from cal_desktop.services import backup

    folder = tmp_path / "backups"
    monkeypatch.setattr(backup, "backup_folder", lambda _ctx: folder)
    monkeypatch.setattr(backup, "default_backup_folder", lambda: folder)
    return folder
