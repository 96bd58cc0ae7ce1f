"""The editor of the centre's copy of a letter template (issue 5, item 7).

The template is a small JSON text whose strings hold ``{{ fields }}`` (see documents/templating.py). The
window shows it with line numbers, because every problem the check finds names its line: «Check» lists
unknown fields and syntax errors, a double-click on a problem puts the cursor on its line, and «Save»
refuses a template with problems (saying which) — nothing broken reaches a printer. The fields reference
on the right inserts ``{{ field }}`` at the cursor.

``TemplateEditorDialog(ctx, template_id, parent=None)``; ``saved`` holds the CustomTemplate after a save.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from cal_desktop.errors import CalError, ValidationError
from cal_desktop.gui import messages, screen_fit
from cal_desktop.gui.dialogs.template_source import SourceEdit as SourceEdit  # re-exported
from cal_desktop.gui.errors import show_error
from cal_desktop.gui.forms.ui_template_editor import Ui_TemplateEditorForm
from cal_desktop.gui.i18n import tr
from cal_desktop.services import templates
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.templates import CustomTemplate


class TemplateEditorDialog(QDialog):
    """Edit the title and the text of the centre's letter template; check; save only when it is sound."""

    def __init__(self, ctx: ServiceContext, template_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template_id = template_id
        self.saved: CustomTemplate | None = None
        current = next(
            (c for c in templates.list_custom_templates(ctx, True) if c.template_id == template_id), None
        )
        if current is None or current.kind != "letter":
            raise CalError(tr("Only the centre's own letter templates can be edited here."))
        self.original = current
        self._build(current)
        screen_fit.resize_within(self, 1280, 780)

    def _build(self, current: CustomTemplate) -> None:
        self.ui = Ui_TemplateEditorForm()  # the layout is ui/template_editor.ui
        self.ui.setupUi(self)
        self.setWindowTitle(tr("Template: %1").replace("%1", current.title))
        self.title_edit = self.ui.templateTitleEdit
        self.title_edit.setText(current.title)
        self.source_edit = self.ui.templateSourceEdit
        self.source_edit.setPlainText(current.source or "")
        self.source_edit.cursorPositionChanged.connect(self._show_position)
        self.position_label = self.ui.templatePosition
        self.results = self.ui.templateCheckResults
        self.results.line_activated.connect(self.source_edit.go_to_line)
        self.results.show_message(tr("Press «Check» to look for unknown fields and syntax errors."))
        self.fields = self.ui.templateFieldsReference
        self.fields.field_chosen.connect(self.insert_field)
        self.check_button = self.ui.templateCheckButton
        self.check_button.clicked.connect(self.check)
        self.save_button = self.ui.templateSaveButton
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(True)
        self.cancel_button = self.ui.templateCancelButton
        self.cancel_button.clicked.connect(self.reject)
        splitter = self.ui.splitter
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 580])
        self._show_position()

    def _show_position(self) -> None:
        self.position_label.setText(tr("Line %1").replace("%1", str(self.source_edit.current_line())))

    def insert_field(self, text: str) -> None:
        """Put ``{{ field }}`` at the cursor (from the fields reference)."""
        self.source_edit.insertPlainText(text)
        self.source_edit.setFocus()

    def is_modified(self) -> bool:
        return self.title_edit.text() != self.original.title or self.source_edit.toPlainText() != (
            self.original.source or ""
        )

    def check(self) -> list[str]:
        """Run the template check on the text as it is now and list the problems."""
        problems = templates.check_source("letter", self.source_edit.toPlainText())
        self.results.show_problems(problems)
        return problems

    def save(self) -> bool:
        """Save when the check finds nothing; otherwise list the problems and say why it is not saved."""
        problems = self.check()
        if problems:
            messages.warning(
                self,
                tr("The template has errors and is not saved. Fix them and save again:")
                + "\n"
                + "\n".join("• " + p for p in problems[:10]),
                tr("Template not saved"),
            )
            return False
        try:
            self.saved = templates.update_letter_template(
                self.ctx, self.template_id, self.title_edit.text(), self.source_edit.toPlainText()
            )
        except ValidationError as exc:
            self.results.show_problems([str(e) for e in exc.errors])
            messages.warning(self, exc.message, tr("Template not saved"))
            return False
        except CalError as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True

    def reject(self) -> None:
        """Closing with unsaved changes asks first (a long edit must not vanish with one Esc)."""
        if self.saved is None and self.is_modified():
            answer = messages.ask(
                self,
                tr("The template has unsaved changes. Close without saving?"),
                [tr("Close without saving")],
                destructive=True,
            )
            if answer != 0:
                return
        super().reject()


__all__ = ["SourceEdit", "TemplateEditorDialog"]
