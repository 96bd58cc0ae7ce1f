"""The consultations list pages by key on PostgreSQL too (issue 20): the same rows in the same order as
one query of the whole list, with and without filters."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cal_desktop.services import consultations as cs
from cal_desktop.services.consultations import ConsultationFilter, ConsultationInput
from cal_desktop.services.context import ServiceContext


def test_keyset_pages_match_the_whole_list(ctx: ServiceContext) -> None:
    for i in range(17):
        when = datetime.combine(date.today() - timedelta(days=i % 4), datetime.min.time()).replace(hour=10)
        cs.create_consultation(
            ctx,
            ConsultationInput(occurred_at=when, channel="phone" if i % 2 else "in_person",
                              topics=["info_search"], outcome="advised", summary=f"вопрос {i}"),
        )  # fmt: skip
    for f in (None, ConsultationFilter(channel="phone")):
        whole = [r.id for r in cs.consultation_page_at(ctx, f, 0, 100)]
        paged: list[int] = []
        key = None
        while page := cs.consultation_page(ctx, f, key, 4):
            paged += [r.id for r in page]
            key = cs.consultation_key(page[-1])
        assert paged == whole == cs.consultation_ids(ctx, f)
        assert len(whole) == cs.count_consultations(ctx, f)
