"""Creating and editing a visitor. A likely duplicate is announced before saving, with the choice to
open the visitor already in the base instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab import Gender
from cal_desktop.gui import messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.formatting import fmt_date, format_phone
from cal_desktop.gui.forms.ui_visitor_form import Ui_VisitorForm
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.gui.widgets.consent_flag import ConsentFlagLabel
from cal_desktop.gui.widgets.fields import FieldErrors, parse_date, raise_together
from cal_desktop.gui.widgets.visitor_picker import describe
from cal_desktop.services import territories, visitors
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitors import LABELS, VisitorDTO, VisitorInput

FIELDS = {  # service field -> form widget name prefix
    "last_name": "lastName",
    "first_name": "firstName",
    "middle_name": "middleName",
    "gender": "gender",
    "birth_date": "birthDate",
    "phone": "phone",
    "email": "email",
    "address": "address",
    "territory_id": "territory",
    "consent_date": "consentDate",
    "consent_withdrawn_date": "consentWithdrawn",
    "notes": "notes",
}


class VisitorDialog(QDialog):
    """``result_id`` after acceptance: the visitor saved, or the existing one the user chose to open
    (then ``opened_existing`` is True)."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, visitor: VisitorDTO | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visitor = visitor
        self.result_id: int | None = None
        self.opened_existing = False
        self.ui = Ui_VisitorForm()
        self.ui.setupUi(self)
        self.setWindowTitle(tr("Edit visitor") if visitor else tr("New visitor"))
        self.errors = FieldErrors(self.ui.formError)
        for field, prefix in FIELDS.items():
            self.errors.bind(field, getattr(self.ui, f"{prefix}Error"), getattr(self.ui, f"{prefix}Edit"))
        self.ui.genderEdit.addItem("—", None)
        for g in Gender:
            self.ui.genderEdit.addItem(label(g), g.value)
        self.ui.territoryEdit.addItem("—", None)
        for t in territories.list_territories(ctx):
            self.ui.territoryEdit.addItem(t.path, t.id)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.notesEdit.installEventFilter(self)
        self.consent_flag = ConsentFlagLabel(ctx, self)  # issue 15: consent missing, old or withdrawn
        self.ui.mainLayout.insertWidget(0, self.consent_flag)
        if visitor is not None:
            self._load(visitor)
            self.consent_flag.show_for(visitor.id)

    def prefill(self, typed: str) -> None:
        """What was typed in a search box: a phone, an e-mail, or name words."""
        typed = typed.strip()
        if "@" in typed:
            self.ui.emailEdit.setText(typed)
        elif typed and sum(ch.isdigit() for ch in typed) >= 5:
            self.ui.phoneEdit.setText(typed)
        else:
            words = typed.split()
            for edit, word in zip(
                (self.ui.lastNameEdit, self.ui.firstNameEdit, self.ui.middleNameEdit), words, strict=False
            ):
                edit.setText(word[:1].upper() + word[1:])

    def _load(self, v: VisitorDTO) -> None:
        self.ui.lastNameEdit.setText(v.last_name)
        self.ui.firstNameEdit.setText(v.first_name)
        self.ui.middleNameEdit.setText(v.middle_name or "")
        self.ui.genderEdit.setCurrentIndex(
            max(0, self.ui.genderEdit.findData(v.gender.value if v.gender else None))
        )
        self.ui.birthDateEdit.setText(fmt_date(v.birth_date))
        self.ui.phoneEdit.setText(format_phone(v.phone))
        self.ui.emailEdit.setText(v.email or "")
        self.ui.addressEdit.setText(v.address or "")
        self.ui.territoryEdit.setCurrentIndex(max(0, self.ui.territoryEdit.findData(v.territory_id)))
        self.ui.consentDateEdit.setText(fmt_date(v.consent_date))
        self.ui.consentWithdrawnEdit.setText(fmt_date(v.consent_withdrawn_date))
        self.ui.notesEdit.setPlainText(v.notes or "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Enter saves from the notes too (Enter there starts a new line)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def collect(self) -> VisitorInput:
        problems: list[errors.FieldError] = []
        birth = parse_date(self.ui.birthDateEdit.text(), "birth_date", LABELS["birth_date"], problems)
        consent = parse_date(self.ui.consentDateEdit.text(), "consent_date", LABELS["consent_date"], problems)
        withdrawn = parse_date(
            self.ui.consentWithdrawnEdit.text(),
            "consent_withdrawn_date",
            LABELS["consent_withdrawn_date"],
            problems,
        )
        data = VisitorInput(
            last_name=self.ui.lastNameEdit.text(),
            first_name=self.ui.firstNameEdit.text(),
            middle_name=self.ui.middleNameEdit.text(),
            gender=self.ui.genderEdit.currentData(),
            birth_date=birth,
            phone=self.ui.phoneEdit.text(),
            email=self.ui.emailEdit.text(),
            address=self.ui.addressEdit.text(),
            territory_id=self.ui.territoryEdit.currentData(),
            consent_date=consent,
            consent_form_version=self.visitor.consent_form_version if self.visitor else None,
            consent_withdrawn_date=withdrawn,
            notes=self.ui.notesEdit.toPlainText(),
        )
        if problems:  # with the service's problems (surname, phone...) in the same round
            raise_together(problems, lambda: visitors.check_visitor(data))
        return data

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.collect()
            if self.visitor is not None:
                saved = visitors.update_visitor(self.ctx, self.visitor.id, data)
            else:
                created = self._create(data)
                if created is None:
                    return
                saved = created
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return
        except errors.CalError as exc:
            show_error(self, exc)
            return
        self.result_id = saved.id
        self.accept()

    def _create(self, data: VisitorInput) -> VisitorDTO | None:
        try:
            return visitors.create_visitor(self.ctx, data)
        except errors.PossibleDuplicate as exc:
            existing = [describe(visitors.get_visitor(self.ctx, i)) for i in exc.existing_ids[:5]]
            text = tr("This visitor seems to be in the base already:") + "\n\n" + "\n".join(existing)
            choice = messages.ask(
                self,
                text,
                [tr("Open the existing visitor"), tr("Create a new one anyway")],
                title=tr("Possible duplicate"),
            )
            if choice == 0:
                self.result_id = exc.existing_ids[0]
                self.opened_existing = True
                self.accept()
                return None
            if choice == 1:
                return visitors.create_visitor(self.ctx, data, allow_duplicate=True)
            return None


def edit_visitor(
    ctx: ServiceContext, parent: QWidget | None, visitor_id: int | None = None, typed: str = ""
) -> int | None:
    """Open the dialog (new when ``visitor_id`` is None); the id saved or chosen, or None."""
    dialog = VisitorDialog(ctx, parent, visitors.get_visitor(ctx, visitor_id) if visitor_id else None)
    if typed:
        dialog.prefill(typed)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.result_id
    return None
