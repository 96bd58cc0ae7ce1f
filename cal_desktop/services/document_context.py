"""The context of a document: what the database knows about the initiative, its members, the
addressee, the previous appeal, the centre and the staff member, as ``documents.context`` data
(split from services/documents.py, which composes it into letters)."""

from __future__ import annotations

from datetime import date, timedelta

from jinja2 import TemplateSyntaxError, meta
from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Document,
    Initiative,
    InitiativeMember,
    InitiativeResource,
    Official,
    Staff,
    Visitor,
)
from cal_desktop.documents import context as dc
from cal_desktop.documents.fields import BY_NAME
from cal_desktop.documents.letter import Letter
from cal_desktop.documents.templating import (
    LetterTemplate,
    TemplateProblem,
    jinja_env,
    render_letter,
    template_strings,
)
from cal_desktop.domain import text
from cal_desktop.domain.vocab import Category, MemberRole
from cal_desktop.errors import ValidationError
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings import _get_settings

_ROLE_ORDER = {MemberRole.AUTHOR.value: 0, MemberRole.CO_AUTHOR.value: 1, MemberRole.SUPPORTER.value: 2,
               MemberRole.VOLUNTEER.value: 3}  # fmt: skip
_APPEAL_TITLES = {"proposal": "ОБРАЩЕНИЕ", "application": "ЗАЯВЛЕНИЕ", "complaint": "ЖАЛОБА"}
# a repeat appeal (it cites an earlier one) is titled as such, whatever its kind; the field can change it
_REPEAT_TITLE = "ПОВТОРНОЕ ОБРАЩЕНИЕ"


def _person(v: Visitor, role: str | None = None) -> dc.PersonData:
    return dc.PersonData(
        last_name=v.last_name,
        first_name=v.first_name,
        middle_name=v.middle_name,
        gender=v.gender,
        address=v.address,
        phone=text.format_phone(v.phone) if v.phone else None,
        email=v.email,
        birth_date=v.birth_date,
        role=MemberRole(role).label if role in _ROLE_ORDER else role,
    )


def _members(session: Session, initiative_id: int) -> list[tuple[int, dc.PersonData]]:
    """Members in role order (authors first), each person once, erased ones left out."""
    rows = session.execute(
        select(InitiativeMember.role, Visitor)
        .join(Visitor, Visitor.id == InitiativeMember.visitor_id)
        .where(InitiativeMember.initiative_id == initiative_id, Visitor.anonymised_at.is_(None))
        .order_by(InitiativeMember.added_at, InitiativeMember.id)
    ).all()
    rows = sorted(rows, key=lambda r: _ROLE_ORDER.get(r[0], 9))
    seen: set[int] = set()
    out = []
    for role, v in rows:
        if v.id not in seen:
            seen.add(v.id)
            out.append((v.id, _person(v, role)))
    return out


def _official(session: Session, official_id: int) -> dc.OfficialData:
    o = get_or_404(session, Official, official_id, "Должностное лицо")
    corrections = {
        f.grammatical_case: dc.Correction(f.position, f.full_name, f.short_name) for f in o.declined_forms
    }
    org = o.organisation
    return dc.OfficialData(
        position=o.position,
        organisation_name=org.name if org else "",
        organisation_address=org.address if org else None,
        organisation_email=org.email if org else None,
        last_name=o.last_name,
        first_name=o.first_name,
        middle_name=o.middle_name,
        gender=o.gender,
        corrections=corrections,
    )


def _staff(session: Session, staff_id: int | None) -> dc.StaffData | None:
    if staff_id is None:
        return None
    s = session.get(Staff, staff_id)
    if s is None:
        return None
    return dc.StaffData(s.display_name, s.last_name, s.first_name, s.middle_name, s.position,
                        text.format_phone(s.phone) if s.phone else None, s.email)  # fmt: skip


def _centre(session: Session) -> dc.CentreData:
    st = _get_settings(session)
    return dc.CentreData(
        centre_name=st.centre_name,
        organisation_name=st.organisation_name,
        address=st.address,
        phone=st.phone,
        email=st.email,
        inn=st.inn,
        ogrn=st.ogrn,
        head_position=st.head_position,
        head_name=st.head_name,
        city=st.city,
        consent_form_version=st.consent_form_version,
        retention_years=st.retention_years,
    )


