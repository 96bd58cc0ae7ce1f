"""The form of a meeting or event (issue 16): kind, date and time, subject, place and territory,
organiser, the initiatives it served, the visitors present plus a head-count of the unnamed, officials
and partners present, decisions.

Save checks everything at once and shows every problem under the form; Esc or Cancel with changes asks
before dropping them. ``edit_event(ctx, parent, event_id=None, initiative_id=None)`` opens it and
returns whether anything was saved or deleted; tests replace it.
"""

from __future__ import annotations

from datetime import date, time
from typing import cast

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import EventKind
from cal_desktop.gui import file_dialogs, messages, screen_fit
from cal_desktop.gui.dialogs import event_documents
from cal_desktop.gui.dialogs.initiative_common import (
    ErrorLine,
    named,
    select_data,
    territory_combo,
    vocab_combo,
)
from cal_desktop.gui.formatting import DATE_FORMAT, from_qdate, to_qdate
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets.visitor_picker import VisitorPicker
from cal_desktop.services import events, initiatives, staff, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events import MAX_HEADCOUNT, EventCard, EventInput
from cal_desktop.services.initiatives import InitiativeFilter

ID_ROLE = Qt.ItemDataRole.UserRole
CHOICE_LIMIT = 1000  # initiatives offered in the box (newest first); typing narrows them


class EventDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        event_id: int | None = None,
        parent: QWidget | None = None,
        initiative_id: int | None = None,
        visitor_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "eventDialog", tr("Meeting or event"))
        self.setWindowTitle(tr("Meeting or event") if event_id is None else tr("Edit meeting or event"))
        self.ctx = ctx
        self.event_id = event_id
        self.saved_id: int | None = None
        self.deleted = False
        self._build()
        card = events.get_event(ctx, event_id) if event_id is not None else None
        if card is not None:
            self._show(card)
        elif initiative_id is not None:
            self._link_initiative(initiative_id)
        if card is None and visitor_id is not None:  # from the desk: the person chosen there was present
            self.add_person(visitor_id, visitors.get_visitor(ctx, visitor_id).full_name)
        self._initial = self.current_input()
        self.resize(
            min(640, screen_fit.available(self).width() - 40),
            min(700, screen_fit.available(self).height() - 60),
        )

    # ------------------------------------------------------------------------------------ building

    def _build(self) -> None:
        page = QWidget(self)
        page.setObjectName("eventForm")
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = vocab_combo(page, EventKind, "eventKind", tr("Kind"))
        self.held_on = named(QDateEdit(page), "eventDate", tr("Date"))
        self.held_on.setDisplayFormat(DATE_FORMAT)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDate(to_qdate(clock.today()))
        self.has_time = named(QCheckBox(tr("at"), page), "eventHasTime", tr("The event has a start time"))
        self.start_time = named(QTimeEdit(page), "eventTime", tr("Start time"))
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setTime(QTime(18, 0))
        self.start_time.setEnabled(False)
        self.has_time.toggled.connect(self.start_time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(self.has_time)
        when.addWidget(self.start_time)
        when.addStretch(1)
        self.title = named(QLineEdit(page), "eventTitle", tr("Subject"))
        self.title.setPlaceholderText(tr("What it was about, in a few words"))
        self.place = named(QLineEdit(page), "eventPlace", tr("Place"))
        self.place.setPlaceholderText(tr("Address or premises"))
        self.territory = territory_combo(page, self.ctx, "eventTerritory", tr("Territory"), tr("not set"))
        self.organiser = named(QComboBox(page), "eventOrganiser", tr("Organiser"))
        self.organiser.addItem(tr("me"), None)
        for member in staff.list_staff(self.ctx, active_only=False):
            self.organiser.addItem(member.display_name, member.id)
        form.addRow(tr("&Kind:"), self.kind)
        when_label = QLabel(tr("&Date:"), page)
        when_label.setBuddy(self.held_on)
        form.addRow(when_label, when)
        form.addRow(tr("&Subject:"), self.title)
        form.addRow(tr("&Place:"), self.place)
        form.addRow(tr("&Territory:"), self.territory)
        form.addRow(tr("&Organiser:"), self.organiser)
        self._build_initiatives(page, form)
        self._build_people(page, form)
        self.guests = named(QPlainTextEdit(page), "eventGuests", tr("Officials and partners present"))
        self.guests.setTabChangesFocus(True)
        self.guests.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.decisions = named(QPlainTextEdit(page), "eventDecisions", tr("Decisions"))
        self.decisions.setTabChangesFocus(True)
        self.decisions.setMinimumHeight(self.fontMetrics().height() * 4 + 12)
        form.addRow(tr("Officials, partners:"), self.guests)
        form.addRow(tr("Decisions:"), self.decisions)
        self.decisions_button = named(
            QPushButton(tr("Follow-&ups from decisions…"), page), "eventDecisionFollowUps",
            tr("Make follow-ups with an owner and a due date from the decisions"),
        )  # fmt: skip
        self.decisions_button.clicked.connect(self.decision_follow_ups)
        self.decisions_button.setVisible(self.event_id is not None)  # a saved event: they link to it
        form.addRow("", self.decisions_button)
        self.error = ErrorLine(self, "eventError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.delete_button = named(
            QPushButton(tr("Delete"), self), "eventDelete", tr("Delete this meeting or event")
        )
        self.delete_button.clicked.connect(self._delete)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.attendance_button = named(
            QPushButton(tr("Attendance sheet…"), self),
            "eventAttendance",
            tr("Save the attendance sheet of this meeting as PDF"),
        )
        self.attendance_button.clicked.connect(self.save_attendance)
        buttons.addButton(self.attendance_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.documents_button = event_documents.documents_button(self)  # minutes, announcement
        buttons.addButton(self.documents_button, QDialogButtonBox.ButtonRole.ActionRole)
        # after addButton, which shows them: only a saved event can be deleted or printed
        self.delete_button.setVisible(self.event_id is not None)
        self.attendance_button.setVisible(self.event_id is not None)
        self.documents_button.setVisible(self.event_id is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(screen_fit.scrolling(page, self), 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _build_initiatives(self, page: QWidget, form: QFormLayout) -> None:
        self.initiative_list = named(QListWidget(page), "eventInitiatives", tr("Initiatives of the event"))
        self.initiative_list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.initiative_choice = named(QComboBox(page), "eventInitiativeChoice", tr("Initiative to link"))
        self.initiative_choice.setEditable(True)
        self.initiative_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.initiative_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.initiative_choice.setMinimumContentsLength(20)
        self.initiative_choice.addItem("", None)
        for i in initiatives.list_initiatives(self.ctx, InitiativeFilter(), limit=CHOICE_LIMIT).items:
            self.initiative_choice.addItem(f"№{i.id}. {i.title}", i.id)
        completer = self.initiative_choice.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        add = named(QPushButton(tr("Link"), page), "eventLinkInitiative", tr("Link the chosen initiative"))
        add.clicked.connect(self._add_chosen_initiative)
        remove = named(
            QPushButton(tr("Unlink"), page), "eventUnlinkInitiative", tr("Unlink the selected initiative")
        )
        remove.clicked.connect(lambda: _take_selected(self.initiative_list))
        row = QHBoxLayout()
        row.addWidget(self.initiative_choice, 1)
        row.addWidget(add)
        row.addWidget(remove)
        box = QVBoxLayout()
        box.addWidget(self.initiative_list)
        box.addLayout(row)
        form.addRow(tr("Initiatives:"), box)

    def _build_people(self, page: QWidget, form: QFormLayout) -> None:
        self.people = named(QListWidget(page), "eventPeople", tr("Visitors present"))
        self.people.setMaximumHeight(self.fontMetrics().height() * 6 + 12)
        self.person_edit = named(QLineEdit(page), "eventPersonEdit", tr("Add a visitor present"))
        self.person_edit.setPlaceholderText(tr("Type a name or phone to add a person present"))
        self.picker = VisitorPicker(self.person_edit, self.ctx)
        self.picker.chosen.connect(self._person_chosen)
        remove = named(
            QPushButton(tr("Take out"), page), "eventRemovePerson", tr("Remove the selected person")
        )
        remove.clicked.connect(self._take_out_person)
        self.unnamed = named(QSpinBox(page), "eventUnnamed", tr("Participants not named"))
        self.unnamed.setRange(0, MAX_HEADCOUNT)
        self.unnamed.valueChanged.connect(self._update_total)
        self.total = named(QLabel(page), "eventTotal", tr("Participants in all"))
        row = QHBoxLayout()
        row.addWidget(self.person_edit, 1)
        row.addWidget(remove)
        box = QVBoxLayout()
        box.addWidget(self.people)
        box.addLayout(row)
        form.addRow(tr("Present:"), box)
        count_row = QHBoxLayout()
        count_row.addWidget(self.unnamed)
        count_row.addWidget(self.total, 1)
        unnamed_label = QLabel(tr("&Not named:"), page)
        unnamed_label.setBuddy(self.unnamed)
        form.addRow(unnamed_label, count_row)
        self._update_total()

    # --------------------------------------------------------------------------------------- values

    def _show(self, c: EventCard) -> None:
        select_data(self.kind, c.kind.value)
        self.held_on.setDate(to_qdate(c.held_on))
        self.has_time.setChecked(c.start_time is not None)
        if c.start_time is not None:
            self.start_time.setTime(QTime(c.start_time.hour, c.start_time.minute))
        self.title.setText(c.title or "")
        self.place.setText(c.place or "")
        select_data(self.territory, c.territory_id)
        select_data(self.organiser, c.organiser_id)
        for ref in c.initiatives:
            _add_item(self.initiative_list, f"№{ref.id}. {ref.title}", ref.id)
        for p in c.participants:
            _add_item(self.people, p.full_name, p.id)
        self.unnamed.setValue(c.unnamed_count)
        self.guests.setPlainText(c.guests or "")
        self.decisions.setPlainText(c.decisions or "")
        self._update_total()

    def _link_initiative(self, initiative_id: int) -> None:
        index = self.initiative_choice.findData(initiative_id)
        if index < 0:  # older than the box's list: ask for its title
            card = initiatives.get_initiative(self.ctx, initiative_id)
            _add_item(self.initiative_list, f"№{card.id}. {card.title}", card.id)
        else:
            _add_item(self.initiative_list, self.initiative_choice.itemText(index), initiative_id)

    def _add_chosen_initiative(self) -> None:
        index = self.initiative_choice.findText(self.initiative_choice.currentText())
        chosen = self.initiative_choice.itemData(index) if index >= 0 else None
        if chosen is not None:
            _add_item(self.initiative_list, self.initiative_choice.itemText(index), chosen)
            self.initiative_choice.setCurrentIndex(0)

    def _person_chosen(self, visitor_id: int | None) -> None:
        if visitor_id is None:
            return
        name = self.person_edit.text().split(",")[0].strip()
        _add_item(self.people, name, visitor_id)
        self.picker.clear()
        self._update_total()

    def add_person(self, visitor_id: int, name: str) -> None:
        """Add a person present (what choosing one in the search does)."""
        _add_item(self.people, name, visitor_id)
        self._update_total()

    def _update_total(self) -> None:
        named_count = self.people.count()
        self.total.setText(
            tr("in all: %1 (named %2)")
            .replace("%1", str(named_count + self.unnamed.value()))
            .replace("%2", str(named_count))
        )

    def _take_out_person(self) -> None:
        _take_selected(self.people)
        self._update_total()

    def current_input(self) -> EventInput:
        held: date = from_qdate(self.held_on.date())
        qtime = self.start_time.time()
        return EventInput(
            kind=self.kind.currentData(),
            held_on=held,
            start_time=cast(time, qtime.toPython()) if self.has_time.isChecked() else None,
            title=self.title.text(),
            place=self.place.text(),
            territory_id=self.territory.currentData(),
            organiser_id=self.organiser.currentData(),
            unnamed_count=self.unnamed.value(),
            guests=self.guests.toPlainText(),
            decisions=self.decisions.toPlainText(),
            initiative_ids=tuple(_ids(self.initiative_list)),
            participant_ids=tuple(_ids(self.people)),
        )

    def has_unsaved_work(self) -> bool:
        return self.saved_id is None and not self.deleted and self.current_input() != self._initial

    # -------------------------------------------------------------------------------------- actions

    def submit(self) -> bool:
        self.error.clear_error()
        data = self.current_input()
        try:
            if self.event_id is None:
                self.saved_id = events.create_event(self.ctx, data).id
            else:
                self.saved_id = events.update_event(self.ctx, self.event_id, data).id
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        return True

    def decision_follow_ups(self) -> None:
        from cal_desktop.gui.dialogs import event_decisions

        if self.event_id is not None:
            event_decisions.open_decisions(self.ctx, self, self.event_id, self.decisions.toPlainText())

    def _accept(self) -> None:
        if self.submit():
            self.accept()

    def reject(self) -> None:
        if self.has_unsaved_work():
            answer = messages.ask(
                self, tr("Discard the changes to this meeting or event?"), [tr("Discard")], destructive=True
            )
            if answer != 0:
                return
        super().reject()

    def save_attendance(self, path: str | None = None) -> bool:
        """The attendance sheet (people present, then empty numbered rows) as a PDF the user chooses."""
        from cal_desktop.services import events_documents

        if self.event_id is None:
            return False
        if path is None:
            path = ask_save_path(self, tr("Attendance sheet"), tr("attendance.pdf"), "PDF (*.pdf)")
        if not path:
            return False
        try:
            events_documents.write_attendance(self.ctx, self.event_id, path)
        except errors.CalError as exc:
            self.error.show_error(exc)
            return False
        except OSError as exc:
            self.error.setText(tr("Could not write the file: %1").replace("%1", str(exc.strerror or exc)))
            self.error.show()
            return False
        return True

    def discard(self) -> None:
        """Close without asking, dropping what was typed (the program's closing has asked already)."""
        self._initial = self.current_input()
        super().reject()

    def _delete(self) -> None:
        if self.event_id is None:
            return
        answer = messages.ask(self, tr("Delete this meeting or event?"), [tr("Delete")], destructive=True)
        if answer != 0:
            return
        try:
            events.delete_event(self.ctx, self.event_id)
        except errors.CalError as exc:
            self.error.show_error(exc)
            return
        self.deleted = True
        super().reject()


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    return file_dialogs.save_file(parent, title, suggested, filters)


def _add_item(widget: QListWidget, text: str, item_id: int) -> None:
    if item_id in _ids(widget):
        return
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, item_id)
    item.setToolTip(text)
    widget.addItem(item)


def _ids(widget: QListWidget) -> list[int]:
    return [widget.item(r).data(ID_ROLE) for r in range(widget.count())]


def _take_selected(widget: QListWidget) -> None:
    row = widget.currentRow()
    if row >= 0:
        widget.takeItem(row)


def edit_event(
    ctx: ServiceContext,
    parent: QWidget | None,
    event_id: int | None = None,
    initiative_id: int | None = None,
    visitor_id: int | None = None,
) -> bool:
    """Open the form (a new event linked to ``initiative_id`` with ``visitor_id`` present, or
    ``event_id``); True when the event was saved or deleted, so that the caller reloads."""
    dialog = EventDialog(ctx, event_id, parent, initiative_id, visitor_id)
    dialog.exec()
    return dialog.saved_id is not None or dialog.deleted
