"""Signature campaigns of initiatives (issue 16): a target (e.g. the threshold the municipality sets for
initiative projects), a period, and the numbered sheets returned with their valid and invalid signatures.

Rules kept here:
- only counts and sheet numbers are stored, never the signatories;
- a sheet number is used once per campaign; counts are whole numbers from 0; a sheet is returned on a
  day not in the future and not before the campaign started;
- the campaign is completed on the return day of the sheet that brought the valid signatures to the
  target (``completed_on``; the report's ``signatures.campaigns_completed``); removing a sheet that
  takes it below the target again reopens it;
- the report's ``signatures.collected`` is the valid signatures on sheets returned in the month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Initiative, SignatureCampaign, SignatureSheet, Territory
from cal_desktop.domain import clock
from cal_desktop.errors import ValidationError
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext

MAX_COUNT = 1_000_000


@dataclass(frozen=True)
class SheetDTO:
    id: int
    number: int
    returned_on: date
    valid: int
    invalid: int
    invalid_reason: str | None


@dataclass(frozen=True)
class CampaignDTO:
    id: int
    initiative_id: int
    target: int
    starts_on: date
    ends_on: date | None
    territory_id: int | None
    completed_on: date | None
    sheets: list[SheetDTO] = field(default_factory=list)

    @property
    def collected(self) -> int:
        return sum(s.valid for s in self.sheets)

    @property
    def invalid(self) -> int:
        return sum(s.invalid for s in self.sheets)

    @property
    def percent(self) -> int:
        return min(100, self.collected * 100 // self.target) if self.target else 0


def _count(c: Checker, name: str, label: str, value: int | None, minimum: int = 0) -> int:
    if value is None or not minimum <= value <= MAX_COUNT:
        c.fail(name, label, f"целое число от {minimum} до {MAX_COUNT}")
        return 0
    return value


def create_campaign(
    ctx: ServiceContext,
    initiative_id: int,
    target: int | None,
    starts_on: date | None,
    ends_on: date | None = None,
    territory_id: int | None = None,
) -> CampaignDTO:
    with ctx.db.session() as s:
        c = Checker()
        if s.get(Initiative, initiative_id) is None:
            c.fail("initiative_id", "Инициатива", "нет такой инициативы")
        goal = _count(c, "target", "Нужно подписей", target, minimum=1)
        if starts_on is None:
            c.fail("starts_on", "Начало сбора", "обязательное поле")
        elif ends_on is not None and ends_on < starts_on:
            c.fail("ends_on", "Окончание сбора", "раньше начала сбора")
        if territory_id is not None and s.get(Territory, territory_id) is None:
            c.fail("territory_id", "Территория", "нет такой территории")
        c.done()
        assert starts_on is not None
        campaign = SignatureCampaign(
            initiative_id=initiative_id,
            target=goal,
            starts_on=starts_on,
            ends_on=ends_on,
            territory_id=territory_id,
            created_by_id=ctx.actor.staff_id,
        )
        s.add(campaign)
        s.flush()
        audit.record(
            s, ctx, "create", "signature_campaign", campaign.id, initiative_id=initiative_id, target=goal
        )
        return _dto(s, campaign)


def add_sheet(
    ctx: ServiceContext,
    campaign_id: int,
    number: int | None,
    returned_on: date | None,
    valid: int | None,
    invalid: int | None = 0,
    invalid_reason: str | None = None,
) -> CampaignDTO:
    """Record a returned sheet; the campaign is completed when its valid signatures reach the target."""
    with ctx.db.session() as s:
        campaign = get_or_404(s, SignatureCampaign, campaign_id, "Сбор подписей")
        c = Checker()
        sheet_no = _count(c, "number", "Номер листа", number, minimum=1)
        good = _count(c, "valid", "Действительных подписей", valid)
        bad = _count(c, "invalid", "Недействительных подписей", invalid)
        reason = c.optional("invalid_reason", "Причина недействительности", invalid_reason, 300)
        if returned_on is None:
            c.fail("returned_on", "Дата сдачи", "обязательное поле")
        elif returned_on > clock.today():
            c.fail("returned_on", "Дата сдачи", "дата не может быть в будущем")
        elif returned_on < campaign.starts_on:
            c.fail("returned_on", "Дата сдачи", "раньше начала сбора")
        if bad and not reason:
            c.fail("invalid_reason", "Причина недействительности", "укажите, почему подписи не приняты")
        taken = s.scalar(
            select(SignatureSheet.id).where(
                SignatureSheet.campaign_id == campaign_id, SignatureSheet.number == sheet_no
            )
        )
        if taken is not None:
            c.fail("number", "Номер листа", f"лист №{sheet_no} уже учтён")
        c.done()
        assert returned_on is not None
        s.add(
            SignatureSheet(
                campaign_id=campaign_id,
                number=sheet_no,
                returned_on=returned_on,
                valid_count=good,
                invalid_count=bad,
                invalid_reason=reason,
            )
        )
        s.flush()
        _settle_completion(s, campaign)
        audit.record(
            s, ctx, "create", "signature_sheet", campaign_id, number=sheet_no, valid=good, invalid=bad
        )
        return _dto(s, campaign)


def remove_sheet(ctx: ServiceContext, sheet_id: int) -> CampaignDTO:
    with ctx.db.session() as s:
        sheet = get_or_404(s, SignatureSheet, sheet_id, "Подписной лист")
        campaign = get_or_404(s, SignatureCampaign, sheet.campaign_id, "Сбор подписей")
        audit.record(s, ctx, "delete", "signature_sheet", campaign.id, number=sheet.number)
        s.delete(sheet)
        s.flush()
        _settle_completion(s, campaign)
        return _dto(s, campaign)


def _settle_completion(s: Session, campaign: SignatureCampaign) -> None:
    """Completed on the day the running total of valid signatures (by return day) reached the target."""
    total = 0
    campaign.completed_on = None
    for day, valid in s.execute(
        select(SignatureSheet.returned_on, func.sum(SignatureSheet.valid_count))
        .where(SignatureSheet.campaign_id == campaign.id)
        .group_by(SignatureSheet.returned_on)
        .order_by(SignatureSheet.returned_on)
    ):
        total += int(valid or 0)
        if total >= campaign.target:
            campaign.completed_on = day
            return


def campaigns_of(ctx: ServiceContext, initiative_id: int) -> list[CampaignDTO]:
    with ctx.db.read() as s:
        return initiative_campaigns(s, initiative_id)


def initiative_campaigns(s: Session, initiative_id: int) -> list[CampaignDTO]:
    found = s.scalars(
        select(SignatureCampaign)
        .where(SignatureCampaign.initiative_id == initiative_id)
        .order_by(SignatureCampaign.starts_on, SignatureCampaign.id)
    )
    return [_dto(s, c) for c in found]


def _dto(s: Session, c: SignatureCampaign) -> CampaignDTO:
    sheets = s.scalars(
        select(SignatureSheet).where(SignatureSheet.campaign_id == c.id).order_by(SignatureSheet.number)
    )
    return CampaignDTO(
        c.id,
        c.initiative_id,
        c.target,
        c.starts_on,
        c.ends_on,
        c.territory_id,
        c.completed_on,
        [
            SheetDTO(x.id, x.number, x.returned_on, x.valid_count, x.invalid_count, x.invalid_reason)
            for x in sheets
        ],
    )


__all__ = [
    "CampaignDTO",
    "SheetDTO",
    "ValidationError",
    "add_sheet",
    "campaigns_of",
    "create_campaign",
    "remove_sheet",
]