def _initiative(session: Session, initiative_id: int) -> dc.InitiativeData:
    i = get_or_404(session, Initiative, initiative_id, "Инициатива")
    resources = tuple(
        session.scalars(select(InitiativeResource.resource).where(InitiativeResource.initiative_id == i.id))
    )
    try:
        category = Category(i.category).label
    except ValueError:
        category = i.category
    return dc.InitiativeData(
        title=i.title,
        description=i.description,
        category=category,
        territory=i.territory.name if i.territory else None,
        address=i.address,
        expected_result=i.expected_result,
        estimated_cost=i.estimated_cost,
        planned_timing=i.planned_timing,
        resources=resources,
    )


def _previous(session: Session, appeal_id: int, on: date | None = None) -> dc.AppealData:
    """The first appeal a repeat one cites; with ``on``, refused unless it is overdue and unanswered
    on that date (59-FZ art. 12: a repeat appeal about a missing answer makes sense only then)."""
    a = get_or_404(session, Appeal, appeal_id, "Обращение")
    if on is not None:
        _require_overdue(a, on)
    return dc.AppealData(
        a.number, a.sent_date, a.subject, a.registration_number, a.registration_date, a.due_date
    )


def _require_overdue(a: Appeal, on: date) -> None:
    first = f"обращение № {a.number} от {a.sent_date:%d.%m.%Y}"
    if a.answer_date is not None and a.answer_date <= on:
        raise ValidationError.single(
            "appeal", "Повторное обращение", f"на {first} уже получен ответ {a.answer_date:%d.%m.%Y}"
        )
    if a.due_date is not None and on <= a.due_date:
        raise ValidationError.single(
            "appeal",
            "Повторное обращение",
            f"срок ответа на {first} ещё не истёк: ответ должен быть дан не позднее {a.due_date:%d.%m.%Y}; "
            f"повторное обращение можно подготовить с {a.due_date + timedelta(days=1):%d.%m.%Y}",
        )


def _first_was_collective(session: Session, appeal_id: int | None) -> bool:
    if appeal_id is None:
        return False
    template = session.scalar(
        select(Document.template_id).join(Appeal, Appeal.document_id == Document.id).where(Appeal.id == appeal_id)
    )
    return template == "collective_appeal"


def _may_publish(session: Session, visitor_id: int) -> bool:
    """152-FZ art. 10.1: a name is published only with a separate consent to publication, recorded as a
    filed (not draft) «pd_publication_consent» document of that person."""
    return (
        session.scalar(
            select(Document.id)
            .where(
                Document.visitor_id == visitor_id,
                Document.template_id == "pd_publication_consent",
                Document.is_draft.is_(False),
            )
            .limit(1)
        )
        is not None
    )


def _latest_appeal_id(session: Session, initiative_id: int | None) -> int | None:
    if initiative_id is None:
        return None
    return session.scalar(
        select(Appeal.id)
        .where(Appeal.initiative_id == initiative_id)
        .order_by(Appeal.sent_date.desc(), Appeal.id.desc())
        .limit(1)
    )


def _context(
    session: Session,
    ctx: ServiceContext,
    tpl: LetterTemplate,
    initiative_id: int | None,
    official_id: int | None,
    appeal_id: int | None,
    visitor_id: int | None,
    on: date,
) -> tuple[dc.DocumentContext, int | None]:
    members: list[tuple[int, dc.PersonData]] = []
    initiative = None
    if initiative_id is not None:
        initiative = _initiative(session, initiative_id)
        members = _members(session, initiative_id)
    person = None
    if visitor_id is not None:
        v = get_or_404(session, Visitor, visitor_id, "Посетитель")
        person = _person(v)
    author = members[0][1] if members else person
    if person is None and author is not None:
        person = author
    if tpl.id == "press_release" and members and not _may_publish(session, members[0][0]):
        author = None  # no consent to publication: the initiative group is named without personal data
    if tpl.needs_previous and appeal_id is None:
        appeal_id = _latest_appeal_id(session, initiative_id)
    plural = tpl.id == "collective_appeal" or (tpl.needs_previous and _first_was_collective(session, appeal_id))
    result = dc.build_context(
        today=on,
        centre=_centre(session),
        staff=_staff(session, ctx.actor.staff_id),
        initiative=initiative,
        author=author,
        members=[m for _, m in members],
        official=_official(session, official_id) if official_id is not None else None,
        previous=(
            _previous(session, appeal_id, on if tpl.needs_previous else None) if appeal_id is not None else None
        ),
        person=person,
        appeal_title=_appeal_title(tpl),
        plural=plural,
    )
    if tpl.id == "info_request":
        # the request itself (which information) is typed by staff: an empty one fails the check
        result.values["subject"] = "О предоставлении информации"
        result.values["request_text"] = (
            "Просим предоставить перечисленные сведения в установленный законом срок по адресу: "
            + (result.values["centre_address"] or "________________")
            + "."
        )
        result.values["substance"] = ""
    return result, appeal_id


