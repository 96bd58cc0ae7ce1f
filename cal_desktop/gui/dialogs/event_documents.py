"""Documents of a meeting or event, opened from its form (issue 16.2): «Документы ▾» with the minutes
(the chair, the secretary and the elected representative are chosen among the people present, then the
document editor opens with the record's values) and the notice-board announcement (a PDF).

``documents_button(form)`` is the one hook the event form calls; it reads ``form.ctx`` and
``form.event_id`` when clicked, so a new event gets it once saved. ``add_row_menu(view)`` gives the
«Мероприятия» list the same documents (and the attendance sheet) on a row's context menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.gui import file_dialogs, messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.i18n import tr
from cal_desktop.services import events_documents
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events_documents import MinutesRoles


class MinutesRolesDialog(QDialog):
    """Who chaired, who kept the minutes, who was elected: chosen among those present (or left blank,
    to be written in by hand)."""

    def __init__(self, present: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesRolesDialog")
        self.setWindowTitle(tr("Minutes of the meeting"))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for key, caption in (
            ("chair", tr("&Chair:")),
            ("secretary", tr("&Secretary:")),
            ("representative", tr("&Elected representative:")),
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"minutes_{key}")
            combo.setAccessibleName(caption.replace("&", "").rstrip(":"))
            combo.addItem(tr("— written in by hand —"), None)
            for visitor_id, name in present:
                combo.addItem(name, visitor_id)
            self.combos[key] = combo
            form.addRow(caption, combo)
        if present:  # the usual case: the first named person chairs; the staff member corrects it
            self.combos["chair"].setCurrentIndex(1)
        note = QLabel(
            tr("Only people recorded as present can be chosen. Everything can still be corrected in the editor."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Prepare the minutes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def roles(self) -> MinutesRoles:
        return MinutesRoles(*(self.combos[k].currentData() for k in ("chair", "secretary", "representative")))


def choose_roles(parent: QWidget, present: list[tuple[int, str]]) -> MinutesRoles | None:
    """The roles the user chose, or None when cancelled (tests replace this)."""
    dialog = MinutesRolesDialog(present, parent)
    return dialog.roles() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_minutes(parent: QWidget, ctx: ServiceContext, event_id: int) -> bool:
    """The minutes of the meeting in the document editor, filled from its record. True when saved."""
    from cal_desktop.gui.dialogs.document_dialogs import open_editor

    try:
        present = events_documents.minutes_preset(ctx, event_id).present
        roles = choose_roles(parent, present)
        if roles is None:
            return False
        preset = events_documents.minutes_preset(ctx, event_id, roles)
    except errors.CalError as exc:
        show_error(parent, exc)
        return False
    return open_editor(parent, ctx, preset.initiative_id, "meeting_minutes", preset=preset.overrides)


def save_announcement(parent: QWidget, ctx: ServiceContext, event_id: int, path: str | None = None) -> bool:
    """The announcement for a notice board as a PDF the user chooses."""
    if path is None:
        path = file_dialogs.save_file(parent, tr("Announcement"), tr("announcement.pdf"), "PDF (*.pdf)")
    if not path:
        return False
    try:
        events_documents.write_announcement(ctx, event_id, path)
    except errors.CalError as exc:
        show_error(parent, exc)
        return False
    except OSError as exc:  # a full disk, a folder without the right to write
        messages.warning(parent, tr("Could not write the file: %1").replace("%1", str(exc.strerror or exc)))
        return False
    return True


def _saved(form: Any) -> bool:
    """The documents are made from the saved record: changes still in the form are saved first."""
    if form.event_id is None:
        return False
    if form.current_input() == form._initial:
        return True
    messages.info(form, tr("Save the changes first: the documents are made from the saved record."))
    return False


def documents_button(form: Any) -> QPushButton:
    """«Документы ▾» for the event form: the minutes and the announcement of this event."""
    button = QPushButton(tr("&Documents"), form)
    button.setObjectName("eventDocuments")
    button.setAccessibleName(tr("Documents of this meeting or event"))
    menu = QMenu(button)
    menu.setObjectName("eventDocumentsMenu")
    minutes = menu.addAction(tr("Minutes of the meeting…"))
    minutes.setObjectName("eventMinutesAction")
    minutes.triggered.connect(lambda: _saved(form) and open_minutes(form, form.ctx, form.event_id))
    notice = menu.addAction(tr("Announcement for a notice board…"))
    notice.setObjectName("eventAnnouncementAction")
    notice.triggered.connect(lambda: _saved(form) and save_announcement(form, form.ctx, form.event_id))
    button.setMenu(menu)
    return button


def save_attendance(parent: QWidget, ctx: ServiceContext, event_id: int, path: str | None = None) -> bool:
    """The attendance sheet (people present, then empty numbered rows) as a PDF the user chooses."""
    if path is None:
        path = file_dialogs.save_file(parent, tr("Attendance sheet"), tr("attendance.pdf"), "PDF (*.pdf)")
    if not path:
        return False
    try:
        events_documents.write_attendance(ctx, event_id, path)
    except errors.CalError as exc:
        show_error(parent, exc)
        return False
    except OSError as exc:
        messages.warning(parent, tr("Could not write the file: %1").replace("%1", str(exc.strerror or exc)))
        return False
    return True


def row_menu(view: Any, event_id: int) -> QMenu:
    """The documents of one event of the list: minutes, attendance sheet, announcement."""
    menu = QMenu(view)
    menu.setObjectName("eventRowMenu")
    for name, text, action in (
        ("rowMinutesAction", tr("Minutes of the meeting…"), open_minutes),
        ("rowAttendanceAction", tr("Attendance sheet…"), save_attendance),
        ("rowAnnouncementAction", tr("Announcement for a notice board…"), save_announcement),
    ):
        item = menu.addAction(text)
        item.setObjectName(name)
        item.triggered.connect(lambda _checked=False, act=action: act(view, view.ctx, event_id))
    return menu


def add_row_menu(view: Any) -> None:
    """A right click on a row of the events list offers its documents."""
    table = view.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: Any) -> None:
        row = view.model.row(table.indexAt(pos).row())
        if row is not None:
            row_menu(view, row.id).exec(table.viewport().mapToGlobal(pos))

    table.customContextMenuRequested.connect(show)


__all__ = [
    "MinutesRolesDialog",
    "add_row_menu",
    "choose_roles",
    "documents_button",
    "open_minutes",
    "row_menu",
    "save_announcement",
    "save_attendance",
]
