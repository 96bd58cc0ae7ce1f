"""Issue 11 point 9: Qt's own dialogs speak Russian (qtbase_ru.qm from the PySide6 wheel, also in the
frozen build)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QFileInfo, QLibraryInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLabel

from cal_desktop import paths
from cal_desktop.gui import i18n


def _file_dialog_labels(qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Выберите файл")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux desks
    qtbot.addWidget(dialog)
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}


def test_file_dialogs_are_russian(qtbot, russian, tmp_path) -> None:  # type: ignore[no-untyped-def]
    labels = _file_dialog_labels(qtbot)
    assert labels["lookInLabel"].replace("&", "") == "Перейти к:"  # not «Look in:»
    assert labels["fileTypeLabel"].replace("&", "") == "Типы файлов:"  # not «Files of type:»
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Папка"  # the «Type» column, not «Folder»


def test_qt_russian_found_in_the_frozen_bundle_too(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Where Qt's relocated prefix leads nowhere, the copy build.spec puts into the bundle is used."""
    wheel = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    bundle = tmp_path / "PySide6" / "Qt" / "translations"
    bundle.mkdir(parents=True)
    shutil.copy(wheel / "qtbase_ru.qm", bundle)
    shutil.copytree(paths.resource("translations"), tmp_path / "resources" / "translations")
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path / "nowhere"))
    monkeypatch.setattr(paths, "project_root", lambda: tmp_path)
    try:
        assert i18n.install("ru")
        assert _file_dialog_labels(qtbot)["fileNameLabel"] == "&Имя файла:"  # from qtbase_ru.qm itself
    finally:
        monkeypatch.undo()
        i18n.install("ru")


def test_the_build_ships_qt_russian() -> None:
    spec = (Path(__file__).resolve().parents[2] / "build.spec").read_text(encoding="utf-8")
    assert '"qtbase_ru.qm"' in spec and '"PySide6/Qt/translations"' in spec
