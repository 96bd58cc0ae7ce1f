"""The dependency rule of DESIGN.md section 2, checked on the source itself."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cal_desktop"
QT_MODULES = ("PySide6", "shiboken6")


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports inside functions count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def _sources_outside_gui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def test_the_scan_sees_the_package() -> None:
    files = _sources_outside_gui()
    assert PACKAGE / "cli.py" in files and PACKAGE / "db" / "models.py" in files
    assert not any("gui" in p.relative_to(PACKAGE).parts for p in files)
    assert "PySide6.QtWidgets" in _imported_modules(
        PACKAGE / "gui" / "selftest.py"
    )  # the scan finds lazy imports


def test_nothing_outside_gui_imports_qt() -> None:
    offenders = sorted(
        f"{path.relative_to(PACKAGE.parent)}: {module}"
        for path in _sources_outside_gui()
        for module in _imported_modules(path)
        if module.split(".")[0] in QT_MODULES
    )
    assert offenders == [], "Qt is imported outside cal_desktop/gui/ (DESIGN.md section 2)"


def test_domain_imports_neither_sqlalchemy_nor_qt() -> None:
    offenders = sorted(
        f"{path.relative_to(PACKAGE.parent)}: {module}"
        for path in (PACKAGE / "domain").rglob("*.py")
        for module in _imported_modules(path)
        if module.split(".")[0] in ("sqlalchemy", "alembic", *QT_MODULES)
    )
    assert offenders == []


def test_import_linter_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    command = str(lint_imports) if lint_imports.exists() else shutil.which("lint-imports")
    if command is None:
        pytest.skip("import-linter is not installed (it comes with the dev extras)")
    done = subprocess.run(
        [command, "--no-cache"],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout and "0 broken" in done.stdout
