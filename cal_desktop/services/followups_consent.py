"""Consent over time (issue 15 point 3): is a visitor's consent missing, too old, of an older form, or
withdrawn? The desk and the visitor card show the answer when the person is chosen.

A consent older than ``consent_renewal_years`` (settings, 3 by default) or signed on another version of
the form than the current one is renewed; after a withdrawal only anonymous records and the processing
the law requires may continue (152-FZ art. 9 part 2, art. 21 part 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cal_desktop.db.models import Visitor
from cal_desktop.domain import clock
from cal_desktop.errors import NotFound
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.followups_sync import add_years
from cal_desktop.services.settings import _get_settings


@dataclass(frozen=True)
class ConsentFlag:
    problem: str  # "missing", "expired", "old_form", "withdrawn"
    message: str  # what the desk shows, in Russian
    blocking: bool  # withdrawn: no new records about the person


def consent_problem(
    consent_date: date | None,
    form_version: str | None,
    withdrawn: date | None,
    current_version: str,
    renewal_years: int,
    as_of: date,
) -> ConsentFlag | None:
    if withdrawn is not None:
        return ConsentFlag(
            "withdrawn",
            f"Согласие отозвано {withdrawn:%d.%m.%Y}: записывайте только обезличенно; продолжается лишь "
            "обработка, которую требует закон. Человек не попадает в подсказки, рассылки и пакеты.",
            True,
        )
    if consent_date is None:
        return ConsentFlag("missing", "Согласие на обработку персональных данных не оформлено.", False)
    until = add_years(consent_date, renewal_years)
    if until <= as_of:
        return ConsentFlag(
            "expired", f"Согласие от {consent_date:%d.%m.%Y} старше {renewal_years} лет: оформите новое.", False
        )
    if form_version and form_version != current_version:
        return ConsentFlag(
            "old_form",
            f"Согласие дано по форме версии {form_version}, действует версия {current_version}: оформите новое.",
            False,
        )
    return None


def consent_flag(ctx: ServiceContext, visitor_id: int, as_of: date | None = None) -> ConsentFlag | None:
    """The flag for a chosen visitor, or None when the consent is in order (or the record is anonymous)."""
    with ctx.db.read() as s:
        v = s.get(Visitor, visitor_id)
        if v is None:
            raise NotFound("Посетитель не найден.")
        if v.anonymised_at is not None:
            return None
        settings = _get_settings(s)
        return consent_problem(
            v.consent_date, v.consent_form_version, v.consent_withdrawn_date, settings.consent_form_version,
            settings.consent_renewal_years, as_of or clock.today(),
        )  # fmt: skip
