"""Update the translation source and build what the program loads.

1. ``pyside6-lupdate`` collects every ``tr()`` string of cal_desktop/gui/**/*.py and every text of the
   Qt Designer forms ui/*.ui into ``resources/translations/cal_desktop_ru.ts`` (existing translations
   are kept; new strings arrive marked unfinished; strings no longer used are dropped).
2. ``pyside6-lrelease`` compiles it into ``cal_desktop_ru.qm``, which is committed beside it so that
   the program and the frozen build need no Qt tools.

Translate new strings in Qt Linguist (``pyside6-linguist resources/translations/cal_desktop_ru.ts``) or
in the .ts file directly, then run this script again. ``tests/gui/test_translations.py`` fails while any
string is untranslated or the .qm is older than the .ts.

    python scripts/build_translations.py [--check]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru",)


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: install PySide6 in this environment")


def sources() -> list[Path]:
    gui = ROOT / "cal_desktop" / "gui"
    python = sorted(p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts)
    return [*python, *sorted((ROOT / "ui").glob("*.ui"))]


def update(ts: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *files, "-ts", str(ts)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


def updated_copy(ts: Path, folder: Path) -> Path:
    """The .ts as lupdate would make it from the current sources, written into ``folder``."""
    copy = folder / ts.name
    shutil.copyfile(ts, copy)
    update(copy)
    return copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report untranslated strings; change nothing"
    )
    args = parser.parse_args()
    status = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"cal_desktop_{lang}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                text = updated_copy(ts, Path(tmp)).read_text(encoding="utf-8")
            missing = text.count('type="unfinished"')
            print(f"{ts.name}: {missing} untranslated")
            status |= int(missing > 0)
            continue
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(ts.with_suffix(".qm").relative_to(ROOT))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
