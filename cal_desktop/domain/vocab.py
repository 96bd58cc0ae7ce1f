"""The centre's vocabularies (DOMAIN.md A1): stable codes stored in the database, Russian labels shown.

Every vocabulary is a ``StrEnum`` whose value is the stored code; ``label`` gives the Russian text and
``parse`` accepts a code or a Russian label in any case (what import files contain).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Self, TypeVar


class Vocabulary(StrEnum):
    """A code with a Russian label (labels in ``_LABELS`` below, keyed by class name)."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def labels(cls) -> dict[str, str]:
        return dict(_LABELS[cls.__name__])

    @classmethod
    def parse(cls, text: str) -> Self:
        """A member from its code or Russian label, case-insensitive, ё = е. Raises ValueError."""
        table = _lookup(cls)
        member = table.get(text) or table.get(_fold(text))  # most cells are already a folded code or label
        if member is None:
            raise ValueError(text)
        return member


V = TypeVar("V", bound=Vocabulary)


@cache
def _lookup(cls: type[V]) -> dict[str, V]:
    """Folded code, label and aliases → member, built once per vocabulary: an import parses every
    vocabulary cell of every row (five per consultation), and folding every label of the vocabulary
    for each cell cost more than the rest of the row's checks. Codes and labels win over aliases."""
    table: dict[str, V] = {}
    members = list(reversed(list(cls)))  # the first member wins, as the old linear search did
    for member in members:  # labels are long; aliases accept their first words too ("поиск информации")
        for alias in _ALIASES.get(cls.__name__, {}).get(member.value, ()):
            table[_fold(alias)] = member
    for member in members:
        table[_fold(member.label)] = member
        table[_fold(member.value)] = member
    return table


def _fold(text: str) -> str:
    return " ".join(text.strip().lower().replace("ё", "е").split())


class Channel(Vocabulary):
    IN_PERSON = "in_person"
    PHONE = "phone"
    ONLINE = "online"
    OUTREACH = "outreach"


class Topic(Vocabulary):
    INFO_SEARCH = "info_search"
    PEOPLE_SEARCH = "people_search"
    DRAFTING = "drafting"
    INFORMING = "informing"
    OTHER = "other"


class Outcome(Vocabulary):
    ADVISED = "advised"
    DOCUMENT_PREPARED = "document_prepared"
    REFERRED = "referred"
    DECLINED = "declined"
    FOLLOW_UP = "follow_up"


class OutOfScopeReason(Vocabulary):
    FINANCIAL_AID = "financial_aid"
    ELECTIONS_POLITICS = "elections_politics"
    DO_IT_FOR_ME = "do_it_for_me"
    CONTRARY_TO_VALUES = "contrary_to_values"
    OTHER = "other"


class InitiativeStatus(Vocabulary):
    IDEA = "idea"
    SHAPING = "shaping"
    GATHERING = "gathering"
    APPEALING = "appealing"
    IMPLEMENTING = "implementing"
    DONE = "done"
    PAUSED = "paused"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


class MemberRole(Vocabulary):
    AUTHOR = "author"
    CO_AUTHOR = "co_author"
    SUPPORTER = "supporter"
    VOLUNTEER = "volunteer"


class Category(Vocabulary):
    IMPROVEMENT = "improvement"
    HOUSING = "housing"
    ECOLOGY = "ecology"
    ROADS_TRANSPORT = "roads_transport"
    SAFETY = "safety"
    CULTURE_LEISURE = "culture_leisure"
    SPORT = "sport"
    EDUCATION = "education"
    SOCIAL = "social"
    HEALTH = "health"
    OTHER = "other"


class TerritoryKind(Vocabulary):
    SETTLEMENT = "settlement"
    DISTRICT = "district"
    MICRODISTRICT = "microdistrict"
    STREET = "street"
    YARD = "yard"


class AppealChannel(Vocabulary):
    POST = "post"
    EMAIL = "email"
    PORTAL = "portal"
    IN_PERSON = "in_person"


class AppealKind(Vocabulary):
    """59-FZ art. 4 kinds, plus the centre's information request."""

    PROPOSAL = "proposal"
    APPLICATION = "application"
    COMPLAINT = "complaint"
    INFO_REQUEST = "info_request"


class AnswerOutcome(Vocabulary):
    POSITIVE = "positive"
    REFUSAL = "refusal"
    EXPLANATION = "explanation"
    FORWARDED = "forwarded"


