"""The directory: an official's declined forms, automatic and corrected by staff (DOMAIN B5)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Official,
    OfficialDeclinedForm,
)
from cal_desktop.documents import declension
from cal_desktop.domain.vocab import (
    GrammaticalCase,
    Role,
)
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext

# ---------------------------------------------------------------------------------- declined forms


@dataclass(frozen=True)
class DeclinedCorrection:
    """A staff correction for one case; a None field means "use the automatic form"."""

    position: str | None = None
    full_name: str | None = None
    short_name: str | None = None


@dataclass(frozen=True)
class OfficialForm:
    """One case as documents print it: the automatic form, the correction, and what wins."""

    case: GrammaticalCase
    auto_position: str
    auto_full_name: str
    auto_short_name: str
    correction: DeclinedCorrection

    @property
    def position(self) -> str:
        return self.correction.position or self.auto_position

    @property
    def full_name(self) -> str:
        return self.correction.full_name or self.auto_full_name

    @property
    def short_name(self) -> str:
        return self.correction.short_name or self.auto_short_name


def set_declined_form(
    ctx: ServiceContext,
    official_id: int,
    case: str,
    position: str | None = None,
    full_name: str | None = None,
    short_name: str | None = None,
) -> None:
    """Store staff corrections of one case; empty values clear them (the automatic form is used again)."""
    ctx.require(Role.COORDINATOR)
    c = Checker()
    parsed = c.code("case", "Падеж", case, GrammaticalCase.parse)
    values = {
        "position": c.optional("position", "Должность (склонённая)", position, 300),
        "full_name": c.optional("full_name", "ФИО (склонённое)", full_name, 300),
        "short_name": c.optional("short_name", "Инициалы и фамилия (склонённые)", short_name, 300),
    }
    c.done()
    with ctx.db.session() as s:
        get_or_404(s, Official, official_id, "Должностное лицо")
        row = s.get(OfficialDeclinedForm, (official_id, str(parsed)))
        if not any(values.values()):
            if row is not None:
                s.delete(row)
        else:
            if row is None:
                row = OfficialDeclinedForm(official_id=official_id, grammatical_case=str(parsed))
                s.add(row)
            for name, value in values.items():
                setattr(row, name, value)
        audit.record(
            s,
            ctx,
            "update",
            "official_declined_form",
            official_id,
            case=str(parsed),
            fields=[n for n, v in values.items() if v],
        )


def get_declined_forms(ctx: ServiceContext, official_id: int) -> dict[GrammaticalCase, DeclinedCorrection]:
    """The stored corrections of every case (fields None where nothing was corrected)."""
    with ctx.db.read() as s:
        get_or_404(s, Official, official_id, "Должностное лицо")
        return _corrections(s, official_id)


def _corrections(session: Session, official_id: int) -> dict[GrammaticalCase, DeclinedCorrection]:
    found = {
        r.grammatical_case: DeclinedCorrection(r.position, r.full_name, r.short_name)
        for r in session.scalars(
            select(OfficialDeclinedForm).where(OfficialDeclinedForm.official_id == official_id)
        )
    }
    return {case: found.get(str(case), DeclinedCorrection()) for case in GrammaticalCase}


def official_forms(ctx: ServiceContext, official_id: int) -> list[OfficialForm]:
    """Position and name in the dative, genitive and instrumental: automatic, corrected, and printed."""
    with ctx.db.read() as s:
        o = get_or_404(s, Official, official_id, "Должностное лицо")
        corrections = _corrections(s, official_id)
        person = (
            declension.PersonName(o.last_name, o.first_name, o.middle_name, o.gender) if o.last_name else None
        )
        position = o.position
    result = []
    for case in GrammaticalCase:
        auto = declension.forms(person, position, case.value)  # type: ignore[arg-type]
        result.append(OfficialForm(case, auto.position, auto.full_name, auto.short_name, corrections[case]))
    return result
