"""The wheel carries every file the program reads at run time (issue «Installable anywhere»).

Installed from a wheel, the program finds its fonts, translations, templates and forms inside the
package (``cal_desktop/_data``); a file left out here shows up only on an administrator's machine as an
English window or «Шаблон не найден». scripts/check_wheel.sh (run by CI) installs the wheel into a fresh
environment and uses it; this test checks the listing and the path logic quickly.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cal_desktop import paths

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("cal_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _sources(folder: str) -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.mark.parametrize("folder", ["resources", "templates_docs", "ui"])
def test_every_data_file_is_inside_the_package(wheel_names: set[str], folder: str) -> None:
    files = _sources(folder)
    assert files, folder
    missing = [name for name in files if f"cal_desktop/_data/{name}" not in wheel_names]
    assert missing == []


def test_migrations_and_forms_are_in_the_wheel(wheel_names: set[str]) -> None:
    for name in _sources("cal_desktop/db/migrations"):
        if name.endswith((".py", ".mako")):
            assert name in wheel_names
    assert "cal_desktop/gui/forms/ui_consultation_form.py" in wheel_names
    assert not any("__pycache__" in name or name.endswith((".db", ".pyc")) for name in wheel_names)


def test_an_installed_package_reads_its_own_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With cal_desktop/_data beside the code (a wheel install) the resources come from there, not from
    a checkout or the system; a source checkout without it uses the checkout's folders."""
    assert paths.project_root() == ROOT  # this test runs from a checkout
    package = tmp_path / "site-packages" / "cal_desktop"
    (package / "_data" / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(paths.importlib.resources, "files", lambda name: package)
    assert paths.project_root() == package / "_data"
    assert paths.resource("fonts", "x.ttf") == package / "_data" / "resources" / "fonts" / "x.ttf"


def test_report_fonts_never_come_from_system_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cal_desktop.reports import fonts

    monkeypatch.setattr(fonts, "resource", lambda *parts: tmp_path.joinpath("resources", *parts))
    assert fonts.find_font("LiberationSerif-Regular.ttf") is None  # even where the system has Liberation
