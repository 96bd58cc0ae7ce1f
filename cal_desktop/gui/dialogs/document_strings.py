"""Russian translations of the document editor's strings, for merging into the .ts file.

The translation file (resources/translations/cal_desktop_ru.ts) belongs to the GUI area; this module
carries the editor's strings so that whoever owns it can merge them in one step:

    .venv/bin/python scripts/build_translations.py          # lupdate: new strings arrive unfinished
    .venv/bin/python -m cal_desktop.gui.dialogs.document_strings resources/translations/cal_desktop_ru.ts
    .venv/bin/python scripts/build_translations.py          # lrelease: the .qm
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

RU: dict[str, str] = {
    "&Addressee:": "&Адресат:",
    "&File with the case": "&Подшить к делу",
    "&Find addressee:": "&Найти адресата:",
    "&Print…": "&Печать…",
    "&Request («Прошу…»):": "&Просьба («Прошу…»):",
    "&Save as…": "&Сохранить как…",
    "&Template:": "&Шаблон:",
    "&Text of the appeal:": "&Текст обращения:",
    "Addressee": "Адресат",
    "All fields of the document": "Все поля документа",
    "Attach&ments (one per line):": "При&ложения (по одному в строке):",
    "Cannot be filed yet, missing: %1": "Пока нельзя подшить к делу, не указано: %1",
    "Date sent": "Дата отправки",
    "Document": "Документ",
    "Document editor": "Редактор документа",
    "Draft saved": "Черновик сохранён",
    "Field": "Поле",
    "Fields (correct any declined form here):": "Поля (здесь можно исправить любую форму склонения):",
    "Filed": "Подшито к делу",
    "How the appeal is sent": "Способ отправки",
    "Keep a draft with the initiative": "Сохранить черновик в деле инициативы",
    "Name, position or body…": "ФИО, должность или орган…",
    "PDF document (*.pdf)": "Документ PDF (*.pdf)",
    "Preview needs the QtPdf module (PySide6-Pdf). Printing and saving still work.":
        "Для просмотра нужен модуль QtPdf (PySide6-Pdf). Сохранение работает и без него.",
    "Preview of the document pages": "Просмотр страниц документа",
    "Print the document": "Напечатать документ",
    "Printing needs the QtPdf module (PySide6-Pdf): save the PDF and print it.":
        "Для печати нужен модуль QtPdf (PySide6-Pdf): сохраните PDF и напечатайте его.",
    "Save DO&CX…": "Сохранить DO&CX…",
    "Save P&DF…": "Сохранить P&DF…",
    "Save as DOCX": "Сохранить в DOCX",
    "Save as PDF": "Сохранить в PDF",
    "Save d&raft": "Сохранить &черновик",
    "Save the document": "Сохранить документ",
    "Search the addressee in the directory": "Поиск адресата в справочнике",
    "Sent by, on:": "Способ и дата отправки:",
    "Store the document and enter the appeal in the register": "Сохранить документ и внести обращение в реестр",
    "Stored document": "Сохранённый документ",
    "Template": "Шаблон",
    "The appeal cannot be filed": "Обращение нельзя подшить к делу",
    "The appeal is entered in the register.": "Обращение внесено в реестр.",
    "The document could not be prepared for printing.": "Не удалось подготовить документ к печати.",
    "The document is kept with the initiative.": "Документ сохранён в деле инициативы.",
    "The document is not ready.": "Документ ещё не готов.",
    "The draft is kept with the initiative.": "Черновик сохранён в деле инициативы.",
    "The printer could not be started.": "Не удалось запустить печать.",
    "Value": "Значение",
    "Co-financing of the project": "Софинансирование проекта",
    "Source": "Источник",
    "Sum, roubles": "Сумма, руб.",
    "Share, %": "Доля, %",
    "Co-financing (initiative project):": "Софинансирование (заявка на инициативный проект):",
    "Consent &forms of all members…": "Согласия &всех участников…",
    "Consent forms for every member of the initiative in one PDF": "Согласия на обработку ПД всех участников инициативы одним PDF",
    "Preparing consent forms…": "Готовятся согласия…",
    "What the appeal still lacks": "Чего не хватает обращению",
    "Word document (*.docx)": "Документ Word (*.docx)",
    "for example": "например",
    "This document is already filed with the case.": "Этот документ уже подшит к делу.",
    "The appeal is entered in the register under № %1. The answer is due by %2.":
        "Обращение внесено в реестр под № %1. Срок ответа — до %2.",
    "The document has changes that are neither saved as a draft nor filed. Close it?":
        "В документе есть изменения, которые не сохранены как черновик и не подшиты к делу. Закрыть его?",
    "Save a draft and close": "Сохранить черновик и закрыть",
    "Close without saving": "Закрыть без сохранения",
    "Close the document": "Закрытие документа",
    "— no addressee —": "— без адресата —",
}  # fmt: skip


def merge(ts_path: Path) -> int:
    """Fill the unfinished translations of these strings in a .ts file; the number filled."""
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if (
            source in RU
            and translation is not None
            and (translation.get("type") == "unfinished" or not (translation.text or "").strip())
        ):
            translation.text = RU[source]
            translation.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/cal_desktop_ru.ts")
    print(f"filled {merge(path)} translations in {path}")
