"""What the centre holds about a person through their initiatives (152-FZ art. 14, issue 15 point 4).

``personal_data.subject_data`` lists what names the person directly (their card, consultations, the
documents made for them). A person who is an author or a member of an initiative is also named in the
letters written for it and in the appeals filed on its behalf; their follow-ups (who called them back,
when) are records about them too, and so are the referrals of their consultations (where they were sent,
when, and whether it helped: issue 21) and what the audit log says about records merged into theirs
(``subject_merged``). ``collect`` adds those, inside the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Consultation,
    Document,
    FollowUp,
    Initiative,
    InitiativeMember,
    Organisation,
)
from cal_desktop.db.models_referrals import Referral
from cal_desktop.services import subject_merged


def collect(session: Session, visitor_id: int) -> dict[str, Any]:
    initiative_ids = select(InitiativeMember.initiative_id).where(InitiativeMember.visitor_id == visitor_id)
    documents = [
        {"id": d.id, "шаблон": d.template_id, "название": d.title, "дата": d.created_on, "инициатива": title}
        for d, title in session.execute(
            select(Document, Initiative.title)
            .join(Initiative, Initiative.id == Document.initiative_id)
            .where(Document.initiative_id.in_(initiative_ids))
            .where(or_(Document.visitor_id.is_(None), Document.visitor_id != visitor_id))  # not listed twice
            .order_by(Document.created_on, Document.id)
        )
    ]
    own_documents = select(Document.id).where(Document.visitor_id == visitor_id)
    appeals = [
        {
            "id": a.id, "номер": a.number, "отправлено": a.sent_date, "тема": a.subject,
            "адресат": a.addressee_text or org, "инициатива": title, "срок_ответа": a.due_date,
            "ответ_получен": a.answer_date,
        }  # fmt: skip
        for a, title, org in session.execute(
            select(Appeal, Initiative.title, Organisation.name)
            .outerjoin(Initiative, Initiative.id == Appeal.initiative_id)
            .outerjoin(Organisation, Organisation.id == Appeal.organisation_id)
            .where(or_(Appeal.initiative_id.in_(initiative_ids), Appeal.document_id.in_(own_documents)))
            .order_by(Appeal.sent_date, Appeal.id)
        )
    ]
    follow_ups = [
        {"id": f.id, "вид": f.kind, "что": f.title, "срок": f.due_on, "выполнено": f.done_at}
        for f in session.scalars(
            select(FollowUp).where(FollowUp.visitor_id == visitor_id).order_by(FollowUp.due_on, FollowUp.id)
        )
    ]
    return {
        "документы_по_инициативам": documents,
        "обращения": appeals,
        "напоминания": follow_ups,
        "направления": _referrals(session, visitor_id),
        **subject_merged.collect(session, visitor_id),
    }


def _referrals(session: Session, visitor_id: int) -> list[dict[str, Any]]:
    """Where the person was referred (the name as recorded: the directory entry may have gone since)."""
    return [
        {
            "id": r.id, "консультация_id": r.consultation_id, "дата": day, "куда": r.organisation_name,
            "проверить": r.check_on, "ответ": r.result, "ответ_получен": r.result_on,
        }  # fmt: skip
        for r, day in session.execute(
            select(Referral, Consultation.occurred_on)
            .join(Consultation, Consultation.id == Referral.consultation_id)
            .where(Consultation.visitor_id == visitor_id)
            .order_by(Consultation.occurred_at, Referral.id)
        )
    ]
