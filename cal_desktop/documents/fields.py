"""The reference list of every template field: name, Russian label, example value, group.

Templates (built-in JSON letters, the centre's copies, uploaded .docx forms) may use exactly these
names as ``{{ field }}``; the template check reports any other name. The GUI shows this list in the
editor (with examples) and the CLI prints it (``document templates --fields``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldInfo:
    name: str
    label: str
    example: str
    group: str
    editable: bool = True  # staff may correct it in the editor before output
    multiline: bool = False


def _f(group: str, rows: list[tuple[str, str, str]], **kw: bool) -> list[FieldInfo]:
    return [FieldInfo(n, label, ex, group, **kw) for n, label, ex in rows]


FIELDS: list[FieldInfo] = [
    *_f(
        "Документ",
        [
            ("today", "Дата документа", "05.05.2026"),
            ("today_long", "Дата документа прописью", "5 мая 2026 г."),
            ("document_number", "Номер документа", "ЦАЛ-2026-0001"),
            ("appeal_title", "Заголовок (вид обращения)", "ОБРАЩЕНИЕ"),
            ("subject", "Заголовок к тексту («О чём»)", "О благоустройстве двора по ул. Мира, 5"),
            (
                "request_text",
                "Просьба («Прошу …»)",
                "Прошу рассмотреть предложение и сообщить о принятом решении.",
            ),
            ("meeting_place", "Место собрания", "двор дома по ул. Мира, 5"),
            ("meeting_date", "Дата собрания", "20.04.2026"),
            ("present_count", "Присутствовало человек", "25"),
            ("sheet_number", "Номер подписного листа", "12"),
            ("meeting_agenda", "Повестка: первый вопрос", "Об инициативе «Детская площадка во дворе»"),
            ("chair_full", "Председатель собрания", "Петрова Анна Сергеевна"),
            ("chair_short", "Председатель собрания (кратко)", "А.С. Петрова"),
            ("secretary_full", "Секретарь собрания", "Гусь Анна Павловна"),
            ("secretary_short", "Секретарь собрания (кратко)", "А.П. Гусь"),
            ("representative_acc", "Избранный представитель (вин. падеж)", "Петрову Анну Сергеевну"),
            ("meeting_guests", "Приглашённые (должностные лица, партнёры)", "О.В. Шульга, глава района"),
            ("authors_plural", "Авторов несколько («да» — «Просим», пусто — «Прошу»)", "да"),
            # no example value: a preview without an initiative has no files to enclose
            ("enclosure_ids", "Файлы дела в приложении (номера через запятую)", ""),
        ],
    ),
    *_f(
        "Документ",
        [
            ("substance", "Суть обращения (текст)", "Во дворе нет детской площадки…"),
            ("attachments_text", "Приложения (по одному в строке)", "фотографии двора на 2 л. в 1 экз."),
            ("rationale", "Обоснование предложений (заявка)", "Площадка нужна 40 детям двора…"),
            ("residents_participation", "Участие жителей (заявка)", "уборка территории, покраска ограждений"),
            ("budget_needed", "Средства местного бюджета (заявка)", "600 000 руб."),
            ("meeting_decisions", "Решение собрания по первому вопросу", "Поддержать инициативу…"),
        ],
        multiline=True,
    ),
    *_f(
        "Инициатива",
        [
            ("initiative_title", "Название инициативы", "Детская площадка во дворе"),
            ("initiative_description", "Описание инициативы", "Установить детскую площадку…"),
            ("initiative_category", "Категория", "благоустройство"),
            ("initiative_territory", "Территория", "микрорайон Южный"),
            ("initiative_address", "Адрес объекта", "ул. Мира, 5"),
            ("initiative_expected_result", "Ожидаемый результат", "Площадка для 40 детей двора"),
            ("initiative_estimated_cost", "Предварительная стоимость", "850 000 руб."),
            ("initiative_planned_timing", "Планируемые сроки", "май — август 2026 г."),
            ("initiative_members_count", "Число участников", "12"),
            ("initiative_resources", "Нужные ресурсы", "краска, доски"),
        ],
    ),
    *_f(
        "Автор",
        [
            ("author_full", "ФИО автора", "Петрова Анна Сергеевна"),
            ("author_gen", "ФИО автора (родительный: от кого)", "Петровой Анны Сергеевны"),
            ("author_dat", "ФИО автора (дательный)", "Петровой Анне Сергеевне"),
            ("author_ins", "ФИО автора (творительный: в лице)", "Петровой Анной Сергеевной"),
            ("author_acc", "ФИО автора (винительный: избрать кого)", "Петрову Анну Сергеевну"),
            ("author_short", "Расшифровка подписи автора", "А.С. Петрова"),
            ("author_address", "Почтовый адрес автора", "614001, г. Пермь, ул. Мира, д. 5, кв. 7"),
            ("author_phone", "Телефон автора", "+7 912 345-67-89"),
            ("author_email", "Эл. почта автора", "petrova@mail.ru"),
            ("author_birth_date", "Дата рождения автора", "01.02.1980"),
        ],
    ),
    *_f(
        "Адресат",
        [
            ("organisation_name", "Орган (организация)", "Администрация Центрального района"),
            ("organisation_address", "Адрес органа", "614000, г. Пермь, ул. Ленина, д. 1"),
            ("organisation_email", "Эл. почта органа", "adm@perm.ru"),
            ("addressee_position", "Должность адресата", "глава администрации Центрального района"),
            (
                "addressee_position_dat",
                "Должность (дательный: кому)",
                "главе администрации Центрального района",
            ),
            ("addressee_position_gen", "Должность (родительный)", "главы администрации Центрального района"),
            (
                "addressee_position_ins",
                "Должность (творительный)",
                "главой администрации Центрального района",
            ),
            ("addressee_full", "ФИО адресата", "Шульга Олег Викторович"),
            ("addressee_full_dat", "ФИО адресата (дательный)", "Шульге Олегу Викторовичу"),
            ("addressee_full_gen", "ФИО адресата (родительный)", "Шульги Олега Викторовича"),
            ("addressee_full_ins", "ФИО адресата (творительный)", "Шульгой Олегом Викторовичем"),
            ("addressee_short", "Адресат: инициалы и фамилия", "О.В. Шульга"),
            ("addressee_short_dat", "Адресат: инициалы и фамилия (дательный)", "О.В. Шульге"),
            ("addressee_short_gen", "Адресат: инициалы и фамилия (родительный)", "О.В. Шульги"),
            ("addressee_salutation", "Обращение", "Уважаемый Олег Викторович!"),
            (
                "addressee_organisation_line",
                "Орган над должностью (если должность его не называет)",
                "Администрация Центрального района",
            ),
        ],
    ),
    *_f(
        "Первое обращение (для повторного)",
        [
            ("previous_number", "Номер первого обращения", "ЦАЛ-2026-0001"),
            ("previous_date", "Дата отправки первого обращения", "02.03.2026"),
            ("previous_subject", "Тема первого обращения", "О детской площадке"),
            ("previous_registration", "Регистрация первого обращения", "№ 123-ОГ от 05.03.2026"),
            ("previous_due_date", "Срок ответа на первое обращение", "06.04.2026"),
        ],
    ),
    *_f(
        "Центр",
        [
            ("centre_name", "Название центра", "Центр активных людей"),
            ("centre_name_gen", "Название центра (род. п.)", "Центра активных людей «Заречье»"),
            (
                "centre_signature_position",
                "Должность подписывающего с названием центра",
                "Руководитель Центра активных людей «Заречье»",
            ),
            ("centre_organisation", "Организация (оператор ПД)", "АНО «Активные люди»"),
            ("centre_address", "Адрес центра", "614000, г. Пермь, ул. Советская, д. 10"),
            ("centre_phone", "Телефон центра", "+7 342 200-00-00"),
            ("centre_email", "Эл. почта центра", "cal@example.ru"),
            ("centre_inn", "ИНН", "5900000000"),
            ("centre_ogrn", "ОГРН", "1025900000000"),
            ("centre_head_position", "Должность руководителя", "Руководитель"),
            ("centre_head_name", "Руководитель (расшифровка)", "И.И. Иванов"),
            ("city", "Город", "Пермь"),
            ("consent_form_version", "Версия формы согласия", "1"),
            ("retention_years", "Срок хранения ПД, лет", "3"),
        ],
    ),
    *_f(
        "Сотрудник",
        [
            ("staff_name", "Исполнитель (ФИО)", "Иванова Мария Петровна"),
            ("staff_short", "Исполнитель (инициалы)", "М.П. Иванова"),
            ("staff_position", "Должность исполнителя", "специалист"),
            ("staff_phone", "Телефон исполнителя", "+7 912 000-00-00"),
            ("staff_email", "Эл. почта исполнителя", "ivanova@cal.ru"),
        ],
    ),
    *_f(
        "Участник (для согласия и пакетов)",
        [
            ("person_full", "ФИО участника", "Гусь Анна Павловна"),
            ("person_gen", "ФИО участника (родительный)", "Гусь Анны Павловны"),
            ("person_short", "Расшифровка подписи участника", "А.П. Гусь"),
            ("person_address", "Адрес участника", "г. Пермь, ул. Мира, д. 5, кв. 9"),
            ("person_phone", "Телефон участника", "+7 912 111-11-11"),
            ("person_email", "Эл. почта участника", "gus@mail.ru"),
            ("person_birth_date", "Дата рождения участника", "03.04.1975"),
            ("person_role", "Роль в инициативе", "сторонник/единомышленник"),
        ],
    ),
]

# Tables a letter template places with {"table": NAME}: the rows come from the context.
TABLES: dict[str, str] = {
    "signature_table": "Подписи участников: №, ФИО, адрес, подпись",
    "signature_sheet_table": "Подписной лист: №, ФИО, дата рождения, адрес, дата подписи, подпись",
    "members_table": "Участники инициативы: №, ФИО, роль, телефон",
    "group_table": "Инициативная группа (без адресов и телефонов): №, ФИО, роль",
    "attendance_table": "Присутствовавшие на собрании (заполняется на собрании): №, ФИО, подпись",
    "cofinancing_table": "Софинансирование: источник, сумма, доля",
}

BY_NAME: dict[str, FieldInfo] = {f.name: f for f in FIELDS}
NAMES: frozenset[str] = frozenset(BY_NAME) | frozenset(TABLES) | frozenset({"members", "tables"})


def examples() -> dict[str, str]:
    """Every field's example value: a context for previewing a template without data."""
    return {f.name: f.example for f in FIELDS}


__all__ = ["BY_NAME", "FIELDS", "NAMES", "TABLES", "FieldInfo", "examples"]
