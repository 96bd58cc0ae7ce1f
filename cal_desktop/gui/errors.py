"""The one place that turns errors into what the user sees (DESIGN.md section 6).

Typed errors from the services (``errors.CalError``) carry a Russian message for the user and are
shown as they are. Anything else is a bug: it is logged with its traceback and shown once, and the
window stays usable (``sys.excepthook`` is replaced so Qt does not abort on an exception in a slot).
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from cal_desktop import errors
from cal_desktop.gui import messages
from cal_desktop.gui.i18n import tr

log = logging.getLogger("cal_desktop.gui")

_shown_bugs: set[str] = set()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error from a service call (or a bug) to the user."""
    if isinstance(exc, errors.ImportRejected):
        details = "\n".join(f"{r}: {c}: {m}" for r, c, m in exc.problems)
        messages.warning(parent, exc.message, details=details)
    elif isinstance(exc, errors.CalError):
        messages.warning(parent, exc.message)
    else:
        _show_bug(parent, type(exc), exc, exc.__traceback__)


def _show_bug(
    parent: QWidget | None,
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    log.error("unexpected error", exc_info=(kind, exc, tb))
    key = f"{kind.__name__}: {exc}"
    if key in _shown_bugs:  # shown once: a failing timer must not pile up dialogs
        return
    _shown_bugs.add(key)
    messages.warning(
        parent,
        tr("Something went wrong in the program. The work saved so far is safe; you can go on working.")
        + "\n\n"
        + key,
        details="".join(traceback.format_exception(kind, exc, tb)),
    )


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if isinstance(exc, errors.CalError):
        show_error(QApplication.activeWindow(), exc)
        return
    _show_bug(QApplication.activeWindow(), kind, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook
