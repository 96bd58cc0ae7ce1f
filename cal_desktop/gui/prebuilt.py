"""The main window built, hidden, while the password of the person signing in is checked.

Checking a password costs about 0.5 s (scrypt N=2**17, services/accounts.py); ``hashlib.scrypt``
releases Python's lock, so the sign-in dialog checks it on a worker thread and meanwhile this thread
builds the window of the account the login names (gui/dialogs/signin.py). Nothing of it is shown:
the window is handed out only to a sign-in that returned that very person (:meth:`Prebuilt.take`),
and is thrown away on a wrong password, a locked account, a cancelled forced password change or a
different person. Building it reads that person's desk and writes nothing (no audit entry).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from cal_desktop.services.context import Actor, ServiceContext

log = logging.getLogger(__name__)
Window = TypeVar("Window", bound=QWidget)


class Prebuilt(Generic[Window]):
    """Holds at most one hidden window and the actor it was built for."""

    def __init__(self, build: Callable[[ServiceContext], Window]) -> None:
        self.build = build
        self.window: Window | None = None
        self.actor: Actor | None = None

    def prepare(self, ctx: ServiceContext) -> None:
        """Build the window for ``ctx.actor`` (not yet verified), hidden."""
        self.discard()
        try:
            self.window = self.build(ctx)
        except Exception:  # built again after the sign-in, where a failure is shown as usual
            log.exception("building the main window during the sign-in failed")
            return
        self.actor = ctx.actor

    def take(self, ctx: ServiceContext) -> Window | None:
        """The window, when it was built for the person ``ctx`` signed in as; else None (and the
        window built for someone else is thrown away)."""
        window, actor = self.window, self.actor
        self.window, self.actor = None, None
        if window is None:
            return None
        if actor != ctx.actor:
            _drop(window)
            return None
        return window

    def discard(self) -> None:
        if self.window is not None:
            _drop(self.window)
        self.window, self.actor = None, None


def _drop(window: QWidget) -> None:
    window.hide()
    window.deleteLater()