class AppealState(Vocabulary):
    WAITING = "waiting"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ANSWERED = "answered"
    ANSWERED_LATE = "answered_late"


class AppealEventKind(Vocabulary):
    SENT = "sent"
    REGISTERED = "registered"
    EXTENDED = "extended"
    FORWARDED = "forwarded"
    ANSWERED = "answered"
    NOTE = "note"


class OrganisationKind(Vocabulary):
    AUTHORITY = "authority"
    PARTNER = "partner"
    MEDIA = "media"


class PartnerKind(Vocabulary):
    NGO = "ngo"
    BUSINESS = "business"
    INSTITUTION = "institution"
    OTHER = "other"


class Gender(Vocabulary):
    MALE = "m"
    FEMALE = "f"


class Role(Vocabulary):
    STAFF = "staff"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class DocumentFormat(Vocabulary):
    PDF = "pdf"
    DOCX = "docx"


class EventKind(Vocabulary):
    """What a meeting or event of the centre was (DOMAIN A4, events)."""

    RESIDENTS_MEETING = "residents_meeting"
    OFFICIAL_MEETING = "official_meeting"
    ACTION = "action"
    TRAINING = "training"
    NETWORK_EVENT = "network_event"
    OTHER = "other"


class GrammaticalCase(Vocabulary):
    DATIVE = "dat"
    GENITIVE = "gen"
    INSTRUMENTAL = "ins"


class ContributionKind(Vocabulary):
    """What a partner gives an initiative (issue 18). Money is not a resource of the centre."""

    IN_KIND = "in_kind"
    VOLUNTEERS = "volunteers"
    SERVICES = "services"
    MONEY = "money"


class AuthorityKind(Vocabulary):
    """The kind of an authority a letter went to, guessed from its name (practice library)."""

    ADMINISTRATION = "administration"
    COUNCIL = "council"
    DEPARTMENT = "department"
    REGION = "region"
    PROSECUTOR = "prosecutor"
    SUPERVISION = "supervision"
    UTILITY = "utility"
    OTHER = "other"


OPEN_STATUSES = frozenset(
    {
        InitiativeStatus.IDEA,
        InitiativeStatus.SHAPING,
        InitiativeStatus.GATHERING,
        InitiativeStatus.APPEALING,
        InitiativeStatus.IMPLEMENTING,
    }
)
CLOSED_STATUSES = frozenset(set(InitiativeStatus) - OPEN_STATUSES)
SUPPORTER_ROLES = frozenset({MemberRole.SUPPORTER, MemberRole.VOLUNTEER})

