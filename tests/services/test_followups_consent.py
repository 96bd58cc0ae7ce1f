"""Consent over time (issue 15 point 3): missing, older than the renewal period, an older form, withdrawn."""

from datetime import date

import pytest

from cal_desktop.db.models import Visitor
from cal_desktop.errors import ValidationError
from cal_desktop.services import followups_consent, settings, visitors
from cal_desktop.services.followups_consent import consent_problem
from cal_desktop.services.visitors import VisitorInput

DAY = date(2026, 12, 2)


def test_the_four_problems_and_a_consent_in_order() -> None:
    assert consent_problem(None, None, None, "2", 3, DAY).problem == "missing"  # type: ignore[union-attr]
    expired = consent_problem(date(2023, 12, 2), "2", None, "2", 3, DAY)
    assert expired is not None and expired.problem == "expired" and "старше 3 лет" in expired.message
    assert consent_problem(date(2023, 12, 3), "2", None, "2", 3, DAY) is None  # one day short of 3 years
    old = consent_problem(date(2026, 1, 10), "1", None, "2", 3, DAY)
    assert old is not None and old.problem == "old_form" and "версии 1" in old.message
    gone = consent_problem(date(2026, 1, 10), "2", date(2026, 11, 1), "2", 3, DAY)
    assert gone is not None and gone.blocking and "только обезличенно" in gone.message


def test_the_renewal_period_comes_from_the_settings(ctx, db) -> None:  # type: ignore[no-untyped-def]
    person = visitors.create_visitor(ctx, VisitorInput("Старова", "Анна"))
    with db.session() as s:
        v = s.get(Visitor, person.id)
        v.consent_date = date.today().replace(year=date.today().year - 2)
        v.consent_form_version = "1"
    assert followups_consent.consent_flag(ctx, person.id) is None  # 2 years, the current form
    current = settings.get_settings(ctx)
    settings.save_settings(ctx, type(current)(**{**current.__dict__, "consent_renewal_years": 1}))
    flag = followups_consent.consent_flag(ctx, person.id)
    assert flag is not None and flag.problem == "expired"
    with pytest.raises(ValidationError) as err:
        settings.save_settings(ctx, type(current)(**{**current.__dict__, "consent_renewal_years": 0}))
    assert err.value.for_field("consent_renewal_years") == "от 1 до 10 лет"
