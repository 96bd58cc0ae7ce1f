"""Changing the post delivery days in settings moves the due dates of posted appeals (DOMAIN A2)."""

from dataclasses import replace
from datetime import date

from cal_desktop.services import appeals, settings
from cal_desktop.services.appeals import AppealInput


def test_delivery_days_setting_recomputes_due_dates(ctx):
    a = appeals.register_appeal(
        ctx, AppealInput(sent_date=date(2026, 3, 2), channel="post", addressee_text="Администрация")
    )
    before = appeals.get_appeal(ctx, a.id).due_date
    settings.save_settings(ctx, replace(settings.get_settings(ctx), post_delivery_days=14))
    after = appeals.get_appeal(ctx, a.id).due_date
    assert (after - before).days >= 7
