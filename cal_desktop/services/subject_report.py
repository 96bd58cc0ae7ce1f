"""«Everything about this person» as a PDF, for a subject's request (152-FZ art. 14, DOMAIN B3).

The data are exactly those of ``personal_data.subject_data`` (which checks the role and logs the
export); they are laid out as one document of the documents engine (``documents.letter.Letter``,
rendered by ``documents.render_pdf`` with the shipped Liberation Serif), so the answer looks like the
centre's other letters: the centre as the sender, the person as the addressee.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cal_desktop.documents.letter import Block, Letter, Paragraph, Table
from cal_desktop.documents.render_pdf import render_pdf
from cal_desktop.domain import text as textnorm
from cal_desktop.domain.vocab import Channel, Gender, InitiativeStatus, MemberRole, Outcome, Topic
from cal_desktop.domain.vocab_referrals import ReferralResult
from cal_desktop.services import personal_data
from cal_desktop.services.audit import ACTION_LABELS
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings import get_settings

PERSON_FIELDS = (
    ("фамилия", "Фамилия"),
    ("имя", "Имя"),
    ("отчество", "Отчество"),
    ("пол", "Пол"),
    ("дата_рождения", "Дата рождения"),
    ("телефон", "Телефон"),
    ("email", "Email"),
    ("адрес", "Адрес"),
    ("территория", "Территория"),
    ("согласие_дата", "Согласие на обработку дано"),
    ("согласие_версия_формы", "Версия формы согласия"),
    ("согласие_отозвано", "Согласие отозвано"),
    ("заметки", "Заметки"),
    ("создано", "Запись создана"),
)


def subject_report_pdf(ctx: ServiceContext, visitor_id: int) -> bytes:
    """The PDF answer to a subject's request (coordinators and administrators; the export is logged)."""
    data = personal_data.subject_data(ctx, visitor_id)
    centre = get_settings(ctx)
    return render_pdf(subject_letter(data, centre.organisation_name or centre.centre_name, centre.address))


def subject_letter(data: dict[str, Any], centre_name: str, centre_address: str = "") -> Letter:
    person = data["субъект"]
    name = textnorm.full_name(person.get("фамилия"), person.get("имя"), person.get("отчество"))
    body: list[Block] = [
        Paragraph(
            f"В ответ на запрос субъекта персональных данных (статья 14 Федерального закона "
            f"от 27.07.2006 № 152-ФЗ «О персональных данных») сообщаем все сведения о {name}, "
            f"которые хранятся в программе учёта {centre_name}, по состоянию на "
            f"{_fmt(data.get('сформировано'))}."
        ),
        Paragraph("1. Сведения о субъекте", "bold"),
        Table(
            ["Сведение", "Значение"],
            [[label, _value(key, person.get(key))] for key, label in PERSON_FIELDS],
            widths=[2, 3],
        ),
        Paragraph("2. Консультации", "bold"),
        _table_or_none(
            ["Дата", "Канал", "Темы", "Результат", "Описание"],
            [
                [
                    _fmt(c["дата"]),
                    _label(Channel, c["канал"]),
                    ", ".join(_label(Topic, t) for t in c["темы"]),
                    _label(Outcome, c["результат"]),
                    c.get("описание") or "",
                ]
                for c in data["консультации"]
            ],
            [2, 2, 3, 3, 5],
        ),
        Paragraph("3. Участие в инициативах", "bold"),
        _table_or_none(
            ["Инициатива", "Роль", "С какого дня", "Статус"],
            [
                [
                    i["название"],
                    _label(MemberRole, i["роль"]),
                    _fmt(i["добавлен"]),
                    _label(InitiativeStatus, i["статус"]),
                ]
                for i in data["инициативы"]
            ],
            [5, 2, 2, 2],
        ),
        Paragraph("4. Документы и сканы", "bold"),
        _table_or_none(
            ["Документ", "Дата"],
            [[d["название"], _fmt(d["дата"])] for d in data["документы"]]
            + [
                [f"{d['название']} (по инициативе «{d['инициатива']}»)", _fmt(d["дата"])]
                for d in data.get("документы_по_инициативам", [])
            ]
            + [[f"Скан: {a['файл']}", _fmt(a["дата"])] for a in data["сканы"]],
            [5, 2],
        ),
        Paragraph("5. Обращения в органы власти, поданные в их интересах", "bold"),
        _table_or_none(
            ["Номер", "Отправлено", "Адресат", "Инициатива", "Ответ"],
            [
                [a["номер"], _fmt(a["отправлено"]), a.get("адресат") or "", a.get("инициатива") or "",
                 _fmt(a["ответ_получен"]) if a.get("ответ_получен") else f"ожидается до {_fmt(a['срок_ответа'])}"]
                for a in data.get("обращения", [])
            ],  # fmt: skip
            [2, 2, 4, 3, 2],
        ),
        Paragraph("6. Напоминания о повторных встречах и звонках", "bold"),
        _table_or_none(
            ["Что", "Срок", "Выполнено"],
            [[f["что"], _fmt(f["срок"]), _fmt(f["выполнено"]) if f.get("выполнено") else "нет"]
             for f in data.get("напоминания", [])],  # fmt: skip
            [5, 2, 2],
        ),
        Paragraph("7. Направления в другие организации", "bold"),
        _table_or_none(
            ["Дата", "Куда направлен", "Проверить", "Помогло ли"],
            [[_fmt(r["дата"]), r["куда"], _fmt(r.get("проверить")), _referral_answer(r)]
             for r in data.get("направления", [])],  # fmt: skip
            [2, 5, 2, 3],
        ),
        Paragraph("8. Действия с записью (журнал)", "bold"),
        _table_or_none(
            ["Когда", "Действие"],
            [
                [_fmt(e["когда"]), ACTION_LABELS.get(e["действие"], e["действие"])]
                for e in data["журнал_действий"]
            ]
            + [
                [_fmt(e["когда"]), f"{ACTION_LABELS.get(e['действие'], e['действие'])} (запись № {e['запись_id']}, "
                 f"объединённая с этой {_fmt(e['объединено'])})"]
                for e in data.get("журнал_объединённых_записей", [])
            ],  # fmt: skip
            [2, 3],
        ),
        Paragraph("9. Где ещё могут оставаться копии", "bold"),
        *_copies_blocks(data.get("копии") or {}),
        Paragraph(
            "Данные хранятся только на компьютере центра и третьим лицам не передаются. Отозвать "
            "согласие можно письменным заявлением; после отзыва данные обезличиваются в течение 30 дней.",
            "plain",
        ),
    ]
    return Letter(
        title="СВЕДЕНИЯ О ПЕРСОНАЛЬНЫХ ДАННЫХ",
        addressee=[name],
        sender=[centre_name, *([centre_address] if centre_address else [])],
        body=body,
        date_text=_fmt(data.get("сформировано")),
        document_title=f"Сведения о персональных данных: {name}",
    )


