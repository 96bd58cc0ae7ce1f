"""Time the monthly report on the bench database (issue 7: JSON under 2 s, XLSX under 5 s).

    .venv/bin/python bench/bench_reports.py [--db bench/out/bench.db] [--month YYYY-MM] [--figures]

The month defaults to the last full month that has consultations. ``--figures`` also times each A3
figure's query on its own, to find the one that needs an index. The database is only read (the audit
log gets one entry per export).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from cal_desktop.reports import figures
from cal_desktop.reports.period import Period
from cal_desktop.services import reports
from cal_desktop.services.database import open_database

DEFAULT_DB = Path(__file__).resolve().parent / "out" / "bench.db"
LIMITS = {"json": 2.0, "xlsx": 5.0, "pdf": None, "docx": None}


def pick_month(ctx) -> Period:  # type: ignore[no-untyped-def]
    with ctx.db.read() as s:
        count, last = s.execute(
            select(func.count(), func.max(figures.consultations.c.occurred_on)).select_from(
                figures.consultations
            )
        ).one()
    if not count:
        sys.exit("В базе нет консультаций: сначала cal-desktop demo или bench/generate.py")
    month = Period.month(last.year, last.month)
    return month.previous() if last < month.end else month


def time_exports(ctx, period: Period, out: Path) -> bool:  # type: ignore[no-untyped-def]
    ok = True
    for fmt, limit in LIMITS.items():
        started = time.perf_counter()
        path = reports.export_report(ctx, period, fmt, out / f"report.{fmt}")
        took = time.perf_counter() - started
        verdict = "" if limit is None else ("  OK" if took < limit else f"  СЛИШКОМ ДОЛГО (> {limit:.0f} с)")
        ok = ok and (limit is None or took < limit)
        print(f"{fmt:5} {took:6.2f} с  {path.stat().st_size:>9} байт{verdict}")
    return ok


def time_figures(ctx, period: Period) -> None:  # type: ignore[no-untyped-def]
    """Each group of figures on its own (the comparison periods are not included)."""
    parts = {
        "consultations.* (все)": lambda s: figures.compute(s, period),
        "visitors.new": lambda s: s.execute(
            select(func.count(figures.c.visitor_id.distinct())).where(
                figures._consultations_in(period), figures._first_visit_in(period)
            )
        ).scalar(),
        "consultations.by_territory": lambda s: figures._by_territory(s, figures._consultations_in(period)),
        "consultations.by_topic": lambda s: figures._split_topics(s, figures._consultations_in(period)),
        "initiatives.*": lambda s: figures._initiative_figures(s, period),
        "appeals.*": lambda s: figures._appeal_figures(s, period),
    }
    with ctx.db.read() as s:
        for name, run in parts.items():
            started = time.perf_counter()
            run(s)
            print(f"  {name:32} {time.perf_counter() - started:6.3f} с")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--month", help="ГГГГ-ММ (по умолчанию — последний полный месяц с данными)")
    parser.add_argument("--figures", action="store_true", help="время каждого показателя отдельно")
    args = parser.parse_args()
    if "://" not in args.db and not Path(args.db).exists():
        sys.exit(f"Нет базы {args.db}: постройте её (bench/generate.py) или укажите --db")
    ctx = open_database(args.db)
    period = Period.parse_month(args.month) if args.month else pick_month(ctx)
    with ctx.db.read() as s:
        total = s.execute(select(func.count()).select_from(figures.consultations)).scalar()
        in_month = s.execute(
            select(func.count()).select_from(figures.consultations).where(figures._consultations_in(period))
        ).scalar()
    print(f"База: {args.db}; консультаций всего {total}, за {period.label}: {in_month}")
    if args.figures:
        time_figures(ctx, period)
    with tempfile.TemporaryDirectory() as tmp:
        ok = time_exports(ctx, period, Path(tmp))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
