"""Build the benchmark database through the demo generator and print how long it took and its size.

    .venv/bin/python bench/generate.py [--visitors 100000] [--consultations 1000000] [--months 12]
                                       [--seed 1] [--out bench/out/bench.db]

The file is replaced if it exists. Acceptance (issue 2): 100,000 visitors and 1,000,000 consultations
in under 2 minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from cal_desktop.services.database import open_database
from cal_desktop.services.demo import generate_demo

OUT = Path(__file__).resolve().parent / "out" / "bench.db"


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def build(path: Path, visitors: int, consultations: int, months: int, seed: int) -> float:
    """Create a fresh migrated database at ``path``, fill it, and return the seconds the demo took
    (wall-clock; the CPU time of the process is printed beside it: on a busy machine they differ)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_database(path)
    ctx = open_database(str(path))
    last = [0.0]

    def progress(done: int, total: int, what: str) -> None:
        now = time.perf_counter()
        if now - last[0] > 2:
            last[0] = now
            print(f"  {what}: {100 * done // max(total, 1)}%", file=sys.stderr, flush=True)

    try:
        started, cpu = time.perf_counter(), time.process_time()
        summary = generate_demo(
            ctx, seed=seed, visitors=visitors, months=months, consultations=consultations, progress=progress
        )
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
    finally:
        ctx.db.dispose()
    print(f"visitors: {summary.visitors}, consultations: {summary.consultations}, "
          f"initiatives: {summary.initiatives}, members: {summary.members}, appeals: {summary.appeals}")  # fmt: skip
    print(f"CPU time of the generation: {cpu:.1f} s")
    return elapsed


def size_mb(path: Path) -> float:
    return (
        sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists()) / 2**20
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument("--consultations", type=int, default=1_000_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    elapsed = build(args.out, args.visitors, args.consultations, args.months, args.seed)
    args.out.with_name("generation.json").write_text(json.dumps({"seconds": elapsed, "db": str(args.out)}))
    print(f"generation time: {elapsed:.1f} s")
    print(f"database size: {size_mb(args.out):.0f} MB ({args.out})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
