"""«Likely duplicates» (issue 15.5), opened from the visitors area by coordinators: pairs of records
that are probably one person (same surname and phone or birth date, or the same e-mail), «Merge…» for
the chosen pair (Enter or a double click), two records chosen by hand for a pair the list cannot see,
and today's merges with «Undo merge».
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cal_desktop import errors
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs import visitor_merge as merge_dialog
from cal_desktop.gui.dialogs.initiative_common import ErrorLine, fill, named, selected_id, table
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.gui.i18n import tr
from cal_desktop.gui.widgets.row_open import on_open
from cal_desktop.gui.widgets.visitor_picker import VisitorPicker
from cal_desktop.gui.worker import Task, run_in_background
from cal_desktop.services import followups_duplicates, visitor_merge
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.followups_duplicates import DuplicatePair


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "visitorDuplicatesDialog", tr("Likely duplicates"))
        self.setWindowTitle(tr("Likely duplicate visitors"))
        self.ctx = ctx
        self.merged = False
        self.pairs: list[DuplicatePair] = []
        self.task: Task | None = None
        self.status = named(QLabel(tr("Looking for duplicates…"), self), "duplicatesStatus", tr("Status"))
        self.list = table(
            self, "duplicatesTable", tr("Likely duplicates"), [tr("First record"), tr("Second record"), tr("Why")]
        )
        self.merge_button = named(QPushButton(tr("&Merge…"), self), "duplicatesMerge", tr("Merge the chosen pair"))
        # two records the list does not offer (a typo in the surname, a changed phone): found by hand
        self.first_edit = named(QLineEdit(self), "mergeFirstEdit", tr("First record to merge"))
        self.second_edit = named(QLineEdit(self), "mergeSecondEdit", tr("Second record to merge"))
        for edit in (self.first_edit, self.second_edit):
            edit.setPlaceholderText(tr("Name, phone or e-mail"))
        self.first_pick = VisitorPicker(self.first_edit, ctx)
        self.second_pick = VisitorPicker(self.second_edit, ctx)
        self.pick_button = named(
            QPushButton(tr("Merge &these two…"), self), "mergePickedButton", tr("Merge the two records chosen")
        )
        self.pick_button.setEnabled(False)
        for picker in (self.first_pick, self.second_pick):
            picker.chosen.connect(lambda _id: self.pick_button.setEnabled(self._picked() is not None))
        self.merges = table(
            self, "recentMerges", tr("Merges"), [tr("Date"), tr("Kept record"), tr("Merged by")]
        )
        self.undo_button = named(
            QPushButton(tr("&Undo merge"), self), "undoMergeButton", tr("Undo the chosen merge")
        )
        self.error = ErrorLine(self, "duplicatesError")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.merge_button)
        undo_row = QHBoxLayout()
        undo_row.addWidget(QLabel(tr("A merge can be undone until the end of its day."), self), 1)
        undo_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 3)
        layout.addLayout(row)
        by_hand = QHBoxLayout()
        by_hand.addWidget(QLabel(tr("Or choose two records:"), self))
        by_hand.addWidget(self.first_edit, 1)
        by_hand.addWidget(self.second_edit, 1)
        by_hand.addWidget(self.pick_button)
        layout.addLayout(by_hand)
        layout.addWidget(QLabel(tr("Merges:"), self))
        layout.addWidget(self.merges, 1)
        layout.addLayout(undo_row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.merge_button.clicked.connect(self.merge_chosen)
        on_open(self.list, lambda _row: self.merge_chosen())
        self.undo_button.clicked.connect(self.undo_chosen)
        self.pick_button.clicked.connect(self.merge_picked)
        self.merges.currentCellChanged.connect(lambda *_a: self._enable_undo())
        screen_fit.resize_within(self, 820, 600)
        self.reload()

    def reload(self) -> None:
        """The pairs are found on a thread (about half a second at 100,000 visitors)."""
        self.merge_button.setEnabled(False)
        self.status.setText(tr("Looking for duplicates…"))
        ctx = self.ctx
        self.task = run_in_background(
            self, lambda _p, _c: followups_duplicates.likely_duplicates(ctx), self._show_pairs,
            tr("Looking for duplicates…"),
        )  # fmt: skip
        self._show_merges()

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        fill(self.list, [[p.first_name, p.second_name, ", ".join(p.reasons)] for p in pairs], list(range(len(pairs))))
        self.status.setText(
            tr("Pairs found: %1").replace("%1", str(len(pairs))) if pairs else tr("No likely duplicates found.")
        )
        self.merge_button.setEnabled(bool(pairs))
        if pairs:
            self.list.setCurrentCell(0, 0)
            self.list.setFocus()

    def _show_merges(self) -> None:
        self.recent = visitor_merge.recent(self.ctx)
        fill(
            self.merges,
            [[fmt_date(m.merged_on), m.kept_name, m.staff_name or ""] for m in self.recent],
            [m.id for m in self.recent],
        )
        if self.recent:  # the latest merge is the one people want to undo
            self.merges.setCurrentCell(0, 0)
        self._enable_undo()

    def _enable_undo(self) -> None:
        chosen = selected_id(self.merges)
        self.undo_button.setEnabled(any(m.id == chosen and m.undoable for m in self.recent))

    def _picked(self) -> tuple[int, int] | None:
        first, second = self.first_pick.visitor_id, self.second_pick.visitor_id
        return (first, second) if first is not None and second is not None and first != second else None

    def merge_picked(self) -> None:
        picked = self._picked()
        if picked is not None and self._merge(*picked):
            self.first_pick.clear()
            self.second_pick.clear()
            self.pick_button.setEnabled(False)

    def merge_chosen(self) -> None:
        index = selected_id(self.list)
        if isinstance(index, int) and index < len(self.pairs):
            self._merge(self.pairs[index].first_id, self.pairs[index].second_id)

    def _merge(self, first_id: int, second_id: int) -> bool:
        self.error.clear_error()
        try:
            merge_id = merge_dialog.merge_visitors(self.ctx, self, first_id, second_id)
        except errors.NotFound as exc:  # merged or erased meanwhile: the list is stale
            self.error.show_error(exc)
            merge_id = None
        if merge_id is None:
            return False
        self.merged = True
        self.reload()
        return True

    def undo_chosen(self) -> None:
        chosen = selected_id(self.merges)
        info = next((m for m in self.recent if m.id == chosen), None)
        if info is None:
            return
        question = tr("Undo the merge into «%1»? Both records will be as they were before.").replace(
            "%1", info.kept_name
        )
        if messages.ask(self, question, [tr("Undo merge")], destructive=True) != 0:
            return
        try:
            visitor_merge.undo(self.ctx, info.id)
        except errors.CalError as exc:
            self.error.show_error(exc)
            return
        self.merged = True
        self.reload()


def open_duplicates(ctx: ServiceContext, parent: QWidget | None) -> bool:
    """Show the dialog; True when a merge was made or undone (the caller refreshes its list)."""
    dialog = DuplicatesDialog(ctx, parent)
    dialog.exec()
    return dialog.merged