def _appeal_title(tpl: LetterTemplate) -> str:
    if tpl.needs_previous:
        return _REPEAT_TITLE
    return _APPEAL_TITLES.get(tpl.appeal_kind or "", "ОБРАЩЕНИЕ")


# ------------------------------------------------------------------------------ fields a letter shows

_PROBE = "\u2063проба\u2063"  # a value no letter holds by itself (invisible separators around a word)


def letter_fields(tpl: LetterTemplate) -> set[str]:
    """Every field name a letter template's strings mention (in any branch)."""
    env = jinja_env()
    names: set[str] = set()
    for value in template_strings(tpl.spec):
        try:
            names |= meta.find_undeclared_variables(env.parse(value))
        except TemplateSyntaxError:
            continue  # the template check reports it
    return names & set(BY_NAME)


def shown_letter_fields(tpl: LetterTemplate, context: dc.DocumentContext, letter: Letter) -> set[str]:
    """The fields whose value shows in this letter now: a field counts when a different value gives a
    different letter. A field only in a branch not taken (the subject of a repeat appeal that cites the
    first one) does not count, so every field the editor lists changes the preview when edited."""
    shown = set()
    for name in letter_fields(tpl):
        probe = dc.DocumentContext({**context.values, name: _PROBE}, context.tables, context.members)
        try:
            changed = render_letter(tpl, probe.for_template(), probe.tables) != letter
        except TemplateProblem:
            changed = True  # the value steers the template (a number it computes with)
        if changed:
            shown.add(name)
    return shown


# ---------------------------------------------------------------------------------------- file names

# what a document is, for its file name (a centre's own template: the first words of its title)
_KINDS = {"appeal": "Обращение", "collective_appeal": "Коллективное обращение", "info_request": "Запрос",
          "initiative_project": "Заявка", "meeting_minutes": "Протокол", "signature_sheet": "Подписной лист",
          "pd_consent": "Согласие", "press_release": "Пресс-релиз", "repeat_appeal": "Повторное обращение"}  # fmt: skip
_UNSAFE = set('<>:"/\\|?*')  # refused by Windows (and "/" everywhere); control characters are dropped too


def safe_file_part(value: str) -> str:
    """A piece of a file name every file system accepts: spaces become «_», forbidden characters and
    quotes go, no leading or trailing dots."""
    kept = "".join(
        "_" if ch.isspace() else ch
        for ch in value
        if ch.isprintable() or ch.isspace()
        if ch not in _UNSAFE and ch not in "«»'`"
    )
    while "__" in kept:
        kept = kept.replace("__", "_")
    return kept.strip("._ ")


def document_filename(
    template_id: str, title: str, values: dict[str, str], fmt: str, on: date, number: str | None = None
) -> str:
    """A Russian, meaningful default file name: «Обращение_Шульге_2026-12-02.pdf» — what the document
    is, whom it is addressed to (surname in the dative, as on the letter), its number once filed, the date."""
    kind = _KINDS.get(template_id) or " ".join(title.split()[:3]) or "Документ"
    addressee = [w for w in (values.get("addressee_short_dat") or "").split() if "." not in w]
    parts = [kind, addressee[-1] if addressee else "", number or "", f"{on:%Y-%m-%d}"]
    name = "_".join(p for p in (safe_file_part(x)[:60] for x in parts) if p)
    return f"{name}.{fmt.lstrip('.').lower()}"
