"""What the import and export dialogs share: their Russian strings until the .ts has them, and the
(ctx, parent) argument order the File menu uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from cal_desktop.gui.i18n import tr
from cal_desktop.services.context import ServiceContext

# Russian for the import and export dialogs' English source strings. They go through tr() first, so an entry added to
# resources/translations/cal_desktop_ru.ts wins; until then the Russian below is shown (the program's
# default language) and English when English is chosen.
_RU = {
    "Import from a spreadsheet": "Загрузка из таблицы",
    "What:": "Что загружать:",
    "File:": "Файл:",
    "Choose…": "Выбрать…",
    "Check (nothing is written)": "Проверить (без записи)",
    "Import": "Загрузить",
    "Close": "Закрыть",
    "Spreadsheets (*.csv *.xlsx)": "Таблицы (*.csv *.xlsx)",
    "Choose a file to import": "Выберите файл для загрузки",
    "Choose a .csv or .xlsx file.": "Выберите файл .csv или .xlsx.",
    "First rows of the file:": "Первые строки файла:",
    "Columns: {columns}. Required: {required}.": "Столбцы: {columns}. Обязательные: {required}.",
    "Checking the file…": "Проверка файла…",
    "Importing…": "Загрузка…",
    "The file is fine.": "Файл в порядке.",
    "Imported.": "Загружено.",
    "The file was not imported: nothing was written.": "Файл не загружен: в базу ничего не записано.",
    "Rejected rows": "Строки с ошибками",
    "Row": "Строка",
    "Column": "Столбец",
    "Problem": "Ошибка",
    "Errors: {count}. Correct the file and load it again.": "Ошибок: {count}. Исправьте файл и загрузите его снова.",
    "Export to a spreadsheet": "Выгрузка в таблицу",
    "What to export:": "Что выгружать:",
    "Export": "Выгрузить",
    "Choose where to save": "Куда сохранить",
    "Exporting…": "Выгрузка…",
    "Exported rows: {count}\n{path}": "Выгружено строк: {count}\n{path}",
    "The file holds personal data: keep it safe and delete it when it is no longer needed.": (
        "В файле персональные данные: храните его надёжно и удалите, когда он станет не нужен."
    ),
}


def _t(source: str) -> str:
    translated = tr(source)
    if translated != source:
        return translated
    from PySide6.QtCore import QLocale

    if QLocale().language() == QLocale.Language.English:
        return source
    return _RU.get(source, source)


def _ctx_and_parent(first: Any, second: Any) -> tuple[ServiceContext, QWidget | None]:
    """The File menu passes (ctx, parent); the brief named (parent, ctx): accept both."""
    if isinstance(first, ServiceContext):
        return first, second
    return second, first
