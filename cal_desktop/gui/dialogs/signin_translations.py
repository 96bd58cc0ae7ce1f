"""Russian for the strings of the accounts, sign-in, idle lock, backup, audit and personal-data screens.

These screens call :func:`tr` with English source strings like the rest of the GUI, so ``lupdate``
collects them into ``resources/translations/cal_desktop_ru.ts``. Until that file holds them, this
module supplies the Russian itself (the program is Russian by default), and
``python -m cal_desktop.gui.dialogs.signin_translations`` writes these translations into the .ts
(run ``scripts/build_translations.py`` first so lupdate adds the new sources, then this, then the
script again to build the .qm).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale

from cal_desktop.gui import i18n


def tr(text: str) -> str:
    """``i18n.tr``, falling back to :data:`RU` while the compiled translation lacks the string."""
    translated = i18n.tr(text)
    if translated == text and QLocale().language() == QLocale.Language.Russian:
        return RU.get(text, text)
    return translated


RU: dict[str, str] = {
    "Cancel": "Отмена",
    "… and {count} more (written to the log)": "… и ещё {count} (записаны в журнал программы)",
    "The window is locked, to protect residents' personal data. {name}, enter your password to go on.": (
        "Окно заблокировано, чтобы защитить персональные данные жителей. {name}, введите пароль, "
        "чтобы продолжить."
    ),
    # start-up and recovery
    "Database backups (*.db);;All files (*)": "Резервные копии базы (*.db);;Все файлы (*)",
    "No backup was found in the usual folders. If you have a backup (for example on a USB stick), "
    "choose its file; otherwise contact your administrator and do not delete the damaged file.": (
        "В обычных папках резервных копий не найдено. Если копия у вас есть (например, на флешке), "
        "выберите её файл; иначе обратитесь к администратору и не удаляйте повреждённый файл."
    ),
    "Choose a backup of the database": "Выберите резервную копию базы данных",
    "Restored": "Восстановлено",
    "Making the daily backup…": "Ежедневная резервная копия…",
    "Backup": "Резервная копия",
    "The database file {path} is damaged and cannot be opened safely:\n{problems}\n\n"
    "The program will not change this file.": (
        "Файл базы данных {path} повреждён, и открыть его без риска нельзя:\n{problems}\n\n"
        "Программа не будет изменять этот файл."
    ),
    "Restore from this backup": "Восстановить из этой копии",
    "Choose another backup file…": "Выбрать другой файл копии…",
    "Quit": "Выйти",
    "The database is damaged": "База данных повреждена",
    "The check of the database file {path} found damage:\n{problems}\n\nNo backup was made "
    "of it. At the next start the program offers to restore the newest sound backup.": (
        "Проверка файла базы данных {path} обнаружила повреждение:\n{problems}\n\nРезервная копия "
        "с него не сделана. При следующем запуске программа предложит восстановить последнюю "
        "исправную копию."
    ),
    "Choose a backup file…": "Выбрать файл копии…",
    "The newest sound backup is from {date}:\n{file}\n\nRestore the database from it? The damaged "
    "file is kept beside it, and the work done after the backup was made will have to be entered "
    "again.": (
        "Самая новая исправная резервная копия сделана {date}:\n{file}\n\nВосстановить базу из неё? "
        "Повреждённый файл будет сохранён рядом; то, что внесено после создания копии, придётся "
        "внести заново."
    ),
    "The backup cannot be restored": "Копию восстановить нельзя",
    "The database is restored from {file}.\nThe damaged file is kept as {kept}.": (
        "База данных восстановлена из {file}.\nПовреждённый файл сохранён как {kept}."
    ),
    "The automatic backup was not made: {reason}\n\nYour work is saved in the database as usual. "
    "Check the backup folder in Settings, or make a backup by hand.": (
        "Резервная копия не сделана: {reason}\n\nВаша работа сохраняется в базе как обычно. "
        "Проверьте папку копий в настройках или сделайте копию вручную."
    ),
    # sign-in and first run
    "CAL Desktop: sign in": "CAL Desktop: вход",
    "Sign in": "Войти",
    "Enter your user name and password.": "Введите имя пользователя и пароль.",
    "User name": "Имя пользователя",
    "Password": "Пароль",
    "&User name:": "&Имя пользователя:",
    "&Password:": "&Пароль:",
    "First start: the administrator": "Первый запуск: администратор",
    "Welcome! The program keeps residents' personal data, so everyone signs in with a password. "
    "Create the administrator's account first: the administrator adds the other staff members "
    "later.": (
        "Добро пожаловать! Программа хранит персональные данные жителей, поэтому каждый входит "
        "со своим паролем. Сначала создайте учётную запись администратора: остальных сотрудников "
        "администратор добавит потом."
    ),
    "Full name": "ФИО",
    "Surname First name Patronymic": "Фамилия Имя Отчество",
    "Position": "Должность",
    "Phone": "Телефон",
    "at least 8 characters, letters and digits": "не короче 8 символов, буквы и цифры",
    "Password again": "Пароль ещё раз",
    "Create and sign in": "Создать и войти",
    "Enter the user name.": "Введите имя пользователя.",
    "&Full name:": "&ФИО:",
    "P&osition:": "&Должность:",
    "P&hone:": "&Телефон:",
    "Password &again:": "Пароль &ещё раз:",
    "the passwords do not match": "пароли не совпадают",
    # passwords
    "Your password was set by the administrator. Choose your own password before you start: "
    "only you should know it.": (
        "Ваш пароль задал администратор. Перед началом работы придумайте свой пароль: "
        "знать его должны только вы."
    ),
    "Enter your current password and the new one twice.": "Введите текущий пароль и дважды новый.",
    "Change password": "Сменить пароль",
    "&Current password:": "&Текущий пароль:",
    "Current password": "Текущий пароль",
    "&New password:": "&Новый пароль:",
    "New password": "Новый пароль",
    "New password &again:": "Новый пароль &ещё раз:",
    "New password again": "Новый пароль ещё раз",
    "The password is changed.": "Пароль изменён.",
    "Reset password": "Сбросить пароль",
    "Set password": "Задать пароль",
    "&Temporary password:": "&Временный пароль:",
    "Temporary password": "Временный пароль",
    "A temporary password for {name}. Tell it to the person: at the next sign-in the program asks "
    "them to choose their own. A lock after failed sign-ins is lifted too.": (
        "Временный пароль для сотрудника {name}. Сообщите его сотруднику: при следующем входе "
        "программа попросит придумать свой. Блокировка после неудачных входов тоже снимается."
    ),
    # idle lock
    "The window is locked": "Окно заблокировано",
    "CAL Desktop is locked": "CAL Desktop заблокирован",
    "The window was locked after {minutes} min without activity, to protect residents' personal "
    "data. {name}, enter your password to go on.": (
        "Окно заблокировано после {minutes} мин бездействия, чтобы защитить персональные данные "
        "жителей. {name}, введите свой пароль, чтобы продолжить."
    ),
    "Staff member": "Сотрудник",
    "Unlock": "Разблокировать",
    "Sign in as another staff member": "Войти под другим сотрудником",
    # personal data
    "Person": "Человек",
    "Reason": "Основание",
    "Since": "С какого дня",
    "Anonymise by": "Обезличить до",
    "Consent to personal data processing": "Согласие на обработку персональных данных",
    "Date of consent": "Дата согласия",
    "Form version": "Версия формы",
    "no scan": "скан не приложен",
    "Choose scan…": "Выбрать скан…",
    "&Date of consent:": "&Дата согласия:",
    "&Form version:": "&Версия формы:",
    "Scan of the signed form:": "Скан подписанной формы:",
    "Scan of the signed consent": "Скан подписанного согласия",
    "Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)": "Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)",
    "Withdrawal of consent": "Отзыв согласия",
    "Date of withdrawal": "Дата отзыва",
    "&Date of withdrawal:": "&Дата отзыва:",
    "Personal data": "Персональные данные",
    "A person's consent and data": "Согласие и данные человека",
    "Start typing a surname, phone or e-mail…": "Начните вводить фамилию, телефон или e-mail…",
    "Consent received…": "Согласие получено…",
    "Consent withdrawn…": "Согласие отозвано…",
    "Everything about the person: JSON…": "Все данные о человеке: JSON…",
    "Everything about the person: PDF…": "Все данные о человеке: PDF…",
    "Anonymise…": "Обезличить…",
    "JSON files (*.json)": "Файлы JSON (*.json)",
    "PDF files (*.pdf)": "Файлы PDF (*.pdf)",
    "Save everything about the person": "Сохранить все данные о человеке",
    "To be anonymised (withdrawn consent, or no activity for the retention period)": "К обезличиванию (согласие отозвано или нет обращений дольше срока хранения)",
    "People whose data must be anonymised": "Люди, чьи данные нужно обезличить",
    "Anonymise the selected…": "Обезличить выбранного…",
    "Refresh": "Обновить",
    "consent withdrawn": "согласие отозвано",
    "no activity for the retention period": "нет обращений дольше срока хранения",
    "The person's data are anonymised.": "Данные человека обезличены.",
    "The scan must be a PDF or an image (JPEG, PNG, TIFF).": "Скан должен быть файлом PDF или изображением (JPEG, PNG, TIFF).",
    "The scan is larger than 20 MB; scan it at a lower resolution.": "Скан больше 20 МБ; отсканируйте с меньшим разрешением.",
    "The consent is recorded.": "Согласие записано.",
    "Nobody's data has to be anonymised now.": "Сейчас ничьи данные обезличивать не нужно.",
    "Anonymise {name}?\n\nThe name, phone, e-mail, address, birth date, notes, consent scans and the texts of documents naming the person are removed for good. THIS CANNOT BE UNDONE. Consultations stay in the statistics without the person.": "Обезличить данные: {name}?\n\nФИО, телефон, e-mail, адрес, дата рождения, заметки, сканы согласий и тексты документов, где человек назван, будут удалены безвозвратно. ЭТО ДЕЙСТВИЕ НЕЛЬЗЯ ОТМЕНИТЬ. Консультации останутся в статистике, но без человека.",
    "Anonymisation": "Обезличивание",
    "{name} withdrew consent. Processing stops, and the data must be anonymised within 30 days (152-FZ art. 21).": "{name}: согласие отозвано. Обработка прекращается, данные нужно обезличить в течение 30 дней (ст. 21 152-ФЗ).",
    "Saved: {path}\nThe export is recorded in the audit log. Answer the request within 10 working days.": "Сохранено: {path}\nВыгрузка записана в журнал действий. Ответить на запрос нужно в течение 10 рабочих дней.",
    "overdue": "просрочено",
    "Anonymise for good": "Обезличить безвозвратно",
    "The file {path} could not be saved: {reason}. Nothing was written; choose another folder.": "Не удалось сохранить файл {path}: {reason}. Ничего не записано; выберите другую папку.",
    "Consent of {name}": "Согласие: {name}",
    "The withdrawal is recorded. The person's data must be anonymised by {date}.": "Отзыв согласия записан. Данные человека нужно обезличить до {date}.",
    "People on the list: {n}, of them overdue: {overdue}.": "В списке: {n}, из них просрочено: {overdue}.",
    "The file cannot be read: {reason}": "Файл не читается: {reason}",
    # accounts, audit log, backups
    "active": "работает",
    "switched off": "отключена",
    "no password (cannot sign in)": "без пароля (войти нельзя)",
    "New staff account": "Новая учётная запись",
    "Staff account": "Учётная запись",
    "Role": "Роль",
    "Active: the person may sign in": "Действует: сотрудник может входить",
    "State": "Состояние",
    "Staff accounts": "Учётные записи сотрудников",
    "New account…": "Новая учётная запись…",
    "Edit…": "Изменить…",
    "Reset password…": "Сбросить пароль…",
    "Change my password…": "Сменить мой пароль…",
    "&Role:": "&Роль:",
    "At the first sign-in the person is asked to choose their own password.": "При первом входе сотрудник придумает свой пароль.",
    "locked until {time}": "заблокирована до {time}",
    "Only an administrator manages staff accounts.": "Учётными записями сотрудников управляет администратор.",
    "Signed in: {name} ({role})": "Вы вошли как: {name} ({role})",
    "A temporary password is set for {name}. At the next sign-in they choose their own.": "Временный пароль для сотрудника {name} задан. При следующем входе сотрудник придумает свой.",
    "When": "Когда",
    "Action": "Действие",
    "Record": "Запись",
    "No.": "№",
    "Details": "Подробности",
    "Audit log": "Журнал действий",
    "Audit log entries": "Записи журнала действий",
    "everyone": "все",
    "any action": "любое действие",
    "any record": "любая запись",
    "&Period:": "&Период:",
    "&Staff member:": "&Сотрудник:",
    "&Action:": "&Действие:",
    "&Record:": "&Запись:",
    "Reset filters": "Сбросить фильтры",
    "the program": "программа",
    "The audit log is open to coordinators and administrators.": "Журнал действий доступен координатору и администратору.",
    "From": "С",
    "To": "По",
    "Entries: {n}": "Записей: {n}",
    "{n} KB": "{n} КБ",
    "{n} MB": "{n} МБ",
    "Backups": "Резервные копии",
    "Backups in the folder": "Резервные копии в папке",
    "Back up now": "Сделать копию сейчас",
    "Restore from the selected…": "Восстановить из выбранной…",
    "Restore from a file…": "Восстановить из файла…",
    "Close": "Закрыть",
    "Folder for backups": "Папка для резервных копий",
    "Making a backup…": "Создаётся резервная копия…",
    "Choose folder…": "Выбрать папку…",
    "Made": "Создана",
    "Size": "Размер",
    "File": "Файл",
    "No backup made yet.": "Резервных копий ещё не было.",
    "Restore the database from {file}?\n\nEverything entered after this backup was made will be replaced by the backup. The current database is kept beside it first. After the restore, restart the program.": "Восстановить базу данных из {file}?\n\nВсё, что внесено после создания этой копии, будет заменено копией. Текущая база сначала сохраняется рядом. После восстановления перезапустите программу.",
    "Restore from a backup": "Восстановление из резервной копии",
    "Only an administrator makes and restores backups.": "Резервные копии делает и восстанавливает администратор.",
    "Backups are kept in {folder} (the newest {keep}).": "Резервные копии хранятся в папке {folder} (последние {keep}).",
    "Restore": "Восстановить",
    "The database is restored from {file}. The replaced database is kept as {kept}. Restart the program.": "База данных восстановлена из {file}. Прежняя база сохранена как {kept}. Перезапустите программу.",
    "Last backup: {date}": "Последняя копия: {date}",
    "The backup is saved: {file} ({size}).": "Резервная копия сохранена: {file} ({size}).",
    # backups: passphrase, encrypted copies, copies kept beside the database (issue 12)
    "Passphrase…": "Пароль копий…",
    "Kind": "Вид",
    "yes": "да",
    "Encrypted": "Зашифрована",
    "Copies kept beside the database (before an upgrade, or replaced by a restore); each is deleted {days} days after it was made:": "Копии рядом с базой данных (перед обновлением или заменённые при восстановлении); каждая удаляется через {days} дней после создания:",
    "Copies kept beside the database": "Копии рядом с базой данных",
    "Deleted on": "Будет удалена",
    "New backups are encrypted with the passphrase.": "Новые копии шифруются паролем.",
    "Backups are not encrypted. A folder on a USB stick needs a passphrase.": "Копии не шифруются. Для папки на флешке нужен пароль.",
    "before an upgrade": "перед обновлением",
    "replaced by a restore": "заменена при восстановлении",
    "New backups are encrypted with the passphrase. Change it, or stop encrypting?": "Новые копии шифруются паролем. Сменить пароль или больше не шифровать?",
    "Change the passphrase": "Сменить пароль",
    "Stop encrypting": "Больше не шифровать",
    "Backup passphrase": "Пароль резервных копий",
    "Every following backup is encrypted with this passphrase. Keep it in a safe place: without it an encrypted backup cannot be restored by anyone.": "Все следующие копии будут зашифрованы этим паролем. Храните его в надёжном месте: без него зашифрованную копию не восстановит никто.",
    "Encrypted backup": "Зашифрованная копия",
    "The backup {file} is encrypted. Type the backup passphrase.": "Копия {file} зашифрована. Введите пароль резервных копий.",
    "The replaced database could not be read, so erasures made after the backup could not be applied again: check the list of people whose data must be destroyed.": "Заменённую базу не удалось прочитать, поэтому обезличивания, сделанные после копии, не применены повторно: проверьте список людей, чьи данные подлежат уничтожению.",
    "Erasures and consent withdrawals made after this backup, applied again: {count} (erasures: {erasures}, withdrawals: {withdrawals}).": "Обезличивания и отзывы согласия, сделанные после этой копии, применены повторно: {count} (обезличиваний: {erasures}, отзывов согласия: {withdrawals}).",
    "Passphrase": "Пароль",
    "Passphrase:": "Пароль:",
    "Repeat the passphrase": "Повторите пароль",
    "Repeat:": "Ещё раз:",
    "Type the passphrase.": "Введите пароль.",
    "The passphrases differ.": "Пароли не совпадают.",
    'Database backups (*.db *.db.gz *.enc);;All files (*)': 'Резервные копии базы (*.db *.db.gz *.enc);;Все файлы (*)',
    'Database backups (*.db *.db.gz *.enc *.dump);;All files (*)': 'Резервные копии базы (*.db *.db.gz *.enc *.dump);;Все файлы (*)',
    '{n} GB': '{n} ГБ',
    'The backups take {total} in all.': 'Всего резервные копии занимают {total}.',
    'Little space is left for new backups: choose a folder on a bigger disk or free some space.': 'Для новых копий осталось мало места: выберите папку на диске побольше или освободите место.',
    'Backups are kept in {folder}, compressed: the newest {keep} (of an earlier day only its last one) and one of each of the four weeks before.': 'Резервные копии хранятся в папке {folder} в сжатом виде: последние {keep} (за прошедший день — только последняя) и по одной за каждую из четырёх предыдущих недель.',
    'Free on that disk: {free}.': 'Свободно на этом диске: {free}.',
}


def merge(ts: Path) -> int:
    """Fill unfinished messages of ``ts`` whose source is in :data:`RU`; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in RU and translation is not None and translation.get("type") == "unfinished":
            translation.text = RU[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else i18n.translations_dir() / "cal_desktop_ru.ts"
    print(f"translated {merge(target)} strings in {target}")
