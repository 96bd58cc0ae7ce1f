"""A partner's kind of help and volunteers' hours: checked, stored, audited (issue 18, point 5)."""

from __future__ import annotations

from datetime import date

import pytest

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Initiative, Organisation
from cal_desktop.domain.vocab import ContributionKind
from cal_desktop.errors import NotFound, ValidationError
from cal_desktop.services import initiatives, partner_help
from cal_desktop.services.context import ServiceContext


def _link(db: Database, ctx: ServiceContext) -> tuple[int, int]:
    with db.session() as s:
        i = Initiative(title="Сквер", category="improvement", status="idea", created_on=date(2026, 1, 5),
                       search_text="сквер")  # fmt: skip
        o = Organisation(kind="partner", name="Магазин", name_norm="магазин", search_text="")
        s.add_all([i, o])
        s.flush()
        ids = i.id, o.id
    return ids[0], initiatives.add_partner(ctx, ids[0], ids[1]).id


def test_kind_by_label_hours_and_clearing(db: Database, ctx: ServiceContext) -> None:
    initiative_id, link_id = _link(db, ctx)
    got = partner_help.set_help(ctx, link_id, "деньги", "")
    assert got.kind is ContributionKind.MONEY and got.hours is None
    partner_help.set_help(ctx, link_id, "in_kind", 40)
    assert partner_help.help_of(ctx, initiative_id)[link_id] == partner_help.PartnerHelp(
        link_id, ContributionKind.IN_KIND, 40
    )
    partner_help.set_help(ctx, link_id, None, 0)
    assert partner_help.help_of(ctx, initiative_id)[link_id].kind is None


@pytest.mark.parametrize(("kind", "hours", "field"), [("бартер", 1, "Вид помощи"), ("in_kind", "много", "Часов"),
                                                      ("in_kind", -3, "Часов"), (None, 10**6, "Часов")])  # fmt: skip
def test_bad_values_are_named(db: Database, ctx: ServiceContext, kind, hours, field) -> None:  # type: ignore[no-untyped-def]
    _, link_id = _link(db, ctx)
    with pytest.raises(ValidationError, match=field):
        partner_help.set_help(ctx, link_id, kind, hours)


def test_unknown_link(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        partner_help.set_help(ctx, 999, "in_kind", 1)
