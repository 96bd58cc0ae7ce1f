"""The Qt half of ``cal-desktop --self-test``: can this installation start Qt and show a widget?

Kept inside gui/ because nothing else may import PySide6; ``cal_desktop.commands.selftest`` imports it
lazily. It runs offscreen unless a platform is chosen, so it works in CI and on a machine with no display.
"""

from __future__ import annotations

import os


def check_qt() -> str:
    """Create the application and a widget and run the event loop briefly; returns the Qt version.

    Raises whatever Qt raises (a missing shared library shows as an ImportError naming it).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
