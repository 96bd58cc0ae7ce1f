"""The official's card (issue 4 item 7): contacts, reception hours, categories and territories, and the
declined forms documents will print (dative for the addressee, genitive, instrumental), with a
correction that is stored and used from then on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.domain.vocab import GrammaticalCase
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill, named, select_data, table, vocab_combo
from cal_desktop.gui.formatting import format_phone
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.services import directory
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import OfficialDTO, OfficialForm

CORRECTED = " ✎"


class OfficialCardWidget(QWidget):
    changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "officialCard", tr("Official card"))
        self.ctx = ctx
        self.official: OfficialDTO | None = None
        self.forms: dict[GrammaticalCase, OfficialForm] = {}
        self.title = named(QLabel(self), "officialCardTitle", tr("Official"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        info = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("organisation", tr("Authority:")),
            ("position", tr("Position:")),
            ("gender", tr("Gender:")),
            ("contacts", tr("Contacts:")),
            ("hours", tr("Reception hours:")),
            ("categories", tr("Categories:")),
            ("territories", tr("Territories:")),
        ):
            value = named(QLabel(self), f"officialCard_{key}", caption.rstrip(":"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            info.addRow(caption, value)
            self.values[key] = value
        box = QGroupBox(tr("How documents will write it"), self)
        self.forms_table = table(
            box,
            "declinedFormsTable",
            tr("Declined forms"),
            [tr("Case"), tr("Position"), tr("Full name"), tr("Initials and surname")],
        )
        # the point of this table is to read the whole form: wrap it, never elide it
        self.forms_table.setWordWrap(True)
        header = self.forms_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        # on a narrow screen the stretched columns keep at least their headings (then it scrolls)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(tr("Position")) + 16)
        self.forms_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.case = vocab_combo(box, GrammaticalCase, "correctionCase", tr("Case to correct"))
        self.fix_position = named(QLineEdit(box), "correctionPosition", tr("Corrected position"))
        self.fix_full = named(QLineEdit(box), "correctionFullName", tr("Corrected full name"))
        self.fix_short = named(QLineEdit(box), "correctionShortName", tr("Corrected initials and surname"))
        self.save = named(
            QPushButton(tr("&Save correction"), box), "saveCorrectionButton", tr("Save the correction")
        )
        self.reset = named(
            QPushButton(tr("Back to automatic"), box),
            "resetCorrectionButton",
            tr("Forget the correction of this case"),
        )
        self.save.clicked.connect(self.save_correction)
        self.reset.clicked.connect(self.reset_correction)
        self.case.currentIndexChanged.connect(self._case_changed)
        self.error = ErrorLine(self, "officialCardError")
        fix = QFormLayout()
        fix.addRow(tr("&Case:"), self.case)
        fix.addRow(tr("Position:"), self.fix_position)
        fix.addRow(tr("Full name:"), self.fix_full)
        fix.addRow(tr("Initials and surname:"), self.fix_short)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset)
        buttons.addWidget(self.save)
        inner = QVBoxLayout(box)
        inner.addWidget(self.forms_table, 1)
        inner.addLayout(fix)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(info)
        layout.addWidget(box, 1)
        layout.addWidget(self.error)
        self.box = box
        self.show_nothing()

    def show_nothing(self) -> None:
        self.official = None
        self.title.setText(tr("Choose an official"))
        for value in self.values.values():
            value.clear()
        self.forms_table.setRowCount(0)
        self.box.setEnabled(False)

    def open(self, official_id: int) -> None:
        o = directory.get_official(self.ctx, official_id)
        self.official = o
        self.box.setEnabled(True)
        self.title.setText(o.full_name or o.position)
        self.values["organisation"].setText(o.organisation)
        self.values["position"].setText(o.position)
        self.values["gender"].setText(label(o.gender) if o.gender else "—")
        contacts = ", ".join(x for x in (format_phone(o.phone), o.email or "") if x)
        self.values["contacts"].setText(contacts or "—")
        self.values["hours"].setText(o.reception_hours or "—")
        self.values["categories"].setText(", ".join(label(c) for c in o.categories) or "—")
        self.values["territories"].setText(", ".join(t.name for t in o.territories) or "—")
        self.forms = {f.case: f for f in directory.official_forms(self.ctx, official_id)}
        rows = []
        for f in self.forms.values():
            c = f.correction
            rows.append(
                [
                    label(f.case),
                    f.position + (CORRECTED if c.position else ""),
                    f.full_name + (CORRECTED if c.full_name else ""),
                    f.short_name + (CORRECTED if c.short_name else ""),
                ]
            )
        fill(self.forms_table, rows, [f.case.value for f in self.forms.values()])
        self._case_changed()

    def choose_case(self, case: str) -> None:
        select_data(self.case, case)

    def _case_changed(self) -> None:
        f = self.forms.get(GrammaticalCase(self.case.currentData())) if self.case.currentData() else None
        self.fix_position.setText(f.position if f else "")
        self.fix_full.setText(f.full_name if f else "")
        self.fix_short.setText(f.short_name if f else "")

    def save_correction(self) -> None:
        """Store as a correction only what differs from the automatic form."""
        if self.official is None:
            return
        case = GrammaticalCase(self.case.currentData())
        auto = self.forms[case]

        def differs(typed: str, automatic: str) -> str | None:
            typed = typed.strip()
            return typed if typed and typed != automatic else None

        self._store(
            case,
            differs(self.fix_position.text(), auto.auto_position),
            differs(self.fix_full.text(), auto.auto_full_name),
            differs(self.fix_short.text(), auto.auto_short_name),
        )

    def reset_correction(self) -> None:
        if self.official is not None:
            self._store(GrammaticalCase(self.case.currentData()), None, None, None)

    def _store(
        self, case: GrammaticalCase, position: str | None, full: str | None, short: str | None
    ) -> None:
        assert self.official is not None
        official_id = self.official.id
        self.error.clear_error()
        try:
            directory.set_declined_form(self.ctx, official_id, case.value, position, full, short)
        except errors.CalError as exc:
            self.error.show_error(exc)
            return
        self.open(official_id)
        self.choose_case(case.value)
        self.changed.emit(official_id)
