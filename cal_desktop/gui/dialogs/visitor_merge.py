"""Merging two records of one person (issue 15.5): the records side by side, one choice per field.

The left record is kept by default when it has more history; «Keep the right record» swaps. Each row
offers the two values (a value one record lacks is never chosen over the other's); the history each
record carries is listed, all of it moves. ``merge_visitors(ctx, parent, a, b)`` returns the merge's
id or None; tests replace it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, named
from cal_desktop.gui.formatting import fmt_date, format_phone
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.labels import label
from cal_desktop.services import visitor_merge
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitor_merge import MergeSide
from cal_desktop.services.visitors import VisitorDTO


def _field_labels() -> dict[str, str]:
    return {
        "last_name": tr("Last name"),
        "first_name": tr("First name"),
        "middle_name": tr("Middle name"),
        "gender": tr("Gender"),
        "birth_date": tr("Birth date"),
        "phone": tr("Phone"),
        "email": tr("E-mail"),
        "address": tr("Address"),
        "territory_id": tr("Territory"),
        "consent": tr("Consent"),
        "notes": tr("Notes"),
    }


def shown(v: VisitorDTO, field: str) -> str:
    """What a record holds in ``field``, as the row shows it («—» for nothing)."""
    if field == "consent":
        if v.consent_date is None:
            return "—"
        version = f" ({v.consent_form_version})" if v.consent_form_version else ""
        return fmt_date(v.consent_date) + version
    if field == "territory_id":
        return v.territory or "—"
    value = getattr(v, field)
    if field == "gender" and value is not None:
        return label(value)
    if field == "phone":
        return format_phone(value) or "—"
    if isinstance(value, date):
        return fmt_date(value)
    return str(value) if value else "—"


def _history_text(side: MergeSide) -> str:
    if not side.history:
        return tr("no history")
    return ", ".join(f"{label}: {n}" for label, n in side.history.items())


class MergeDialog(QDialog):
    def __init__(self, ctx: ServiceContext, left: MergeSide, right: MergeSide, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "visitorMergeDialog", tr("Merge visitor records"))
        self.setWindowTitle(tr("Merge two records of one person"))
        self.ctx = ctx
        self.sides = (left, right)
        self.merge_id: int | None = None
        self.groups: dict[str, QButtonGroup] = {}
        intro = QLabel(
            tr(
                "Everything recorded for both — consultations, initiatives, documents, events, reminders — "
                "moves to the record that is kept; the other record is removed. Choose the value to keep "
                "in each row. A withdrawal of consent is always kept. The merge can be undone until the "
                "end of the day."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        self.keep_left = named(QRadioButton(tr("Keep this record"), grid_host), "mergeKeepLeft", tr("Keep the left record"))
        self.keep_right = named(QRadioButton(tr("Keep this record"), grid_host), "mergeKeepRight", tr("Keep the right record"))
        keep = QButtonGroup(self)
        keep.addButton(self.keep_left, 0)
        keep.addButton(self.keep_right, 1)
        more_left = sum(left.history.values()) >= sum(right.history.values())
        (self.keep_left if more_left else self.keep_right).setChecked(True)
        grid.addWidget(self.keep_left, 0, 1)
        grid.addWidget(self.keep_right, 0, 2)
        for column, side in ((1, left), (2, right)):
            title = QLabel(f"<b>{side.visitor.full_name}</b><br>{_history_text(side)}", grid_host)
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setWordWrap(True)
            grid.addWidget(title, 1, column)
        for row, (field, caption) in enumerate(_field_labels().items(), start=2):
            heading = QLabel(caption + ":", grid_host)
            if len({shown(side.visitor, field) for side in self.sides}) > 1:  # where a choice matters
                heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, row, 0)
            group = QButtonGroup(self)
            for index, side in enumerate(self.sides):
                button = named(
                    QRadioButton(shown(side.visitor, field), grid_host),
                    f"merge_{field}_{index}",
                    f"{caption}: {shown(side.visitor, field)}",
                )
                group.addButton(button, index)
                grid.addWidget(button, row, index + 1)
            self.groups[field] = group
        grid.setRowStretch(grid.rowCount(), 1)  # rows stay together at the top, however tall the window
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.error = ErrorLine(self, "visitorMergeError")
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("visitorMergeOk")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(screen_fit.scrolling(grid_host, self), 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        keep.idToggled.connect(self._keep_toggled)
        self._default_choices()
        screen_fit.resize_within(self, 900, 640)

    def _keep_toggled(self, _id: int, on: bool) -> None:
        if on:  # the other record is kept now: its values become the defaults
            self._default_choices()

    def kept_index(self) -> int:
        return 0 if self.keep_left.isChecked() else 1

    def _default_choices(self) -> None:
        """The kept record's values, except where it has none and the other has one."""
        kept = self.kept_index()
        for field, group in self.groups.items():
            mine, other = (shown(self.sides[i].visitor, field) for i in (kept, 1 - kept))
            group.button(1 - kept if mine == "—" and other != "—" else kept).setChecked(True)

    def from_removed(self) -> frozenset[str]:
        kept = self.kept_index()
        return frozenset(f for f, g in self.groups.items() if g.checkedId() == 1 - kept)

    def accept(self) -> None:
        kept = self.kept_index()
        kept_side, removed_side = self.sides[kept], self.sides[1 - kept]
        question = tr("Merge «%1» into «%2»? The record «%1» will be removed.")
        question = question.replace("%1", removed_side.visitor.full_name).replace("%2", kept_side.visitor.full_name)
        if messages.ask(self, question, [tr("Merge")], destructive=True) != 0:
            return
        try:
            self.merge_id = visitor_merge.merge(
                self.ctx, kept_side.visitor.id, removed_side.visitor.id, self.from_removed()
            )
        except errors.CalError as exc:  # someone else merged or erased one of them meanwhile
            self.error.show_error(exc)
            return
        super().accept()


def merge_visitors(ctx: ServiceContext, parent: QWidget | None, first_id: int, second_id: int) -> int | None:
    left, right = visitor_merge.compare(ctx, first_id, second_id)
    dialog = MergeDialog(ctx, left, right, parent)
    dialog.exec()
    return dialog.merge_id
