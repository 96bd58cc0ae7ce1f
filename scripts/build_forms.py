"""Compile the Qt Designer forms ui/*.ui into cal_desktop/gui/forms/ui_*.py with pyside6-uic.

The generated modules are committed (the program and the frozen build need no uic at run time) and
never edited by hand: edit the .ui in Qt Designer, then run ``python scripts/build_forms.py``.
``tests/gui/test_forms_fresh.py`` regenerates them into a temporary folder and fails when they differ.

    python scripts/build_forms.py [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "cal_desktop" / "gui" / "forms"


def uic_command() -> list[str]:
    """pyside6-uic beside the running interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install PySide6 in this environment")


def output_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def build(out_dir: Path = FORMS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / output_name(ui)
        # --from-imports off, relative file name in the header so the output does not depend on the cwd
        subprocess.run([*uic_command(), ui.name, "-o", str(target.resolve())], check=True, cwd=UI_DIR)
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FORMS_DIR)
    args = parser.parse_args()
    for path in build(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
