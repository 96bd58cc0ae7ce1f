"""The idle lock: after some minutes without mouse or keyboard input the program's windows are covered
and only the same person's password (or signing in as someone else) opens them again.

Residents' data must not stay readable on a desk left unattended. One application-wide event filter
restarts a single-shot QTimer on every input event; on timeout every visible window gets an opaque
cover (a child widget over its whole area, menus included, so nothing is hidden or closed and no
unsaved input is lost) and an application-modal unlock dialog appears.

Wiring (gui/app.py)::

    lock = IdleLock(window, ctx, on_switch=lambda: ...)   # keep a reference (e.g. window.idle_lock)

``timeout_ms`` overrides the setting ``idle_lock_minutes`` (tests use milliseconds).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.gui.dialogs.signin import error_label, line_edit
from cal_desktop.gui.dialogs.signin_translations import tr
from cal_desktop.services import accounts
from cal_desktop.services import settings as settings_service
from cal_desktop.services.context import ServiceContext

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class Cover(QWidget):
    """An opaque sheet over a window while it is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idleCover")
        self.setAccessibleName(tr("The window is locked"))
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QWidget#idleCover { background: #40464f; } QLabel { color: white; font-size: 14pt; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        label = QLabel(tr("The window is locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())  # the window may be resized while locked
        return False


class UnlockDialog(QDialog):
    """The password of the person who is signed in; or signing in as someone else."""

    switch_requested = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        minutes: float | None,
        can_switch: bool,
        parent: QWidget | None = None,
    ):
        """``minutes`` is the idle time that locked the window; ``None`` when it was locked by hand."""
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(tr("CAL Desktop is locked"))
        self.setAccessibleName(tr("CAL Desktop is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        name = ctx.actor.display_name or tr("Staff member")
        if minutes is None:
            message = tr(
                "The window is locked, to protect residents' personal data. {name}, enter your "
                "password to go on."
            ).format(name=name)
        else:
            message = tr(
                "The window was locked after {minutes} min without activity, to protect residents' "
                "personal data. {name}, enter your password to go on."
            ).format(minutes=_round(minutes), name=name)
        text = QLabel(message, self)
        text.setObjectName("unlockText")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.password = line_edit(self, "unlockPasswordEdit", tr("Password"), password=True)
        form.addRow(tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = error_label(self, "unlockError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(tr("Sign in as another staff member"), self)
        self.switch_button.setObjectName("switchUserButton")
        buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.switch_button.setVisible(can_switch)
        self.switch_button.clicked.connect(self.switch_requested.emit)
        buttons.accepted.connect(self.try_unlock)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def try_unlock(self) -> None:
        try:
            accounts.check_actor_password(self.ctx, self.password.text())
        except errors.CalError as exc:
            self.error.setText(exc.message)  # wrong password, or the account is now locked for N min
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def reject(self) -> None:
        """Esc does not unlock."""


def _round(minutes: float) -> str:
    return str(max(1, round(minutes)))


class IdleLock(QObject):
    """Locks ``window`` (and every other open window) after a while without input."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QWidget,
        ctx: ServiceContext,
        timeout_ms: int | None = None,
        on_switch: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.on_switch = on_switch
        self.covers: list[Cover] = []
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("idleTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_timeout(timeout_ms if timeout_ms is not None else self.minutes_from_settings() * 60_000)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def minutes_from_settings(self) -> int:
        return settings_service.get_settings(self.ctx).idle_lock_minutes

    def set_timeout(self, timeout_ms: int) -> None:
        """A new idle time (e.g. after the setting changed); counting starts again."""
        self.timer.setInterval(max(1, int(timeout_ms)))
        if not self.is_locked:
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.is_locked:
            self.timer.start()  # restart: the person is here
        return False

    def lock(self, by_hand: bool = False) -> None:
        """Cover the windows; ``by_hand``: the person locked it (File > Lock), not the idle time."""
        if self.is_locked:
            return
        self.timer.stop()
        windows: list[QWidget] = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, (QMainWindow, QDialog)) and not isinstance(w, UnlockDialog)
        ]
        if self.window not in windows:
            windows.insert(0, self.window)
        self.covers = [Cover(w) for w in windows]
        minutes = None if by_hand else self.timer.interval() / 60_000
        self.dialog = UnlockDialog(self.ctx, minutes, self.on_switch is not None, self.window)
        self.dialog.accepted.connect(self.unlock)
        self.dialog.switch_requested.connect(self._switch)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        self.locked.emit()

    def unlock(self) -> None:
        for cover in self.covers:
            covered = cover.parentWidget()
            if covered is not None:
                covered.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self.covers = []
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.timer.start()
        self.unlocked.emit()

    def _switch(self) -> None:
        """Someone else signs in (``on_switch`` shows the sign-in and returns true when they did):
        the window is theirs now, so it opens; a cancelled sign-in leaves it locked."""
        if self.on_switch is not None and self.on_switch():
            self.unlock()

    def stop(self) -> None:
        """Stop watching (the window is closing or another person signed in)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
