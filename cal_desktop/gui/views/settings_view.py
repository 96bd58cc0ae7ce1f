"""Settings: the language of the program and the centre's requisites (printed on letters and reports)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cal_desktop import errors
from cal_desktop.domain.vocab import Role
from cal_desktop.gui import messages
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.forms.ui_settings_form import Ui_SettingsForm
from cal_desktop.gui.i18n import LANGUAGES, tr
from cal_desktop.gui.widgets.fields import FieldErrors
from cal_desktop.services import settings as settings_service
from cal_desktop.services.context import ServiceContext
from cal_desktop.settings import CentreSettings

# CentreSettings field -> widget name prefix in the form
TEXT_FIELDS = {
    "centre_name": "centreName",
    "organisation_name": "organisationName",
    "address": "address",
    "city": "city",
    "phone": "phone",
    "email": "email",
    "website": "website",
    "inn": "inn",
    "ogrn": "ogrn",
    "head_position": "headPosition",
    "head_name": "headName",
    "appeal_number_pattern": "appealNumberPattern",
    "consent_form_version": "consentFormVersion",
    "backup_dir": "backupDir",
}
NUMBER_FIELDS = {
    "post_delivery_days": "postDeliveryDays",
    "due_soon_days": "dueSoonDays",
    "retention_years": "retentionYears",
    "consent_renewal_years": "consentRenewalYears",
    "idle_lock_minutes": "idleLockMinutes",
    "backup_keep": "backupKeep",
}


class SettingsView(QScrollArea):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.setAccessibleName(tr("Settings"))
        self.setWidgetResizable(True)
        self.ctx = ctx
        self.page = QWidget(self)
        self.page.setMaximumWidth(760)
        self.ui = Ui_SettingsForm()
        self.ui.setupUi(self.page)
        holder = QWidget(self)
        QVBoxLayout(holder).addWidget(self.page)
        self.setWidget(holder)
        for code, name in LANGUAGES.items():
            self.ui.languageEdit.addItem(name, code)
        self._add_error_line("inn")
        self.errors = FieldErrors(self.ui.formError)
        for field, prefix in {**TEXT_FIELDS, **NUMBER_FIELDS, "language": "language"}.items():
            error = getattr(self.ui, f"{prefix}Error", None)
            if error is not None:
                self.errors.bind(field, error, getattr(self.ui, f"{prefix}Edit"))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.load)
        self.load()
        if ctx.actor.role is not Role.ADMIN:
            self._read_only()
        else:  # the desk's own connection to a server (issue 14.1)
            from cal_desktop.gui.dialogs.database_settings import add_settings_button

            add_settings_button(self.ui.buttonsLayout, self)

    def _add_error_line(self, prefix: str) -> None:
        """An error line under a field whose check came after the form was drawn (the ИНН)."""
        if getattr(self.ui, f"{prefix}Error", None) is not None:
            return
        edit = getattr(self.ui, f"{prefix}Edit")
        # PySide6's stubs say «object»; the call returns the (row, role) pair of the C++ out-parameters
        position = cast("tuple[int, QFormLayout.ItemRole]", self.ui.formLayout.getWidgetPosition(edit))
        row, _role = position
        error = QLabel(self.page)
        error.setObjectName(f"{prefix}Error")
        error.setAccessibleName(tr("Error"))
        self.ui.formLayout.insertRow(row + 1, "", error)
        setattr(self.ui, f"{prefix}Error", error)

    def _read_only(self) -> None:
        """Staff and coordinators see the settings but only an administrator saves them (the service
        refuses anyone else): say so at the top instead of letting them fill a form that fails."""
        self.ui.introLabel.setText(
            self.ui.introLabel.text() + " " + tr("Only an administrator can change the settings.")
        )
        for prefix in {**TEXT_FIELDS, **NUMBER_FIELDS}.values():
            getattr(self.ui, f"{prefix}Edit").setReadOnly(True)
        self.ui.languageEdit.setEnabled(False)
        self.ui.saveButton.hide()
        self.ui.revertButton.hide()

    def load(self) -> None:
        current = settings_service.get_settings(self.ctx)
        self.loaded = current
        self.errors.clear()
        self.ui.languageEdit.setCurrentIndex(max(0, self.ui.languageEdit.findData(current.language)))
        for field, prefix in TEXT_FIELDS.items():
            getattr(self.ui, f"{prefix}Edit").setText(str(getattr(current, field) or ""))
        for field, prefix in NUMBER_FIELDS.items():
            getattr(self.ui, f"{prefix}Edit").setValue(int(getattr(current, field)))

    def collected(self) -> CentreSettings:
        values: dict[str, Any] = {"language": self.ui.languageEdit.currentData()}
        for field, prefix in TEXT_FIELDS.items():
            values[field] = getattr(self.ui, f"{prefix}Edit").text().strip()
        for field, prefix in NUMBER_FIELDS.items():
            values[field] = getattr(self.ui, f"{prefix}Edit").value()
        return replace(self.loaded, **values)

    def save(self) -> bool:
        self.errors.clear()
        new = self.collected()
        try:
            settings_service.save_settings(self.ctx, new)
        except errors.ValidationError as exc:
            self.errors.show(exc)
            return False
        except errors.CalError as exc:
            show_error(self, exc)
            return False
        language_changed = new.language != self.loaded.language
        self.loaded = new
        lock = getattr(self.window(), "idle_lock", None)
        if lock is not None:  # the new idle time applies now, not after a restart
            lock.set_timeout(new.idle_lock_minutes * 60_000)
        text = tr("Settings saved.")
        if language_changed:
            text += " " + tr("The new language applies after the program is restarted.")
        messages.info(self, text)
        return True

    def refresh(self) -> None:
        self.load()
