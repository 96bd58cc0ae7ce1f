"""Demo data: the whole run in one transaction (``generate_demo``)."""


from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, func, select

from cal_desktop.db import models as m
from cal_desktop.db.search import drop_search_triggers, install_search_index, optimize_search_index
from cal_desktop.domain import clock
from cal_desktop.errors import Conflict
from cal_desktop.services import audit, demo_network, followups_sync
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.demo.activity import _DemoActivity
from cal_desktop.services.demo.base import (
    BULK_CACHE_KIB,
    CancelCheck,
    DemoSummary,
    Progress,
    _table,
    default_consultations,
)
from cal_desktop.services.demo_attachments import write_attachments
from cal_desktop.services.demo_events import write_events
from cal_desktop.services.demo_referrals import write_referrals_and_calls


class _Demo(_DemoActivity):
    def run(self) -> DemoSummary:
        # Indexing row by row through the triggers costs more than the inserts; the indexes are rebuilt at
        # the end of this same transaction instead (a rollback brings the triggers back too).
        drop_search_triggers(self.conn)
        self.tick("сотрудники")
        self.staff_ids = self.staff()
        self.territories()
        self.directory()
        self.tick("справочник")
        self.visitors()
        self.initiatives()
        self.ids_before_consultations = self.conn.execute(select(func.max(m.Consultation.id))).scalar() or 0
        self.ids[_table(m.Consultation).name] = self.ids_before_consultations
        self.consultations()
        self.appeals()
        self.publications()
        followups_sync.backfill(self.conn)  # owners and due dates for the demo's next steps
        self.n_events = write_events(self)  # meetings and events of the initiatives (issue 16)
        write_referrals_and_calls(self)  # referrals of «перенаправлен», funding calls (issue 21)
        demo_network.enrich(self)  # partners' help and authorities' ИНН (issue 18)
        write_attachments(self)  # photos on the initiatives (issue 21.4)
        self.tick("поисковый индекс")
        install_search_index(self.conn)  # the triggers back, every index rebuilt from its table
        self.w.sync_id_sequences()
        optimize_search_index(self.conn)
        self.units_done = self.total_work
        self.tick("готово")
        return DemoSummary(
            seed=self.seed, first_day=self.days[0], last_day=self.days[-1], staff=len(self.staff_ids),
            territories=self.n_territories, organisations=self.n_organisations, officials=self.n_officials,
            visitors=len(self.visitor_ids), consultations=self.n_written_consultations,
            initiatives=len(self.initiative_list), members=self.n_members, appeals=self.n_appeals,
            publications=self.n_publications, initiatives_by_status=dict(sorted(self.initiatives_by_status.items())),
            events=self.n_events,
        )  # fmt: skip




def _require_empty(conn: Connection) -> None:
    for model, what in (
        (m.Visitor, "посетители"),
        (m.Consultation, "консультации"),
        (m.Initiative, "инициативы"),
        (m.Appeal, "обращения"),
    ):
        if conn.execute(select(model.id).limit(1)).first() is not None:
            raise Conflict(
                f"В базе данных уже есть {what}: демонстрационные данные записываются только в пустую базу "
                "(укажите новый файл через --db)."
            )


def generate_demo(
    ctx: ServiceContext,
    seed: int = 1,
    visitors: int = 2000,
    months: int = 12,
    consultations: int | None = None,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DemoSummary:
    """Fill an EMPTY database with demo data (raises Conflict when it holds visitors, consultations or
    initiatives). All or nothing: one transaction; a cancel raises Cancelled and writes nothing."""
    if visitors < 1 or months < 1 or (consultations is not None and consultations < 0):
        raise Conflict("Число посетителей и месяцев должно быть положительным.")
    anchor = today or clock.today()
    total = default_consultations(visitors, months) if consultations is None else consultations
    with ctx.db.session() as s:
        conn = s.connection()
        _require_empty(conn)
        if conn.dialect.name == "sqlite":
            # A big page cache for this one transaction: index pages are changed many times, and every
            # spill of a dirty page to the WAL would write it again (measured: much less I/O).
            conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        demo = _Demo(ctx, conn, seed, visitors, months, total, anchor, progress, cancel)
        summary = demo.run()
        audit.record(
            s, ctx, "generate", "demo", None, seed=seed, visitors=summary.visitors,
            consultations=summary.consultations, initiatives=summary.initiatives, appeals=summary.appeals,
        )  # fmt: skip
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-2000")  # SQLite's default, for the pooled connection
    return summary
