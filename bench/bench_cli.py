"""How fast the command line starts, as whole processes (what a script calling it waits for).

    .venv/bin/python bench/bench_cli.py [--db bench/out/bench.db] [--runs 15]

Prints median and p95 wall-clock time of: a bare Python start (the floor), ``cal-desktop --version``,
``cal-desktop --help`` and ``cal-desktop find visitors иван`` on the given database (default: the bench
database of bench/generate.py when it exists, else a small demo database made here). Targets (issue
«Installable anywhere»): --version under 0.2 s, find under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DB = Path(__file__).resolve().parent / "out" / "bench.db"
TARGETS = {"--version": 0.2, "find visitors иван": 0.5}


def timed(argv: list[str], runs: int) -> list[float]:
    subprocess.run(argv, capture_output=True, check=False)  # warm the page cache once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return sorted(times)


def p95(values: list[float]) -> float:
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def small_demo(folder: Path) -> Path:
    path = folder / "demo.db"
    cal = [sys.executable, "-m", "cal_desktop", "--db", str(path)]
    subprocess.run([*cal, "demo", "--visitors", "2000", "--months", "3"], capture_output=True, check=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or (BENCH_DB if BENCH_DB.exists() else small_demo(Path(tmp)))
        cal = [sys.executable, "-m", "cal_desktop"]
        cases = {
            "python -c pass (floor)": [sys.executable, "-c", "pass"],
            "--version": [*cal, "--version"],
            "--help": [*cal, "--help"],
            "find visitors иван": [*cal, "--db", str(db), "find", "visitors", "иван"],
        }
        print(f"database for find: {db}")
        print(f"{'command':28} {'median':>8} {'p95':>8}  target")
        for name, argv in cases.items():
            values = timed(argv, args.runs)
            target = TARGETS.get(name)
            verdict = "" if target is None else f"< {target:.1f} s " + ("met" if p95(values) < target else "MISSED")
            print(f"{name:28} {statistics.median(values):7.3f}s {p95(values):7.3f}s  {verdict}")


if __name__ == "__main__":
    main()