def _copies_blocks(copies: dict[str, Any]) -> list[Block]:
    backups = copies.get("резервные_копии")
    if isinstance(backups, str):  # a server database: its own administrator keeps the copies
        return [Paragraph(backups[:1].upper() + backups[1:] + ".", "plain")]
    blocks: list[Block] = [
        Paragraph(
            f"Резервные копии базы данных (в них сведения остаются до замены более новыми копиями: "
            f"хранятся последние {copies.get('хранится_последних_копий', '—')}). Если данные будут "
            "обезличены, восстановление из такой копии их не вернёт: обезличивание применяется повторно.",
            "plain",
        ),
        _table_or_none(
            ["Копия", "Создана"], [[b["файл"], _fmt(b["создана"])] for b in backups or []], [5, 2]
        ),
    ]
    aside = copies.get("копии_рядом_с_базой") or []
    if aside:
        blocks.append(Paragraph("Копии рядом с базой данных (удаляются автоматически):", "plain"))
        blocks.append(
            _table_or_none(
                ["Копия", "Создана", "Будет удалена"],
                [[c["файл"], _fmt(c["создана"]), _fmt(c["удаляется"])] for c in aside],
                [5, 2, 2],
            )
        )
    return blocks


def _referral_answer(referral: dict[str, Any]) -> str:
    if not referral.get("ответ"):
        return "ещё не известно"
    answer = _label(ReferralResult, referral["ответ"])
    return f"{answer} ({_fmt(referral['ответ_получен'])})" if referral.get("ответ_получен") else answer


def _table_or_none(header: list[str], rows: list[list[str]], widths: list[float]) -> Block:
    if not rows:
        return Paragraph("Нет сведений.", "plain")
    return Table(header, rows, widths=widths, font_size=10)


def _label(vocab: Any, code: str | None) -> str:
    if not code:
        return ""
    try:
        return str(vocab(code).label)
    except ValueError:
        return str(code)


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if key == "пол":
        return _label(Gender, str(value))
    return _fmt(value)


def _fmt(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)
