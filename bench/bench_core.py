"""Core figures on the benchmark database (100k visitors, 1M consultations), through the services.

    .venv/bin/python bench/bench_core.py [--regenerate] [--db bench/out/bench.db] [--repeat 5]
    .venv/bin/python bench/bench_core.py --db postgresql+psycopg://user:pw@host/db [--regenerate]

Prints: generation time and database size (builds the database first when it is missing or with
``--regenerate``; otherwise the time recorded by the last generation), visitor search p50/p95 over
realistic queries (3-5 letter name fragments, phone fragments, two words, e-mail), the first page of
the consultation list (newest first, with its total count), and opening one visitor with history.
Not a test: it prints figures (issue 2 acceptance: generation < 2 min, visitor search p95 < 50 ms).

``--db`` also takes a server URL (issue 14: visitor search p95 < 50 ms on PostgreSQL at 100,000
visitors): the database is migrated, filled by the same generator when it holds no visitor (or emptied
first with ``--regenerate``: every table of the schema is dropped), and measured the same way.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import OUT, build, size_mb  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402

from cal_desktop.db.engine import Database  # noqa: E402
from cal_desktop.db.models import Consultation, Visitor  # noqa: E402
from cal_desktop.paths import database_url  # noqa: E402
from cal_desktop.services import search, visitors  # noqa: E402
from cal_desktop.services.context import ServiceContext  # noqa: E402

NAME_QUERIES = [
    "иван", "петр", "смир", "кузн", "ольг", "елк", "алекс", "татья", "бонд", "никол",
    "морозова", "серг", "шульг", "цой", "ковал", "вера", "наталь", "дмитр", "соко", "павлов",
]  # fmt: skip
PHONE_QUERIES = ["912", "9123", "903 1", "+7 916 5", "8 (925) 1", "45-67", "8800", "921000"]
OTHER_QUERIES = ["иванова анна", "петров серг", "mail.ru", "yandex", "ёлкина", "ЕЛКИНА АЛ"]
GENERATION_RECORD = "generation.json"


def timed(fn: Callable[[], Any], repeat: int) -> list[tuple[float, float]]:
    """(wall-clock ms, CPU ms of this process) of each of ``repeat`` calls.

    SQLite runs inside the process, so the CPU time is what the call costs; the wall-clock time adds
    waiting for a CPU when the machine is busy (on a shared 2-core machine the two differ a lot).
    """
    times = []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append(((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000))
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(name: str, samples: list[tuple[float, float]]) -> str:
    wall = [w for w, _ in samples]
    cpu = [c for _, c in samples]
    return (
        f"{name}: p50 {pct(wall, 0.5):.1f} ms, p95 {pct(wall, 0.95):.1f} ms, max {max(wall):.1f} ms "
        f"(CPU p50 {pct(cpu, 0.5):.1f}, p95 {pct(cpu, 0.95):.1f} ms; n={len(samples)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(OUT), help="a SQLite file or a server URL (postgresql+psycopg://...)")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cache-mb",
        type=int,
        default=0,
        help="also measure with PRAGMA cache_size of this many MB per connection (a proposed setting)",
    )
    args = parser.parse_args()
    if "://" in args.db:
        return bench_server(args)
    args.db = Path(args.db)
    record = args.db.with_name(GENERATION_RECORD)
    if args.regenerate or not args.db.exists():
        elapsed = build(args.db, 100_000, 1_000_000, 12, 1)
        record.write_text(json.dumps({"seconds": elapsed, "db": str(args.db)}))
    gen = json.loads(record.read_text())["seconds"] if record.exists() else None
    print(
        f"generation time: {gen:.1f} s"
        if gen is not None
        else "generation time: unknown (run with --regenerate)"
    )
    print(f"database size: {size_mb(args.db):.0f} MB")

    ctx = ServiceContext(Database(database_url(str(args.db))))
    measure(ctx, args, "the program's connection settings")
    ctx.db.dispose()
    if args.cache_mb:
        database = Database(database_url(str(args.db)))
        event.listen(
            database.engine,
            "connect",
            lambda conn, _rec: conn.execute(f"PRAGMA cache_size=-{args.cache_mb * 1024}"),
        )
        measure(ServiceContext(database), args, f"PRAGMA cache_size={args.cache_mb} MB")
        database.dispose()
    return 0


def bench_server(args: argparse.Namespace) -> int:
    """The same figures on a database server (``--db URL``), filled by the demo generator if empty."""
    from bench_server import fill_server

    fill_server(args.db, 100_000, 1_000_000, regenerate=args.regenerate)
    ctx = ServiceContext(Database(args.db))
    with ctx.db.engine.connect() as conn:
        print(f"engine: {conn.dialect.name} {'.'.join(map(str, conn.dialect.server_version_info or ()))}")
    measure(ctx, args, "a server database")
    ctx.db.dispose()
    return 0


def measure(ctx: ServiceContext, args: argparse.Namespace, label: str) -> None:
    print(f"--- with {label}")
    with ctx.db.read() as s:
        n_visitors = s.scalar(select(func.count()).select_from(Visitor))
        n_consultations = s.scalar(select(func.count()).select_from(Consultation))
        busiest = s.execute(
            select(Consultation.visitor_id, func.count())
            .where(Consultation.visitor_id.is_not(None))
            .group_by(Consultation.visitor_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    print(f"rows: {n_visitors} visitors, {n_consultations} consultations")

    queries = NAME_QUERIES + PHONE_QUERIES + OTHER_QUERIES
    search_visitors(ctx, queries)  # warm the page cache once, as a running program would be
    quick = [t for q in queries for t in timed(lambda q=q: visitors.search_visitors(ctx, q, 20), args.repeat)]
    print(line("visitor search (as you type, first 20, services.visitors.search_visitors)", quick))
    found = [t for q in queries for t in timed(lambda q=q: search.find_visitors(ctx, q, 20), args.repeat)]
    print(line("visitor search (cal-desktop find, services.search.find_visitors)", found))
    paged = [
        t for q in queries for t in timed(lambda q=q: visitors.list_visitors(ctx, q, limit=50), args.repeat)
    ]
    print(line("visitor list filtered by text, first page of 50 with total count", paged))
    hits = {q: len(visitors.search_visitors(ctx, q, 20)) for q in queries}
    print(f"  queries: {len(queries)}; with 20 hits: {sum(1 for n in hits.values() if n == 20)}; none: "
          f"{[q for q, n in hits.items() if n == 0]}")  # fmt: skip

    page = list_page(ctx, args.repeat)
    print(line("consultation list, first page of 50 newest (with total count)", page))

    rnd = random.Random(1)
    sample = [rnd.randint(1, n_visitors) for _ in range(20)]
    opened = [t for vid in sample for t in timed(lambda vid=vid: open_visitor(ctx, vid), 1)]
    print(line("open a visitor with history (get_visitor + visitor_history)", opened))
    busy = timed(lambda: open_visitor(ctx, busiest[0]), args.repeat)
    print(line(f"open the busiest visitor ({busiest[1]} consultations)", busy))


def search_visitors(ctx: ServiceContext, queries: list[str]) -> None:
    for q in queries:
        visitors.search_visitors(ctx, q, 20)


def list_page(ctx: ServiceContext, repeat: int) -> list[float]:
    try:
        from cal_desktop.services.consultations import list_consultations
    except ImportError:  # the consultations service not there: the equivalent query

        def list_consultations(ctx: ServiceContext, limit: int = 50) -> Any:  # type: ignore[misc]
            with ctx.db.read() as s:
                total = s.scalar(select(func.count()).select_from(Consultation))
                rows = s.scalars(
                    select(Consultation)
                    .order_by(Consultation.occurred_on.desc(), Consultation.id.desc())
                    .limit(limit)
                ).all()
                return total, rows

    return timed(lambda: list_consultations(ctx, limit=50), repeat)


def open_visitor(ctx: ServiceContext, visitor_id: int) -> None:
    visitors.get_visitor(ctx, visitor_id)
    visitors.visitor_history(ctx, visitor_id)


if __name__ == "__main__":
    raise SystemExit(main())
