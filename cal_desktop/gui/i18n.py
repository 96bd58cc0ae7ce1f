"""Translations: English source strings through ``tr()``, Russian by default (DESIGN.md section 6).

Every Python string shown to the user goes through :func:`tr` (context ``""``, which is what
``pyside6-lupdate`` records for a bare ``tr(...)`` call); forms compiled from ui/*.ui translate with their
class name as context. ``scripts/build_translations.py`` extracts both into
``resources/translations/cal_desktop_ru.ts`` and compiles the ``.qm`` the program loads.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cal_desktop import paths

log = logging.getLogger(__name__)

LANGUAGES = {"ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "ru"
LANG_ENV = "CAL_DESKTOP_LANG"

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """The translation of an English source string in the current language."""
    return QCoreApplication.translate("", text)


def translations_dir() -> Path:
    return paths.resource("translations")


def chosen_language(stored: str | None) -> str:
    """``CAL_DESKTOP_LANG`` wins (tests, support), then the saved setting, then Russian."""
    for value in (os.environ.get(LANG_ENV), stored):
        if value and value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def install(language: str) -> bool:
    """Load the program's and Qt's own translations (standard buttons) for ``language``.

    English needs nothing (the sources are English). Returns False when the program's .qm is missing,
    in which case English is shown (logged: a broken installation, not a user error).
    """
    app = QCoreApplication.instance()
    if app is None:  # translators live in the application object: there is nothing to install into
        raise RuntimeError("i18n.install() needs a QCoreApplication")
    _input_conventions(app)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English))
    if language == "en":
        return True
    ok = True
    gaps = _QtGaps(app)  # installed first, so consulted last: only what qtbase_ru.qm lacks
    app.installTranslator(gaps)
    _installed.append(gaps)
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"cal_desktop_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.error("translation %s not found in %s", language, translations_dir())
        ok = False
    qtbase = QTranslator(app)
    if any(qtbase.load(f"qtbase_{language}", str(folder)) for folder in qt_translations_dirs()):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    else:  # Qt's own dialogs (file dialogs: «Look in», «Files of type») would speak English
        log.error("qtbase_%s.qm not found in %s", language, qt_translations_dirs())
    return ok


# Strings of Qt's own dialogs that the qtbase_ru.qm of the PySide6 wheel does not have (Qt renamed
# them after the translation was made): the file dialogs showed «Look in», «Files of type» and, in the
# «Type» column, «Folder». Only consulted when Qt's own translation has nothing.
QT_GAPS_RU: dict[str, dict[str, str]] = {
    "QFileDialog": {
        "&Look in:": "&Перейти к:",
        "Files of &type:": "&Типы файлов:",
        "&Folder:": "&Папка:",
    },
    "QAbstractFileIconProvider": {
        "Folder": "Папка",
        "File Folder": "Папка",
        "Drive": "Диск",
        "File": "Файл",
        "%1 File": "Файл %1",
        "Alias": "Ярлык",
        "Shortcut": "Ярлык",
    },
    "QFileSystemModel": {
        "%1 TB": "%1 ТБ",
        "%1 GB": "%1 ГБ",
        "%1 MB": "%1 МБ",
        "%1 KB": "%1 КБ",
        "%1 bytes": "%1 байт",
    },
}


class _QtGaps(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) means «not here»: an empty string would be taken as the translation and
        # hide every other translator's answer and the source text itself
        return QT_GAPS_RU.get(context, {}).get(source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_ru.qm: file dialogs, standard buttons) are: the PySide6
    wheel's folder as QLibraryInfo reports it, and the same folder inside the frozen build, where
    build.spec puts it in case Qt's relocated prefix does not lead there."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    bundled = paths.project_root() / "PySide6" / "Qt" / "translations"
    return [reported] if bundled == reported else [reported, bundled]


def _input_conventions(app: QCoreApplication) -> None:
    """Input that depends on how people write in the language: whole dates typed as dd.mm.yyyy."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 (i18n also serves a core application)

    from cal_desktop.gui.widgets import date_typing  # noqa: PLC0415 (it uses tr() from this module)

    if isinstance(app, QApplication):
        date_typing.install(app)
