"""The compiled forms in cal_desktop/gui/forms/ are exactly what pyside6-uic makes of ui/*.ui."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build_forms():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "scripts" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_file_has_its_compiled_form_and_none_is_stale(tmp_path: Path) -> None:
    build = _build_forms()
    fresh = build.build(tmp_path)
    assert fresh, "no ui/*.ui found"
    for path in fresh:
        committed = build.FORMS_DIR / path.name
        assert committed.exists(), f"{committed.name} is missing: run python scripts/build_forms.py"
        assert committed.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{committed.name} is stale: run python scripts/build_forms.py"
        )
    orphans = {p.name for p in build.FORMS_DIR.glob("ui_*.py")} - {p.name for p in fresh}
    assert not orphans, f"compiled forms without a .ui: {sorted(orphans)}"


def test_every_interactive_widget_of_the_forms_has_an_accessible_name(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    build = _build_forms()
    interactive = (
        QLineEdit,
        QPlainTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QDialogButtonBox,
    )
    for ui in sorted(build.UI_DIR.glob("*.ui")):
        module = importlib.import_module(f"cal_desktop.gui.forms.ui_{ui.stem}")
        cls = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))
        is_dialog = "QDialog" in ui.read_text(encoding="utf-8").split("\n", 5)[3]
        host = QDialog() if is_dialog else QWidget()
        cls().setupUi(host)
        for widget in host.findChildren(QWidget):
            if isinstance(widget, interactive) or (
                isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QDialogButtonBox)
            ):
                if not widget.objectName() or widget.objectName().startswith("qt_"):
                    continue  # Qt's own inner parts (spin box line edits, combo views)
                if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                    continue
                assert widget.accessibleName(), f"{ui.name}: {widget.objectName()} has no accessible name"
        host.deleteLater()
