"""The Qt half of ``cal-desktop --self-test``: can this installation start Qt and build the program's window?

Kept inside gui/ because nothing else may import PySide6; ``cal_desktop.commands.selftest`` imports it
lazily. It runs offscreen unless a platform is chosen, so it works in CI and on a machine with no display.
In the frozen build this is where a Qt module or a view that PyInstaller failed to pack shows up.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from pathlib import Path

from cal_desktop.services.context import ServiceContext


def check_qt() -> str:
    """Create the application and a widget and run the event loop briefly; returns the Qt version.

    Raises whatever Qt raises (a missing shared library shows as an ImportError naming it).
    """
    if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty: no display is needed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtCore
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["cal-desktop", "--self-test"])
    label = QLabel("CAL Desktop: самопроверка")
    label.setObjectName("selfTestLabel")
    label.show()
    app.processEvents()
    if not label.isVisible():
        raise RuntimeError("окно Qt не открылось")
    label.close()
    label.deleteLater()
    app.processEvents()
    return QtCore.qVersion()


def import_gui_modules() -> int:
    """Import every module of the GUI: a module or Qt library missing from a build fails here."""
    import cal_desktop.gui as gui

    count = 0
    for info in pkgutil.walk_packages(gui.__path__, prefix="cal_desktop.gui."):
        importlib.import_module(info.name)
        count += 1
    return count


def check_main_window(ctx: ServiceContext, scratch: Path) -> str:
    """Build the main window over ``ctx`` (a temporary database) in Russian and open every area.

    The desk's own settings go to a file in ``scratch``, so the user's window layout is never touched. A
    dialog that pops up on its own is closed and reported: offscreen nobody could press its button.
    """
    os.environ["CAL_DESKTOP_GUI_INI"] = str(scratch / "desk.ini")
    from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from cal_desktop.domain.vocab import Role
    from cal_desktop.gui import housekeeping, i18n
    from cal_desktop.gui.main_window import MainWindow
    from cal_desktop.gui.widgets.placeholder import Placeholder
    from cal_desktop.services import staff

    app = QApplication.instance() or QApplication(["cal-desktop", "--self-test"])
    if not i18n.install("ru"):
        raise RuntimeError(f"нет русского перевода интерфейса в {i18n.translations_dir()}")
    probe = ("QFileDialog", "File &name:")  # a string of qtbase_ru.qm (in variables: not for lupdate)
    if QCoreApplication.translate(*probe) == probe[1]:
        raise RuntimeError(
            f"нет русского перевода диалогов Qt (qtbase_ru.qm) в {i18n.qt_translations_dirs()}"
        )
    unexpected: list[str] = []

    def close_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            unexpected.append(dialog.windowTitle() or dialog.objectName() or type(dialog).__name__)
            dialog.close()

    watchdog = QTimer()
    watchdog.timeout.connect(close_dialogs)
    watchdog.start(100)
    try:
        # an administrator sees every area: a staff member's window would hide reports and settings
        member = staff.create_profile(
            ctx, staff.StaffInput(display_name="Самопроверка Анна Ивановна"), role=Role.ADMIN
        )
        window = MainWindow(ctx.acting_as(member.actor()), str(scratch / "selftest.db"))
        window.show()
        app.processEvents()
        placeholders = []
        opened = []
        for row, area in enumerate(window.areas):
            window.show_area_at(row)
            app.processEvents()
            page = window.pages.get(area.key)
            if page is None:
                raise RuntimeError(f"раздел «{area.title()}» не открылся")
            if isinstance(page, Placeholder):
                placeholders.append(area.title())
            else:
                opened.append(area.title())
        QThreadPool.globalInstance().waitForDone(10_000)
        # the first screen's reads (housekeeping.later) open the scratch database too: done before the
        # scratch folder is deleted, else a -wal file appearing meanwhile makes its removal fail
        housekeeping.wait_all(10)
        app.processEvents()
        title = window.windowTitle()
        translated = app.translate("", "&File")
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        watchdog.stop()
        i18n.install("en")
    if unexpected:
        raise RuntimeError(f"неожиданный диалог: {unexpected[0]}")
    if "Centre" in title or translated == "&File":
        raise RuntimeError("интерфейс не переведён на русский")
    if placeholders:
        raise RuntimeError(f"разделы не открылись: {', '.join(placeholders)}")
    return (
        f"язык интерфейса: русский («&File» → «{translated}»); окно «{title}»; "
        f"разделы ({len(opened)}): {', '.join(opened)}"
    )
