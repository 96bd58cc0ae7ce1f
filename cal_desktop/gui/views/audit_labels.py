"""The audit log in words: record kinds, the keys of an entry's details and their values, in Russian.

The services write codes into the log (``fields: ["phone", "inn"]``, ``outcome: "satisfied"``,
``template: "repeat_appeal"``); a coordinator reads «поля: Телефон, ИНН», «итог: решено положительно»,
«шаблон: Повторное обращение». Every key the services pass to ``audit.record`` has its label here
(tests/gui/test_audit_view.py scans the services, so a new key without one fails there).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from cal_desktop import errors
from cal_desktop.domain.vocab import (
    AnswerOutcome,
    GrammaticalCase,
    InitiativeStatus,
    MemberRole,
    OrganisationKind,
    Role,
    Vocabulary,
)
from cal_desktop.domain.vocab_referrals import ApplicationStatus, ReferralResult
from cal_desktop.gui.formatting import fmt_date
from cal_desktop.services import appeals, attachments, consultations, directory, initiatives, staff, visitors
from cal_desktop.services import settings as settings_service
from cal_desktop.services.audit import ACTION_LABELS, AuditRow
from cal_desktop.services.context import ServiceContext

# the kinds of records the services write into the log (``entity``), as users call them
ENTITY_LABELS = {
    "practice": "библиотека практик",  # issue 18
    "signature_sheets": "подписные листы",  # issue 16.3: a print run of a campaign's sheets
    "call_list": "список звонков",
    "event": "мероприятие",
    "event_attendance": "лист регистрации мероприятия",
    "follow_up": "напоминание",
    "signature_campaign": "сбор подписей",
    "signature_sheet": "подписной лист",
    "visitor": "посетитель",
    "consultation": "консультация",
    "initiative": "инициатива",
    "appeal": "обращение",
    "attachment": "файл дела",
    "document": "документ",
    "template": "шаблон",
    "official": "должностное лицо",
    "organisation": "организация",
    "territory": "территория",
    "report": "отчёт",
    "account": "учётная запись",
    "staff": "сотрудник",
    "settings": "настройки",
    "database": "база данных",
    "calendar": "рабочий календарь",
    "calendar_override": "рабочий календарь",
    "document_template": "шаблон документа",
    "initiative_member": "участник инициативы",
    "initiative_partner": "партнёр инициативы",
    "initiative_resource": "ресурс инициативы",
    "partner_resource": "ресурс партнёра",
    "publication": "публикация",
    "official_declined_form": "падеж должности",
    "success_stories": "истории успеха",
    "demo": "демонстрационная база",
    # imports and exports name the whole table
    "visitors": "посетители",
    "consultations": "консультации",
    "initiatives": "инициативы",
    "appeals": "обращения",
    "officials": "должностные лица",
    # issue 21
    "referral": "перенаправление",
    "funding_call": "конкурс",
    "call_application": "заявка на конкурс",
    "calls": "конкурсы и гранты",
}

DETAIL_KEYS = {
    "first": "первый №",  # a print run of signature sheets: its first and last sheet numbers
    "last": "последний №",
    "hours": "часов",  # a partner's volunteer hours (issue 18)
    # merging visitors and events' decisions (issues 15.5, 16.1)
    "removed": "удалённая запись (посетитель №)",
    "merge": "объединение №",
    "moved": "перенесено строк",
    "event_id": "мероприятие №",
    "follow_ups": "напоминания №",
    "events": "мероприятий",
    "calls": "сроков конкурсов",  # issue 21
    "document": "документ",
    "result": "итог",
    "status": "статус",
    "active": "действует",
    "answer_date": "дата ответа",
    "appeals": "обращений",
    "attachment_id": "вложение №",
    "author_id": "автор (посетитель №)",
    "based_on": "на основе шаблона",
    "case": "падеж",
    "consultations": "консультаций",
    "consultation_id": "консультация №",
    "corrections_dropped": "сброшено исправлений",
    "created": "создано",
    "day": "день",
    "draft": "черновик",
    "extended_until": "продлено до",
    "fields": "поля",
    "file": "файл",
    "first_run": "первый запуск",
    "follow_up_done": "повторная встреча проведена",
    "format": "формат",
    "found": "найдено",
    "initiative_id": "инициатива №",
    "initiatives": "инициатив",
    "is_day_off": "выходной",
    "kept": "прежняя база",
    "kind": "вид",
    "name": "название",
    "notice_date": "дата уведомления",
    "number": "номер",
    "official_id": "должностное лицо №",
    "organisation_id": "организация №",
    "outcome": "итог",
    "parent_id": "входит в №",
    "period": "период",
    "reason": "причина",
    "registration_date": "дата регистрации",
    "role": "роль",
    "rows": "строк",
    "scans": "сканов",
    "seed": "вариант",
    "size": "размер, байт",
    "skipped": "пропущено",
    "source": "источник",
    "template": "шаблон",
    "to": "новый статус",
    "version": "версия формы",
    "visitors": "посетителей",
    "what": "что",
    "held_on": "дата проведения",
    "invalid": "недействительных подписей",
    "items": "пунктов",
    "new": "новое значение",
    "old": "прежнее значение",
    "owner_id": "ответственный (сотрудник №)",
    "participants": "участников",
    "people": "присутствовавших",
    "staff_id": "сотрудник №",
    "target": "цель",
    "valid": "действительных подписей",
    "encrypted": "зашифрована",
    "erasures": "обезличиваний применено повторно",
    "withdrawals": "отзывов согласия применено повторно",
    "reapplied_from": "повторно из базы",
    "backup_passphrase": "пароль резервных копий задан",
}
# values the services write as codes, by key
DETAIL_VALUES = {
    ("reason", "daily"): "ежедневная",
    ("reason", "exit"): "при выходе",
    ("reason", "manual"): "вручную",
    ("source", "import"): "загрузка",
    ("what", "subject_data"): "сведения о человеке по его запросу",
    ("kind", "docx"): "форма Word (.docx)",
    ("kind", "letter"): "письмо",
}
# codes of a vocabulary, by key (the first vocabulary that knows the code gives its label)
VOCABULARY_VALUES: dict[str, tuple[type[Vocabulary], ...]] = {
    "result": (ReferralResult,),  # issue 21
    "status": (ApplicationStatus,),
    "outcome": (AnswerOutcome,),
    "to": (InitiativeStatus,),
    "role": (Role, MemberRole),
    "kind": (OrganisationKind,),
    "case": (GrammaticalCase,),
}
# the field names of each kind of record, as its form names them
FIELD_LABELS: dict[str, Mapping[str, str]] = {
    "appeal": appeals.LABELS,
    "attachment": attachments.LABELS,
    "consultation": consultations.LABELS,
    "initiative": initiatives.LABELS,
    "official": directory.OFFICIAL_LABELS,
    "organisation": directory.ORG_LABELS,
    "settings": settings_service.LABELS,
    "staff": staff.LABELS,
    "visitor": visitors.LABELS,
}


def action_label(code: str) -> str:
    return ACTION_LABELS.get(code, code)


@dataclass(frozen=True)
class DetailWords:
    """What is needed to read an entry's details: the titles of this database's document templates."""

    template_titles: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, ctx: ServiceContext) -> DetailWords:
        from cal_desktop.services import documents  # noqa: PLC0415 (the documents stack, only when shown)

        try:
            return cls({t.id: t.title for t in documents.templates(ctx)})
        except errors.CalError:
            return cls()

    def text(self, row: AuditRow) -> str:
        return details_text(row.details, row.entity, self.template_titles.get)


def details_text(
    details: str | None,
    entity: str | None = None,
    template_title: Callable[[str], str | None] = lambda _id: None,
) -> str:
    """The entry's JSON details as «key: value» (ids and file names only: no personal data is logged)."""
    if not details:
        return ""
    try:
        data = json.loads(details)
    except ValueError:
        return details
    if not isinstance(data, dict):
        return str(data)
    return "; ".join(
        f"{DETAIL_KEYS.get(k, k)}: {_value(k, v, entity, template_title)}" for k, v in data.items()
    )


def _value(key: str, value: object, entity: str | None, template_title: Callable[[str], str | None]) -> str:
    if isinstance(value, bool):
        return "да" if value else "нет"
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(_value(key, v, entity, template_title) for v in value)
    text = str(value)
    if key == "fields":
        return _field_label(entity, text)
    if key in ("template", "based_on"):
        return template_title(text) or text
    if (key, text) in DETAIL_VALUES:
        return DETAIL_VALUES[(key, text)]
    for kind in VOCABULARY_VALUES.get(key, ()):
        try:
            return kind.parse(text).label
        except ValueError:
            continue
    return _date(text) or text


def _field_label(entity: str | None, code: str) -> str:
    labels = FIELD_LABELS.get(entity or "", {})
    if code in labels:
        return labels[code]
    for other in FIELD_LABELS.values():  # a field of a related record (e.g. a partner's organisation)
        if code in other:
            return other[code]
    return code


def _date(text: str) -> str | None:
    """An ISO date («2026-03-05») as people write it (05.03.2026)."""
    if len(text) != 10:
        return None
    try:
        return fmt_date(date.fromisoformat(text))
    except ValueError:
        return None