# Russian labels, keyed by enum class name then code. The text is what staff see and what import files
# may contain instead of codes.
_LABELS: dict[str, dict[str, str]] = {
    "Channel": {
        "in_person": "очно",
        "phone": "по телефону",
        "online": "онлайн/мессенджер",
        "outreach": "выезд",
    },
    "Topic": {
        "info_search": "поиск информации, должностного лица, инстанции",
        "people_search": "поиск единомышленников, партнёров, ресурсов",
        "drafting": "формулирование идеи и оформление документов",
        "informing": "информирование, в т.ч. через СМИ",
        "other": "другое",
    },
    "Outcome": {
        "advised": "консультация дана",
        "document_prepared": "подготовлен документ",
        "referred": "перенаправлен в другую организацию",
        "declined": "отказано",
        "follow_up": "назначена повторная встреча",
    },
    "OutOfScopeReason": {
        "financial_aid": "просьба о финансовой/материальной помощи",
        "elections_politics": "выборы, кандидаты, партии",
        "do_it_for_me": "просьба реализовать инициативу за автора",
        "contrary_to_values": "противоречит ценностям ЦАЛ",
        "other": "другое",
    },
    "InitiativeStatus": {
        "idea": "идея",
        "shaping": "проработка",
        "gathering": "поиск сторонников и ресурсов",
        "appealing": "обращение к властям",
        "implementing": "реализация",
        "done": "реализована",
        "paused": "приостановлена",
        "declined": "отклонена",
        "withdrawn": "отозвана автором",
    },
    "MemberRole": {
        "author": "автор",
        "co_author": "соавтор",
        "supporter": "сторонник/единомышленник",
        "volunteer": "волонтёр",
    },
    "Category": {
        "improvement": "благоустройство",
        "housing": "ЖКХ",
        "ecology": "экология",
        "roads_transport": "дороги и транспорт",
        "safety": "безопасность",
        "culture_leisure": "культура и досуг",
        "sport": "спорт",
        "education": "образование",
        "social": "социальная поддержка",
        "health": "здоровье",
        "other": "другое",
    },
    "TerritoryKind": {
        "settlement": "населённый пункт",
        "district": "район",
        "microdistrict": "микрорайон",
        "street": "улица",
        "yard": "двор/дом",
    },
    "AppealChannel": {
        "post": "почта",
        "email": "эл. почта",
        "portal": "портал",
        "in_person": "лично",
    },
    "AppealKind": {
        "proposal": "предложение",
        "application": "заявление",
        "complaint": "жалоба",
        "info_request": "запрос информации",
    },
    "AnswerOutcome": {
        "positive": "решено положительно",
        "refusal": "отказ",
        "explanation": "разъяснение",
        "forwarded": "переадресовано",
    },
    "AppealState": {
        "waiting": "ожидается ответ",
        "due_soon": "срок истекает",
        "overdue": "просрочено",
        "answered": "ответ получен",
        "answered_late": "ответ с опозданием",
    },
    "AppealEventKind": {
        "sent": "отправлено",
        "registered": "зарегистрировано",
        "extended": "срок продлён",
        "forwarded": "переадресовано",
        "answered": "получен ответ",
        "note": "заметка",
    },
    "OrganisationKind": {"authority": "орган власти", "partner": "партнёр", "media": "СМИ"},
    "PartnerKind": {
        "ngo": "НКО",
        "business": "бизнес",
        "institution": "учреждение",
        "other": "другое",
    },
    "Gender": {"m": "мужской", "f": "женский"},
    "Role": {"staff": "сотрудник", "coordinator": "координатор", "admin": "администратор"},
    "DocumentFormat": {"pdf": "PDF", "docx": "DOCX"},
    "EventKind": {
        "residents_meeting": "собрание жителей",
        "official_meeting": "встреча с должностным лицом",
        "action": "субботник/акция",
        "training": "обучение",
        "network_event": "мероприятие сети",
        "other": "другое",
    },
    "GrammaticalCase": {"dat": "дательный", "gen": "родительный", "ins": "творительный"},
    "ContributionKind": {
        "in_kind": "в натуральной форме (помещение, материалы, техника)",
        "volunteers": "волонтёрский труд",
        "services": "услуги",
        "money": "деньги",
    },
    "AuthorityKind": {
        "administration": "администрация",
        "council": "представительный орган (дума, совет)",
        "department": "отраслевой орган (департамент, управление, комитет)",
        "region": "орган субъекта РФ (министерство, правительство)",
        "prosecutor": "прокуратура",
        "supervision": "надзорный орган",
        "utility": "управляющая или ресурсная организация",
        "other": "другой орган",
    },
}

# Other spellings found in centres' spreadsheets.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "Channel": {
        "in_person": ("лично", "очная"),
        "phone": ("телефон",),
        "online": ("онлайн", "мессенджер", "онлайн / мессенджер"),
    },
    "Topic": {
        "info_search": ("поиск информации",),
        "people_search": ("поиск единомышленников", "поиск партнёров"),
        "drafting": ("оформление документов", "формулирование идеи"),
        "informing": ("информирование", "сми"),
    },
    "Outcome": {"referred": ("перенаправлен",), "follow_up": ("повторная встреча",)},
    "OutOfScopeReason": {
        "financial_aid": ("финансовая помощь", "материальная помощь"),
        "elections_politics": ("выборы", "политика"),
    },
    "InitiativeStatus": {"withdrawn": ("отозвана",)},
    "MemberRole": {"supporter": ("сторонник", "единомышленник")},
    "AppealChannel": {"email": ("email", "e-mail", "электронная почта"), "portal": ("госуслуги", "пос")},
    "EventKind": {
        "residents_meeting": ("собрание", "собрание жителей дома"),
        "official_meeting": ("встреча с должностным лицом", "встреча с чиновником"),
        "action": ("субботник", "акция"),
        "network_event": ("мероприятие сети цал",),
    },
    "Gender": {"m": ("м", "муж", "male"), "f": ("ж", "жен", "female")},
}
