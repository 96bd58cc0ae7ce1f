<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Coming soon</source>
        <translation>Скоро здесь</translation>
    </message>
    <message>
        <source>Not available with your role</source>
        <translation>Недоступно для вашей роли</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <source>Here will be the initiatives of the residents: the board by status, the initiative card with its authors and supporters, resources and partners, and the next steps.</source>
        <translation>Здесь будут инициативы жителей: доска по статусам, карточка инициативы с авторами и сторонниками, ресурсами и партнёрами, и следующие шаги.</translation>
    </message>
    <message>
        <source>Documents and appeals</source>
        <translation>Документы и обращения</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Here will be the directories: authorities and officials, partners and media, territories.</source>
        <translation>Здесь будут справочники: органы власти и должностные лица, партнёры и СМИ, территории.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Here will be the monthly report of the centre with its figures, charts and export to Excel, PDF and Word.</source>
        <translation>Здесь будет ежемесячный отчёт центра с показателями, диаграммами и выгрузкой в Excel, PDF и Word.</translation>
    </message>
    <message>
        <source>The centre&apos;s reports are prepared by a coordinator or the administrator. Ask them for the figures you need.</source>
        <translation>Отчёты центра готовят координатор или администратор. Обратитесь к ним за нужными цифрами.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Meetings and events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Funding calls and contests</source>
        <translation>Конкурсы и гранты</translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>Registration of appeal %1</source>
        <translation>Регистрация обращения %1</translation>
    </message>
    <message>
        <source>Extension of appeal %1</source>
        <translation>Продление срока по обращению %1</translation>
    </message>
    <message>
        <source>Forwarding of appeal %1</source>
        <translation>Перенаправление обращения %1</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Перенаправлено в</translation>
    </message>
    <message>
        <source>choose the body</source>
        <translation>выберите орган</translation>
    </message>
    <message>
        <source>Answer to appeal %1</source>
        <translation>Ответ на обращение %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <source>Scans of the answer</source>
        <translation>Сканы ответа</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>PDF и изображения (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (расчётно)</translation>
    </message>
    <message>
        <source>Registered: %1; answer due: %2</source>
        <translation>Зарегистрировано: %1; ответ до: %2</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Sections of the consultation</source>
        <translation>Разделы консультации</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Изменить инициативу</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Новая инициатива</translation>
    </message>
    <message>
        <source>Attach the call&apos;s document</source>
        <translation>Прикрепить документ конкурса</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.xlsx *.odt *.jpg *.png);;All files (*)</source>
        <translation>Документы (*.pdf *.docx *.doc *.xlsx *.odt *.jpg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New funding call</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Applications open</source>
        <translation>Начало приёма заявок</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>Окончание приёма заявок</translation>
    </message>
    <message>
        <source>— not specified —</source>
        <translation>— не указана —</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Attach the document</source>
        <translation>Прикрепить документ</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Убрать документ</translation>
    </message>
    <message>
        <source>Applications of initiatives</source>
        <translation>Заявки инициатив</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Организатор:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Applications from:</source>
        <translation>Приём заявок с:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Applications:</source>
        <translation>Заявки:</translation>
    </message>
    <message>
        <source>Save the call first</source>
        <translation>Сначала сохраните конкурс</translation>
    </message>
    <message>
        <source>(save the call first)</source>
        <translation>(сначала сохраните конкурс)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this call will be lost.</source>
        <translation>Закрыть без сохранения? Изменения конкурса будут потеряны.</translation>
    </message>
    <message>
        <source>Unsaved funding call</source>
        <translation>Конкурс не сохранён</translation>
    </message>
    <message>
        <source>Remove the call&apos;s document from the database?</source>
        <translation>Убрать документ конкурса из базы данных?</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Meeting or event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Edit meeting or event</source>
        <translation>Мероприятие: изменение</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>The event has a start time</source>
        <translation>Указано время начала</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>What it was about, in a few words</source>
        <translation>О чём, в нескольких словах</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Address or premises</source>
        <translation>Адрес или помещение</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Follow-ups from decisions</source>
        <translation>Напоминания по решениям</translation>
    </message>
    <message>
        <source>Follow-ups from the decisions</source>
        <translation>Напоминания по решениям мероприятия</translation>
    </message>
    <message>
        <source>me</source>
        <translation>я</translation>
    </message>
    <message>
        <source>Tick the decisions someone has to act on, then choose who and by when.</source>
        <translation>Отметьте решения, по которым кто-то должен действовать, и укажите, кто и к какому сроку.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation>Добавить решение</translation>
    </message>
    <message>
        <source>Follow-ups already made</source>
        <translation>Уже созданные напоминания</translation>
    </message>
    <message>
        <source>Already made: %1</source>
        <translation>Уже созданы: %1</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>Создать напоминания</translation>
    </message>
    <message>
        <source>Who acts on decision %1</source>
        <translation>Кто исполняет решение %1</translation>
    </message>
    <message>
        <source>Due date of decision %1</source>
        <translation>Срок решения %1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <source>Officials and partners present</source>
        <translation>Присутствовали должностные лица и партнёры</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Officials, partners:</source>
        <translation>Должн. лица, партнёры:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Решения:</translation>
    </message>
    <message>
        <source>Follow-&amp;ups from decisions…</source>
        <translation>Напоминания по &amp;решениям…</translation>
    </message>
    <message>
        <source>Make follow-ups with an owner and a due date from the decisions</source>
        <translation>Создать по решениям напоминания с ответственным и сроком</translation>
    </message>
    <message>
        <source>Delete this meeting or event</source>
        <translation>Удалить это мероприятие</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Лист регистрации…</translation>
    </message>
    <message>
        <source>Save the attendance sheet of this meeting as PDF</source>
        <translation>Сохранить лист регистрации участников в PDF</translation>
    </message>
    <message>
        <source>Initiatives of the event</source>
        <translation>Инициативы мероприятия</translation>
    </message>
    <message>
        <source>Initiative to link</source>
        <translation>Инициатива для связи</translation>
    </message>
    <message>
        <source>Link the chosen initiative</source>
        <translation>Связать с выбранной инициативой</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Unlink the selected initiative</source>
        <translation>Отвязать выбранную инициативу</translation>
    </message>
    <message>
        <source>Initiatives:</source>
        <translation>Инициативы:</translation>
    </message>
    <message>
        <source>Visitors present</source>
        <translation>Присутствовавшие посетители</translation>
    </message>
    <message>
        <source>Add a visitor present</source>
        <translation>Добавить присутствовавшего посетителя</translation>
    </message>
    <message>
        <source>Type a name or phone to add a person present</source>
        <translation>Введите ФИО или телефон присутствовавшего</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Убрать выбранного человека</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Participants not named</source>
        <translation>Участников без имени</translation>
    </message>
    <message>
        <source>Participants in all</source>
        <translation>Всего участников</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Присутствовали:</translation>
    </message>
    <message>
        <source>&amp;Not named:</source>
        <translation>&amp;Без имени:</translation>
    </message>
    <message>
        <source>in all: %1 (named %2)</source>
        <translation>всего: %1 (поимённо %2)</translation>
    </message>
    <message>
        <source>Discard the changes to this meeting or event?</source>
        <translation>Отменить изменения в мероприятии?</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>attendance.pdf</source>
        <translation>лист регистрации.pdf</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Протокол собрания</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Секретарь:</translation>
    </message>
    <message>
        <source>&amp;Elected representative:</source>
        <translation>&amp;Избранный представитель:</translation>
    </message>
    <message>
        <source>— written in by hand —</source>
        <translation>— впишут от руки —</translation>
    </message>
    <message>
        <source>Only people recorded as present can be chosen. Everything can still be corrected in the editor.</source>
        <translation>Выбрать можно только отмеченных как присутствовавшие. Всё можно исправить в редакторе.</translation>
    </message>
    <message>
        <source>Prepare the minutes</source>
        <translation>Подготовить протокол</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>announcement.pdf</source>
        <translation>объявление.pdf</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <source>Save the changes first: the documents are made from the saved record.</source>
        <translation>Сначала сохраните изменения: документы составляются по сохранённой записи.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>Documents of this meeting or event</source>
        <translation>Документы этого собрания или мероприятия</translation>
    </message>
    <message>
        <source>Minutes of the meeting…</source>
        <translation>Протокол собрания…</translation>
    </message>
    <message>
        <source>Announcement for a notice board…</source>
        <translation>Объявление для доски объявлений…</translation>
    </message>
    <message>
        <source>Delete this meeting or event?</source>
        <translation>Удалить это мероприятие?</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Территория:</translation>
    </message>
    <message>
        <source>choose the author among the visitors or create one</source>
        <translation>выберите автора среди посетителей или создайте нового</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Working calendar corrections</source>
        <translation>Исправления рабочего календаря</translation>
    </message>
    <message>
        <source>Public holidays and the government&apos;s transfers of days off come from the calendar built into the program. Add regional days off here, or correct a day.</source>
        <translation>Праздники и переносы выходных по постановлениям правительства берутся из встроенного календаря. Здесь можно добавить региональные выходные или исправить день.</translation>
    </message>
    <message>
        <source>Calendar corrections</source>
        <translation>Исправления календаря</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>e.g. a regional holiday</source>
        <translation>например, региональный праздник</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add the correction</source>
        <translation>Добавить исправление</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected correction</source>
        <translation>Удалить выбранное исправление</translation>
    </message>
    <message>
        <source>Due dates recalculated for appeals: %1</source>
        <translation>Сроки пересчитаны для обращений: %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>choose a visitor or create a new one</source>
        <translation>выберите посетителя или создайте нового</translation>
    </message>
    <message>
        <source>Change status: %1</source>
        <translation>Изменить статус: %1</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— выберите причину —</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>The initiative&apos;s text touches: %1.</source>
        <translation>Текст инициативы касается: %1.</translation>
    </message>
    <message>
        <source>The initiative is reopened: say why in the comment.</source>
        <translation>Инициатива возобновляется: укажите причину в комментарии.</translation>
    </message>
    <message>
        <source>Initiative title</source>
        <translation>Название инициативы</translation>
    </message>
    <message>
        <source>Initiative category</source>
        <translation>Категория инициативы</translation>
    </message>
    <message>
        <source>Enter the initiative&apos;s title</source>
        <translation>Введите название инициативы</translation>
    </message>
    <message>
        <source>Edit visitor</source>
        <translation>Изменить посетителя</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Новый посетитель</translation>
    </message>
    <message>
        <source>This visitor seems to be in the base already:</source>
        <translation>Похоже, этот посетитель уже есть в базе:</translation>
    </message>
    <message>
        <source>Open the existing visitor</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation>Всё равно создать нового</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>Something went wrong in the program. The work saved so far is safe; you can go on working.</source>
        <translation>В программе произошла ошибка. Всё сохранённое ранее цело; можно продолжать работу.</translation>
    </message>
    <message>
        <source>CAL Desktop</source>
        <translation>ЦАЛ Десктоп</translation>
    </message>
    <message>
        <source>CAL Desktop — Centre of Active People</source>
        <translation>ЦАЛ Десктоп — Центр активных людей</translation>
    </message>
    <message>
        <source>Areas of the program</source>
        <translation>Разделы программы</translation>
    </message>
    <message>
        <source>Show the names of the areas</source>
        <translation>Показать названия разделов</translation>
    </message>
    <message>
        <source>Show only the icons of the areas</source>
        <translation>Оставить только значки разделов</translation>
    </message>
    <message>
        <source>Staff member at the desk</source>
        <translation>Сотрудник за стойкой</translation>
    </message>
    <message>
        <source>disable — no encryption (only on this computer)</source>
        <translation>disable — без шифрования (только на этом компьютере)</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can</source>
        <translation>prefer — шифровать, если сервер умеет</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — только с шифрованием</translation>
    </message>
    <message>
        <source>verify-full — encrypt and check the server&apos;s certificate</source>
        <translation>verify-full — шифровать и проверять сертификат сервера</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <source>This desk now works with the database file on this computer.</source>
        <translation>Сейчас это рабочее место работает с файлом базы на этом компьютере.</translation>
    </message>
    <message>
        <source>stored; type to change</source>
        <translation>сохранён; введите, чтобы сменить</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <source>The connection is saved for this computer account. Restart the program to open the server.</source>
        <translation>Подключение сохранено для этой учётной записи компьютера. Перезапустите программу, чтобы открыть базу на сервере.</translation>
    </message>
    <message>
        <source>Forget the server connection (and its stored password) and use the database file on this computer from the next start?</source>
        <translation>Забыть подключение к серверу (и сохранённый пароль) и со следующего запуска работать с файлом базы на этом компьютере?</translation>
    </message>
    <message>
        <source>Use the file</source>
        <translation>Работать с файлом</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;База данных…</translation>
    </message>
    <message>
        <source>Connection of this desk to a PostgreSQL server (several desks)</source>
        <translation>Подключение этого рабочего места к серверу PostgreSQL (несколько рабочих мест)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New &amp;consultation</source>
        <translation>Новая &amp;консультация</translation>
    </message>
    <message>
        <source>New &amp;visitor…</source>
        <translation>Новый &amp;посетитель…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation>Рабочий &amp;календарь…</translation>
    </message>
    <message>
        <source>&amp;Backup copies…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>&amp;Подключение к базе данных…</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Заблокировать окно</translation>
    </message>
    <message>
        <source>Sign in as &amp;another staff member…</source>
        <translation>Войти под &amp;другим сотрудником…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Обновлено.</translation>
    </message>
    <message>
        <source>Import and export from spreadsheets will be available later. Until then use the command line: cal-desktop import / export.</source>
        <translation>Импорт и экспорт таблиц появятся позже. Пока используйте командную строку: cal-desktop import / export.</translation>
    </message>
    <message>
        <source>At the desk: %1</source>
        <translation>За стойкой: %1</translation>
    </message>
    <message>
        <source>in «%1»</source>
        <translation>в разделе «%1»</translation>
    </message>
    <message>
        <source>Enter — save the form (Ctrl+Enter in a multi-line field)</source>
        <translation>Enter — сохранить форму (Ctrl+Enter в многострочном поле)</translation>
    </message>
    <message>
        <source>Esc — clear the form or close the dialog</source>
        <translation>Esc — очистить форму или закрыть окно</translation>
    </message>
    <message>
        <source>Space — tick the highlighted topic</source>
        <translation>Пробел — отметить выделенную тему</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>CAL Desktop %1
The program of a Centre of Active People: visitors, consultations, initiatives, letters and reports. Works offline; data stays on this computer.</source>
        <translation>ЦАЛ Десктоп %1
Программа Центра активных людей: посетители, консультации, инициативы, письма и отчёты. Работает без интернета; данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторная встреча</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Consultations list</source>
        <translation>Список консультаций</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>estimated: the authority has not reported it</source>
        <translation>расчётно: орган не сообщил дату</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Новая учётная запись сотрудника</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Учётная запись сотрудника</translation>
    </message>
    <message>
        <source>Active: the person may sign in</source>
        <translation>Действует: сотрудник может входить</translation>
    </message>
    <message>
        <source>At the first sign-in the person is asked to choose their own password.</source>
        <translation>При первом входе сотрудник выберет свой пароль.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>заблокирована до {time}</translation>
    </message>
    <message>
        <source>no password (cannot sign in)</source>
        <translation>нет пароля (вход невозможен)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Новая учётная запись…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Сменить мой пароль…</translation>
    </message>
    <message>
        <source>Only an administrator manages staff accounts.</source>
        <translation>Учётными записями сотрудников управляет только администратор.</translation>
    </message>
    <message>
        <source>A temporary password is set for {name}. At the next sign-in they choose their own.</source>
        <translation>Для {name} задан временный пароль. При следующем входе сотрудник выберет свой.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Appeals register</source>
        <translation>Реестр обращений</translation>
    </message>
    <message>
        <source>Appeals list</source>
        <translation>Список обращений</translation>
    </message>
    <message>
        <source>Appeal details and timeline</source>
        <translation>Сведения об обращении и ход работы</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Awaiting an answer only</source>
        <translation>Только ожидающие ответа</translation>
    </message>
    <message>
        <source>Search appeals</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <source>Number, addressee, subject…</source>
        <translation>Номер, адресат, тема…</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>&amp;Registration…</source>
        <translation>&amp;Регистрация…</translation>
    </message>
    <message>
        <source>Record registration</source>
        <translation>Записать регистрацию</translation>
    </message>
    <message>
        <source>E&amp;xtension…</source>
        <translation>&amp;Продление…</translation>
    </message>
    <message>
        <source>Record extension</source>
        <translation>Записать продление</translation>
    </message>
    <message>
        <source>&amp;Forwarded…</source>
        <translation>&amp;Перенаправлено…</translation>
    </message>
    <message>
        <source>Record forwarding</source>
        <translation>Записать перенаправление</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Ответ…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <source>Re&amp;peat appeal…</source>
        <translation>&amp;Повторное обращение…</translation>
    </message>
    <message>
        <source>Prepare a repeat appeal</source>
        <translation>Подготовить повторное обращение</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <source>Open the letter sent</source>
        <translation>Открыть отправленное письмо</translation>
    </message>
    <message>
        <source>Repeat all overdue…</source>
        <translation>Повторные по всем просроченным…</translation>
    </message>
    <message>
        <source>Repeat appeals for every overdue appeal listed</source>
        <translation>Повторные обращения по всем просроченным обращениям списка</translation>
    </message>
    <message>
        <source>No appeal in this list is overdue without an answer and a repeat appeal.</source>
        <translation>В списке нет просроченных обращений без ответа и без повторного обращения.</translation>
    </message>
    <message>
        <source>Prepare, file and save a repeat appeal for each of %1 overdue appeals?</source>
        <translation>Подготовить, зарегистрировать и сохранить повторное обращение по каждому из просроченных обращений (%1)?</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Подготовить</translation>
    </message>
    <message>
        <source>Folder for the repeat appeals</source>
        <translation>Папка для повторных обращений</translation>
    </message>
    <message>
        <source>Repeat appeals filed: %1 of %2; saved in %3.</source>
        <translation>Зарегистрировано повторных обращений: %1 из %2; файлы в папке %3.</translation>
    </message>
    <message>
        <source>Preparing repeat appeals…</source>
        <translation>Подготовка повторных обращений…</translation>
    </message>
    <message>
        <source>Appeals due soon and overdue</source>
        <translation>Обращения: скоро срок и просроченные</translation>
    </message>
    <message>
        <source>Overdue appeals</source>
        <translation>Просроченные обращения</translation>
    </message>
    <message>
        <source>Appeals due soon</source>
        <translation>Обращения со скорым сроком</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>Скоро срок: %1</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <source>Appeals that became overdue since the program was last open: %1</source>
        <translation>Обращений, просроченных с прошлого запуска программы: %1</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Loading consultations…</source>
        <translation>Загрузка консультаций…</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Приём посетителей</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>Today&apos;s consultations</source>
        <translation>Консультации за сегодня</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Record a meeting or event with the chosen visitor</source>
        <translation>Записать собрание или мероприятие с выбранным посетителем</translation>
    </message>
    <message>
        <source>Record a meeting or event (Ctrl+Shift+M)</source>
        <translation>Записать собрание или мероприятие (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>&amp;Приём</translation>
    </message>
    <message>
        <source>All &amp;consultations</source>
        <translation>Все &amp;консультации</translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>Сегодня, %1: %2</translation>
    </message>
    <message>
        <source>Mine today</source>
        <translation>Мои на сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Coming week</source>
        <translation>На неделе</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>инициатива</translation>
    </message>
    <message>
        <source>appeal answer</source>
        <translation>ответ на обращение</translation>
    </message>
    <message>
        <source>consent renewal</source>
        <translation>продление согласия</translation>
    </message>
    <message>
        <source>data destruction</source>
        <translation>уничтожение данных</translation>
    </message>
    <message>
        <source>event decision</source>
        <translation>решение мероприятия</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>перенаправление</translation>
    </message>
    <message>
        <source>funding call deadline</source>
        <translation>срок конкурса</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Move the follow-up</source>
        <translation>Перенести напоминание</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Новая дата:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Передать коллеге</translation>
    </message>
    <message>
        <source>Hand the follow-up over to:</source>
        <translation>Кому передать напоминание:</translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Какие напоминания показать</translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation>Сделано (Пробел)</translation>
    </message>
    <message>
        <source>+1 day (1)</source>
        <translation>+1 день (1)</translation>
    </message>
    <message>
        <source>+1 week (7)</source>
        <translation>+1 неделя (7)</translation>
    </message>
    <message>
        <source>Date… (0)</source>
        <translation>Дата… (0)</translation>
    </message>
    <message>
        <source>Hand over… (→)</source>
        <translation>Передать… (→)</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Ещё…</translation>
    </message>
    <message>
        <source>Calendar, call list and calendar file</source>
        <translation>Календарь, список звонков и файл календаря</translation>
    </message>
    <message>
        <source>Calendar of follow-ups…</source>
        <translation>Календарь напоминаний…</translation>
    </message>
    <message>
        <source>Today&apos;s call list (PDF)…</source>
        <translation>Список звонков на сегодня (PDF)…</translation>
    </message>
    <message>
        <source>My follow-ups to a calendar file (.ics)…</source>
        <translation>Мои напоминания в файл календаря (.ics)…</translation>
    </message>
    <message>
        <source>Follow-ups: %1 today, %2 overdue</source>
        <translation>Напоминания: на сегодня %1, просрочено %2</translation>
    </message>
    <message>
        <source>Save the call list</source>
        <translation>Сохранить список звонков</translation>
    </message>
    <message>
        <source>Call list saved: %1</source>
        <translation>Список звонков сохранён: %1</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Сохранить файл календаря</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>Календарь iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Follow-ups written to the calendar file: %1</source>
        <translation>Напоминаний записано в файл календаря: %1</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <source>(the first %1 shown)</source>
        <translation>(показаны первые %1)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (просрочено)</translation>
    </message>
    <message>
        <source>Consultation saved.</source>
        <translation>Консультация сохранена.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>Изменять настройки может только администратор.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>The new language applies after the program is restarted.</source>
        <translation>Новый язык будет применён после перезапуска программы.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>участников: %1</translation>
    </message>
    <message>
        <source>Application to «%1»: %2</source>
        <translation>Заявка на конкурс «%1»: %2</translation>
    </message>
    <message>
        <source>Initiative card</source>
        <translation>Карточка инициативы</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Edit the initiative</source>
        <translation>Изменить инициативу</translation>
    </message>
    <message>
        <source>Compose &amp;document…</source>
        <translation>Составить &amp;документ…</translation>
    </message>
    <message>
        <source>Compose a letter or application document for this initiative</source>
        <translation>Составить письмо или документ заявки по этой инициативе</translation>
    </message>
    <message>
        <source>Sections of the initiative card</source>
        <translation>Разделы карточки инициативы</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Accompanied by:</source>
        <translation>Сопровождает:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Expected result:</source>
        <translation>Ожидаемый результат:</translation>
    </message>
    <message>
        <source>Estimated cost:</source>
        <translation>Предварительная стоимость:</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <source>%1 (applications until %2)</source>
        <translation>%1 (приём до %2)</translation>
    </message>
    <message>
        <source>Application to a funding call</source>
        <translation>Заявка на конкурс</translation>
    </message>
    <message>
        <source>Funding call</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>— choose the call —</source>
        <translation>— выберите конкурс —</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>one document per line</source>
        <translation>по одному документу в строке</translation>
    </message>
    <message>
        <source>Add the initiative&apos;s documents</source>
        <translation>Добавить документы инициативы</translation>
    </message>
    <message>
        <source>Add the titles of the initiative&apos;s stored documents</source>
        <translation>Добавить названия сохранённых документов инициативы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>e.g. 450 000 roubles granted</source>
        <translation>например, выделено 450 000 руб.</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Конкурс:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>Дата подачи:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <source>Applications to funding calls</source>
        <translation>Заявки на конкурсы</translation>
    </message>
    <message>
        <source>Applications of the initiative</source>
        <translation>Заявки инициативы</translation>
    </message>
    <message>
        <source>&amp;Apply to a call…</source>
        <translation>&amp;Подать на конкурс…</translation>
    </message>
    <message>
        <source>Apply to a call</source>
        <translation>Подать на конкурс</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the application</source>
        <translation>Изменить заявку</translation>
    </message>
    <message>
        <source>Delete the application</source>
        <translation>Удалить заявку</translation>
    </message>
    <message>
        <source>%1 · %2 · submitted on %3</source>
        <translation>%1 · %2 · дата подачи: %3</translation>
    </message>
    <message>
        <source>Delete the application to «%1»?</source>
        <translation>Удалить заявку на «%1»?</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Подписи:</translation>
    </message>
    <message>
        <source>Next step agreed with the author</source>
        <translation>Следующий шаг, согласованный с автором</translation>
    </message>
    <message>
        <source>The next step has a date</source>
        <translation>У следующего шага есть дата</translation>
    </message>
    <message>
        <source>Date of the next step</source>
        <translation>Дата следующего шага</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Сохранить шаг</translation>
    </message>
    <message>
        <source>Save the next step</source>
        <translation>Сохранить следующий шаг</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Поиск организаций</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Название или адрес</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password before you start: only you should know it.</source>
        <translation>Пароль вам задал администратор. Перед началом работы выберите свой пароль: знать его должны только вы.</translation>
    </message>
    <message>
        <source>Enter your current password and the new one twice.</source>
        <translation>Введите текущий пароль и дважды новый.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <source>A temporary password for {name}. Tell it to the person: at the next sign-in the program asks them to choose their own. A lock after failed sign-ins is lifted too.</source>
        <translation>Временный пароль для {name}. Сообщите его сотруднику: при следующем входе программа попросит выбрать свой пароль. Блокировка после неудачных попыток входа тоже снимается.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Временный пароль:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Д&amp;олжность:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Создать и войти</translation>
    </message>
    <message>
        <source>the passwords do not match</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (не действует)</translation>
    </message>
    <message>
        <source>Delete «%1» from the directory? This cannot be undone.</source>
        <translation>Удалить «%1» из справочника? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Authorities and officials</source>
        <translation>Органы власти и должностные лица</translation>
    </message>
    <message>
        <source>Search officials</source>
        <translation>Поиск должностных лиц</translation>
    </message>
    <message>
        <source>Name, position or authority</source>
        <translation>ФИО, должность или орган</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <source>New official…</source>
        <translation>Новое должностное лицо…</translation>
    </message>
    <message>
        <source>New official</source>
        <translation>Новое должностное лицо</translation>
    </message>
    <message>
        <source>Edit official</source>
        <translation>Изменить должностное лицо</translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation>Предлагаемые ресурсы</translation>
    </message>
    <message>
        <source>A resource the partner offers</source>
        <translation>Ресурс, который предлагает партнёр</translation>
    </message>
    <message>
        <source>Premises, printing, volunteers, materials…</source>
        <translation>Помещение, печать, волонтёры, материалы…</translation>
    </message>
    <message>
        <source>Remove the resource</source>
        <translation>Удалить ресурс</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Territory tree</source>
        <translation>Дерево территорий</translation>
    </message>
    <message>
        <source>Territory name</source>
        <translation>Название территории</translation>
    </message>
    <message>
        <source>Territory kind</source>
        <translation>Вид территории</translation>
    </message>
    <message>
        <source>Move under</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <source>Add inside selected</source>
        <translation>Добавить внутрь выбранной</translation>
    </message>
    <message>
        <source>Add a territory</source>
        <translation>Добавить территорию</translation>
    </message>
    <message>
        <source>Add at top level</source>
        <translation>Добавить на верхний уровень</translation>
    </message>
    <message>
        <source>Add a top-level territory</source>
        <translation>Добавить территорию верхнего уровня</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Rename the territory</source>
        <translation>Переименовать территорию</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <source>Move the territory</source>
        <translation>Переместить территорию</translation>
    </message>
    <message>
        <source>Delete the territory</source>
        <translation>Удалить территорию</translation>
    </message>
    <message>
        <source>— top level —</source>
        <translation>— верхний уровень —</translation>
    </message>
    <message>
        <source>Delete the territory «%1»? This cannot be undone.</source>
        <translation>Удалить территорию «%1»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>Sections of the directory</source>
        <translation>Разделы справочника</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Добавить участника…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Удалить выбранного участника</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>The audit log is open to coordinators and administrators.</source>
        <translation>Журнал действий доступен координаторам и администраторам.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Записи журнала действий</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>любое действие</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>любая запись</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>Записей: {n}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Linked consultations</source>
        <translation>Связанные консультации</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Нужные ресурсы</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Meetings and events list</source>
        <translation>Список мероприятий</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Search in subject, place and decisions</source>
        <translation>Поиск по теме, месту и решениям</translation>
    </message>
    <message>
        <source>Subject, place, decisions…</source>
        <translation>Тема, место, решения…</translation>
    </message>
    <message>
        <source>Initiative shown</source>
        <translation>Показана инициатива</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Reset the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>&amp;New meeting or event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>Record a meeting or event</source>
        <translation>Записать мероприятие</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найден</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Инициатива: %1</translation>
    </message>
    <message>
        <source>Loading meetings and events…</source>
        <translation>Загрузка мероприятий…</translation>
    </message>
    <message>
        <source>A resource needed</source>
        <translation>Нужный ресурс</translation>
    </message>
    <message>
        <source>What is needed: paint, a hall, transport…</source>
        <translation>Что нужно: краска, зал, транспорт…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the resource</source>
        <translation>Добавить ресурс</translation>
    </message>
    <message>
        <source>Mark the resource as found</source>
        <translation>Отметить ресурс найденным</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Partner to add</source>
        <translation>Добавляемый партнёр</translation>
    </message>
    <message>
        <source>What the partner gives</source>
        <translation>Что даёт партнёр</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Partners and resources</source>
        <translation>Партнёры и ресурсы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document editor</source>
        <translation>Редактор документа</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>The document has changes that are neither saved as a draft nor filed. Close it?</source>
        <translation>В документе есть изменения, которые не сохранены как черновик и не подшиты к делу. Закрыть его?</translation>
    </message>
    <message>
        <source>Save a draft and close</source>
        <translation>Сохранить черновик и закрыть</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Закрытие документа</translation>
    </message>
    <message>
        <source>Stored document</source>
        <translation>Сохранённый документ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Напечатать документ</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <source>Preview of the document pages</source>
        <translation>Предпросмотр страниц документа</translation>
    </message>
    <message>
        <source>Preview needs the QtPdf module (PySide6-Pdf). Printing and saving still work.</source>
        <translation>Для предпросмотра нужен модуль QtPdf (PySide6-Pdf). Печать и сохранение работают.</translation>
    </message>
    <message>
        <source>Printing needs the QtPdf module (PySide6-Pdf): save the PDF and print it.</source>
        <translation>Для печати нужен модуль QtPdf (PySide6-Pdf): сохраните PDF и напечатайте его.</translation>
    </message>
    <message>
        <source>The document could not be prepared for printing.</source>
        <translation>Не удалось подготовить документ к печати.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Search the addressee in the directory</source>
        <translation>Искать адресата в справочнике</translation>
    </message>
    <message>
        <source>Name, position or body…</source>
        <translation>ФИО, должность или орган…</translation>
    </message>
    <message>
        <source>— no addressee —</source>
        <translation>— без адресата —</translation>
    </message>
    <message>
        <source>&amp;Find addressee:</source>
        <translation>&amp;Найти адресата:</translation>
    </message>
    <message>
        <source>Also to:</source>
        <translation>Также адресатам:</translation>
    </message>
    <message>
        <source>&amp;Text of the appeal:</source>
        <translation>&amp;Текст обращения:</translation>
    </message>
    <message>
        <source>&amp;Request («Прошу…»):</source>
        <translation>&amp;Просьба («Прошу…»):</translation>
    </message>
    <message>
        <source>Attach&amp;ments (one per line):</source>
        <translation>При&amp;ложения (по одному в строке):</translation>
    </message>
    <message>
        <source>All fields of the document</source>
        <translation>Все поля документа</translation>
    </message>
    <message>
        <source>Template fields reference</source>
        <translation>Справочник полей шаблона</translation>
    </message>
    <message>
        <source>Filter the fields</source>
        <translation>Отбор полей</translation>
    </message>
    <message>
        <source>Filter: name, description or example…</source>
        <translation>Отбор: имя, описание или пример…</translation>
    </message>
    <message>
        <source>Template fields</source>
        <translation>Поля шаблона</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Double-click a field to copy {{ field }} to the clipboard.</source>
        <translation>Двойной щелчок по полю копирует {{ поле }} в буфер обмена.</translation>
    </message>
    <message>
        <source>Double-click a field to insert {{ field }} at the cursor.</source>
        <translation>Двойной щелчок по полю вставляет {{ поле }} в позицию курсора.</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Скопировано в буфер обмена: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Co-financing of the project</source>
        <translation>Софинансирование проекта</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Sum, roubles</source>
        <translation>Сумма, руб.</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Co-financing (initiative project):</source>
        <translation>Софинансирование (инициативный проект):</translation>
    </message>
    <message>
        <source>How the appeal is sent</source>
        <translation>Как отправляется обращение</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>What the appeal still lacks</source>
        <translation>Чего не хватает обращению</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Сохранить P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>Save DO&amp;CX…</source>
        <translation>Сохранить DO&amp;CX…</translation>
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation>Сохранить как DOCX</translation>
    </message>
    <message>
        <source>Save d&amp;raft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <source>Keep a draft with the initiative</source>
        <translation>Сохранить черновик в инициативе</translation>
    </message>
    <message>
        <source>&amp;File with the case</source>
        <translation>&amp;Подшить к делу</translation>
    </message>
    <message>
        <source>Store the document and enter the appeal in the register</source>
        <translation>Сохранить документ и внести обращение в реестр</translation>
    </message>
    <message>
        <source>Consent &amp;forms of all members…</source>
        <translation>Согласия &amp;всех участников…</translation>
    </message>
    <message>
        <source>Consent forms for every member of the initiative in one PDF</source>
        <translation>Согласия всех участников инициативы одним PDF</translation>
    </message>
    <message>
        <source>For &amp;each addressee…</source>
        <translation>&amp;Каждому адресату…</translation>
    </message>
    <message>
        <source>File, save or print one document per addressee</source>
        <translation>Зарегистрировать, сохранить или напечатать по документу каждому адресату</translation>
    </message>
    <message>
        <source>Fields (correct any declined form here):</source>
        <translation>Поля (здесь можно исправить падежные формы):</translation>
    </message>
    <message>
        <source>Sent by, on:</source>
        <translation>Способ и дата отправки:</translation>
    </message>
    <message>
        <source>Cannot be filed yet, missing: %1</source>
        <translation>Пока нельзя подшить, не хватает: %1</translation>
    </message>
    <message>
        <source>Check before printing: %1</source>
        <translation>Проверьте перед печатью: %1</translation>
    </message>
    <message>
        <source>This document is already filed with the case.</source>
        <translation>Этот документ уже подшит к делу.</translation>
    </message>
    <message>
        <source>Print and save as a &amp;draft marked «ЧЕРНОВИК»</source>
        <translation>Печатать и сохранять как черновик с по&amp;меткой «ЧЕРНОВИК»</translation>
    </message>
    <message>
        <source>Draft marked «ЧЕРНОВИК»</source>
        <translation>Черновик с пометкой «ЧЕРНОВИК»</translation>
    </message>
    <message>
        <source>The appeal lacks what the law requires: %1.</source>
        <translation>В обращении нет того, что требует закон: %1.</translation>
    </message>
    <message>
        <source>It cannot be sent like this. Print or save it as a draft marked «ЧЕРНОВИК»?</source>
        <translation>Отправлять его в таком виде нельзя. Напечатать или сохранить его как черновик с пометкой «ЧЕРНОВИК»?</translation>
    </message>
    <message>
        <source>As a draft</source>
        <translation>Как черновик</translation>
    </message>
    <message>
        <source>The appeal is incomplete</source>
        <translation>Обращение не полное</translation>
    </message>
    <message>
        <source>The document is not ready.</source>
        <translation>Документ не готов.</translation>
    </message>
    <message>
        <source>Print signature sheets</source>
        <translation>Печать подписных листов</translation>
    </message>
    <message>
        <source>How many sheets</source>
        <translation>Сколько листов</translation>
    </message>
    <message>
        <source>First sheet number</source>
        <translation>Номер первого листа</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>&amp;How many sheets:</source>
        <translation>&amp;Сколько листов:</translation>
    </message>
    <message>
        <source>&amp;Numbers from:</source>
        <translation>&amp;Номера с:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Each sheet is one page with its number and the initiative&apos;s text. Printed so far: %1.</source>
        <translation>Каждый лист — одна страница со своим номером и текстом инициативы. Уже напечатано листов: %1.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Preparing the sheets…</source>
        <translation>Подготовка листов…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the sheets</source>
        <translation>Сохранить листы</translation>
    </message>
    <message>
        <source>Print &amp;sheets…</source>
        <translation>Печать &amp;листов…</translation>
    </message>
    <message>
        <source>Print numbered signature sheets of this collection</source>
        <translation>Напечатать пронумерованные подписные листы этого сбора</translation>
    </message>
    <message>
        <source>The draft is kept with the initiative.</source>
        <translation>Черновик сохранён в инициативе.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <source>Preparing consent forms…</source>
        <translation>Подготовка согласий…</translation>
    </message>
    <message>
        <source>The appeal cannot be filed</source>
        <translation>Обращение нельзя подшить</translation>
    </message>
    <message>
        <source>The appeal is entered in the register.</source>
        <translation>Обращение внесено в реестр.</translation>
    </message>
    <message>
        <source>The appeal is entered in the register under № %1. The answer is due by %2.</source>
        <translation>Обращение внесено в реестр под № %1. Срок ответа — до %2.</translation>
    </message>
    <message>
        <source>More addressees</source>
        <translation>Другие адресаты</translation>
    </message>
    <message>
        <source>Add the addressee chosen above to the list</source>
        <translation>Добавить в список адресата, выбранного выше</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Add the other addressees to the list first (button «Add»).</source>
        <translation>Сначала добавьте других адресатов в список (кнопка «Добавить»).</translation>
    </message>
    <message>
        <source>File %1 documents, one per addressee, and save them in a folder?</source>
        <translation>Зарегистрировать %1 документа(ов), по одному на каждого адресата, и сохранить их в папку?</translation>
    </message>
    <message>
        <source>File them</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Папка для документов</translation>
    </message>
    <message>
        <source>Filed and saved: %1 documents in %2.</source>
        <translation>Зарегистрировано и сохранено документов: %1, папка %2.</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подшито</translation>
    </message>
    <message>
        <source>Filing the documents…</source>
        <translation>Регистрация документов…</translation>
    </message>
    <message>
        <source>File and save each…</source>
        <translation>Зарегистрировать и сохранить каждое…</translation>
    </message>
    <message>
        <source>Save each as PDF…</source>
        <translation>Сохранить каждое в PDF…</translation>
    </message>
    <message>
        <source>Save each as DOCX…</source>
        <translation>Сохранить каждое в DOCX…</translation>
    </message>
    <message>
        <source>Print each…</source>
        <translation>Напечатать каждое…</translation>
    </message>
    <message>
        <source>Saved: %1 documents in %2.</source>
        <translation>Сохранено документов: %1 в папке %2.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Preparing the documents…</source>
        <translation>Подготовка документов…</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 letters, %2 pages.</source>
        <translation>Отправлено на печать писем: %1, страниц: %2.</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>The document is kept with the initiative.</source>
        <translation>Документ сохранён в инициативе.</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Publication title</source>
        <translation>Название публикации</translation>
    </message>
    <message>
        <source>Media outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Add the publication</source>
        <translation>Добавить публикацию</translation>
    </message>
    <message>
        <source>Suggested officials</source>
        <translation>Предлагаемые должностные лица</translation>
    </message>
    <message>
        <source>Official card</source>
        <translation>Карточка должностного лица</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Орган власти:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <source>Reception hours:</source>
        <translation>Часы приёма:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Категории:</translation>
    </message>
    <message>
        <source>Territories:</source>
        <translation>Территории:</translation>
    </message>
    <message>
        <source>How documents will write it</source>
        <translation>Как будет написано в документах</translation>
    </message>
    <message>
        <source>Declined forms</source>
        <translation>Формы по падежам</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Падеж</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Initials and surname</source>
        <translation>Инициалы и фамилия</translation>
    </message>
    <message>
        <source>Case to correct</source>
        <translation>Исправляемый падеж</translation>
    </message>
    <message>
        <source>Corrected position</source>
        <translation>Исправленная должность</translation>
    </message>
    <message>
        <source>Corrected full name</source>
        <translation>Исправленное ФИО</translation>
    </message>
    <message>
        <source>Corrected initials and surname</source>
        <translation>Исправленные инициалы и фамилия</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Сохранить исправление</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Вернуть автоматически</translation>
    </message>
    <message>
        <source>Forget the correction of this case</source>
        <translation>Забыть исправление этого падежа</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Падеж:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Initials and surname:</source>
        <translation>Инициалы и фамилия:</translation>
    </message>
    <message>
        <source>Choose an official</source>
        <translation>Выберите должностное лицо</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>Роль выбранного участника</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Give the selected member this role</source>
        <translation>Назначить выбранному участнику эту роль</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>&amp;Meeting or event…</source>
        <translation>&amp;Мероприятие…</translation>
    </message>
    <message>
        <source>Record a meeting or event of this initiative</source>
        <translation>Записать мероприятие по этой инициативе</translation>
    </message>
    <message>
        <source>Si&amp;gnatures…</source>
        <translation>&amp;Подписи…</translation>
    </message>
    <message>
        <source>Signature collection of this initiative</source>
        <translation>Сбор подписей по этой инициативе</translation>
    </message>
    <message>
        <source>Apply to a &amp;call…</source>
        <translation>Подать на &amp;конкурс…</translation>
    </message>
    <message>
        <source>Applications of this initiative to funding calls</source>
        <translation>Заявки этой инициативы на конкурсы</translation>
    </message>
    <message>
        <source>Remove the selected resource</source>
        <translation>Удалить выбранный ресурс</translation>
    </message>
    <message>
        <source>Remove the selected partner</source>
        <translation>Удалить выбранного партнёра</translation>
    </message>
    <message>
        <source>Remove the selected publication</source>
        <translation>Удалить выбранную публикацию</translation>
    </message>
    <message>
        <source>Suggested partners</source>
        <translation>Предлагаемые партнёры</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предлагает</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>Suggested supporters</source>
        <translation>Предлагаемые сторонники</translation>
    </message>
    <message>
        <source>Initiatives helped</source>
        <translation>Инициативы, которым помогли</translation>
    </message>
    <message>
        <source>Officials to write to</source>
        <translation>Кому написать</translation>
    </message>
    <message>
        <source>Partners with what is needed</source>
        <translation>Партнёры, у которых есть нужное</translation>
    </message>
    <message>
        <source>Residents who supported initiatives here</source>
        <translation>Жители, поддерживавшие здесь инициативы</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>Choose an initiative in the list</source>
        <translation>Выберите инициативу в списке</translation>
    </message>
    <message>
        <source>success story</source>
        <translation>история успеха</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Appeal No. %1</source>
        <translation>Обращение № %1</translation>
    </message>
    <message>
        <source>Consultations: %1 (latest %2 shown)</source>
        <translation>Консультации: %1 (показаны последние %2)</translation>
    </message>
    <message>
        <source>— no media outlet —</source>
        <translation>— без СМИ —</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>Remove %1 from the members of the initiative?</source>
        <translation>Исключить %1 из участников инициативы?</translation>
    </message>
    <message>
        <source>add partners to the directory first</source>
        <translation>сначала добавьте партнёров в справочник</translation>
    </message>
    <message>
        <source>Initiatives by status</source>
        <translation>Инициативы по статусам</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Поиск инициатив</translation>
    </message>
    <message>
        <source>Title or address</source>
        <translation>Название или адрес</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Все территории</translation>
    </message>
    <message>
        <source>Export success stories</source>
        <translation>Выгрузить истории успеха</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON for the network (*.json)</source>
        <translation>Книга Excel (*.xlsx);;JSON для сети (*.json)</translation>
    </message>
    <message>
        <source>Success stories exported: %1.
%2</source>
        <translation>Выгружено историй успеха: %1.
%2</translation>
    </message>
    <message>
        <source>The window is locked</source>
        <translation>Окно заблокировано</translation>
    </message>
    <message>
        <source>CAL Desktop is locked</source>
        <translation>ЦАЛ Десктоп заблокирован</translation>
    </message>
    <message>
        <source>The window is locked, to protect residents&apos; personal data. {name}, enter your password to go on.</source>
        <translation>Окно заблокировано, чтобы защитить персональные данные жителей. {name}, введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The window was locked after {minutes} min without activity, to protect residents&apos; personal data. {name}, enter your password to go on.</source>
        <translation>Окно заблокировано после {minutes} мин бездействия, чтобы защитить персональные данные жителей. {name}, введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Sign in as another staff member</source>
        <translation>Войти под другим сотрудником</translation>
    </message>
    <message>
        <source>&amp;New initiative…</source>
        <translation>&amp;Новая инициатива…</translation>
    </message>
    <message>
        <source>Create a new initiative</source>
        <translation>Создать новую инициативу</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>Show the board by status</source>
        <translation>Показать доску по статусам</translation>
    </message>
    <message>
        <source>Success s&amp;tories…</source>
        <translation>Истории &amp;успеха…</translation>
    </message>
    <message>
        <source>Export the success stories for the network</source>
        <translation>Выгрузить истории успеха для сети</translation>
    </message>
    <message>
        <source>Number of initiatives found</source>
        <translation>Сколько инициатив найдено</translation>
    </message>
    <message>
        <source>Initiatives found</source>
        <translation>Найденные инициативы</translation>
    </message>
    <message>
        <source>List or board</source>
        <translation>Список или доска</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>истории нет</translation>
    </message>
    <message>
        <source>Merge visitor records</source>
        <translation>Объединение записей посетителей</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Объединить две записи одного человека</translation>
    </message>
    <message>
        <source>Everything recorded for both — consultations, initiatives, documents, events, reminders — moves to the record that is kept; the other record is removed. Choose the value to keep in each row. A withdrawal of consent is always kept. The merge can be undone until the end of the day.</source>
        <translation>Всё записанное о них — консультации, инициативы, документы, мероприятия, напоминания — переходит к оставляемой записи, другая запись удаляется. В каждой строке выберите, какое значение оставить. Отзыв согласия сохраняется всегда. Объединение можно отменить до конца дня.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Оставить эту запись</translation>
    </message>
    <message>
        <source>Keep the left record</source>
        <translation>Оставить левую запись</translation>
    </message>
    <message>
        <source>Keep the right record</source>
        <translation>Оставить правую запись</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge «%1» into «%2»? The record «%1» will be removed.</source>
        <translation>Объединить «%1» с «%2»? Запись «%1» будет удалена.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Visitor card</source>
        <translation>Карточка посетителя</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Территория:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие на обработку ПД:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Consultations of the visitor</source>
        <translation>Консультации посетителя</translation>
    </message>
    <message>
        <source>Initiatives of the visitor</source>
        <translation>Инициативы посетителя</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>target reached on %1</source>
        <translation>цель достигнута %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Signature collection</source>
        <translation>Сбор подписей</translation>
    </message>
    <message>
        <source>Signatures needed</source>
        <translation>Нужно подписей</translation>
    </message>
    <message>
        <source>Collection starts</source>
        <translation>Начало сбора</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>The collection has an end date</source>
        <translation>У сбора есть дата окончания</translation>
    </message>
    <message>
        <source>Collection ends</source>
        <translation>Окончание сбора</translation>
    </message>
    <message>
        <source>Start collecting</source>
        <translation>Начать сбор</translation>
    </message>
    <message>
        <source>Start the collection</source>
        <translation>Начать сбор подписей</translation>
    </message>
    <message>
        <source>Signatures needed:</source>
        <translation>Нужно подписей:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход сбора</translation>
    </message>
    <message>
        <source>Progress towards the target</source>
        <translation>Ход сбора к цели</translation>
    </message>
    <message>
        <source>Sheets returned</source>
        <translation>Сданные листы</translation>
    </message>
    <message>
        <source>Sheet No.</source>
        <translation>Лист №</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительных</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействительных</translation>
    </message>
    <message>
        <source>Why invalid</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Номер листа</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Дата сдачи</translation>
    </message>
    <message>
        <source>Valid signatures</source>
        <translation>Действительных подписей</translation>
    </message>
    <message>
        <source>Invalid signatures</source>
        <translation>Недействительных подписей</translation>
    </message>
    <message>
        <source>Why signatures were not accepted</source>
        <translation>Почему подписи не приняты</translation>
    </message>
    <message>
        <source>Why invalid: no date of birth, under 16…</source>
        <translation>Причина: нет даты рождения, младше 16 лет…</translation>
    </message>
    <message>
        <source>Add sheet</source>
        <translation>Добавить лист</translation>
    </message>
    <message>
        <source>Record the sheet</source>
        <translation>Записать лист</translation>
    </message>
    <message>
        <source>Remove sheet</source>
        <translation>Удалить лист</translation>
    </message>
    <message>
        <source>Remove the selected sheet</source>
        <translation>Удалить выбранный лист</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>on</source>
        <translation>сдан</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действит.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недействит.</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>Собрано: %1</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Likely duplicate visitors</source>
        <translation>Возможные дубликаты посетителей</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Вторая запись</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Merge the chosen pair</source>
        <translation>Объединить выбранную пару</translation>
    </message>
    <message>
        <source>First record to merge</source>
        <translation>Первая запись для объединения</translation>
    </message>
    <message>
        <source>Second record to merge</source>
        <translation>Вторая запись для объединения</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>ФИО, телефон или эл. почта</translation>
    </message>
    <message>
        <source>Merge &amp;these two…</source>
        <translation>Объединить &amp;эти две…</translation>
    </message>
    <message>
        <source>Merge the two records chosen</source>
        <translation>Объединить две выбранные записи</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Оставленная запись</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Кто объединил</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>О&amp;тменить объединение</translation>
    </message>
    <message>
        <source>Undo the chosen merge</source>
        <translation>Отменить выбранное объединение</translation>
    </message>
    <message>
        <source>A merge can be undone until the end of its day.</source>
        <translation>Объединение можно отменить до конца того же дня.</translation>
    </message>
    <message>
        <source>Or choose two records:</source>
        <translation>Или выберите две записи:</translation>
    </message>
    <message>
        <source>Merges:</source>
        <translation>Объединения:</translation>
    </message>
    <message>
        <source>Pairs found: %1</source>
        <translation>Найдено пар: %1</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Возможных дубликатов не найдено.</translation>
    </message>
    <message>
        <source>Undo the merge into «%1»? Both records will be as they were before.</source>
        <translation>Отменить объединение в «%1»? Обе записи станут такими, как были до него.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <source>Choose a visitor in the list</source>
        <translation>Выберите посетителя в списке</translation>
    </message>
    <message>
        <source> (data erased)</source>
        <translation> (данные удалены)</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>дано %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не оформлено</translation>
    </message>
    <message>
        <source>Consultations: %1</source>
        <translation>Консультации: %1</translation>
    </message>
    <message>
        <source>Initiatives: %1</source>
        <translation>Инициативы: %1</translation>
    </message>
    <message>
        <source>Search visitors</source>
        <translation>Поиск посетителей</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail (Ctrl+F)</source>
        <translation>Поиск по ФИО, телефону или эл. почте (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New visitor…</source>
        <translation>&amp;Новый посетитель…</translation>
    </message>
    <message>
        <source>Create a new visitor</source>
        <translation>Создать нового посетителя</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>Ду&amp;бликаты…</translation>
    </message>
    <message>
        <source>Likely duplicates and merging</source>
        <translation>Возможные дубликаты и объединение записей</translation>
    </message>
    <message>
        <source>Edit the selected visitor</source>
        <translation>Изменить выбранного посетителя</translation>
    </message>
    <message>
        <source>&amp;Log a consultation</source>
        <translation>&amp;Записать консультацию</translation>
    </message>
    <message>
        <source>Log a consultation with the selected visitor</source>
        <translation>Записать консультацию с выбранным посетителем</translation>
    </message>
    <message>
        <source>&amp;Document…</source>
        <translation>&amp;Документ…</translation>
    </message>
    <message>
        <source>Prepare a document for the selected visitor</source>
        <translation>Подготовить документ для выбранного посетителя</translation>
    </message>
    <message>
        <source>Number of visitors found</source>
        <translation>Сколько посетителей найдено</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Найденные посетители</translation>
    </message>
    <message>
        <source>Type at least three characters to search.</source>
        <translation>Введите не меньше трёх символов для поиска.</translation>
    </message>
    <message>
        <source>The first %1 found; type more to narrow the search.</source>
        <translation>Показаны первые %1; уточните запрос.</translation>
    </message>
    <message>
        <source>Visitors in the base: %1</source>
        <translation>Посетителей в базе: %1</translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+Shift+N creates a new visitor.</source>
        <translation>Никто не найден. Ctrl+Shift+N — создать нового посетителя.</translation>
    </message>
    <message>
        <source>— not applicable —</source>
        <translation>— не требуется —</translation>
    </message>
    <message>
        <source>Consultation of %s</source>
        <translation>Консультация от %s</translation>
    </message>
    <message>
        <source>Save changes (Enter)</source>
        <translation>Сохранить изменения (Enter)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Reminder: </source>
        <translation>Напоминание: </translation>
    </message>
    <message>
        <source>Clear the form? What you typed for this consultation will be lost.</source>
        <translation>Очистить форму? Всё, что вы ввели об этой консультации, будет потеряно.</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this consultation will be lost.</source>
        <translation>Закрыть без сохранения? Ваши изменения в этой консультации будут потеряны.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Unsaved consultation</source>
        <translation>Консультация не сохранена</translation>
    </message>
    <message>
        <source>choose the visitor from the list (type a name, then ↓ and Enter), create a new one, or clear the field for an anonymous consultation</source>
        <translation>выберите посетителя из списка (наберите ФИО, затем ↓ и Enter), создайте нового или очистите поле для анонимной консультации</translation>
    </message>
    <message>
        <source>a new initiative needs its author: choose the visitor</source>
        <translation>у новой инициативы должен быть автор: выберите посетителя</translation>
    </message>
    <message>
        <source>Initiatives will be available in a later version of the program.</source>
        <translation>Инициативы появятся в следующей версии программы.</translation>
    </message>
    <message>
        <source>Initiative No. %1 «%2» started; the consultation is linked to it.</source>
        <translation>Инициатива №%1 «%2» создана; консультация связана с ней.</translation>
    </message>
    <message>
        <source>enter the date as dd.mm.yyyy, e.g. 05.03.2026</source>
        <translation>введите дату в виде дд.мм.гггг, например 05.03.2026</translation>
    </message>
    <message>
        <source>there is no such date: %1</source>
        <translation>такой даты нет: %1</translation>
    </message>
    <message>
        <source>%1 is outside the dates this field accepts</source>
        <translation>%1 — вне допустимых для этого поля дат</translation>
    </message>
    <message>
        <source>there is no such date: %1 (the last day of that month is %2)</source>
        <translation>такой даты нет: %1 (последний день этого месяца — %2)</translation>
    </message>
    <message>
        <source>Only the centre&apos;s own letter templates can be edited here.</source>
        <translation>Здесь можно изменять только собственные шаблоны писем центра.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
    <message>
        <source>Press «Check» to look for unknown fields and syntax errors.</source>
        <translation>Нажмите «Проверить», чтобы найти неизвестные поля и синтаксические ошибки.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Несохранённая работа</translation>
    </message>
    <message>
        <source>Not saved, will be lost:</source>
        <translation>Не сохранено и будет потеряно:</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Close the program?</source>
        <translation>Закрыть программу?</translation>
    </message>
    <message>
        <source>Sign in as another staff member? The areas are opened anew for them.</source>
        <translation>Войти под другим сотрудником? Разделы программы откроются для него заново.</translation>
    </message>
    <message>
        <source>Discard and sign in as another</source>
        <translation>Не сохранять и войти под другим</translation>
    </message>
    <message>
        <source>CAL Desktop is closing</source>
        <translation>CAL Desktop закрывается</translation>
    </message>
    <message>
        <source>Saving the backup copy of the database to {folder}.
Do not remove the USB stick and do not switch the computer off: the program will close by itself when the copy is complete.</source>
        <translation>Сохраняется резервная копия базы данных в папку {folder}.
Не извлекайте флешку и не выключайте компьютер: программа закроется сама, когда копия будет готова.</translation>
    </message>
    <message>
        <source>Backup copy progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>{done} of {total} MB</source>
        <translation>{done} из {total} МБ</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>The template has errors and is not saved. Fix them and save again:</source>
        <translation>В шаблоне ошибки, он не сохранён. Исправьте и сохраните снова:</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Шаблон не сохранён</translation>
    </message>
    <message>
        <source>The template has unsaved changes. Close without saving?</source>
        <translation>В шаблоне есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган власти</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>— from the patronymic —</source>
        <translation>— по отчеству —</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Period kind</source>
        <translation>Вид периода</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Показать отчёт</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Верхний уровень</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <source>Microdistricts</source>
        <translation>Микрорайоны</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Улицы</translation>
    </message>
    <message>
        <source>Territory level</source>
        <translation>Уровень территорий</translation>
    </message>
    <message>
        <source>&amp;Territories:</source>
        <translation>&amp;Территории:</translation>
    </message>
    <message>
        <source>Save as %1</source>
        <translation>Сохранить как %1</translation>
    </message>
    <message>
        <source>Save the report as %1</source>
        <translation>Сохранить отчёт как %1</translation>
    </message>
    <message>
        <source>Combine network reports…</source>
        <translation>Свести отчёты сети…</translation>
    </message>
    <message>
        <source>Combine the JSON reports of several centres</source>
        <translation>Свести JSON-отчёты нескольких центров</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход выгрузки</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Breakdown table</source>
        <translation>Таблица разбивки</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Органы власти</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Перенаправления</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the records behind a figure</source>
        <translation>Двойной щелчок или Enter — записи, из которых сложился показатель</translation>
    </message>
    <message>
        <source>Counting the figures for %1…</source>
        <translation>Подсчёт показателей за %1…</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Подсчёт показателей…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Change, year</source>
        <translation>Изменение за год</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Reports of the centres</source>
        <translation>Отчёты центров</translation>
    </message>
    <message>
        <source>Save the combined report</source>
        <translation>Сохранить сводный отчёт</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Сохранение отчёта…</translation>
    </message>
    <message>
        <source>Combined %1 reports into %2</source>
        <translation>Сведено отчётов: %1, файл %2</translation>
    </message>
    <message>
        <source>Combining the reports…</source>
        <translation>Сведение отчётов…</translation>
    </message>
    <message>
        <source>The report is saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>Records: %1, shown the first %2</source>
        <translation>Записей: %1, показаны первые %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Database backups (*.db *.db.gz *.enc);;All files (*)</source>
        <translation>Резервные копии базы (*.db *.db.gz *.enc);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Database backups (*.db *.db.gz *.enc *.dump);;All files (*)</source>
        <translation>Резервные копии базы (*.db *.db.gz *.enc *.dump);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} ГБ</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Only an administrator makes and restores backups.</source>
        <translation>Создавать и восстанавливать копии может только администратор.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Зашифрована</translation>
    </message>
    <message>
        <source>Copies kept beside the database (before an upgrade, or replaced by a restore); each is deleted {days} days after it was made:</source>
        <translation>Копии рядом с базой данных (перед обновлением или заменённые при восстановлении); каждая удаляется через {days} дней после создания:</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Будет удалена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}, compressed: the newest {keep} (of an earlier day only its last one) and one of each of the four weeks before.</source>
        <translation>Резервные копии хранятся в папке {folder} в сжатом виде: последние {keep} (за прошедший день — только последняя) и по одной за каждую из четырёх предыдущих недель.</translation>
    </message>
    <message>
        <source>Last backup: {date}</source>
        <translation>Последняя копия: {date}</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Резервных копий ещё нет.</translation>
    </message>
    <message>
        <source>New backups are encrypted with the passphrase.</source>
        <translation>Новые копии шифруются паролем.</translation>
    </message>
    <message>
        <source>Backups are not encrypted. A folder on a USB stick needs a passphrase.</source>
        <translation>Копии не шифруются. Для папки на флешке нужен пароль.</translation>
    </message>
    <message>
        <source>The backups take {total} in all.</source>
        <translation>Всего резервные копии занимают {total}.</translation>
    </message>
    <message>
        <source>Free on that disk: {free}.</source>
        <translation>Свободно на этом диске: {free}.</translation>
    </message>
    <message>
        <source>Little space is left for new backups: choose a folder on a bigger disk or free some space.</source>
        <translation>Для новых копий осталось мало места: выберите папку на диске побольше или освободите место.</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>заменена при восстановлении</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>The backup is saved: {file} ({size}).</source>
        <translation>Резервная копия сохранена: {file} ({size}).</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>New backups are encrypted with the passphrase. Change it, or stop encrypting?</source>
        <translation>Новые копии шифруются паролем. Сменить пароль или больше не шифровать?</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Stop encrypting</source>
        <translation>Больше не шифровать</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Пароль резервных копий</translation>
    </message>
    <message>
        <source>Every following backup is encrypted with this passphrase. Keep it in a safe place: without it an encrypted backup cannot be restored by anyone.</source>
        <translation>Все следующие копии будут зашифрованы этим паролем. Храните его в надёжном месте: без него зашифрованную копию не восстановит никто.</translation>
    </message>
    <message>
        <source>Restore the database from {file}?

Everything entered after this backup was made will be replaced by the backup. The current database is kept beside it first. After the restore, restart the program.</source>
        <translation>Восстановить базу данных из {file}?

Всё, что внесено после создания этой копии, будет заменено копией. Текущая база сначала сохраняется рядом. После восстановления перезапустите программу.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>The database is restored from {file}. The replaced database is kept as {kept}. Restart the program.</source>
        <translation>База данных восстановлена из {file}. Заменённая база сохранена как {kept}. Перезапустите программу.</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Зашифрованная копия</translation>
    </message>
    <message>
        <source>The backup {file} is encrypted. Type the backup passphrase.</source>
        <translation>Копия {file} зашифрована. Введите пароль резервных копий.</translation>
    </message>
    <message>
        <source>The replaced database could not be read, so erasures made after the backup could not be applied again: check the list of people whose data must be destroyed.</source>
        <translation>Заменённую базу не удалось прочитать, поэтому обезличивания, сделанные после копии, не применены повторно: проверьте список людей, чьи данные подлежат уничтожению.</translation>
    </message>
    <message>
        <source>Erasures and consent withdrawals made after this backup, applied again: {count} (erasures: {erasures}, withdrawals: {withdrawals}).</source>
        <translation>Обезличивания и отзывы согласия, сделанные после этой копии, применены повторно: {count} (обезличиваний: {erasures}, отзывов согласия: {withdrawals}).</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened safely:
{problems}

The program will not change this file.</source>
        <translation>Файл базы данных {path} повреждён, открыть его безопасно нельзя:
{problems}

Программа не будет изменять этот файл.</translation>
    </message>
    <message>
        <source>The newest sound backup is from {date}:
{file}

Restore the database from it? The damaged file is kept beside it, and the work done after the backup was made will have to be entered again.</source>
        <translation>Самая свежая исправная копия от {date}:
{file}

Восстановить базу из неё? Повреждённый файл останется рядом, а работу, сделанную после создания копии, придётся ввести заново.</translation>
    </message>
    <message>
        <source>Restore from this backup</source>
        <translation>Восстановить из этой копии</translation>
    </message>
    <message>
        <source>Choose another backup file…</source>
        <translation>Выбрать другой файл резервной копии…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>No backup was found in the usual folders. If you have a backup (for example on a USB stick), choose its file; otherwise contact your administrator and do not delete the damaged file.</source>
        <translation>В обычных папках резервная копия не найдена. Если копия есть (например, на флешке), выберите её файл; иначе обратитесь к администратору и не удаляйте повреждённый файл.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Выбрать файл резервной копии…</translation>
    </message>
    <message>
        <source>… and {count} more (written to the log)</source>
        <translation>… и ещё {count} (записаны в журнал программы)</translation>
    </message>
    <message>
        <source>The check of the database file {path} found damage:
{problems}

No backup was made of it. At the next start the program offers to restore the newest sound backup.</source>
        <translation>Проверка файла базы данных {path} обнаружила повреждение:
{problems}

Резервная копия с него не сделана. При следующем запуске программа предложит восстановить последнюю исправную копию.</translation>
    </message>
    <message>
        <source>Choose a backup of the database</source>
        <translation>Выберите резервную копию базы данных</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>Эту резервную копию нельзя восстановить</translation>
    </message>
    <message>
        <source>The database is restored from {file}.
The damaged file is kept as {kept}.</source>
        <translation>База данных восстановлена из {file}.
Повреждённый файл сохранён как {kept}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The automatic backup was not made: {reason}

Your work is saved in the database as usual. Check the backup folder in Settings, or make a backup by hand.</source>
        <translation>Автоматическая резервная копия не сделана: {reason}

Работа сохраняется в базе как обычно. Проверьте папку резервных копий в настройках или сделайте копию вручную.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Consent of {name}</source>
        <translation>Согласие: {name}</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Версия формы</translation>
    </message>
    <message>
        <source>no scan</source>
        <translation>нет скана</translation>
    </message>
    <message>
        <source>Choose scan…</source>
        <translation>Выбрать скан…</translation>
    </message>
    <message>
        <source>&amp;Date of consent:</source>
        <translation>&amp;Дата согласия:</translation>
    </message>
    <message>
        <source>&amp;Form version:</source>
        <translation>&amp;Версия формы:</translation>
    </message>
    <message>
        <source>Scan of the signed form:</source>
        <translation>Скан подписанной формы:</translation>
    </message>
    <message>
        <source>Scan of the signed consent</source>
        <translation>Скан подписанного согласия</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The scan must be a PDF or an image (JPEG, PNG, TIFF).</source>
        <translation>Скан должен быть файлом PDF или изображением (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Файл не читается: {reason}</translation>
    </message>
    <message>
        <source>The scan is larger than 20 MB; scan it at a lower resolution.</source>
        <translation>Скан больше 20 МБ; отсканируйте с меньшим разрешением.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>{name} withdrew consent. Processing stops, and the data must be anonymised within 30 days (152-FZ art. 21).</source>
        <translation>{name} отозвал(а) согласие. Обработка прекращается, данные нужно обезличить в течение 30 дней (ст. 21 152-ФЗ).</translation>
    </message>
    <message>
        <source>Date of withdrawal</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>&amp;Date of withdrawal:</source>
        <translation>&amp;Дата отзыва:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Anonymise by</source>
        <translation>Обезличить до</translation>
    </message>
    <message>
        <source>Register of appeals</source>
        <translation>Реестр обращений</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>A person&apos;s consent and data</source>
        <translation>Согласие и данные человека</translation>
    </message>
    <message>
        <source>Start typing a surname, phone or e-mail…</source>
        <translation>Начните вводить фамилию, телефон или эл. почту…</translation>
    </message>
    <message>
        <source>Consent received…</source>
        <translation>Согласие получено…</translation>
    </message>
    <message>
        <source>Consent withdrawn…</source>
        <translation>Согласие отозвано…</translation>
    </message>
    <message>
        <source>Everything about the person: JSON…</source>
        <translation>Все данные о человеке: JSON…</translation>
    </message>
    <message>
        <source>Everything about the person: PDF…</source>
        <translation>Все данные о человеке: PDF…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Обезличить…</translation>
    </message>
    <message>
        <source>The consent is recorded.</source>
        <translation>Согласие записано.</translation>
    </message>
    <message>
        <source>The withdrawal is recorded. The person&apos;s data must be anonymised by {date}.</source>
        <translation>Отзыв согласия записан. Данные человека нужно обезличить до {date}.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save everything about the person</source>
        <translation>Сохранить все данные о человеке</translation>
    </message>
    <message>
        <source>Saved: {path}
The export is recorded in the audit log. Answer the request within 10 working days.</source>
        <translation>Сохранено: {path}
Выгрузка записана в журнал действий. Ответьте на запрос в течение 10 рабочих дней.</translation>
    </message>
    <message>
        <source>To be anonymised (withdrawn consent, or no activity for the retention period)</source>
        <translation>К обезличиванию (отозвано согласие или нет активности в течение срока хранения)</translation>
    </message>
    <message>
        <source>People whose data must be anonymised</source>
        <translation>Люди, чьи данные нужно обезличить</translation>
    </message>
    <message>
        <source>Anonymise the selected…</source>
        <translation>Обезличить выбранного…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <source>no activity for the retention period</source>
        <translation>нет активности в течение срока хранения</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>People on the list: {n}, of them overdue: {overdue}.</source>
        <translation>В списке: {n}, из них просрочено: {overdue}.</translation>
    </message>
    <message>
        <source>Nobody&apos;s data has to be anonymised now.</source>
        <translation>Сейчас ничьи данные обезличивать не нужно.</translation>
    </message>
    <message>
        <source>Anonymise {name}?

The name, phone, e-mail, address, birth date, notes, consent scans and the texts of documents naming the person are removed for good. THIS CANNOT BE UNDONE. Consultations stay in the statistics without the person.</source>
        <translation>Обезличить: {name}?

ФИО, телефон, эл. почта, адрес, дата рождения, заметки, сканы согласий и тексты документов с упоминанием человека будут удалены навсегда. ЭТО НЕЛЬЗЯ ОТМЕНИТЬ. Консультации останутся в статистике без указания человека.</translation>
    </message>
    <message>
        <source>Anonymise for good</source>
        <translation>Обезличить безвозвратно</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Обезличивание</translation>
    </message>
    <message>
        <source>The person&apos;s data are anonymised.</source>
        <translation>Данные человека обезличены.</translation>
    </message>
    <message>
        <source>Template check results</source>
        <translation>Результаты проверки шаблона</translation>
    </message>
    <message>
        <source>The check found no problems.</source>
        <translation>Проверка не нашла проблем.</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Найдено проблем: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to line %1</source>
        <translation>Двойной щелчок или Enter — перейти к строке %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>.docx form</source>
        <translation>форма .docx</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <source>Template check:</source>
        <translation>Проверка шаблона:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Копировать…</translation>
    </message>
    <message>
        <source>Make the centre&apos;s own copy of the letter template</source>
        <translation>Сделать собственную копию шаблона письма</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s letter template</source>
        <translation>Изменить шаблон письма центра</translation>
    </message>
    <message>
        <source>Add .docx &amp;form…</source>
        <translation>Добавить &amp;форму .docx…</translation>
    </message>
    <message>
        <source>Add a form in Word format with {{ fields }}</source>
        <translation>Добавить форму Word с полями {{ поле }}</translation>
    </message>
    <message>
        <source>New &amp;version of the form…</source>
        <translation>Новая &amp;версия формы…</translation>
    </message>
    <message>
        <source>Replace the selected .docx form with a corrected file</source>
        <translation>Заменить выбранную форму .docx исправленным файлом</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Hide the template from the list of documents, or show it again</source>
        <translation>Скрыть шаблон из списка документов или показать снова</translation>
    </message>
    <message>
        <source>Templates are changed by a coordinator or an administrator; you can view them.</source>
        <translation>Шаблоны меняют координатор или администратор; вы можете их просматривать.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Основан на</translation>
    </message>
    <message>
        <source>The pages filled with sample data (the examples from the fields reference).</source>
        <translation>Страницы, заполненные примерами из справочника полей.</translation>
    </message>
    <message>
        <source>About the template</source>
        <translation>О шаблоне</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <source>Centre&apos;s own</source>
        <translation>Собственный центра</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Templates: %1, the centre&apos;s own: %2</source>
        <translation>Шаблонов: %1, собственных: %2</translation>
    </message>
    <message>
        <source>Choose a template in the list.</source>
        <translation>Выберите шаблон в списке.</translation>
    </message>
    <message>
        <source>The text of the form filled with sample data (the examples from the fields reference).</source>
        <translation>Текст формы, заполненный примерами из справочника полей.</translation>
    </message>
    <message>
        <source>A .docx form is filled in Word format only: choose it in the document editor of an initiative and save the DOCX. Its check is shown on the left.</source>
        <translation>Форма .docx заполняется только в формате Word: выберите её в редакторе документов инициативы и сохраните DOCX. Результат проверки — слева.</translation>
    </message>
    <message>
        <source>The template cannot be filled:</source>
        <translation>Шаблон не заполняется:</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Duplicate the template</source>
        <translation>Копировать шаблон</translation>
    </message>
    <message>
        <source>Title of the centre&apos;s copy:</source>
        <translation>Название копии:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation>У копии должно быть название.</translation>
    </message>
    <message>
        <source>Choose a .docx form</source>
        <translation>Выберите форму .docx</translation>
    </message>
    <message>
        <source>Add a .docx form</source>
        <translation>Добавить форму .docx</translation>
    </message>
    <message>
        <source>Title of the form:</source>
        <translation>Название формы:</translation>
    </message>
    <message>
        <source>Check of the file %1:</source>
        <translation>Проверка файла %1:</translation>
    </message>
    <message>
        <source>The form is not added: the check found problems. Correct the file in Word and add it again:</source>
        <translation>Форма не добавлена: проверка нашла проблемы. Исправьте файл в Word и добавьте снова:</translation>
    </message>
    <message>
        <source>Form not added</source>
        <translation>Форма не добавлена</translation>
    </message>
    <message>
        <source>The form «%1» is added. The check found no problems.</source>
        <translation>Форма «%1» добавлена. Проверка не нашла проблем.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>Файл %1 больше 10 МБ.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Файл %1 не читается: %2</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>This is the program&apos;s own database file: it cannot be chosen here.</source>
        <translation>Это файл базы данных самой программы: выбрать его здесь нельзя.</translation>
    </message>
    <message>
        <source>This folder holds the program&apos;s database and is kept for it alone. Please choose another folder, for example Documents.</source>
        <translation>В этой папке лежит база данных программы, и она только для неё. Выберите другую папку, например «Документы».</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Calendar of follow-ups</source>
        <translation>Календарь напоминаний</translation>
    </message>
    <message>
        <source>Whose follow-ups</source>
        <translation>Чьи напоминания</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Follow-ups of the chosen week</source>
        <translation>Напоминания выбранной недели</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Чьи:</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Напоминаний: %1</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Мероприятий: %1</translation>
    </message>
    <message>
        <source>Week %1 – %2</source>
        <translation>Неделя %1 – %2</translation>
    </message>
    <message>
        <source>Save the consent form</source>
        <translation>Сохранить согласие</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Consent form…</source>
        <translation>Оформить согласие…</translation>
    </message>
    <message>
        <source>Print the consent form filled in for this person</source>
        <translation>Напечатать согласие, заполненное для этого человека</translation>
    </message>
    <message>
        <source>Consent form saved: %1</source>
        <translation>Согласие сохранено: %1</translation>
    </message>
    <message>
        <source>Answers by organisation or by official</source>
        <translation>Ответы по органам или по должностным лицам</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>По органам</translation>
    </message>
    <message>
        <source>By official</source>
        <translation>По должностным лицам</translation>
    </message>
    <message>
        <source>Appeals sent in the period, as of its last day. Double-click a row to see its appeals.</source>
        <translation>Обращения, отправленные за период, — состояние на его последний день. Двойной щелчок по строке покажет её обращения.</translation>
    </message>
    <message>
        <source>Authorities&apos; answers</source>
        <translation>Ответы органов власти</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the appeals sent to this organisation</source>
        <translation>Двойной щелчок или Enter — обращения, отправленные в эту организацию</translation>
    </message>
    <message>
        <source>No appeals were sent in this period.</source>
        <translation>За этот период обращения не отправлялись.</translation>
    </message>
    <message>
        <source>No appeal of this period was addressed to an official.</source>
        <translation>За период нет обращений, адресованных должностному лицу.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
    <message>
        <source>Search in title and organiser</source>
        <translation>Поиск по названию и организатору</translation>
    </message>
    <message>
        <source>Title, organiser…</source>
        <translation>Название, организатор…</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Показывать закрытые</translation>
    </message>
    <message>
        <source>Show closed calls</source>
        <translation>Показывать закрытые конкурсы</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Новый конкурс…</translation>
    </message>
    <message>
        <source>Record a funding call</source>
        <translation>Записать конкурс</translation>
    </message>
    <message>
        <source>Delete the call</source>
        <translation>Удалить конкурс</translation>
    </message>
    <message>
        <source>Funding calls list</source>
        <translation>Список конкурсов</translation>
    </message>
    <message>
        <source>Delete the call «%1» with its applications and reminders?</source>
        <translation>Удалить конкурс «%1» вместе с заявками и напоминаниями?</translation>
    </message>
    <message>
        <source>Consultations of the period referred to another organisation; «helped» as answered when staff checked back.</source>
        <translation>Консультации периода с перенаправлением в другую организацию; «помогло» — по ответу на вопрос «помогло ли?».</translation>
    </message>
    <message>
        <source>Referrals by organisation</source>
        <translation>Перенаправления по организациям</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Помогло</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>applications close: %1</source>
        <translation>окончание приёма заявок: %1</translation>
    </message>
    <message>
        <source>an organisation from the directory, or type its name</source>
        <translation>организация из справочника или впишите название</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Куда направлен:</translation>
    </message>
    <message>
        <source>Check back on</source>
        <translation>Проверить, помогло ли</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Помогло ли?</translation>
    </message>
    <message>
        <source>— not known yet —</source>
        <translation>— пока неизвестно —</translation>
    </message>
    <message>
        <source>Check back:</source>
        <translation>Проверить:</translation>
    </message>
    <message>
        <source>did it help:</source>
        <translation>помогло ли:</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>ответ в срок</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>ответ с опозданием</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ждут ответа</translation>
    </message>
    <message>
        <source>Chart of the answers</source>
        <translation>Диаграмма ответов</translation>
    </message>
    <message>
        <source>median: %1 d.</source>
        <translation>медиана: %1 дн.</translation>
    </message>
    <message>
        <source>Consultations (by the visitor&apos;s territory) and initiatives opened in the period, with everything below each territory. Double-click to see the records.</source>
        <translation>Консультации (по территории посетителя) и инициативы, открытые за период, вместе со всем, что входит в территорию. Двойной щелчок покажет записи.</translation>
    </message>
    <message>
        <source>Territories with their figures</source>
        <translation>Территории и их показатели</translation>
    </message>
    <message>
        <source>Kind of help of the selected partner</source>
        <translation>Вид помощи выбранного партнёра</translation>
    </message>
    <message>
        <source>— kind of help —</source>
        <translation>— вид помощи —</translation>
    </message>
    <message>
        <source>Volunteers&apos; hours of the selected partner</source>
        <translation>Часы волонтёров выбранного партнёра</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Save &amp;help</source>
        <translation>Сохранить &amp;помощь</translation>
    </message>
    <message>
        <source>Record the kind of help and the volunteers&apos; hours of the selected partner</source>
        <translation>Записать вид помощи и часы волонтёров выбранного партнёра</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Помощь:</translation>
    </message>
    <message>
        <source>Volunteers:</source>
        <translation>Волонтёры:</translation>
    </message>
    <message>
        <source>Total: %1 h, in kind: %2</source>
        <translation>Итого: %1 ч, в натуральной форме: %2</translation>
    </message>
    <message>
        <source>Other centres&apos; experience</source>
        <translation>Опыт других центров</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Finished initiatives of other centres</source>
        <translation>Реализованные инициативы других центров</translation>
    </message>
    <message>
        <source>The path of the chosen initiative</source>
        <translation>Путь выбранной инициативы</translation>
    </message>
    <message>
        <source>Finished initiatives of the same category in other centres: %1. The letters that got a positive answer are in the document editor, «How others wrote».</source>
        <translation>Реализованных инициатив той же категории в других центрах: %1. Письма, получившие положительный ответ, — в редакторе документов, «Как писали другие».</translation>
    </message>
    <message>
        <source>No finished initiative of this category in the practice library yet (cal-desktop import practice FILE.json).</source>
        <translation>В библиотеке практик пока нет реализованных инициатив этой категории (cal-desktop import practice ФАЙЛ.json).</translation>
    </message>
    <message>
        <source>%1 d.</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>How others wrote</source>
        <translation>Как писали другие</translation>
    </message>
    <message>
        <source>Search the library of letters</source>
        <translation>Поиск в библиотеке писем</translation>
    </message>
    <message>
        <source>Search in other centres&apos; letters…</source>
        <translation>Поиск в письмах других центров…</translation>
    </message>
    <message>
        <source>Letters of other centres</source>
        <translation>Письма других центров</translation>
    </message>
    <message>
        <source>Paragraphs of the chosen letter</source>
        <translation>Абзацы выбранного письма</translation>
    </message>
    <message>
        <source>Double-click or press Enter to put the paragraph into your letter</source>
        <translation>Двойной щелчок или Enter — вставить абзац в ваше письмо</translation>
    </message>
    <message>
        <source>&amp;Insert text</source>
        <translation>&amp;Вставить текст</translation>
    </message>
    <message>
        <source>Put the chosen paragraph into the text of the letter at the cursor</source>
        <translation>Вставить выбранный абзац в текст письма у курсора</translation>
    </message>
    <message>
        <source>&amp;Load packages…</source>
        <translation>&amp;Загрузить пакеты…</translation>
    </message>
    <message>
        <source>Load other centres&apos; practice packages (.json) into the library</source>
        <translation>Загрузить в библиотеку пакеты практик других центров (.json)</translation>
    </message>
    <message>
        <source>The library is empty. Load other centres&apos; practice packages (a centre makes one with cal-desktop export practice FILE.json).</source>
        <translation>Библиотека пуста. Загрузите пакеты практик других центров (центр делает пакет командой cal-desktop export practice ФАЙЛ.json).</translation>
    </message>
    <message>
        <source>No letter of the library holds these words.</source>
        <translation>Ни в одном письме библиотеки нет этих слов.</translation>
    </message>
    <message>
        <source>The library has no letters of this kind yet.</source>
        <translation>В библиотеке пока нет писем такого вида.</translation>
    </message>
    <message>
        <source>Letters of other centres for this template: %1 (the same category and kind of authority first).</source>
        <translation>Письма других центров по этому шаблону: %1 (сначала той же категории и того же вида органа).</translation>
    </message>
    <message>
        <source>Practice packages of other centres</source>
        <translation>Пакеты практик других центров</translation>
    </message>
    <message>
        <source>Practice packages (*.json)</source>
        <translation>Пакеты практик (*.json)</translation>
    </message>
    <message>
        <source>Practice library</source>
        <translation>Библиотека практик</translation>
    </message>
    <message>
        <source>This template has no free text to put a paragraph into.</source>
        <translation>В этом шаблоне нет свободного текста, куда вставить абзац.</translation>
    </message>
    <message>
        <source>Put into the letter. Check the placeholders like [ФИО] and [адрес].</source>
        <translation>Вставлено в письмо. Замените заглушки вроде [ФИО] и [адрес].</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Приложенные файлы</translation>
    </message>
    <message>
        <source>Files of the case</source>
        <translation>Файлы дела</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Drop photos, scans, PDF or office files here, or press «Attach files…». Up to %1 MB each.</source>
        <translation>Перетащите сюда фото, сканы, PDF или офисные файлы либо нажмите «Приложить файлы…». Каждый файл — до %1 МБ.</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>При&amp;ложить файлы…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the file in its program</source>
        <translation>Открыть файл в его программе</translation>
    </message>
    <message>
        <source>Ca&amp;ption…</source>
        <translation>По&amp;дпись…</translation>
    </message>
    <message>
        <source>Caption of the file in letters</source>
        <translation>Подпись файла в письмах</translation>
    </message>
    <message>
        <source>W&amp;hose data…</source>
        <translation>&amp;Чьи данные…</translation>
    </message>
    <message>
        <source>Whose personal data the file holds</source>
        <translation>Чьи персональные данные в файле</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>A person&apos;s data: deleted when their data are erased</source>
        <translation>Данные человека: удаляется при обезличивании его данных</translation>
    </message>
    <message>
        <source>Photos, scans and documents (*)</source>
        <translation>Фото, сканы и документы (*)</translation>
    </message>
    <message>
        <source>Attaching files…</source>
        <translation>Файлы прикладываются…</translation>
    </message>
    <message>
        <source>Some files were not attached:</source>
        <translation>Некоторые файлы не приложены:</translation>
    </message>
    <message>
        <source>No program on this computer opens «%1».</source>
        <translation>На этом компьютере нет программы, которая открывает «%1».</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Caption of the file in a letter&apos;s enclosures:</source>
        <translation>Подпись файла в приложениях к письму:</translation>
    </message>
    <message>
        <source>— nobody&apos;s: a file of the initiative —</source>
        <translation>— ничьи: файл инициативы —</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Чьи данные</translation>
    </message>
    <message>
        <source>Whose personal data does «%1» hold? It is deleted when that person&apos;s data are erased.</source>
        <translation>Чьи персональные данные в файле «%1»? Файл удаляется при обезличивании данных этого человека.</translation>
    </message>
    <message>
        <source>Delete %1 file(s)? They cannot be restored (except from a backup).</source>
        <translation>Удалить файлы (%1)? Восстановить их можно будет только из резервной копии.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Файлы (%1)</translation>
    </message>
    <message>
        <source>Files as enclosures</source>
        <translation>Файлы в приложение</translation>
    </message>
    <message>
        <source>Files of the initiative</source>
        <translation>Файлы инициативы</translation>
    </message>
    <message>
        <source>photo, a page of its own</source>
        <translation>фото, отдельная страница</translation>
    </message>
    <message>
        <source>PDF, its pages follow the letter</source>
        <translation>PDF, его страницы идут после письма</translation>
    </message>
    <message>
        <source>listed only; print it separately</source>
        <translation>только в перечне; распечатайте отдельно</translation>
    </message>
    <message>
        <source>Ticked files are listed in «Приложение» and their pages are added to the PDF.</source>
        <translation>Отмеченные файлы войдут в «Приложение», а их страницы — в PDF.</translation>
    </message>
    <message>
        <source>Files of the case (%1)…</source>
        <translation>Файлы дела (%1)…</translation>
    </message>
    <message>
        <source>Files of the case…</source>
        <translation>Файлы дела…</translation>
    </message>
    <message>
        <source>Choose files of the initiative as enclosures</source>
        <translation>Выбрать файлы инициативы в приложение</translation>
    </message>
    <message>
        <source>⚠ No backups on this computer</source>
        <translation>⚠ Копии на этом компьютере не делаются</translation>
    </message>
    <message>
        <source>The database on the server cannot be opened:
{message}

Check this desk&apos;s connection?</source>
        <translation>Базу данных на сервере не удалось открыть:
{message}

Проверить подключение этого рабочего места?</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Настроить подключение…</translation>
    </message>
</context>
<context>
    <name>AppealAnswerForm</name>
    <message>
        <source>Answer to appeal</source>
        <translation>Ответ на обращение</translation>
    </message>
    <message>
        <source>Answer &amp;date:</source>
        <translation>Дата &amp;ответа:</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Answer outcome</source>
        <translation>Результат ответа</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Summary of the answer</source>
        <translation>Краткое содержание ответа</translation>
    </message>
    <message>
        <source>Scans:</source>
        <translation>Сканы:</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканы</translation>
    </message>
    <message>
        <source>Add a scan</source>
        <translation>Добавить скан</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <source>OK or cancel</source>
        <translation>ОК или отмена</translation>
    </message>
</context>
<context>
    <name>AppealExtensionForm</name>
    <message>
        <source>Extension of appeal</source>
        <translation>Продление срока по обращению</translation>
    </message>
    <message>
        <source>&amp;Notice date:</source>
        <translation>&amp;Дата уведомления:</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <source>The notice names a date</source>
        <translation>В уведомлении указана дата</translation>
    </message>
    <message>
        <source>Extended &amp;until:</source>
        <translation>Продлено &amp;до:</translation>
    </message>
    <message>
        <source>Extended until</source>
        <translation>Продлено до</translation>
    </message>
    <message>
        <source>Without a named date the answer is due 60 days after registration.</source>
        <translation>Если дата не указана, ответ должен прийти через 60 дней после регистрации.</translation>
    </message>
    <message>
        <source>OK or cancel</source>
        <translation>ОК или отмена</translation>
    </message>
</context>
<context>
    <name>AppealForwardingForm</name>
    <message>
        <source>Forwarding of appeal</source>
        <translation>Перенаправление обращения</translation>
    </message>
    <message>
        <source>&amp;Forwarded to:</source>
        <translation>&amp;Перенаправлено в:</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>Новый адресат</translation>
    </message>
    <message>
        <source>Forwarding &amp;date:</source>
        <translation>Дата &amp;перенаправления:</translation>
    </message>
    <message>
        <source>Forwarding date</source>
        <translation>Дата перенаправления</translation>
    </message>
    <message>
        <source>The answer is then due 30 days after the new body registers it (estimated: forwarding date + 3).</source>
        <translation>Тогда ответ должен прийти через 30 дней после регистрации в новом органе (расчётно: дата перенаправления + 3).</translation>
    </message>
    <message>
        <source>OK or cancel</source>
        <translation>ОК или отмена</translation>
    </message>
</context>
<context>
    <name>AppealNewForm</name>
    <message>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Отправлено:</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation>&amp;Должностное лицо:</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>Addressee as written</source>
        <translation>Адресат, как указан в письме</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>OK or cancel</source>
        <translation>ОК или отмена</translation>
    </message>
</context>
<context>
    <name>AppealRegistrationForm</name>
    <message>
        <source>Registration of appeal</source>
        <translation>Регистрация обращения</translation>
    </message>
    <message>
        <source>Registration &amp;number:</source>
        <translation>Регистрационный &amp;номер:</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation>Дата &amp;регистрации:</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>OK or cancel</source>
        <translation>ОК или отмена</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль копий</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Пароль копий…</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Копии в папке</translation>
    </message>
    <message>
        <source>Copies kept beside the database</source>
        <translation>Копии рядом с базой данных</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Restore from the selected</source>
        <translation>Восстановить из выбранной</translation>
    </message>
    <message>
        <source>Restore from the selected…</source>
        <translation>Восстановить из выбранной…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Восстановить из файла</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Новый пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Подтвердить или отменить</translation>
    </message>
</context>
<context>
    <name>ConsultationFilter</name>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>Text in the summary or the visitor&apos;s name</source>
        <translation>Текст в описании или ФИО посетителя</translation>
    </message>
    <message>
        <source>Words in the summary, visitor&apos;s name or phone</source>
        <translation>Слова из описания, ФИО или телефон посетителя</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Number of consultations found</source>
        <translation>Сколько консультаций найдено</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>&amp;Посетитель:</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>ФИО, телефон или эл. почта</translation>
    </message>
    <message>
        <source>Type the start of the surname (or three digits of the phone), then choose with ↓ and Enter. Leave empty for an anonymous visitor.</source>
        <translation>Наберите начало фамилии (или три цифры телефона) и выберите посетителя стрелкой ↓ и Enter. Пустое поле — анонимный посетитель.</translation>
    </message>
    <message>
        <source>New visitor…</source>
        <translation>Новый посетитель…</translation>
    </message>
    <message>
        <source>Create a new visitor</source>
        <translation>Создать нового посетителя</translation>
    </message>
    <message>
        <source>Visitor error</source>
        <translation>Ошибка в выборе посетителя</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Темы:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Space ticks the highlighted topic</source>
        <translation>Пробел отмечает выделенную тему</translation>
    </message>
    <message>
        <source>Topics error</source>
        <translation>Ошибка в выборе тем</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What the visitor came with, and what was agreed</source>
        <translation>С чем пришёл посетитель и о чём договорились</translation>
    </message>
    <message>
        <source>Principles reminder</source>
        <translation>Напоминание о принципах</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Out-of-scope reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Reason error</source>
        <translation>Ошибка в причине</translation>
    </message>
    <message>
        <source>What the centre does not do</source>
        <translation>Чего центр не делает</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Инициатива:</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Start a new initiative</source>
        <translation>Создать инициативу</translation>
    </message>
    <message>
        <source>Start a new initiative from this consultation</source>
        <translation>Создать новую инициативу по этой консультации</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Повторная встреча:</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата повторной встречи</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>&amp;Duration, min:</source>
        <translation>&amp;Длительность, мин:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Длительность в минутах</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Follow-up error</source>
        <translation>Ошибка в дате повторной встречи</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Ошибка формы</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Очистить (Esc)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Очистить форму</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <source>Save the consultation</source>
        <translation>Сохранить консультацию</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsForm</name>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>With several desks, the database lives on a PostgreSQL server. Enter what the administrator&apos;s «server init» printed. The connection is remembered for this computer account only; the password is kept in a file only this account can read, never in the database.</source>
        <translation>Когда рабочих мест несколько, база хранится на сервере PostgreSQL. Введите то, что напечатала команда администратора «server init». Подключение запоминается только для этой учётной записи компьютера; пароль хранится в файле, который может прочитать только она, и никогда — в базе данных.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>name or address, e.g. 192.168.10.5</source>
        <translation>имя или адрес, например 192.168.10.5</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>Режим &amp;TLS:</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Режим TLS</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Результат проверки подключения</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Use the &amp;file on this computer</source>
        <translation>Работать с &amp;файлом на этом компьютере</translation>
    </message>
    <message>
        <source>Use the file on this computer</source>
        <translation>Работать с файлом на этом компьютере</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Сохранить или отменить</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>First start: the administrator</source>
        <translation>Первый запуск: администратор</translation>
    </message>
    <message>
        <source>Welcome! The program keeps residents&apos; personal data, so everyone signs in with a password. Create the administrator&apos;s account first: the administrator adds the other staff members later.</source>
        <translation>Добро пожаловать! Программа хранит персональные данные жителей, поэтому каждый входит по паролю. Сначала создайте учётную запись администратора: остальных сотрудников он добавит позже.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Surname First name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Д&amp;олжность:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>не короче 8 символов, буквы и цифры</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Подтвердить или отменить</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>New initiative</source>
        <translation>Новая инициатива</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Территория:</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Type a name, phone or e-mail</source>
        <translation>Введите ФИО, телефон или эл. почту</translation>
    </message>
    <message>
        <source>Create the author as a new visitor</source>
        <translation>Создать автора как нового посетителя</translation>
    </message>
    <message>
        <source>New visitor…</source>
        <translation>Новый посетитель…</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>Ожидаемый &amp;результат:</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Estimated c&amp;ost:</source>
        <translation>&amp;Предварительная стоимость:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Предварительная стоимость</translation>
    </message>
    <message>
        <source>e.g. 850 000 roubles</source>
        <translation>например, 850 000 руб.</translation>
    </message>
    <message>
        <source>Ti&amp;ming:</source>
        <translation>&amp;Сроки:</translation>
    </message>
    <message>
        <source>Planned timing</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>e.g. May to August 2026</source>
        <translation>например, май — август 2026 г.</translation>
    </message>
    <message>
        <source>What the centre can and cannot do</source>
        <translation>Что центр делает и чего не делает</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Сохранить или отменить</translation>
    </message>
</context>
<context>
    <name>InitiativeMemberForm</name>
    <message>
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>&amp;Посетитель:</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Type a name, phone or e-mail</source>
        <translation>Введите ФИО, телефон или эл. почту</translation>
    </message>
    <message>
        <source>Create the member as a new visitor</source>
        <translation>Создать участника как нового посетителя</translation>
    </message>
    <message>
        <source>New visitor…</source>
        <translation>Новый посетитель…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Сохранить или отменить</translation>
    </message>
</context>
<context>
    <name>InitiativeStatusForm</name>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation>Ре&amp;зультат:</translation>
    </message>
    <message>
        <source>Result achieved</source>
        <translation>Достигнутый результат</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>К&amp;омментарий:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>The centre&apos;s principles</source>
        <translation>Принципы центра</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Сохранить или отменить</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Орган власти:</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган власти</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Reception hours:</source>
        <translation>&amp;Часы приёма:</translation>
    </message>
    <message>
        <source>Reception hours</source>
        <translation>Часы приёма</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>П&amp;ол:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Категории:</translation>
    </message>
    <message>
        <source>Categories handled</source>
        <translation>Категории вопросов</translation>
    </message>
    <message>
        <source>Territories:</source>
        <translation>Территории:</translation>
    </message>
    <message>
        <source>Territories handled</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Сохранить или отменить</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>&amp;Partner type:</source>
        <translation>&amp;Тип партнёра:</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Тип партнёра</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>&amp;Reception hours:</source>
        <translation>&amp;Часы приёма:</translation>
    </message>
    <message>
        <source>Reception hours</source>
        <translation>Часы приёма</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Сохранить или отменить</translation>
    </message>
</context>
<context>
    <name>ResetPasswordForm</name>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Временный пароль:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Подтвердить или отменить</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The centre&apos;s requisites are printed on letters and reports. The language applies after the program is restarted.</source>
        <translation>Реквизиты центра печатаются в письмах и отчётах. Язык меняется после перезапуска программы.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language error</source>
        <translation>Ошибка в выборе языка</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Название центра:</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Название центра</translation>
    </message>
    <message>
        <source>Centre name error</source>
        <translation>Ошибка в названии центра</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Organisation (personal data operator)</source>
        <translation>Организация (оператор персональных данных)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone error</source>
        <translation>Ошибка в телефоне</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Ошибка в адресе эл. почты</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>O&amp;GRN:</source>
        <translation>О&amp;ГРН:</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;position:</source>
        <translation>&amp;Должность руководителя:</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <source>&amp;Head&apos;s name:</source>
        <translation>&amp;ФИО руководителя:</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>ФИО руководителя</translation>
    </message>
    <message>
        <source>I.I. Ivanov</source>
        <translation>И.И. Иванов</translation>
    </message>
    <message>
        <source>Post &amp;delivery, days:</source>
        <translation>&amp;Доставка почтой, дней:</translation>
    </message>
    <message>
        <source>Post delivery days</source>
        <translation>Доставка почтой, дней</translation>
    </message>
    <message>
        <source>Post delivery days error</source>
        <translation>Ошибка в сроке доставки почтой</translation>
    </message>
    <message>
        <source>Due &amp;soon, days:</source>
        <translation>Срок &amp;скоро, дней:</translation>
    </message>
    <message>
        <source>Days before a deadline to warn</source>
        <translation>За сколько дней предупреждать о сроке</translation>
    </message>
    <message>
        <source>Appeal &amp;number pattern:</source>
        <translation>Шаблон &amp;номера обращения:</translation>
    </message>
    <message>
        <source>Appeal number pattern</source>
        <translation>Шаблон номера обращения</translation>
    </message>
    <message>
        <source>Appeal number pattern error</source>
        <translation>Ошибка в шаблоне номера обращения</translation>
    </message>
    <message>
        <source>&amp;Retention, years:</source>
        <translation>Срок &amp;хранения, лет:</translation>
    </message>
    <message>
        <source>Personal data retention in years</source>
        <translation>Срок хранения персональных данных, лет</translation>
    </message>
    <message>
        <source>Personal data retention in years error</source>
        <translation>Ошибка в сроке хранения</translation>
    </message>
    <message>
        <source>Consent &amp;form version:</source>
        <translation>Версия &amp;формы согласия:</translation>
    </message>
    <message>
        <source>Consent form version</source>
        <translation>Версия формы согласия</translation>
    </message>
    <message>
        <source>Renew consent &amp;after, years:</source>
        <translation>&amp;Продлевать согласие через, лет:</translation>
    </message>
    <message>
        <source>Consent renewal period in years</source>
        <translation>Срок продления согласия в годах</translation>
    </message>
    <message>
        <source>A consent older than this, or given on an older form version, is flagged at the desk and becomes a reminder</source>
        <translation>Согласие старше этого срока или данное по старой версии формы отмечается на приёме и попадает в напоминания</translation>
    </message>
    <message>
        <source>Consent renewal period in years error</source>
        <translation>Ошибка срока продления согласия</translation>
    </message>
    <message>
        <source>&amp;Lock after idle, min:</source>
        <translation>&amp;Блокировка при бездействии, мин:</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Блокировка при бездействии, минут</translation>
    </message>
    <message>
        <source>Lock after idle minutes error</source>
        <translation>Ошибка в поле «Блокировка при бездействии»</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Папка &amp;резервных копий:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Хранить резервных копий:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Хранить резервных копий</translation>
    </message>
    <message>
        <source>Backups to keep error</source>
        <translation>Ошибка в поле «Хранить резервных копий»</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Ошибка формы</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть как было</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>CAL Desktop: sign in</source>
        <translation>ЦАЛ Десктоп: вход</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation>Подтвердить или отменить</translation>
    </message>
</context>
<context>
    <name>TemplateEditorForm</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>Редактор шаблона</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Название шаблона</translation>
    </message>
    <message>
        <source>Template text (JSON; the fields go in {{ }}, e.g. {{ author_full }}):</source>
        <translation>Текст шаблона (JSON; поля пишутся в {{ }}, например {{ author_full }}):</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>Template check results</source>
        <translation>Результаты проверки шаблона</translation>
    </message>
    <message>
        <source>Template fields reference</source>
        <translation>Справочник полей шаблона</translation>
    </message>
    <message>
        <source>Check the template</source>
        <translation>Проверить шаблон</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Last name error</source>
        <translation>Ошибка в фамилии</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name error</source>
        <translation>Ошибка в имени</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Patronymic error</source>
        <translation>Ошибка в отчестве</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>П&amp;ол:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Gender error</source>
        <translation>Ошибка в поле «Пол»</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Birth date error</source>
        <translation>Ошибка в дате рождения</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>Phone error</source>
        <translation>Ошибка в телефоне</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>name@mail.ru</source>
        <translation>name@mail.ru</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Ошибка в адресе эл. почты</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address error</source>
        <translation>Ошибка в поле «Адрес»</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Территория:</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Territory error</source>
        <translation>Ошибка в поле «Территория»</translation>
    </message>
    <message>
        <source>&amp;Consent given:</source>
        <translation>&amp;Согласие дано:</translation>
    </message>
    <message>
        <source>Consent to personal data processing, date</source>
        <translation>Дата согласия на обработку персональных данных</translation>
    </message>
    <message>
        <source>Consent to personal data processing, date error</source>
        <translation>Ошибка в дате согласия</translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn:</source>
        <translation>Согласие &amp;отозвано:</translation>
    </message>
    <message>
        <source>Consent withdrawn, date</source>
        <translation>Дата отзыва согласия</translation>
    </message>
    <message>
        <source>Consent withdrawn, date error</source>
        <translation>Ошибка в дате отзыва согласия</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes error</source>
        <translation>Ошибка в заметках</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Ошибка формы</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Сохранить или отменить</translation>
    </message>
</context>
</TS>
