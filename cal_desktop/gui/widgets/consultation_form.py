"""The quick consultation form (the desk's main tool): everything reachable from the keyboard.

Enter saves (Ctrl+Enter inside the summary, where Enter starts a new line), Esc clears the form (or
closes the edit dialog) after asking when something typed would be lost; while a drop-down list is
open, Enter and Esc belong to that list. Validation problems are shown beside their fields in Russian,
all in one round; nothing is saved until every field is right.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QListWidgetItem, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab import Category, Channel, Outcome, OutOfScopeReason, Topic
from cal_desktop.gui import messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.forms.ui_consultation_form import Ui_ConsultationForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.widgets.consent_flag import ConsentFlagLabel
from cal_desktop.gui.widgets.fields import FieldErrors, parse_date, raise_together
from cal_desktop.gui.widgets.referral_fields import ReferralFields, referral_of
from cal_desktop.gui.widgets.visitor_picker import VisitorPicker, describe
from cal_desktop.services import consultations, visitors
from cal_desktop.services.consultations import (
    LABELS,
    OUT_OF_SCOPE_REMINDER,
    ConsultationInput,
    ConsultationRow,
)
from cal_desktop.services.context import ServiceContext

HINT_STYLE = "background: #fff4d6; color: #5c4400; padding: 4px; border-radius: 3px;"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _principles():  # type: ignore[no-untyped-def]
    """domain.principles (written by another area) if present: it spots money/elections/do-it-for-me."""
    try:
        return importlib.import_module("cal_desktop.domain.principles")
    except ImportError:
        return None


def _initiatives():  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module("cal_desktop.services.initiatives")
    except ImportError:
        return None


class ConsultationForm(QWidget):
    """Create (``consultation_id`` None) or edit a consultation. Emits ``saved`` with the saved row."""

    saved = Signal(object)  # ConsultationRow
    cancelled = Signal()
    new_visitor_requested = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ConsultationForm()
        self.ui.setupUi(self)
        self.consultation_id: int | None = None
        self.occurred_at: datetime | None = None
        self.picker = VisitorPicker(self.ui.visitorEdit, ctx)
        self.picker.chosen.connect(self._visitor_chosen)
        self.consent_flag = ConsentFlagLabel(ctx, self)  # issue 15: shown when the chosen visitor's consent
        self.ui.formLayout.insertRow(2, "", self.consent_flag)  # is missing, old or withdrawn
        self.ui.formLayout.setRowVisible(self.consent_flag, False)
        self.errors = FieldErrors(self.ui.formError)
        self.errors.bind("visitor_id", self.ui.visitorError, self.ui.visitorEdit)
        self.errors.bind("topics", self.ui.topicsError, self.ui.topicsList)
        self.errors.bind("out_of_scope_reason", self.ui.reasonError, self.ui.reasonCombo)
        self.errors.bind("follow_up_date", self.ui.followUpError, self.ui.followUpEdit)
        position: Any = self.ui.formLayout.getWidgetPosition(self.ui.reminderLabel)  # (row, role); stub: object
        reminder_row = int(position[0])
        self.referral = ReferralFields(ctx, self, self.ui.formLayout, reminder_row, self.errors)  # issue 21
        self.ui.titleLabel.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.ui.reminderLabel.setText(OUT_OF_SCOPE_REMINDER)
        self.ui.reminderLabel.setStyleSheet(HINT_STYLE)
        self.ui.principlesHint.setStyleSheet(HINT_STYLE)
        self._fill_vocabularies()
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.setInterval(300)
        self.hint_timer.timeout.connect(self._update_principles_hint)
        self.ui.summaryEdit.textChanged.connect(self.hint_timer.start)
        self.ui.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.clearButton.clicked.connect(self._escape)
        self.ui.newVisitorButton.clicked.connect(
            lambda: self.new_visitor_requested.emit(self.ui.visitorEdit.text())
        )
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)
        self.reset()

    # ------------------------------------------------------------------------------------- setup

    def _fill_vocabularies(self) -> None:
        for channel in Channel:
            self.ui.channelCombo.addItem(label(channel), channel.value)
        for topic in Topic:
            item = QListWidgetItem(label(topic), self.ui.topicsList)
            item.setData(Qt.ItemDataRole.UserRole, topic.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        for outcome in Outcome:
            self.ui.outcomeCombo.addItem(label(outcome), outcome.value)
        self.ui.reasonCombo.addItem(tr("— not applicable —"), None)
        for reason in OutOfScopeReason:
            self.ui.reasonCombo.addItem(label(reason), reason.value)
        self.ui.topicsList.setCurrentRow(0)

    def reset(self) -> None:
        """An empty form for the next visitor."""
        self.consultation_id = None
        self.occurred_at = None
        self.ui.titleLabel.setText(tr("New consultation"))
        self.picker.clear()
        self.ui.formLayout.setRowVisible(self.consent_flag, self.consent_flag.show_for(None))
        self.ui.channelCombo.setCurrentIndex(0)
        for row in range(self.ui.topicsList.count()):
            self.ui.topicsList.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.ui.topicsList.setCurrentRow(0)
        self.ui.summaryEdit.clear()
        self.ui.outcomeCombo.setCurrentIndex(0)
        self.ui.reasonCombo.setCurrentIndex(0)
        self.ui.newInitiativeCheck.setChecked(False)
        self.ui.followUpEdit.clear()
        self.ui.durationSpin.setValue(0)
        self.referral.clear()
        self._fill_initiatives(None)
        self.errors.clear()
        self._outcome_changed()
        self.ui.principlesHint.hide()
        self._clean = self._snapshot()

    def load(self, row: ConsultationRow) -> None:
        """Fill the form to edit a saved consultation."""
        self.reset()
        self.consultation_id = row.id
        self.occurred_at = row.occurred_at
        self.ui.titleLabel.setText(tr("Consultation of %s") % fmt_date(row.occurred_at.date()))
        if row.visitor_id is not None:
            self.picker.set_visitor(row.visitor_id, describe(visitors.get_visitor(self.ctx, row.visitor_id)))
        _pick(self.ui.channelCombo, row.channel.value)
        wanted = {t.value for t in row.topics}
        for i in range(self.ui.topicsList.count()):
            item = self.ui.topicsList.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.ui.summaryEdit.setPlainText(row.summary or "")
        _pick(self.ui.outcomeCombo, row.outcome.value)
        _pick(self.ui.reasonCombo, row.out_of_scope_reason.value if row.out_of_scope_reason else None)
        self._fill_initiatives(row.visitor_id, row.initiative_id, row.initiative_title)
        self.ui.followUpEdit.setText(fmt_date(row.follow_up_date))
        self.ui.durationSpin.setValue(row.duration_min or 0)
        self.referral.load(referral_of(self.ctx, row.id))
        self.ui.saveButton.setText(tr("Save changes (Enter)"))
        self._clean = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        """Everything the person can change, to tell whether anything was typed since the last save."""
        return (
            self.ui.visitorEdit.text().strip(),
            self.picker.visitor_id,
            self.ui.channelCombo.currentIndex(),
            tuple(self.checked_topics()),
            self.ui.summaryEdit.toPlainText().strip(),
            self.ui.outcomeCombo.currentIndex(),
            self.ui.reasonCombo.currentIndex(),
            self.ui.initiativeCombo.currentData(),
            self.ui.newInitiativeCheck.isChecked(),
            self.ui.followUpEdit.text().strip(),
            self.ui.durationSpin.value(),
            self.referral.snapshot(),
        )

    def has_unsaved_work(self) -> bool:
        """True when the person has typed or chosen anything not yet saved (closing the window asks)."""
        return self._snapshot() != self._clean

    # ------------------------------------------------------------------------------------ reactions

    def _visitor_chosen(self, visitor_id: int | None) -> None:
        self._fill_initiatives(visitor_id)
        self.ui.formLayout.setRowVisible(self.consent_flag, self.consent_flag.show_for(visitor_id))
        if visitor_id is not None:
            self.errors.clear()

    def _fill_initiatives(
        self, visitor_id: int | None, current: int | None = None, current_title: str | None = None
    ) -> None:
        """The visitor's open initiatives, to link this consultation to one of them."""
        combo = self.ui.initiativeCombo
        combo.clear()
        combo.addItem(tr("— none —"), None)
        module = _initiatives() if visitor_id is not None else None  # imported when first needed
        if module is not None and visitor_id is not None:
            page = module.list_initiatives(
                self.ctx, module.InitiativeFilter(author_id=visitor_id, open=True), limit=50
            )
            for item in page.items:
                combo.addItem(f"№{item.id} {item.title}", item.id)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(f"№{current} {current_title or ''}".strip(), current)
        _pick(combo, current)

    def _outcome_changed(self) -> None:
        self.errors.hide("out_of_scope_reason")  # the reason's rule depends on the outcome
        outcome = Outcome(self.ui.outcomeCombo.currentData())
        out_of_scope = outcome in (Outcome.DECLINED, Outcome.REFERRED)
        self.ui.reasonCombo.setEnabled(out_of_scope)
        self.ui.reasonLabel.setEnabled(out_of_scope)
        self.ui.reminderLabel.setVisible(out_of_scope)
        self.ui.reasonCombo.setItemText(
            0, tr("— choose the reason —") if out_of_scope else tr("— not applicable —")
        )
        if not out_of_scope:
            self.ui.reasonCombo.setCurrentIndex(0)
        self.referral.set_active(outcome is Outcome.REFERRED)
        if outcome is Outcome.FOLLOW_UP and not self.ui.followUpEdit.text().strip():
            self.ui.followUpEdit.setFocus()

    def _update_principles_hint(self) -> None:
        module = _principles()
        if module is None:
            return
        check = module.check_text(self.ui.summaryEdit.toPlainText())
        if check.touches_principles:
            self.ui.principlesHint.setText(tr("Reminder: ") + check.explanation)
            self.ui.principlesHint.show()
        else:
            self.ui.principlesHint.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            in_popup = isinstance(watched, QWidget) and watched.window() is not self.window()
            if in_popup or QApplication.activePopupWidget() is not None:
                # a key in a drop-down list (a combo's, the completer's) belongs to that list: Esc closes
                # only it, Enter picks an item. (A combo closes its list on Enter before the key press
                # itself arrives, so "is a popup open" alone is not enough.)
                return False
            key = event.key()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in _ENTER:
                if watched is self.ui.summaryEdit and not ctrl:
                    return False
                if watched is self.ui.visitorEdit and self.picker.popup().isVisible():
                    return False
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False
                self.save()
                return True
            if key == Qt.Key.Key_Escape:
                if self.picker.popup().isVisible():
                    return False
                self._escape()
                return True
        return super().eventFilter(watched, event)

    def _escape(self) -> None:
        if not self.confirm_discard():
            return
        if self.consultation_id is None:
            self.reset()
            self.ui.visitorEdit.setFocus()
        self.cancelled.emit()

    def confirm_discard(self) -> bool:
        """True when nothing typed would be lost, or the person agrees to lose it."""
        if not self.has_unsaved_work():
            return True
        question = (
            tr("Clear the form? What you typed for this consultation will be lost.")
            if self.consultation_id is None
            else tr("Close without saving? Your changes to this consultation will be lost.")
        )
        answer = messages.ask(self, question, [tr("Discard")], tr("Unsaved consultation"), destructive=True)
        return answer == 0

    # ------------------------------------------------------------------------------------------ save

    def checked_topics(self) -> list[str]:
        items = (self.ui.topicsList.item(i) for i in range(self.ui.topicsList.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _collect(self) -> ConsultationInput:
        problems: list[errors.FieldError] = []
        typed = self.ui.visitorEdit.text().strip()
        if typed and self.picker.visitor_id is None:
            problems.append(
                errors.FieldError(
                    "visitor_id",
                    LABELS["visitor_id"],
                    tr(
                        "choose the visitor from the list (type a name, then ↓ and Enter), "
                        "create a new one, or clear the field for an anonymous consultation"
                    ),
                )
            )
        follow_up = parse_date(
            self.ui.followUpEdit.text(), "follow_up_date", LABELS["follow_up_date"], problems
        )
        if self.ui.newInitiativeCheck.isChecked() and self.picker.visitor_id is None and not typed:
            problems.append(
                errors.FieldError(
                    "visitor_id",
                    LABELS["visitor_id"],
                    tr("a new initiative needs its author: choose the visitor"),
                )
            )
        data = ConsultationInput(
            channel=self.ui.channelCombo.currentData(),
            topics=self.checked_topics(),
            outcome=self.ui.outcomeCombo.currentData(),
            summary=self.ui.summaryEdit.toPlainText(),
            out_of_scope_reason=self.ui.reasonCombo.currentData(),
            visitor_id=self.picker.visitor_id,
            initiative_id=self.ui.initiativeCombo.currentData(),
            occurred_at=self.occurred_at,
            follow_up_date=follow_up,
            duration_min=self.ui.durationSpin.value() or None,
            referral=self.referral.collect(problems)
            if self.ui.outcomeCombo.currentData() == Outcome.REFERRED.value
            else None,
        )
        if problems:  # the service's own problems (topics, reason...) in the same round
            raise_together(problems, lambda: consultations.check_consultation(self.ctx, data))
        return data

    def save(self) -> ConsultationRow | None:
        """Validate and save; problems are shown inline and nothing is written."""
        self.errors.clear()
        try:
            data = self._collect()
            initiative = self._ask_initiative() if self.ui.newInitiativeCheck.isChecked() else None
            if self.ui.newInitiativeCheck.isChecked() and initiative is None:
                return None
            if self.consultation_id is None:
                row = consultations.create_consultation(self.ctx, data)
            else:
                row = consultations.update_consultation(self.ctx, self.consultation_id, data)
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return None
        except errors.CalError as exc:
            show_error(self, exc)
            return None
        if initiative is not None:
            row = self._start_initiative(row, initiative)
        self.saved.emit(row)
        if self.consultation_id is None:
            self.reset()
            self.ui.visitorEdit.setFocus()
        return row

    def _ask_initiative(self):  # type: ignore[no-untyped-def]
        """Title and category of the initiative to start (asked before anything is saved)."""
        from cal_desktop.gui.dialogs.new_initiative_dialog import ask_new_initiative

        summary = self.ui.summaryEdit.toPlainText().strip().split("\n", 1)[0][:120]
        return ask_new_initiative(self, summary, Category.IMPROVEMENT.value)

    def _start_initiative(self, row: ConsultationRow, initiative) -> ConsultationRow:  # type: ignore[no-untyped-def]
        module = _initiatives()
        if module is None:
            messages.info(self, tr("Initiatives will be available in a later version of the program."))
            return row
        try:
            card = module.create_from_consultation(self.ctx, row.id, initiative)
        except errors.CalError as exc:
            show_error(self, exc)
            return row
        messages.info(
            self,
            tr("Initiative No. %1 «%2» started; the consultation is linked to it.")
            .replace("%1", str(card.id))
            .replace("%2", card.title),
        )
        return consultations.get_consultation(self.ctx, row.id)


def _pick(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))
