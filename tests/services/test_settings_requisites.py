"""Issue 11 point 8: the centre's phone, e-mail and ИНН are checked (services/settings.py)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from cal_desktop import errors
from cal_desktop.db.models import Setting
from cal_desktop.services.settings import get_settings, save_settings


def test_phone_email_and_inn_are_refused_together(ctx) -> None:  # type: ignore[no-untyped-def]
    bad = replace(get_settings(ctx), phone="12-34", email="центр@", inn="7707083894")
    with pytest.raises(errors.ValidationError) as caught:
        save_settings(ctx, bad)
    assert caught.value.for_field("phone").startswith("неверный номер телефона")
    assert caught.value.for_field("email").startswith("неверный адрес")
    assert caught.value.for_field("inn").startswith("контрольная цифра не сходится")
    assert get_settings(ctx).inn == ""
    good = replace(bad, phone="+7 (495) 500-55-50", email="cal@mail.ru", inn="500100732259")
    assert save_settings(ctx, good).inn == "500100732259"
    assert get_settings(ctx).phone == "+7 (495) 500-55-50"  # kept as typed: it is printed so


@pytest.mark.parametrize("inn", ["770708389", "77070838931", "ИНН7707083893"])
def test_inn_length_and_digits(ctx, inn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.ValidationError) as caught:
        save_settings(ctx, replace(get_settings(ctx), inn=inn))
    assert caught.value.for_field("inn")


def test_a_value_saved_before_the_checks_does_not_block_other_settings(ctx, db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.merge(Setting(key="inn", value=json.dumps("4345000000")))  # an old, wrong ИНН
    saved = save_settings(ctx, replace(get_settings(ctx), backup_keep=20))
    assert saved.backup_keep == 20 and get_settings(ctx).backup_keep == 20
