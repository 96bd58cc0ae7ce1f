"""An initiative's applications to funding calls (issue 21): «Подать на конкурс» in the initiative card.

One application per initiative and call: the date it was submitted, the documents sent (one per line;
the card offers the initiative's stored documents), where it stands (``ApplicationStatus``) and the
result in words («выделено 450 000 руб.»).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Initiative
from cal_desktop.db.models_referrals import CallApplication, FundingCall
from cal_desktop.domain import clock
from cal_desktop.domain.vocab_referrals import ApplicationStatus, FundingKind
from cal_desktop.errors import Conflict
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext

LABELS = {
    "call_id": "Конкурс",
    "initiative_id": "Инициатива",
    "submitted_on": "Дата подачи",
    "documents": "Документы",
    "status": "Статус",
    "result": "Результат",
}


@dataclass(frozen=True)
class ApplicationInput:
    call_id: int | None
    initiative_id: int
    status: str = ApplicationStatus.PREPARING.value
    submitted_on: date | None = None
    documents: str | None = None
    result: str | None = None


@dataclass(frozen=True)
class ApplicationItem:
    id: int
    call_id: int
    call_title: str
    call_kind: FundingKind
    closes_on: date
    initiative_id: int
    initiative_title: str
    submitted_on: date | None
    documents: str | None
    status: ApplicationStatus
    result: str | None
    created_on: date | None = None  # the centre's local date it was recorded (the initiative's history)


def _validate(session: Session, data: ApplicationInput) -> dict[str, object]:
    c = Checker()
    if data.call_id is None or session.get(FundingCall, data.call_id) is None:
        c.fail("call_id", LABELS["call_id"], "выберите конкурс из списка")
    if session.get(Initiative, data.initiative_id) is None:
        c.fail("initiative_id", LABELS["initiative_id"], "инициатива не найдена (удалена?)")
    status = c.code("status", LABELS["status"], data.status, ApplicationStatus.parse)
    documents = c.optional("documents", LABELS["documents"], data.documents, 5000, long_text=True)
    result = c.optional("result", LABELS["result"], data.result, 2000, long_text=True)
    submitted = c.past_date("submitted_on", LABELS["submitted_on"], data.submitted_on)
    if status not in (None, ApplicationStatus.PREPARING, ApplicationStatus.WITHDRAWN) and submitted is None:
        c.fail("submitted_on", LABELS["submitted_on"], "укажите дату подачи")
    c.done()
    return {"call_id": data.call_id, "initiative_id": data.initiative_id, "status": str(status),
            "submitted_on": submitted, "documents": documents, "result": result}  # fmt: skip


def check_application(ctx: ServiceContext, data: ApplicationInput) -> None:
    with ctx.db.read() as s:
        _validate(s, data)


def save_application(ctx: ServiceContext, data: ApplicationInput, application_id: int | None = None) -> ApplicationItem:
    """Record a new application (``application_id`` None) or change one."""
    with ctx.db.session() as s:
        clean = _validate(s, data)
        same = s.scalar(
            select(CallApplication.id).where(
                CallApplication.call_id == data.call_id, CallApplication.initiative_id == data.initiative_id
            )
        )
        if same is not None and same != application_id:
            raise Conflict("Заявка этой инициативы на этот конкурс уже записана: откройте её и измените.")
        if application_id is None:
            app = CallApplication(created_by_id=ctx.actor.staff_id)
            s.add(app)
        else:
            app = get_or_404(s, CallApplication, application_id, "Заявка")
        for name, value in clean.items():
            setattr(app, name, value)
        s.flush()
        audit.record(s, ctx, "create" if application_id is None else "update", "call_application", app.id,
                     status=clean["status"])  # fmt: skip
        new_id = app.id
    return get_application(ctx, new_id)


def delete_application(ctx: ServiceContext, application_id: int) -> None:
    with ctx.db.session() as s:
        s.delete(get_or_404(s, CallApplication, application_id, "Заявка"))
        audit.record(s, ctx, "delete", "call_application", application_id)


def get_application(ctx: ServiceContext, application_id: int) -> ApplicationItem:
    with ctx.db.read() as s:
        get_or_404(s, CallApplication, application_id, "Заявка")
        return _items(s, CallApplication.id == application_id)[0]


def of_initiative(ctx: ServiceContext, initiative_id: int) -> list[ApplicationItem]:
    """The initiative's applications, the latest call first."""
    with ctx.db.read() as s:
        return _items(s, CallApplication.initiative_id == initiative_id)


def of_call(ctx: ServiceContext, call_id: int) -> list[ApplicationItem]:
    with ctx.db.read() as s:
        return _items(s, CallApplication.call_id == call_id)


def _items(session: Session, where: object) -> list[ApplicationItem]:
    rows = session.execute(
        select(CallApplication, FundingCall.title, FundingCall.kind, FundingCall.closes_on, Initiative.title)
        .join(FundingCall, FundingCall.id == CallApplication.call_id)
        .join(Initiative, Initiative.id == CallApplication.initiative_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(FundingCall.closes_on.desc(), CallApplication.id.desc())
    ).all()
    return [
        ApplicationItem(
            id=a.id, call_id=a.call_id, call_title=title, call_kind=FundingKind(kind), closes_on=closes,
            initiative_id=a.initiative_id, initiative_title=initiative, submitted_on=a.submitted_on,
            documents=a.documents, status=ApplicationStatus(a.status), result=a.result,
            created_on=clock.utc_to_local(a.created_at).date() if a.created_at else None,
        )  # fmt: skip
        for a, title, kind, closes, initiative in rows
    ]
