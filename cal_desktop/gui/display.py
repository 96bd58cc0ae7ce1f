"""Starting the window without a screen: one Russian line and exit status 1, never Qt's abort.

Without a display Qt prints several English lines about platform plugins and aborts the process
(status 134, a core dump on some systems). :func:`available` catches the common case before Qt is
asked (Linux and other X11/Wayland systems with neither ``DISPLAY`` nor ``WAYLAND_DISPLAY`` nor
``QT_QPA_PLATFORM``); :func:`create_application` catches the rest (a display that cannot be
reached, missing xcb libraries): Qt's fatal message is turned into the same kind of line, and the
English details go to the log.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

NO_DISPLAY = (
    "Ошибка: нет графического экрана (переменные DISPLAY и WAYLAND_DISPLAY не заданы) — запустите "
    "программу на рабочем столе или задайте QT_QPA_PLATFORM=offscreen для работы без экрана."
)
CANNOT_OPEN = (
    "Ошибка: не удалось открыть окно на экране {display} — запустите программу на рабочем столе "
    "(проверьте DISPLAY и библиотеки Qt xcb) или задайте QT_QPA_PLATFORM=offscreen; подробности в журнале."
)


def available(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """False when there is certainly no screen to open a window on (X11/Wayland systems only:
    Windows and macOS always have one for a desktop program)."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin")):
        return True
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def create_application(argv: list[str]) -> QApplication:
    """``QApplication(argv)``; when Qt cannot open the display, one line on stderr and exit 1."""
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        messages.append(text)
        if kind == QtMsgType.QtFatalMsg:
            log.error("Qt could not start: %s", " | ".join(messages))
            display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or "?"
            print(CANNOT_OPEN.format(display=display), file=sys.stderr, flush=True)
            logging.shutdown()
            os._exit(1)  # returning would let Qt abort the process

    previous = qInstallMessageHandler(handler)
    try:
        app = QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
    for text in messages:  # warnings of a start that worked after all
        log.warning("Qt: %s", text)
    return app
