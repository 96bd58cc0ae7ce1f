"""Fill a server database (PostgreSQL) for the benchmarks: migrated, then the demo generator, once.

    .venv/bin/python bench/bench_server.py URL [--visitors 100000] [--consultations 1000000] [--regenerate]
"""

from __future__ import annotations

import argparse
import sys
import time

from sqlalchemy import MetaData, func, select, text

from cal_desktop.db.engine import Database
from cal_desktop.db.models import Visitor
from cal_desktop.services.database import open_database
from cal_desktop.services.demo import generate_demo


def fill_server(url: str, visitors: int, consultations: int, *, regenerate: bool = False) -> None:
    """Migrate ``url`` and fill it unless it already holds visitors; ``regenerate`` empties it first."""
    if regenerate:
        _drop_everything(url)
    ctx = open_database(url)
    try:
        with ctx.db.read() as s:
            present = s.scalar(select(func.count()).select_from(Visitor)) or 0
        if present:
            print(f"server database already filled ({present} visitors); --regenerate rebuilds it")
            return
        started, cpu = time.perf_counter(), time.process_time()
        summary = generate_demo(ctx, seed=1, visitors=visitors, consultations=consultations, months=12)
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))  # fresh statistics, as autovacuum would have soon
        print(
            f"generated {summary.visitors} visitors, {summary.consultations} consultations in "
            f"{time.perf_counter() - started:.1f} s (CPU of this process {time.process_time() - cpu:.1f} s)"
        )
    finally:
        ctx.db.dispose()


def _drop_everything(url: str) -> None:
    database = Database(url)
    try:
        meta = MetaData()
        with database.engine.begin() as conn:
            meta.reflect(conn)
            meta.drop_all(conn)
            conn.execute(text("DROP FUNCTION IF EXISTS cal_notify_change() CASCADE"))
            conn.execute(text("DROP FUNCTION IF EXISTS cal_last_visit() CASCADE"))
    finally:
        database.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument("--consultations", type=int, default=1_000_000)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    fill_server(args.url, args.visitors, args.consultations, regenerate=args.regenerate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
